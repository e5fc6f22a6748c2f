/**
 * All SQL of the worker: plain functions over D1 that store and load rows. They present nothing
 * (JSON views live in worker/views.ts) and throw no HTTP errors (a refusal is a plain result the
 * route turns into a status).
 *
 * Storage design (ARCHITECTURE.md § Storage): a board's live score is kept in its own `boards`
 * row; answers are ordered by `answered_at`, unique per board; per-day counts live in `counts`,
 * one row per board / agent / channel and 32-day block. Every write reads the stored answer first
 * and then changes the answer and each aggregate it touches in one `batch()` — one SQLite
 * transaction — whose every statement applies only while that answer is still as it was read, so
 * two concurrent writes can never both count; the loser reads again and retries.
 */
import { BLOCK_DAYS, DAY_MS, dayOf } from './lib/time';
import type { Scope, Verdict, Window } from './schemas';

// ---------------------------------------------------------------- rows

export interface BoardRow {
  id: string;
  name: string;
  window_n: number | null;
  window_days: number | null;
  require_token: number;
  allowed_origins: string;
  secret: string;
  prev_secret: string | null;
  prev_secret_until: number | null;
  created_at: number;
  updated_at: number;
  win_yes: number;
  win_no: number;
  as_of_day: number;
  score_updated_at: number | null;
  last_at: number;
  win_from: number;
  deleted_at: number | null;
}

export interface Board {
  id: string;
  name: string;
  window: Window;
  requireToken: boolean;
  allowedOrigins: string[];
  secret: string;
  prevSecret: string | null;
  prevSecretUntil: number | null;
  createdAt: number;
  updatedAt: number;
  yes: number;
  no: number;
  asOfDay: number;
  scoreUpdatedAt: number | null;
}

export function toBoard(r: BoardRow): Board {
  return {
    id: r.id,
    name: r.name,
    window: r.window_n !== null ? { responses: r.window_n } : { days: r.window_days ?? 30 },
    requireToken: r.require_token === 1,
    allowedOrigins: JSON.parse(r.allowed_origins) as string[],
    secret: r.secret,
    prevSecret: r.prev_secret,
    prevSecretUntil: r.prev_secret_until,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    yes: r.win_yes,
    no: r.win_no,
    asOfDay: r.as_of_day,
    scoreUpdatedAt: r.score_updated_at,
  };
}

export interface ResponseRow {
  board_id: string;
  interaction: string;
  verdict: Verdict;
  comment: string | null;
  agent: string | null;
  channel: string | null;
  locale: string | null;
  created_at: number;
  updated_at: number;
  /** when the counted answer (verdict, agent, channel) was last given: the board's order */
  answered_at: number;
}

// ---------------------------------------------------------------- batches

/**
 * An SQL expression as an integer. D1 binds every JS number as REAL, and `?1 / 32` on a REAL is a
 * fraction: whatever divides a parameter goes through this.
 */
const int = (expr: string) => `CAST((${expr}) AS INTEGER)`;

/**
 * Runs named statements as one batch (one transaction) and hands the results back by name, so
 * callers read `results.answer`, never `results[4]`. Absent entries are skipped.
 */
export async function batchNamed<K extends string>(
  db: D1Database,
  statements: Partial<Record<K, D1PreparedStatement>>,
): Promise<Record<K, D1Result>> {
  const entries = Object.entries(statements).filter((e): e is [K, D1PreparedStatement] => e[1] !== undefined) as [
    K,
    D1PreparedStatement,
  ][];
  const results = await db.batch(entries.map(([, s]) => s));
  return Object.fromEntries(entries.map(([k], i) => [k, results[i]])) as Record<K, D1Result>;
}

/**
 * An SQL condition with its own parameters. `sql(n)` writes it with placeholders `?n`, `?n+1`, …
 * so it can follow any statement's own parameters.
 */
interface Condition {
  sql: (first: number) => string;
  args: unknown[];
}

/** Prepares `sql(condition)` with the statement's `args` first and the condition's after them. */
function prepareWhen(db: D1Database, cond: Condition, sql: (when: string) => string, args: unknown[]) {
  return db.prepare(sql(`(${cond.sql(args.length + 1)})`)).bind(...args, ...cond.args);
}

/**
 * True while the board is live and its answer for `interaction` is still `before` (no answer, or
 * the one given at `before.answered_at`, which every counted change moves): the condition every
 * statement of an answer's batch carries, so the batch applies whole or not at all.
 */
function unchanged(board: string, interaction: string, before: ResponseRow | null): Condition {
  const live = (n: number) => `EXISTS (SELECT 1 FROM boards WHERE id = ?${n} AND deleted_at IS NULL)`;
  return before
    ? {
        sql: (n) =>
          `${live(n)} AND EXISTS (SELECT 1 FROM responses WHERE board_id = ?${n} AND interaction = ?${n + 1} AND answered_at = ?${n + 2})`,
        args: [board, interaction, before.answered_at],
      }
    : {
        sql: (n) =>
          `${live(n)} AND NOT EXISTS (SELECT 1 FROM responses WHERE board_id = ?${n} AND interaction = ?${n + 1})`,
        args: [board, interaction],
      };
}

// ---------------------------------------------------------------- board-level counts of a day range

