/**
 * Whether answers can be stored now (GET /healthz). A read alone says too little: a database that
 * answers SELECT 1 may still refuse every write (locked, read-only, over its limits). So the check
 * is a write on the same path an answer takes — an upsert of the one row of `health`, one row
 * written per check.
 */
export async function canStore(db: D1Database, now: number): Promise<boolean> {
  const res = await db
    .prepare(
      'INSERT INTO health (id, checked_at) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
    )
    .bind(now)
    .run();
  return res.meta.changes === 1;
}
