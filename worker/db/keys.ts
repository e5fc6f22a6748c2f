/** Board API keys: stored hashed, looked up by id, revoked. */
import type { Scope } from '../schemas';

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
