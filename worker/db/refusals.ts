/**
 * Refused answers, counted per board, reason and UTC hour (migration 0007), so a team learns of a
 * wrong embed from the admin read, the CLI and the `answer.refused` webhook instead of from lost
 * answers. Every write is bounded (see the migration): boards that exist only, one row per
 * (board, hour, reason), rows older than KEEP_HOURS removed by the write that opens a new hour.
 */
import type { ErrorCode } from '../lib/errors';

const HOUR_MS = 3_600_000;
/** A board's refusal rows live this long: the admin read shows 24 h, with a day to spare. */
export const KEEP_HOURS = 48;

export interface Refusal {
  board: string;
  reason: ErrorCode;
  /** the request's Origin header, '' without one */
  origin: string;
  /** what to fix, as the API said it to the caller */
  message: string;
  now: number;
}

/** The refusals of the last 24 hours by reason, most first: `[{reason, count, last_origin}]`. */
export interface RefusedCount {
  reason: string;
  count: number;
  last_origin: string;
}

/**
 * Counts one refusal. Returns the statements of one atomic batch: drop the board's old hours, upsert
 * this hour's row, and, when that row is new (the first refusal of this reason this hour), queue one
 * `answer.refused` delivery per subscribed webhook. So the webhook fires at most once per board,
 * reason and hour, however many requests are refused.
 */
export async function countRefusal(db: D1Database, r: Refusal): Promise<{ first: boolean; delivered: number }> {
  const hour = Math.floor(r.now / HOUR_MS);
  const [, upserted, deliveries] = await db.batch([
    db.prepare('DELETE FROM refusals WHERE board_id = ?1 AND hour < ?2').bind(r.board, hour - KEEP_HOURS),
    db
      .prepare(
        `INSERT INTO refusals (board_id, hour, reason, count, last_origin, last_at)
         SELECT ?1, ?2, ?3, 1, ?4, ?5 WHERE EXISTS (SELECT 1 FROM boards WHERE id = ?1 AND deleted_at IS NULL)
         ON CONFLICT (board_id, hour, reason) DO UPDATE SET count = count + 1, last_origin = ?4, last_at = ?5
         RETURNING count`,
      )
      .bind(r.board, hour, r.reason, r.origin, r.now),
    db
      .prepare(
        `INSERT INTO webhook_deliveries (id, webhook_id, board_id, interaction, event, data, created_at)
         SELECT 'msg_' || lower(hex(randomblob(12))), w.id, ?1, '', 'answer.refused', ?4, ?5
         FROM webhooks w
         WHERE w.board_id = ?1 AND instr(',' || w.events || ',', ',answer.refused,') > 0
           AND EXISTS (SELECT 1 FROM refusals WHERE board_id = ?1 AND hour = ?2 AND reason = ?3 AND count = 1)`,
      )
      .bind(r.board, hour, r.reason, JSON.stringify({ reason: r.reason, origin: r.origin, message: r.message }), r.now),
  ]);
  const count = (upserted!.results[0] as { count: number } | undefined)?.count;
  return { first: count === 1, delivered: deliveries!.meta.changes };
}

/** The last 24 hours of one board: at most 24 × (number of codes) rows read, one per reason returned. */
export async function refusedLastDay(db: D1Database | D1DatabaseSession, board: string, now: number) {
  const { results } = await db
    .prepare(
      `SELECT reason, SUM(count) AS count,
         (SELECT last_origin FROM refusals r2 WHERE r2.board_id = ?1 AND r2.reason = r.reason AND r2.hour > ?2
          ORDER BY r2.last_at DESC LIMIT 1) AS last_origin
       FROM refusals r WHERE board_id = ?1 AND hour > ?2
       GROUP BY reason ORDER BY count DESC, reason`,
    )
    .bind(board, Math.floor(now / HOUR_MS) - 24)
    .all<RefusedCount>();
  return results;
}