/** Path of a day inside a block's `days` JSON (`$."17"`). */
const dayPath = (day: number) => `$."${day - Math.floor(day / BLOCK_DAYS) * BLOCK_DAYS}"`;

/**
 * A one-row subquery `(yes, no)`: the board's answers on days `lo`…`hi` (SQL expressions). Whole
 * blocks inside the range are read as one row each; only the two edge blocks are opened by day.
 */
function boardDaysSum(board: string, lo: string, hi: string): string {
  const [l, h] = [int(lo), int(hi)];
  return `
  SELECT COALESCE(SUM(y), 0) AS yes, COALESCE(SUM(n), 0) AS no FROM (
    SELECT c.yes AS y, c.no AS n FROM counts c
    WHERE c.board_id = ${board} AND c.dim = 'board' AND c.key = ''
      AND c.block BETWEEN (${l} + ${BLOCK_DAYS - 1}) / ${BLOCK_DAYS} AND (${h} + 1) / ${BLOCK_DAYS} - 1
    UNION ALL
    SELECT json_extract(d.value, '$[0]'), json_extract(d.value, '$[1]') FROM counts c, json_each(c.days) d
    WHERE c.board_id = ${board} AND c.dim = 'board' AND c.key = ''
      AND c.block IN (${l} / ${BLOCK_DAYS}, ${h} / ${BLOCK_DAYS})
      AND NOT (c.block * ${BLOCK_DAYS} >= ${l} AND c.block * ${BLOCK_DAYS} + ${BLOCK_DAYS - 1} <= ${h})
      AND c.block * ${BLOCK_DAYS} + CAST(d.key AS INTEGER) BETWEEN ${l} AND ${h})`;
}

/**
 * Day windows move with the calendar, not with writes: before a board's day-window counts are used
 * or changed on a new day, subtract the days that have left the window since `as_of_day`. No-op for
 * answer-count windows and for boards already rolled to `today`.
 */
const ROLL_SQL = `UPDATE boards SET win_yes = win_yes - x.yes, win_no = win_no - x.no, as_of_day = ?2
  FROM (${boardDaysSum('?1', '(SELECT as_of_day - window_days + 1 FROM boards WHERE id = ?1)', '?2 - (SELECT window_days FROM boards WHERE id = ?1)')}) AS x
  WHERE id = ?1 AND window_days IS NOT NULL AND as_of_day < ?2 AND deleted_at IS NULL`;

function rollStatement(db: D1Database, board: string, today: number): D1PreparedStatement {
  return db.prepare(ROLL_SQL).bind(board, today);
}

// ---------------------------------------------------------------- boards

const BOARD_COLUMNS = `id, name, window_n, window_days, require_token, allowed_origins, secret, prev_secret,
  prev_secret_until, created_at, updated_at, win_yes, win_no, as_of_day, score_updated_at, last_at, win_from, deleted_at`;

/** A live board's row by id (?1); a deleted board is gone at once. */
const LIVE_BOARD = `SELECT ${BOARD_COLUMNS} FROM boards WHERE id = ?1 AND deleted_at IS NULL`;

/** The lower edge of board ?1's last-N window, inside a statement about its answers. */
const WINDOW_FLOOR = '(SELECT win_from FROM boards WHERE id = ?1)';

/** One row: a live board's settings and its score. Deleted boards are gone at once. */
export async function getBoard(db: D1Database | D1DatabaseSession, id: string): Promise<Board | null> {
  const row = await db.prepare(LIVE_BOARD).bind(id).first<BoardRow>();
  return row ? toBoard(row) : null;
}

export async function listBoards(db: D1Database): Promise<Board[]> {
  const { results } = await db
    .prepare(`SELECT ${BOARD_COLUMNS} FROM boards WHERE deleted_at IS NULL ORDER BY id`)
    .all<BoardRow>();
  return results.map(toBoard);
}

const windowCols = (w: Window) => ('responses' in w ? [w.responses, null] : [null, w.days]);

export type CreateResult = { created: true; board: Board } | { created: false; reason: 'taken' | 'deleting' };

/** A new board, unless the id is taken (or still held by a board being purged). */
export async function createBoard(
  db: D1Database,
  input: { id: string; name: string; window: Window; requireToken: boolean; allowedOrigins: string[] },
  secret: string,
  now: number,
): Promise<CreateResult> {
  const [n, d] = windowCols(input.window);
  const { insert, existing } = await batchNamed(db, {
    insert: db
      .prepare(
        `INSERT INTO boards (id, name, window_n, window_days, require_token, allowed_origins, secret, created_at, updated_at, as_of_day)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)
         ON CONFLICT (id) DO NOTHING
         RETURNING ${BOARD_COLUMNS}`,
      )
      .bind(
        input.id,
        input.name,
        n,
        d,
        input.requireToken ? 1 : 0,
        JSON.stringify(input.allowedOrigins),
        secret,
        now,
        dayOf(now),
      ),
    existing: db.prepare('SELECT deleted_at FROM boards WHERE id = ?1').bind(input.id),
  });
  const row = insert.results[0] as BoardRow | undefined;
  if (row) return { created: true, board: toBoard(row) };
  const held = existing.results[0] as { deleted_at: number | null } | undefined;
  return { created: false, reason: held?.deleted_at != null ? 'deleting' : 'taken' };
}

