/**
 * All SQL of the worker. Plain functions over the D1 binding, `?N` placeholders, one mapper per row.
 *
 * Storage design (see ARCHITECTURE.md): a board's live score is kept in its own `boards` row, and
 * per-day counts in `daily` / `daily_groups`. Every write changes the raw answer and each aggregate
 * it touches in one `batch()` — one SQLite transaction — with increments computed in SQL from the
 * rows as they are inside that transaction, so concurrent answers can never double-count.
 */
import { ApiError } from './lib/errors';
import { dayOf, iso } from './lib/time';
import type { Window } from './schemas';
import { answerEvents, forgetAnswer } from './webhooks/store';

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
  next_seq: number;
  score_updated_at: number | null;
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

/** The admin view of a board (never the secret). */
export function boardJson(b: Board) {
  return {
    id: b.id,
    name: b.name,
    window: b.window,
    require_token: b.requireToken,
    allowed_origins: b.allowedOrigins,
    created_at: iso(b.createdAt),
    updated_at: iso(b.updatedAt),
  };
}

export interface ResponseRow {
  board_id: string;
  interaction: string;
  verdict: 'yes' | 'no';
  comment: string | null;
  agent: string | null;
  channel: string | null;
  locale: string | null;
  created_at: number;
  updated_at: number;
  seq: number;
  day: number;
  in_window: number;
}

export interface StoredResponse {
  interaction: string;
  verdict: 'yes' | 'no';
  comment?: string;
  agent?: string;
  channel?: string;
  locale?: string;
  created_at: string;
  updated_at: string;
}

