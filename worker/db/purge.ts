/** What the purge Workflow (worker/purge.ts) does to a deleted board's rows, a slice at a time. */

/**
 * The tables a purge empties, in order, with the key a slice picks rows by (in its index's order);
 * the board row goes after them and takes its webhooks (at most 10) along by cascade.
 */
const PURGE_KEYS = {
  responses: 'interaction',
  counts: 'dim, block, key',
  asks: 'interaction',
  tallies: 'dim, block, key',
  // before their deliveries, so that no delivery's cascade has a whole log to remove
  webhook_attempts: 'delivery_id, attempt',
  // its key is `id`; `interaction` orders a board's rows (index webhook_deliveries_by_answer)
  webhook_deliveries: 'interaction, id',
  connectors: 'helpdesk',
} as const;
export type PurgedTable = keyof typeof PURGE_KEYS;
export const PURGED_TABLES = Object.keys(PURGE_KEYS) as PurgedTable[];

/**
 * Removes at most `limit` rows of a deleted board from `table` (one statement, so a slice is all or
 * nothing) and returns how many went; and notes the progress (`purged_at`), which tells the Cron
 * Trigger that this purge is alive. Slices follow the primary key, so each deletes neighbouring
 * rows (4× faster than rows scattered over the table). Never touches a live board.
 */
export async function purgeSlice(
  db: D1Database,
  board: string,
  table: PurgedTable,
  limit: number,
  now: number,
): Promise<number> {
  const key = PURGE_KEYS[table];
  const [res] = await db.batch([
    db
      .prepare(
        `DELETE FROM ${table} WHERE board_id = ?1
         AND (${key}) IN (SELECT ${key} FROM ${table} WHERE board_id = ?1 ORDER BY ${key} LIMIT ?2)
         AND EXISTS (SELECT 1 FROM boards WHERE id = ?1 AND deleted_at IS NOT NULL)`,
      )
      .bind(board, limit),
    notePurgeProgress(db, board, now),
  ]);
  return res!.meta.changes;
}

/** The purge of `board` moved on (or was started again) at `now`. */
export const notePurgeProgress = (db: D1Database, board: string, now: number) =>
  db.prepare('UPDATE boards SET purged_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL').bind(board, now);

/**
 * Deleted boards whose purge has shown no progress since `before` (nor was started since): at most
 * `limit`, oldest deletion first. Reads deleted boards only (index boards_being_purged).
 */
export async function stalledPurges(
  db: D1Database,
  before: number,
  limit: number,
): Promise<{ id: string; created_at: number }[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_at FROM boards WHERE deleted_at IS NOT NULL AND COALESCE(purged_at, deleted_at) < ?1
       ORDER BY deleted_at LIMIT ?2`,
    )
    .bind(before, limit)
    .all<{ id: string; created_at: number }>();
  return results;
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