/**
 * Moves a board's window to `to` (its settings already changed, earlier in the same batch), reading
 * only the answers that enter or leave it. An answer-count window is "answered_at >= win_from":
 * growing it takes the newest answers below the floor, shrinking it drops the oldest above, so the
 * rows read are bounded by the two window sizes; a board that had a day window starts that empty
 * (`reset`, which runs before the settings change). A day window is summed from the board's counts:
 * one row per 32 days, plus two edge blocks opened by day. Only the board row is written.
 */
function windowStatements(db: D1Database, id: string, to: Window, now: number) {
  if ('days' in to) {
    return {
      recount: db
        .prepare(
          `UPDATE boards SET win_yes = x.yes, win_no = x.no, as_of_day = ?2, score_updated_at = ?3
           FROM (${boardDaysSum('?1', '?2 - ?4 + 1', '?2 + 1')}) AS x WHERE id = ?1`,
        )
        .bind(id, dayOf(now), now, to.days),
    };
  }
  const pick = (order: 'ASC' | 'DESC', side: string, count: string) =>
    `SELECT COALESCE(SUM(verdict = 'yes'), 0) AS yes, COALESCE(SUM(verdict = 'no'), 0) AS no,
            MIN(answered_at) AS lo, MAX(answered_at) AS hi
     FROM (SELECT verdict, answered_at FROM responses
           WHERE board_id = ?1 AND answered_at ${side} ${WINDOW_FLOOR}
           ORDER BY answered_at ${order} LIMIT MAX(0, (SELECT ${count} FROM boards WHERE id = ?1)))`;
  return {
    reset: db
      .prepare(
        'UPDATE boards SET win_yes = 0, win_no = 0, win_from = last_at + 1 WHERE id = ?1 AND window_days IS NOT NULL',
      )
      .bind(id),
    grow: db
      .prepare(
        `UPDATE boards SET win_yes = win_yes + x.yes, win_no = win_no + x.no, win_from = COALESCE(x.lo, win_from),
           score_updated_at = ?2
         FROM (${pick('DESC', '<', 'window_n - win_yes - win_no')}) AS x WHERE id = ?1`,
      )
      .bind(id, now),
    shrink: db
      .prepare(
        `UPDATE boards SET win_yes = win_yes - x.yes, win_no = win_no - x.no, win_from = COALESCE(x.hi + 1, win_from),
           score_updated_at = ?2
         FROM (${pick('ASC', '>=', 'win_yes + win_no - window_n')}) AS x WHERE id = ?1`,
      )
      .bind(id, now),
  };
}

/** Changes a live board's settings; a new window is counted in the same batch. Null if there is no such board. */
export async function updateBoard(
  db: D1Database,
  id: string,
  patch: { name?: string; window?: Window; requireToken?: boolean; allowedOrigins?: string[] },
  now: number,
): Promise<Board | null> {
  const [n, d] = patch.window ? windowCols(patch.window) : [null, null];
  const { reset, ...moves } = patch.window ? windowStatements(db, id, patch.window, now) : {};
  const { board } = await batchNamed(db, {
    reset,
    settings: db
      .prepare(
        `UPDATE boards SET
           name = COALESCE(?2, name),
           window_n = CASE WHEN ?6 THEN ?3 ELSE window_n END,
           window_days = CASE WHEN ?6 THEN ?4 ELSE window_days END,
           require_token = COALESCE(?5, require_token),
           allowed_origins = COALESCE(?7, allowed_origins),
           updated_at = ?8
         WHERE id = ?1 AND deleted_at IS NULL`,
      )
      .bind(
        id,
        patch.name ?? null,
        n,
        d,
        patch.requireToken === undefined ? null : patch.requireToken ? 1 : 0,
        patch.window ? 1 : 0,
        patch.allowedOrigins ? JSON.stringify(patch.allowedOrigins) : null,
        now,
      ),
    ...moves,
    board: db.prepare(LIVE_BOARD).bind(id),
  });
  const row = board.results[0] as BoardRow | undefined;
  return row ? toBoard(row) : null;
}

export type DeleteResult =
  { status: 'deleted' | 'deleting'; createdAt: number } | { status: 'missing'; createdAt?: undefined };

/**
 * Deletes a board at once: it leaves every route (reads filter `deleted_at`) and its keys stop
 * working. Its answers and counts stay until the purge (worker/purge.ts) removes them in slices;
 * the board row goes last, so its id stays taken until then. A board already deleted reports
 * `deleting`, so the caller can make sure its purge runs.
 */
export async function deleteBoard(db: D1Database, id: string, now: number): Promise<DeleteResult> {
  const { mark, board } = await batchNamed(db, {
    mark: db.prepare('UPDATE boards SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL').bind(id, now),
    keys: db.prepare('DELETE FROM api_keys WHERE board_id = ?1').bind(id),
    board: db.prepare('SELECT created_at, deleted_at FROM boards WHERE id = ?1').bind(id),
  });
  const row = board.results[0] as { created_at: number } | undefined;
  if (!row) return { status: 'missing' };
  return { status: mark.meta.changes > 0 ? 'deleted' : 'deleting', createdAt: row.created_at };
}