export function responseJson(r: ResponseRow): StoredResponse {
  return {
    interaction: r.interaction,
    verdict: r.verdict,
    ...(r.comment !== null ? { comment: r.comment } : {}),
    ...(r.agent !== null ? { agent: r.agent } : {}),
    ...(r.channel !== null ? { channel: r.channel } : {}),
    ...(r.locale !== null ? { locale: r.locale } : {}),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

// ---------------------------------------------------------------- boards

/** One row: the board's settings and its live score. */
export async function getBoard(db: D1Database, id: string): Promise<Board | null> {
  const row = await db.prepare('SELECT * FROM boards WHERE id = ?1').bind(id).first<BoardRow>();
  return row ? toBoard(row) : null;
}

export async function listBoards(db: D1Database): Promise<Board[]> {
  const { results } = await db.prepare('SELECT * FROM boards ORDER BY id').all<BoardRow>();
  return results.map(toBoard);
}

const windowCols = (w: Window) => ('responses' in w ? [w.responses, null] : [null, w.days]);

export async function createBoard(
  db: D1Database,
  input: { id: string; name: string; window: Window; requireToken: boolean; allowedOrigins: string[] },
  secret: string,
  now: number,
): Promise<Board> {
  const [n, d] = windowCols(input.window);
  const row = await db
    .prepare(
      `INSERT INTO boards (id, name, window_n, window_days, require_token, allowed_origins, secret, created_at, updated_at, as_of_day)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)
       ON CONFLICT (id) DO NOTHING
       RETURNING *`,
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
    )
    .first<BoardRow>();
  if (!row) throw new ApiError('conflict', `A board named "${input.id}" already exists.`, { field: 'id' });
  return toBoard(row);
}

/** Recomputes the window counts from the raw answers: used when a board's window changes. */
function recomputeWindow(db: D1Database, id: string, w: Window, now: number): D1PreparedStatement[] {
  const today = dayOf(now);
  if ('responses' in w) {
    return [
      db
        .prepare(
          `UPDATE responses SET in_window = (seq >= COALESCE(
             (SELECT seq FROM responses WHERE board_id = ?1 ORDER BY seq DESC LIMIT 1 OFFSET ?2 - 1), 0))
           WHERE board_id = ?1`,
        )
        .bind(id, w.responses),
      db
        .prepare(
          `UPDATE boards SET
             win_yes = (SELECT COUNT(*) FROM responses WHERE board_id = ?1 AND in_window = 1 AND verdict = 'yes'),
             win_no = (SELECT COUNT(*) FROM responses WHERE board_id = ?1 AND in_window = 1 AND verdict = 'no'),
             as_of_day = ?2, score_updated_at = ?3
           WHERE id = ?1`,
        )
        .bind(id, today, now),
    ];
  }
  return [
    db
      .prepare(
        `UPDATE boards SET
           win_yes = (SELECT COALESCE(SUM(yes), 0) FROM daily WHERE board_id = ?1 AND day > ?2 - ?3),
           win_no = (SELECT COALESCE(SUM(no), 0) FROM daily WHERE board_id = ?1 AND day > ?2 - ?3),
           as_of_day = ?2, score_updated_at = ?4
         WHERE id = ?1`,
      )
      .bind(id, today, w.days, now),
  ];
}

export async function updateBoard(
  db: D1Database,
  id: string,
  patch: { name?: string; window?: Window; requireToken?: boolean; allowedOrigins?: string[] },
  now: number,
): Promise<Board | null> {
  const [n, d] = patch.window ? windowCols(patch.window) : [null, null];
  const stmts = [
    db
      .prepare(
        `UPDATE boards SET
           name = COALESCE(?2, name),
           window_n = CASE WHEN ?6 THEN ?3 ELSE window_n END,
           window_days = CASE WHEN ?6 THEN ?4 ELSE window_days END,
           require_token = COALESCE(?5, require_token),
           allowed_origins = COALESCE(?7, allowed_origins),
           updated_at = ?8
         WHERE id = ?1`,
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
    ...(patch.window ? recomputeWindow(db, id, patch.window, now) : []),
    db.prepare('SELECT * FROM boards WHERE id = ?1').bind(id),
  ];
  const results = await db.batch<BoardRow>(stmts);
  const row = results.at(-1)?.results[0];
  return row ? toBoard(row) : null;
}

export async function deleteBoard(db: D1Database, id: string): Promise<boolean> {
  // Children first, in one transaction, so a failure leaves the board whole.
  const results = await db.batch([
    db.prepare('DELETE FROM responses WHERE board_id = ?1').bind(id),
    db.prepare('DELETE FROM daily WHERE board_id = ?1').bind(id),
    db.prepare('DELETE FROM daily_groups WHERE board_id = ?1').bind(id),
    db.prepare('DELETE FROM api_keys WHERE board_id = ?1').bind(id),
    db.prepare('DELETE FROM boards WHERE id = ?1').bind(id),
  ]);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}

/** New secret in; the current one stays valid until `prevUntil` so links already sent keep working. */
export async function rotateSecret(db: D1Database, id: string, secret: string, now: number, prevUntil: number) {
  const res = await db
    .prepare(
      `UPDATE boards SET prev_secret = secret, prev_secret_until = ?3, secret = ?2, updated_at = ?4 WHERE id = ?1`,
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

export async function insertKey(db: D1Database, k: Omit<KeyRow, 'revoked_at'>) {
  await db
    .prepare('INSERT INTO api_keys (id, board_id, hash, scopes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(k.id, k.board_id, k.hash, k.scopes, k.created_at)
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

/**
 * Day windows move with the calendar, not with writes: before a board's day-window counts are used
 * or changed, subtract the days that have left the window since `as_of_day`. No-op for answer-count
 * windows and for boards already rolled today.
 */
const rollSql = `UPDATE boards SET
    win_yes = win_yes - (SELECT COALESCE(SUM(d.yes), 0) FROM daily d
      WHERE d.board_id = boards.id AND d.day > boards.as_of_day - boards.window_days AND d.day <= ?2 - boards.window_days),
    win_no = win_no - (SELECT COALESCE(SUM(d.no), 0) FROM daily d
      WHERE d.board_id = boards.id AND d.day > boards.as_of_day - boards.window_days AND d.day <= ?2 - boards.window_days),
    as_of_day = ?2
  WHERE id = ?1 AND window_days IS NOT NULL AND as_of_day < ?2`;

/** Rolls a day window forward if the day changed; returns the board as it is now. */
export async function rollBoard(db: D1Database, board: Board, now: number): Promise<Board> {
  const today = dayOf(now);
  if (!('days' in board.window) || board.asOfDay >= today) return board;
  const row = await db.prepare(`${rollSql} RETURNING *`).bind(board.id, today).first<BoardRow>();
  // Someone else rolled it first: read it again.
  return row ? toBoard(row) : ((await getBoard(db, board.id)) ?? board);
}

/** Whether the stored answer `r` differs in what is counted (verdict, agent, channel) from the new one. */
const changed = (r: string) =>
  `(${r}.verdict <> ?3 OR ${r}.agent IS NOT COALESCE(?5, ${r}.agent) OR ${r}.channel IS NOT COALESCE(?6, ${r}.channel))`;

/** `r` counts in the board's current window. */
const inWindow = (r: string) =>
  `((boards.window_n IS NOT NULL AND ${r}.in_window = 1) OR (boards.window_days IS NOT NULL AND ${r}.day > ?9 - boards.window_days))`;

export interface AnswerInput {
  interaction: string;
  verdict: 'yes' | 'no';
  /** undefined keeps the stored comment; '' removes it */
  comment?: string | undefined;
  agent?: string | undefined;
  channel?: string | undefined;
  locale?: string | undefined;
}

export interface AnswerResult {
  created: boolean;
  response: ResponseRow;
  /** webhook deliveries this write put in the outbox */
  events: number;
}

/**
 * Records an answer: first answer, changed answer (the old one's counts move out, the new one's in,
 * at today's date and order) or a repeat (nothing counted again). One batch, one transaction.
 */
export async function recordAnswer(
  db: D1Database,
  boardId: string,
  a: AnswerInput,
  now: number,
): Promise<AnswerResult> {
  const today = dayOf(now);
  const args = [
    boardId,
    a.interaction,
    a.verdict,
    a.comment ?? null,
    a.agent ?? null,
    a.channel ?? null,
    a.locale ?? null,
    now,
    today,
  ];
  const q = (sql: string) => bindSome(db, sql, args);
  const [existed, events, ...rest] = await db.batch([
    q('SELECT EXISTS (SELECT 1 FROM responses WHERE board_id = ?1 AND interaction = ?2) AS existed'),
    // the webhook events of this write, judged against the answer as stored before it (the outbox)
    answerEvents(db, boardId, a, now),
    db.prepare(rollSql).bind(boardId, today),
    // 1. a changed answer: take its old counts out of every aggregate
    q(`UPDATE daily SET yes = daily.yes - (r.verdict = 'yes'), no = daily.no - (r.verdict = 'no')
       FROM responses r
       WHERE r.board_id = ?1 AND r.interaction = ?2 AND ${changed('r')}
         AND daily.board_id = r.board_id AND daily.day = r.day`),
    q(`UPDATE daily_groups SET yes = daily_groups.yes - (r.verdict = 'yes'), no = daily_groups.no - (r.verdict = 'no')
       FROM responses r
       WHERE r.board_id = ?1 AND r.interaction = ?2 AND ${changed('r')}
         AND daily_groups.board_id = r.board_id AND daily_groups.day = r.day
         AND ((daily_groups.dim = 'agent' AND daily_groups.key = r.agent)
           OR (daily_groups.dim = 'channel' AND daily_groups.key = r.channel))`),
    q(`UPDATE boards SET win_yes = win_yes - (r.verdict = 'yes'), win_no = win_no - (r.verdict = 'no')
       FROM responses r
       WHERE boards.id = ?1 AND r.board_id = ?1 AND r.interaction = ?2 AND ${changed('r')} AND ${inWindow('r')}`),
    // 2. the answer itself; a counted change takes the next order number and today's date
    q(`INSERT INTO responses (board_id, interaction, verdict, comment, agent, channel, locale, created_at, updated_at, seq, day, in_window)
       SELECT ?1, ?2, ?3, NULLIF(?4, ''), ?5, ?6, ?7, ?8, ?8, b.next_seq, ?9, 1 FROM boards b WHERE b.id = ?1
       ON CONFLICT (board_id, interaction) DO UPDATE SET
         seq = CASE WHEN ${changed('responses')} THEN excluded.seq ELSE responses.seq END,
         day = CASE WHEN ${changed('responses')} THEN excluded.day ELSE responses.day END,
         in_window = CASE WHEN ${changed('responses')} THEN 1 ELSE responses.in_window END,
         updated_at = ?8,
         verdict = ?3,
         agent = COALESCE(?5, responses.agent),
         channel = COALESCE(?6, responses.channel),
         comment = CASE WHEN ?4 IS NULL THEN responses.comment ELSE NULLIF(?4, '') END,
         locale = COALESCE(?7, responses.locale)
       -- a repeat (a retried send, a replayed form) writes nothing at all
       WHERE ${changed('responses')}
         OR (?4 IS NOT NULL AND NULLIF(?4, '') IS NOT responses.comment)
         OR (?7 IS NOT NULL AND ?7 IS NOT responses.locale)`),
    // 3. a new or changed answer (it holds the board's next_seq): put its counts in
    q(`INSERT INTO daily (board_id, day, yes, no)
       SELECT r.board_id, r.day, r.verdict = 'yes', r.verdict = 'no'
       FROM responses r JOIN boards b ON b.id = r.board_id
       WHERE r.board_id = ?1 AND r.interaction = ?2 AND r.seq = b.next_seq
       ON CONFLICT (board_id, day) DO UPDATE SET yes = yes + excluded.yes, no = no + excluded.no`),
    q(`INSERT INTO daily_groups (board_id, dim, day, key, yes, no)
       SELECT r.board_id, 'agent', r.day, r.agent, r.verdict = 'yes', r.verdict = 'no'
       FROM responses r JOIN boards b ON b.id = r.board_id
       WHERE r.board_id = ?1 AND r.interaction = ?2 AND r.seq = b.next_seq AND r.agent IS NOT NULL
       ON CONFLICT (board_id, dim, day, key) DO UPDATE SET yes = yes + excluded.yes, no = no + excluded.no`),
    q(`INSERT INTO daily_groups (board_id, dim, day, key, yes, no)
       SELECT r.board_id, 'channel', r.day, r.channel, r.verdict = 'yes', r.verdict = 'no'
       FROM responses r JOIN boards b ON b.id = r.board_id
       WHERE r.board_id = ?1 AND r.interaction = ?2 AND r.seq = b.next_seq AND r.channel IS NOT NULL
       ON CONFLICT (board_id, dim, day, key) DO UPDATE SET yes = yes + excluded.yes, no = no + excluded.no`),
    q(`UPDATE boards SET win_yes = win_yes + (r.verdict = 'yes'), win_no = win_no + (r.verdict = 'no'),
         next_seq = next_seq + 1, score_updated_at = ?8
       FROM responses r
       WHERE boards.id = ?1 AND r.board_id = ?1 AND r.interaction = ?2 AND r.seq = boards.next_seq`),
    // 4. an answer-count window that grew past N: the oldest answer in it leaves
    ...evictOrRefill(db, boardId, 'evict'),
    q('SELECT * FROM responses WHERE board_id = ?1 AND interaction = ?2'),
  ]);
  const response = rest.at(-1)?.results[0] as ResponseRow | undefined;
  if (!response) throw new Error('recordAnswer: the stored answer was not read back');
  return {
    created: (existed?.results[0] as { existed: number } | undefined)?.existed === 0,
    response,
    events: events?.meta.changes ?? 0,
  };
}

/**
 * Binds the first N of a batch's shared parameters, N being the highest `?N` the statement names:
 * D1 wants exactly as many values as the statement has parameters.
 */
function bindSome(db: D1Database, sql: string, args: unknown[]): D1PreparedStatement {
  let max = 0;
  for (const m of sql.matchAll(/\?(\d+)/g)) max = Math.max(max, Number(m[1]));
  return db.prepare(sql).bind(...args.slice(0, max));
}

/**
 * Keeps an answer-count window at N answers: after an insert, the oldest answer in it moves out;
 * after an erasure, the newest answer outside it moves in. `in_window = 2` marks the moving row
 * between the three statements, all inside the caller's batch.
 */
function evictOrRefill(db: D1Database, boardId: string, what: 'evict' | 'refill'): D1PreparedStatement[] {
  const [from, to, pick, cond, sign] =
    what === 'evict'
      ? [1, 0, 'ORDER BY seq ASC', 'win_yes + win_no > window_n', '-']
      : [0, 1, 'ORDER BY seq DESC', 'win_yes + win_no < window_n', '+'];
  return [
    db
      .prepare(
        `UPDATE responses SET in_window = 2
         WHERE board_id = ?1
           AND seq = (SELECT seq FROM responses WHERE board_id = ?1 AND in_window = ${from} ${pick} LIMIT 1)
           AND (SELECT window_n IS NOT NULL AND ${cond} FROM boards WHERE id = ?1)`,
      )
      .bind(boardId),
    db
      .prepare(
        `UPDATE boards SET win_yes = win_yes ${sign} (r.verdict = 'yes'), win_no = win_no ${sign} (r.verdict = 'no')
         FROM responses r WHERE boards.id = ?1 AND r.board_id = ?1 AND r.in_window = 2`,
      )
      .bind(boardId),
    db.prepare(`UPDATE responses SET in_window = ${to} WHERE board_id = ?1 AND in_window = 2`).bind(boardId),
  ];
}

/** Erases one answer and its counts (a privacy request); the window refills from older answers. */
export async function eraseAnswer(db: D1Database, boardId: string, interaction: string, now: number): Promise<boolean> {
  const today = dayOf(now);
  const q = (sql: string) => bindSome(db, sql, [boardId, interaction, today, now]);
  const results = await db.batch([
    db.prepare(rollSql).bind(boardId, today),
    q(`UPDATE daily SET yes = daily.yes - (r.verdict = 'yes'), no = daily.no - (r.verdict = 'no')
       FROM responses r
       WHERE r.board_id = ?1 AND r.interaction = ?2 AND daily.board_id = r.board_id AND daily.day = r.day`),
    q(`UPDATE daily_groups SET yes = daily_groups.yes - (r.verdict = 'yes'), no = daily_groups.no - (r.verdict = 'no')
       FROM responses r
       WHERE r.board_id = ?1 AND r.interaction = ?2 AND daily_groups.board_id = r.board_id AND daily_groups.day = r.day
         AND ((daily_groups.dim = 'agent' AND daily_groups.key = r.agent)
           OR (daily_groups.dim = 'channel' AND daily_groups.key = r.channel))`),
    q(`UPDATE boards SET win_yes = win_yes - (r.verdict = 'yes'), win_no = win_no - (r.verdict = 'no'), score_updated_at = ?4
       FROM responses r
       WHERE boards.id = ?1 AND r.board_id = ?1 AND r.interaction = ?2
         AND ((boards.window_n IS NOT NULL AND r.in_window = 1) OR (boards.window_days IS NOT NULL AND r.day > ?3 - boards.window_days))`),
    db.prepare('DELETE FROM responses WHERE board_id = ?1 AND interaction = ?2').bind(boardId, interaction),
    ...evictOrRefill(db, boardId, 'refill'),
    forgetAnswer(db, boardId, interaction),
  ]);
  return (results[4]?.meta.changes ?? 0) > 0;
}

// ---------------------------------------------------------------- reading

export interface DayCounts {
  day: number;
  yes: number;
  no: number;
}

/** Per-day counts in [fromDay, toDay]: one row per day that had answers. */
export async function dailyCounts(db: D1Database, boardId: string, fromDay: number, toDay: number) {
  const { results } = await db
    .prepare('SELECT day, yes, no FROM daily WHERE board_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day')
    .bind(boardId, fromDay, toDay)
    .all<DayCounts>();
  return results;
}

/** Counts per agent or channel in [fromDay, toDay]: rows read = days × groups. */
export async function groupCounts(
  db: D1Database,
  boardId: string,
  dim: 'agent' | 'channel',
  fromDay: number,
  toDay: number,
) {
  const { results } = await db
    .prepare(
      `SELECT key, SUM(yes) AS yes, SUM(no) AS no FROM daily_groups
       WHERE board_id = ?1 AND dim = ?2 AND day BETWEEN ?3 AND ?4
       GROUP BY key HAVING SUM(yes) + SUM(no) > 0 ORDER BY SUM(yes) + SUM(no) DESC, key`,
    )
    .bind(boardId, dim, fromDay, toDay)
    .all<{ key: string; yes: number; no: number }>();
  return results;
}

export interface ListFilter {
  limit: number;
  beforeSeq: number | null;
  verdict: 'yes' | 'no' | null;
  fromDay: number | null;
  toDay: number | null;
}

/** Newest first (by answer order); `beforeSeq` is the cursor. */
export async function listResponses(db: D1Database, boardId: string, f: ListFilter): Promise<ResponseRow[]> {
  const { results } = await db
    .prepare(
      `SELECT * FROM responses
       WHERE board_id = ?1 AND (?2 IS NULL OR seq < ?2) AND (?3 IS NULL OR verdict = ?3)
         AND (?4 IS NULL OR day >= ?4) AND (?5 IS NULL OR day <= ?5)
       ORDER BY seq DESC LIMIT ?6`,
    )
    .bind(boardId, f.beforeSeq, f.verdict, f.fromDay, f.toDay, f.limit)
    .all<ResponseRow>();
  return results;
}

export async function ping(db: D1Database): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  return row?.ok === 1;
}
