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