/**
 * The tables a purge empties, in order, with the key a slice picks rows by (in its index's order);
 * the board row goes after them and takes its webhooks (at most 10) along by cascade.
 */
const PURGE_KEYS = {
  responses: 'interaction',
  counts: 'dim, block, key',
  // its key is `id`; `interaction` orders a board's rows (index webhook_deliveries_by_answer)
  webhook_deliveries: 'interaction, id',
} as const;
export type PurgedTable = keyof typeof PURGE_KEYS;
export const PURGED_TABLES = Object.keys(PURGE_KEYS) as PurgedTable[];

/**
 * Removes at most `limit` rows of a deleted board from `table` (one statement, so a slice is all or
 * nothing) and returns how many went. Slices follow the primary key, so each deletes neighbouring
 * rows (4× faster than rows scattered over the table). Never touches a live board.
 */
export async function purgeSlice(db: D1Database, board: string, table: PurgedTable, limit: number): Promise<number> {
  const key = PURGE_KEYS[table];
  const res = await db
    .prepare(
      `DELETE FROM ${table} WHERE board_id = ?1
         AND (${key}) IN (SELECT ${key} FROM ${table} WHERE board_id = ?1 ORDER BY ${key} LIMIT ?2)
         AND EXISTS (SELECT 1 FROM boards WHERE id = ?1 AND deleted_at IS NOT NULL)`,
    )
    .bind(board, limit)
    .run();
  return res.meta.changes;
}

/** Whether `id` is a deleted board whose rows are still being removed (so its id is still taken). */
export async function isBeingPurged(db: D1Database, id: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS gone FROM boards WHERE id = ?1 AND deleted_at IS NOT NULL')
    .bind(id)
    .first();
  return row !== null;
}

/** The last step of a purge: the deleted board's own row (its id is free again). */
export async function dropDeletedBoard(db: D1Database, board: string): Promise<boolean> {
  const res = await db.prepare('DELETE FROM boards WHERE id = ?1 AND deleted_at IS NOT NULL').bind(board).run();
  return res.meta.changes > 0;
}

/** New secret in; the current one stays valid until `prevUntil` so links already sent keep working. */
export async function rotateSecret(db: D1Database, id: string, secret: string, now: number, prevUntil: number) {
  const res = await db
    .prepare(
      `UPDATE boards SET prev_secret = secret, prev_secret_until = ?3, secret = ?2, updated_at = ?4
       WHERE id = ?1 AND deleted_at IS NULL`,
    )
    .bind(id, secret, prevUntil, now)
    .run();
  return res.meta.changes > 0;
}

// ---------------------------------------------------------------- API keys

export interface KeyRow {
  id: string;
  board_id: string;
  hash: string;
  scopes: string;
  created_at: number;
  revoked_at: number | null;
}

