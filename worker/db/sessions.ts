/**
 * The team's page sign-in (migration 0012): one-time links and the sessions they open. Only hashes
 * are stored; a link is spent and its session made in one batch, so a second use finds nothing.
 */
import type { Scope } from '../schemas';

export interface SessionRow {
  id: string;
  board_id: string;
  hash: string;
  scopes: string;
  key_id: string | null;
  created_at: number;
  expires_at: number;
  ended_at: number | null;
  /** the opening key's revoked_at (NULL while it stands, or when no key opened it) */
  key_revoked_at: number | null;
}

export interface NewSession {
  id: string;
  board: string;
  hash: string;
  scopes: Scope[];
  keyId: string | null;
  now: number;
  expiresAt: number;
}

export async function insertSignInLink(db: D1Database, board: string, hash: string, now: number, expiresAt: number) {
  await db
    .prepare('INSERT INTO sign_in_links (hash, board_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)')
    .bind(hash, board, now, expiresAt)
    .run();
}

/** Inserts session `s` when `when` holds (SQL that may read its `?8`, `extra`). */
const insertSession = (db: D1Database, s: NewSession, when: string, extra: string | null = null) =>
  db
    .prepare(
      `INSERT INTO sessions (id, board_id, hash, scopes, key_id, created_at, expires_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE ${when}`,
    )
    .bind(s.id, s.board, s.hash, s.scopes.join(','), s.keyId, s.now, s.expiresAt, extra);

/**
 * Spends the link whose secret hashes to `linkHash` (unused, unexpired, of `s.board`) and opens
 * session `s` with it, in one batch: true when it did, false (nothing written) otherwise.
 */
export async function exchangeLink(db: D1Database, linkHash: string, s: NewSession): Promise<boolean> {
  const [spent] = await db.batch([
    db
      .prepare(
        `UPDATE sign_in_links SET used_by = ?3
         WHERE hash = ?1 AND board_id = ?2 AND used_by IS NULL AND expires_at > ?4`,
      )
      .bind(linkHash, s.board, s.id, s.now),
    // only when this batch spent the link: `used_by` is this session's fresh id
    insertSession(db, s, 'EXISTS (SELECT 1 FROM sign_in_links WHERE hash = ?8 AND used_by = ?1)', linkHash),
  ]);
  return spent!.meta.changes === 1;
}

/** Opens session `s` for a caller already checked (a board key or the admin token). */
export async function openSession(db: D1Database, s: NewSession): Promise<void> {
  await insertSession(db, s, '?8 IS NULL').run();
}

/** The session with its opening key's state: one row. */
export async function getSession(db: D1Database, id: string): Promise<SessionRow | null> {
  return db
    .prepare(
      `SELECT s.*, k.revoked_at AS key_revoked_at FROM sessions s
       LEFT JOIN api_keys k ON k.id = s.key_id WHERE s.id = ?1`,
    )
    .bind(id)
    .first<SessionRow>();
}

export async function endSession(db: D1Database, id: string, now: number): Promise<void> {
  await db.prepare('UPDATE sessions SET ended_at = ?2 WHERE id = ?1 AND ended_at IS NULL').bind(id, now).run();
}

/** Removes up to `limit` expired links and sessions each (the every-minute cron): rows deleted. */
export async function pruneSessions(db: D1Database, now: number, limit = 500): Promise<number> {
  const results = await db.batch(
    ['sign_in_links', 'sessions'].map((table) =>
      db
        .prepare(
          `DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE expires_at <= ?1 ORDER BY expires_at LIMIT ?2)`,
        )
        .bind(now, limit),
    ),
  );
  return results.reduce((n, r) => n + r.meta.changes, 0);
}
