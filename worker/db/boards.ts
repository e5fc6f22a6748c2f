/**
 * Boards: their settings and live score (one `boards` row each), created, changed, deleted; the
 * window that moves with the calendar or with new answers.
 */
import type { MiddleAs } from '../connectors/types';
import { dayOf } from '../lib/time';
import type { Reason, Weekday, Window } from '../schemas';
import { batchNamed } from './batch';
import { boardDaysSum } from './counts';

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
  reasons: string;
  accent: string | null;
  target: number | null;
  public_response_rate: number;
  public_follow_up: number;
  public_target: number;
  digest_day: Weekday | null;
  middle_rating: MiddleAs;
  asked_n: number;
  answered_n: number;
  rr_day: number;
  rr_days: number;
}

/** What an admin sets on a board (POST and PATCH /v1/boards). */
export interface BoardSettings {
  name: string;
  window: Window;
  requireToken: boolean;
  allowedOrigins: string[];
  /** what a customer may pick after "no" (at most 8) */
  reasons: Reason[];
  /** the brand colour, '#rrggbb' */
  accent: string | null;
  /** percent satisfied the team aims for */
  target: number | null;
  /** what the public scoreboard shows besides the score */
  publicResponseRate: boolean;
  publicFollowUp: boolean;
  publicTarget: boolean;
  /** the weekday (UTC) of the weekly digest; null: none */
  digestDay: Weekday | null;
  /** how a helpdesk's middle rating counts (connectors): not at all, as a yes, or as a no */
  middleRating: MiddleAs;
}

export interface Board extends BoardSettings {
  id: string;
  secret: string;
  prevSecret: string | null;
  prevSecretUntil: number | null;
  createdAt: number;
  updatedAt: number;
  yes: number;
  no: number;
  asOfDay: number;
  scoreUpdatedAt: number | null;
  /** the response rate's period (worker/db/asks.ts): asks made in it, and how many are answered */
  asked: number;
  answered: number;
  /** the day and the period length those two were counted for */
  rrDay: number;
  rrDays: number;
}

export function toBoard(r: BoardRow): Board {
  return {
    id: r.id,
    name: r.name,
    window: r.window_n !== null ? { responses: r.window_n } : { days: r.window_days ?? 30 },
    requireToken: r.require_token === 1,
    allowedOrigins: JSON.parse(r.allowed_origins) as string[],
    reasons: JSON.parse(r.reasons) as Reason[],
    accent: r.accent,
    target: r.target,
    publicResponseRate: r.public_response_rate === 1,
    publicFollowUp: r.public_follow_up === 1,
    publicTarget: r.public_target === 1,
    digestDay: r.digest_day,
    middleRating: r.middle_rating,
    secret: r.secret,
    prevSecret: r.prev_secret,
    prevSecretUntil: r.prev_secret_until,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    yes: r.win_yes,
    no: r.win_no,
    asOfDay: r.as_of_day,
    scoreUpdatedAt: r.score_updated_at,
    asked: r.asked_n,
    answered: r.answered_n,
    rrDay: r.rr_day,
    rrDays: r.rr_days,
  };
}

/**
 * The settings stored as one column each, with their SQL values. The window is not among them: it
 * takes two columns and a recount (`windowStatements`).
 */
const SETTING_COLUMNS = {
  name: ['name', (v: string) => v],
  requireToken: ['require_token', (v: boolean) => (v ? 1 : 0)],
  allowedOrigins: ['allowed_origins', (v: string[]) => JSON.stringify(v)],
  reasons: ['reasons', (v: Reason[]) => JSON.stringify(v)],
  accent: ['accent', (v: string | null) => v],
  target: ['target', (v: number | null) => v],
  publicResponseRate: ['public_response_rate', (v: boolean) => (v ? 1 : 0)],
  publicFollowUp: ['public_follow_up', (v: boolean) => (v ? 1 : 0)],
  publicTarget: ['public_target', (v: boolean) => (v ? 1 : 0)],
  digestDay: ['digest_day', (v: Weekday | null) => v],
  middleRating: ['middle_rating', (v: MiddleAs) => v],
} as const satisfies { [K in Exclude<keyof BoardSettings, 'window'>]: [string, (v: BoardSettings[K]) => unknown] };

type Column = keyof typeof SETTING_COLUMNS;

/** The columns and SQL values of the settings in `s` that are set (undefined ones are left out). */
function settingValues(s: Partial<BoardSettings>): [string, unknown][] {
  return (Object.keys(SETTING_COLUMNS) as Column[])
    .filter((k) => s[k] !== undefined)
    .map((k) => {
      const [column, sql] = SETTING_COLUMNS[k] as [string, (v: unknown) => unknown];
      return [column, sql(s[k])];
    });
}

/**
 * Day windows move with the calendar, not with writes: before a board's day-window counts are used
 * or changed on a new day, subtract the days that have left the window since `as_of_day`. No-op for
 * answer-count windows and for boards already rolled to `today`.
 */