export async function insertKey(db: D1Database, k: Omit<KeyRow, 'revoked_at' | 'scopes'> & { scopes: Scope[] }) {
  await db
    .prepare('INSERT INTO api_keys (id, board_id, hash, scopes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(k.id, k.board_id, k.hash, k.scopes.join(','), k.created_at)
    .run();
}

export async function getKey(db: D1Database, id: string): Promise<KeyRow | null> {
  return db.prepare('SELECT * FROM api_keys WHERE id = ?1').bind(id).first<KeyRow>();
}

export async function revokeKey(db: D1Database, board: string, id: string, now: number): Promise<boolean> {
  const res = await db
    .prepare('UPDATE api_keys SET revoked_at = ?3 WHERE id = ?2 AND board_id = ?1 AND revoked_at IS NULL')
    .bind(board, id, now)
    .run();
  return res.meta.changes > 0;
}

// ---------------------------------------------------------------- answers

/** Rolls a day window forward if the day changed; returns the board as it is now. */
export async function rollBoard(db: D1Database | D1DatabaseSession, board: Board, now: number): Promise<Board> {
  const today = dayOf(now);
  if (!('days' in board.window) || board.asOfDay >= today) return board;
  const row = await db.prepare(`${ROLL_SQL} RETURNING ${BOARD_COLUMNS}`).bind(board.id, today).first<BoardRow>();
  // Someone else rolled it first: read it again.
  return row ? toBoard(row) : ((await getBoard(db, board.id)) ?? board);
}

export interface AnswerInput {
  interaction: string;
  verdict: Verdict;
  /** undefined keeps the stored comment; '' removes it */
  comment?: string | undefined;
  /** undefined keeps the stored agent, channel, locale */
  agent?: string | undefined;
  channel?: string | undefined;
  locale?: string | undefined;
}

/** What an answer does to the stored one. */
export type AnswerKind =
  /** the first answer of this interaction */
  | 'created'
  /** the verdict, agent or channel changed: counted again, at the time of the change */
  | 'changed'
  /** only the comment or locale changed: nothing is counted */
  | 'updated'
  /** the same answer again (a retried send, a replayed form): nothing is written */
  | 'repeated';

/** The answer as it will be stored, before the batch assigns its time. */
export interface AnswerState {
  verdict: Verdict;
  comment: string | null;
  agent: string | null;
  channel: string | null;
  locale: string | null;
}

/**
 * One planned write of an answer (or of its erasure), handed to `extend` so that another module can
 * add statements to the very batch — the webhook outbox does — that apply exactly when it does.
 */
export interface BatchPlan {
  board: string;
  interaction: string;
  /** the answer as stored when the write read it */
  before: ResponseRow | null;
  now: number;
  /**
   * Prepares a statement that applies only if the batch does: `sql` receives the condition to put
   * in its WHERE clause; `args` bind `?1`… and the condition's own parameters follow them. These
   * statements run after the aggregates and before the answer row is written (or deleted); for a
   * created or changed answer, its time is `boards.last_at` by then.
   */
  statement(sql: (when: string) => string, ...args: unknown[]): D1PreparedStatement;
}

export interface AnswerPlan extends BatchPlan {
  kind: Exclude<AnswerKind, 'repeated'>;
  after: AnswerState;
}

/** Another module's statements for a batch, by name (an absent one is skipped). */
export type Extension<P> = (plan: P) => Partial<Record<string, D1PreparedStatement>>;

/** The results of an extension's statements, by its names (none for a repeat: it has no batch). */
export type ExtensionResults = Partial<Record<string, D1Result>>;

/** Runs `extend`'s statements under names of their own, so they never replace one of ours. */
const extensionOf = <P>(extend: Extension<P> | undefined, plan: P) =>
  Object.fromEntries(Object.entries(extend?.(plan) ?? {}).map(([name, st]) => [`extra ${name}`, st]));

const extensionResults = (results: Record<string, D1Result>): ExtensionResults =>
  Object.fromEntries(
    Object.entries(results)
      .filter(([name]) => name.startsWith('extra '))
      .map(([name, r]) => [name.slice('extra '.length), r]),
  );

export type AnswerOutcome =
  | { kind: AnswerKind; response: ResponseRow; extra: ExtensionResults }
  /** the board is gone (deleted meanwhile) */
  | { kind: 'gone' }
  /** the answer kept changing under this write; try again shortly */
  | { kind: 'contended' };

/** Writes tried before giving up on an answer that keeps changing under concurrent writes. */
const MAX_ATTEMPTS = 8;

/** Before trying again, a short random pause, so writers that collided do not collide again. */
const backOff = (attempt: number) =>
  attempt === 0 ? Promise.resolve() : new Promise((r) => setTimeout(r, Math.random() * 4 * attempt));

/**
 * Reads the board (live or not) and the stored answer in one statement: two rows at most, the
 * whole cost of a repeated answer.
 */
async function readAnswer(
  db: D1Database,
  board: string,
  interaction: string,
): Promise<{ live: boolean; window: 'days' | 'responses'; asOfDay: number; row: ResponseRow | null } | null> {
  const r = await db
    .prepare(
      `SELECT b.deleted_at IS NULL AS live, b.window_days IS NOT NULL AS by_days, b.as_of_day, r.*
       FROM boards b LEFT JOIN responses r ON r.board_id = b.id AND r.interaction = ?2
       WHERE b.id = ?1`,
    )
    .bind(board, interaction)
    .first<ResponseRow & { live: number; by_days: number; as_of_day: number }>();
  if (!r) return null;
  const { live, by_days, as_of_day, ...row } = r;
  return {
    live: live === 1,
    window: by_days ? 'days' : 'responses',
    asOfDay: as_of_day,
    row: row.board_id === null ? null : row,
  };
}

function classify(before: ResponseRow | null, a: AnswerInput): { kind: AnswerKind; after: AnswerState } {
  const after: AnswerState = {
    verdict: a.verdict,
    agent: a.agent ?? before?.agent ?? null,
    channel: a.channel ?? before?.channel ?? null,
    comment: a.comment === undefined ? (before?.comment ?? null) : a.comment === '' ? null : a.comment,
    locale: a.locale ?? before?.locale ?? null,
  };
  if (!before) return { kind: 'created', after };
  if (before.verdict !== after.verdict || before.agent !== after.agent || before.channel !== after.channel)
    return { kind: 'changed', after };
  if (before.comment !== after.comment || before.locale !== after.locale) return { kind: 'updated', after };
  return { kind: 'repeated', after };
}

/** Whether the answer given at SQL time `t` counts in the board's window (in an UPDATE of boards). */
const inWindow = (t: string) =>
  `COALESCE(CASE WHEN window_n IS NOT NULL THEN ${t} >= win_from ELSE ${int(t)} / ${DAY_MS} > as_of_day - window_days END, 0)`;

/** The three count rows an answer adds to: the board's, its agent's and its channel's (?a, ?b). */
const GROUPS = (agent: string, channel: string) =>
  `(SELECT 'board' AS dim, '' AS key UNION ALL SELECT 'agent', ${agent} UNION ALL SELECT 'channel', ${channel})`;

/**
 * What a changed or an erased answer shares: its old day and groups lose one. Three primary-key
 * lookups (joined with GROUPS, not an OR, which would scan every count row of the board).
 */
function uncountStatement(db: D1Database, cond: Condition, r: ResponseRow): D1PreparedStatement {
  const day = dayOf(r.answered_at);
  return prepareWhen(
    db,
    cond,
    (when) =>
      `UPDATE counts SET yes = yes - (?4 = 'yes'), no = no - (?4 = 'no'),
         days = json_set(days, ?3, json_array(json_extract(days, ?3 || '[0]') - (?4 = 'yes'), json_extract(days, ?3 || '[1]') - (?4 = 'no')))
       FROM ${GROUPS('?5', '?6')} AS g
       WHERE counts.board_id = ?1 AND counts.dim = g.dim AND counts.block = ?2 AND counts.key = g.key AND ${when}`,
    [r.board_id, Math.floor(day / BLOCK_DAYS), dayPath(day), r.verdict, r.agent, r.channel],
  );
}

/** The path of the newest answer's day in a block's JSON, from the time the batch just gave it. */
const NEW_DAY_PATH = `'$."' || ((SELECT last_at FROM boards WHERE id = ?1) / ${DAY_MS} % ${BLOCK_DAYS}) || '"'`;

/**
 * Records an answer: a first answer, a changed one (its old counts move out, the new ones in, at
 * the time of the change), a comment or locale update, or a repeat (nothing written). Reads the
 * stored answer, then writes in one batch whose statements all carry `unchanged(…)`: if another
 * write got in between, none applies, and it reads and tries again.
 *
 * A first answer is 5 statements (board, answer, then window + counts + row; 6 with the webhook
 * outbox extension) and writes 9 rows on a board without webhooks:
 * the board, 3 count rows, the answer and its 4 index entries.
 */
export async function recordAnswer(
  db: D1Database,
  boardId: string,
  input: AnswerInput,
  now: number,
  extend?: Extension<AnswerPlan>,
): Promise<AnswerOutcome> {
  const today = dayOf(now);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    await backOff(attempt);
    const read = await readAnswer(db, boardId, input.interaction);
    if (!read?.live) return { kind: 'gone' };
    const before = read.row;
    const { kind, after } = classify(before, input);
    if (kind === 'repeated' && before) return { kind, response: before, extra: {} };

    const cond = unchanged(boardId, input.interaction, before);
    const when = (sql: (w: string) => string, ...args: unknown[]) => prepareWhen(db, cond, sql, args);
    const plan: AnswerPlan = {
      kind: kind as AnswerPlan['kind'],
      board: boardId,
      interaction: input.interaction,
      before,
      after,
      now,
      statement: when,
    };
    const counted = kind !== 'updated';
    const results = await batchNamed(db, {
      roll: counted && read.window === 'days' && read.asOfDay < today ? rollStatement(db, boardId, today) : undefined,
      // The board's clock moves to the answer's time (never back); the window takes the answer
      // in, drops the old one if it counted, and an answer-count window that grew past N lets
      // its oldest answer go.
      window: counted
        ? when(
            (w) => `UPDATE boards SET
               last_at = MAX(?2, last_at + 1, as_of_day * ${DAY_MS}),
               win_yes = win_yes + (?3 = 'yes') - (${inWindow('?4')} AND ?5 = 'yes') - (${EVICT} AND x.oldest % 2 = 1),
               win_no = win_no + (?3 = 'no') - (${inWindow('?4')} AND ?5 = 'no') - (${EVICT} AND x.oldest % 2 = 0),
               win_from = CASE WHEN ${EVICT} THEN x.oldest / 2 + 1 ELSE win_from END,
               score_updated_at = ?2
             FROM (SELECT (${OLDEST_IN_WINDOW}) AS oldest) AS x
             WHERE boards.id = ?1 AND ${w}`,
            boardId,
            now,
            after.verdict,
            before?.answered_at ?? null,
            before?.verdict ?? null,
          )
        : undefined,
      uncount: kind === 'changed' && before ? uncountStatement(db, cond, before) : undefined,
      count: counted
        ? when(
            (w) => `INSERT INTO counts (board_id, dim, block, key, yes, no, days)
             SELECT ?1, g.dim, b.last_at / ${DAY_MS * BLOCK_DAYS}, g.key, ?2 = 'yes', ?2 = 'no',
               json_object(CAST(b.last_at / ${DAY_MS} % ${BLOCK_DAYS} AS TEXT), json_array(?2 = 'yes', ?2 = 'no'))
             FROM boards b, ${GROUPS('?3', '?4')} AS g
             WHERE b.id = ?1 AND g.key IS NOT NULL AND ${w}
             ON CONFLICT (board_id, dim, block, key) DO UPDATE SET
               yes = yes + excluded.yes, no = no + excluded.no,
               days = json_set(days, ${NEW_DAY_PATH}, json_array(
                 COALESCE(json_extract(days, ${NEW_DAY_PATH} || '[0]'), 0) + excluded.yes,
                 COALESCE(json_extract(days, ${NEW_DAY_PATH} || '[1]'), 0) + excluded.no))`,
            boardId,
            after.verdict,
            after.agent,
            after.channel,
          )
        : undefined,
      ...extensionOf(extend, plan),
      answer: answerStatement(db, cond, kind, boardId, input.interaction, input, after, now),
    });
    const response = results.answer.results[0] as ResponseRow | undefined;
    if (response) return { kind, response, extra: extensionResults(results) };
    // Another write changed this answer (or deleted the board) after it was read: read again.
  }
  return { kind: 'contended' };
}

/** An answer-count window holds one answer too many (the newest just came in): the oldest leaves. */
const EVICT = `(window_n IS NOT NULL AND win_yes + win_no - ${inWindow('?4')} + 1 > window_n AND x.oldest IS NOT NULL)`;

/** The oldest answer in an answer-count window, packed as answered_at * 2 + (verdict = 'yes'). */
const OLDEST_IN_WINDOW = `SELECT answered_at * 2 + (verdict = 'yes') FROM responses
  WHERE board_id = ?1 AND answered_at >= ${WINDOW_FLOOR}
  ORDER BY answered_at LIMIT 1`;

/**
 * The answer row itself, written last; it returns the stored row, or nothing if the batch did not
 * apply. A comment or locale left out keeps what is stored at that moment, so an update that races
 * a comment never writes back an older one.
 */
function answerStatement(
  db: D1Database,
  cond: Condition,
  kind: AnswerKind,
  board: string,
  interaction: string,
  input: AnswerInput,
  a: AnswerState,
  now: number,
): D1PreparedStatement {
  if (kind === 'created') {
    return prepareWhen(
      db,
      cond,
      (
        w,
      ) => `INSERT INTO responses (board_id, interaction, verdict, comment, agent, channel, locale, created_at, updated_at, answered_at)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, last_at FROM boards WHERE id = ?1 AND ${w}
        RETURNING *`,
      [board, interaction, a.verdict, a.comment, a.agent, a.channel, a.locale, now],
    );
  }
  // A comment or locale update sets nothing indexed: re-setting verdict, agent or channel, even to
  // the same values, would rewrite their index entries (3 rows written instead of 1).
  const counted =
    kind === 'changed'
      ? 'verdict = ?3, agent = ?4, channel = ?5, answered_at = (SELECT last_at FROM boards WHERE id = ?1), '
      : '';
  return prepareWhen(
    db,
    cond,
    (w) => `UPDATE responses SET ${counted}updated_at = ?6,
        comment = CASE WHEN ?7 THEN ?8 ELSE comment END, locale = COALESCE(?9, locale)
      WHERE board_id = ?1 AND interaction = ?2 AND ${w}
      RETURNING *`,
    [
      board,
      interaction,
      a.verdict,
      a.agent,
      a.channel,
      now,
      input.comment !== undefined ? 1 : 0,
      a.comment,
      input.locale ?? null,
    ],
  );
}