const ROLL_SQL = `UPDATE boards SET win_yes = win_yes - x.yes, win_no = win_no - x.no, as_of_day = ?2
  FROM (${boardDaysSum('?1', '(SELECT as_of_day - window_days + 1 FROM boards WHERE id = ?1)', '?2 - (SELECT window_days FROM boards WHERE id = ?1)')}) AS x
  WHERE id = ?1 AND window_days IS NOT NULL AND as_of_day < ?2 AND deleted_at IS NULL`;

export function rollStatement(db: D1Database, board: string, today: number): D1PreparedStatement {
  return db.prepare(ROLL_SQL).bind(board, today);
}

const BOARD_COLUMNS = `id, name, window_n, window_days, require_token, allowed_origins, secret, prev_secret,
  prev_secret_until, created_at, updated_at, win_yes, win_no, as_of_day, score_updated_at, last_at, win_from, deleted_at,
  reasons, accent, target, public_response_rate, public_follow_up, public_target, digest_day, middle_rating, asked_n,
  answered_n, rr_day, rr_days`;

/** A live board's row by id (?1); a deleted board is gone at once. */
const LIVE_BOARD = `SELECT ${BOARD_COLUMNS} FROM boards WHERE id = ?1 AND deleted_at IS NULL`;

/** The lower edge of board ?1's last-N window, inside a statement about its answers. */
export const WINDOW_FLOOR = '(SELECT win_from FROM boards WHERE id = ?1)';

/** The statement of `getBoard`, for a batch that reads a board with something of its own (worker/db/connectors.ts). */
export const liveBoardStatement = (db: D1Database | D1DatabaseSession, id: string) => db.prepare(LIVE_BOARD).bind(id);

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
  input: { id: string } & BoardSettings,
  secret: string,
  now: number,
): Promise<CreateResult> {
  const [n, d] = windowCols(input.window);
  const settings = settingValues(input);
  const first = 8; // ?1–?7 below, then the settings
  const { insert, existing } = await batchNamed(db, {
    insert: db
      .prepare(
        `INSERT INTO boards (id, window_n, window_days, secret, created_at, updated_at, as_of_day, ${settings.map(([c]) => c).join(', ')})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ${settings.map((_, i) => `?${first + i}`).join(', ')})
         ON CONFLICT (id) DO NOTHING
         RETURNING ${BOARD_COLUMNS}`,
      )
      .bind(input.id, n, d, secret, now, now, dayOf(now), ...settings.map(([, v]) => v)),
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
  patch: Partial<BoardSettings>,
  now: number,
  /** statements of another module, after the window moved (a new target's crossing: worker/webhooks/targets.ts) */
  extra: Partial<Record<string, D1PreparedStatement>> = {},
): Promise<Board | null> {
  const [n, d] = patch.window ? windowCols(patch.window) : [null, null];
  const { reset, ...moves } = patch.window ? windowStatements(db, id, patch.window, now) : {};
  const settings = settingValues(patch);
  const first = 6; // ?1–?5 below, then the settings
  const { board } = await batchNamed(db, {
    reset,
    settings: db
      .prepare(
        `UPDATE boards SET
           window_n = CASE WHEN ?4 THEN ?2 ELSE window_n END,
           window_days = CASE WHEN ?4 THEN ?3 ELSE window_days END,
           ${settings.map(([c], i) => `${c} = ?${first + i},`).join(' ')}
           updated_at = ?5
         WHERE id = ?1 AND deleted_at IS NULL`,
      )
      .bind(id, n, d, patch.window ? 1 : 0, now, ...settings.map(([, v]) => v)),
    ...moves,
    ...extra,
    board: db.prepare(LIVE_BOARD).bind(id),
  });
  const row = board.results[0] as BoardRow | undefined;
  return row ? toBoard(row) : null;
}

export type DeleteResult =
  | { status: 'deleted'; createdAt: number }
  /** deleted before: `progressAt` is when its purge last moved (or its deletion, if it never did) */
  | { status: 'deleting'; createdAt: number; progressAt: number }
  | { status: 'missing'; createdAt?: undefined };

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
    board: db.prepare('SELECT created_at, deleted_at, purged_at FROM boards WHERE id = ?1').bind(id),
  });
  const row = board.results[0] as { created_at: number; deleted_at: number; purged_at: number | null } | undefined;
  if (!row) return { status: 'missing' };
  if (mark.meta.changes > 0) return { status: 'deleted', createdAt: row.created_at };
  return { status: 'deleting', createdAt: row.created_at, progressAt: row.purged_at ?? row.deleted_at };
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

/** Rolls a day window forward if the day changed; returns the board as it is now. */
export async function rollBoard(db: D1Database | D1DatabaseSession, board: Board, now: number): Promise<Board> {
  const today = dayOf(now);
  if (!('days' in board.window) || board.asOfDay >= today) return board;
  const row = await db.prepare(`${ROLL_SQL} RETURNING ${BOARD_COLUMNS}`).bind(board.id, today).first<BoardRow>();
  // Someone else rolled it first: read it again.
  return row ? toBoard(row) : ((await getBoard(db, board.id)) ?? board);
}