export type EraseOutcome = 'erased' | 'missing' | 'gone' | 'contended';

/**
 * Erases one answer and its counts (a privacy request). An answer-count window that lost an answer
 * takes back the newest one below its floor. Same read-then-guarded-batch as `recordAnswer`.
 */
export async function eraseAnswer(
  db: D1Database,
  boardId: string,
  interaction: string,
  now: number,
  extend?: Extension<BatchPlan>,
): Promise<EraseOutcome> {
  const today = dayOf(now);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    await backOff(attempt);
    const read = await readAnswer(db, boardId, interaction);
    if (!read?.live) return 'gone';
    const before = read.row;
    if (!before) return 'missing';
    const cond = unchanged(boardId, interaction, before);
    const when = (sql: (w: string) => string, ...args: unknown[]) => prepareWhen(db, cond, sql, args);
    const plan: BatchPlan = { board: boardId, interaction, before, now, statement: when };
    const { answer } = await batchNamed(db, {
      roll: read.window === 'days' && read.asOfDay < today ? rollStatement(db, boardId, today) : undefined,
      window: when(
        (w) => `UPDATE boards SET
           win_yes = win_yes - (${inWindow('?3')} AND ?4 = 'yes') + (${REFILL} AND x.newest % 2 = 1),
           win_no = win_no - (${inWindow('?3')} AND ?4 = 'no') + (${REFILL} AND x.newest % 2 = 0),
           win_from = CASE WHEN ${REFILL} THEN x.newest / 2 ELSE win_from END,
           score_updated_at = CASE WHEN ${inWindow('?3')} THEN ?2 ELSE score_updated_at END
         FROM (SELECT (${NEWEST_BELOW_WINDOW}) AS newest) AS x
         WHERE boards.id = ?1 AND ${w}`,
        boardId,
        now,
        before.answered_at,
        before.verdict,
      ),
      uncount: uncountStatement(db, cond, before),
      ...extensionOf(extend, plan),
      answer: when(
        (w) => `DELETE FROM responses WHERE board_id = ?1 AND interaction = ?2 AND ${w}`,
        boardId,
        interaction,
      ),
    });
    if (answer.meta.changes > 0) return 'erased';
  }
  return 'contended';
}

/** An answer-count window lost one of its answers: the newest answer below it comes back in. */
const REFILL = `(window_n IS NOT NULL AND ${inWindow('?3')} AND x.newest IS NOT NULL)`;

/** The newest answer below an answer-count window's floor, packed like OLDEST_IN_WINDOW. */
const NEWEST_BELOW_WINDOW = `SELECT answered_at * 2 + (verdict = 'yes') FROM responses
  WHERE board_id = ?1 AND answered_at < ${WINDOW_FLOOR}
  ORDER BY answered_at DESC LIMIT 1`;

// ---------------------------------------------------------------- reading

export interface DayCounts {
  day: number;
  yes: number;
  no: number;
}

type DaysJson = Record<string, [number, number]>;

/** Hands the days of one block (its `days` JSON) that fall in [fromDay, toDay] to `out`. */
function eachDay(block: number, days: DaysJson, fromDay: number, toDay: number, out: (d: DayCounts) => void) {
  for (const [k, [yes, no]] of Object.entries(days)) {
    const day = block * BLOCK_DAYS + Number(k);
    if (day >= fromDay && day <= toDay && yes + no > 0) out({ day, yes, no });
  }
}

/** The board's answers per day in [fromDay, toDay]: one row read per 32 days. */
export async function dailyCounts(
  db: D1Database,
  boardId: string,
  fromDay: number,
  toDay: number,
): Promise<DayCounts[]> {
  const { results } = await db
    .prepare(
      `SELECT block, days FROM counts WHERE board_id = ?1 AND dim = 'board' AND key = ''
       AND block BETWEEN ?2 AND ?3 ORDER BY block`,
    )
    .bind(boardId, Math.floor(fromDay / BLOCK_DAYS), Math.floor(toDay / BLOCK_DAYS))
    .all<{ block: number; days: string }>();
  const out: DayCounts[] = [];
  for (const r of results) eachDay(r.block, JSON.parse(r.days) as DaysJson, fromDay, toDay, (d) => out.push(d));
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Answers per agent or channel in [fromDay, toDay], most answers first. Whole blocks count by their
 * totals, the two edge blocks of the range by their days: rows read = blocks × groups. Both come
 * back as one row of JSON — a GROUP BY would make D1 bill every row twice (its temporary b-tree),
 * and a thousand rows handed over one by one cost more time than reading them.
 */
export async function groupCounts(
  db: D1Database,
  boardId: string,
  dim: 'agent' | 'channel',
  fromDay: number,
  toDay: number,
): Promise<{ key: string; yes: number; no: number }[]> {
  const block = (day: number) => Math.floor(day / BLOCK_DAYS);
  const row = await db
    .prepare(
      `SELECT
         (SELECT json_group_array(json_array(key, yes, no)) FROM counts
          WHERE board_id = ?1 AND dim = ?2 AND block BETWEEN ?3 AND ?4) AS whole,
         (SELECT json_group_array(json_array(key, block, json(days))) FROM counts
          WHERE board_id = ?1 AND dim = ?2 AND block IN (?5, ?6) AND block NOT BETWEEN ?3 AND ?4) AS edges`,
    )
    .bind(boardId, dim, block(fromDay + BLOCK_DAYS - 1), block(toDay + 1) - 1, block(fromDay), block(toDay))
    .first<{ whole: string; edges: string }>();
  const totals = new Map<string, { key: string; yes: number; no: number }>();
  const add = (key: string, yes: number, no: number) => {
    const t = totals.get(key) ?? { key, yes: 0, no: 0 };
    t.yes += yes;
    t.no += no;
    totals.set(key, t);
  };
  for (const [key, yes, no] of JSON.parse(row?.whole ?? '[]') as [string, number, number][]) add(key, yes, no);
  for (const [key, b, days] of JSON.parse(row?.edges ?? '[]') as [string, number, DaysJson][]) {
    eachDay(b, days, fromDay, toDay, (d) => add(key, d.yes, d.no));
  }
  return [...totals.values()]
    .filter((g) => g.yes + g.no > 0)
    .sort((a, b) => b.yes + b.no - (a.yes + a.no) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface ListFilter {
  limit: number;
  /** the cursor: only answers given before this time */
  before: number | null;
  verdict: Verdict | null;
  agent: string | null;
  channel: string | null;
  fromDay: number | null;
  toDay: number | null;
}

/**
 * Newest first, as a keyset page: each filter is an equality on an index that ends in
 * `answered_at`, and dates and the cursor bound that column, so a page reads `limit` rows at any
 * depth. (Two equality filters at once use one index and check the other.)
 */
export async function listResponses(db: D1Database, boardId: string, f: ListFilter): Promise<ResponseRow[]> {
  const args: unknown[] = [boardId];
  const where = ['board_id = ?1'];
  for (const [col, v] of [
    ['verdict', f.verdict],
    ['agent', f.agent],
    ['channel', f.channel],
  ] as const) {
    if (v === null) continue;
    args.push(v);
    where.push(`${col} = ?${args.length}`);
  }
  const lo = f.fromDay === null ? 0 : f.fromDay * DAY_MS;
  const hi = Math.min(
    f.before === null ? Number.MAX_SAFE_INTEGER : f.before - 1,
    f.toDay === null ? Number.MAX_SAFE_INTEGER : (f.toDay + 1) * DAY_MS - 1,
  );
  args.push(lo, hi, f.limit);
  const n = args.length;
  const { results } = await db
    .prepare(
      `SELECT * FROM responses WHERE ${where.join(' AND ')} AND answered_at BETWEEN ?${n - 2} AND ?${n - 1}
       ORDER BY answered_at DESC LIMIT ?${n}`,
    )
    .bind(...args)
    .all<ResponseRow>();
  return results;
}

export async function ping(db: D1Database): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  return row?.ok === 1;
}
