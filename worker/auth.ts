/**
 * Private API auth: `Authorization: Bearer <key>`. The deployment's ADMIN_TOKEN may do everything;
 * a board key (`pmk_<id>_<secret>`, stored as a SHA-256 hash) has scopes for its own board only; a
 * team's page session (`pmsn_<id>_<secret>`, worker/routes/team.ts) is read/triage for one board
 * until it expires, is ended, or the key that opened it is revoked.
 */
import type { Context } from 'hono';
import { ADMIN_TOKEN_MIN_LENGTH } from './lib/admin-token.mjs';
import { getKey } from './db/keys';
import { getSession } from './db/sessions';
import type { Scope } from './schemas';
import { safeEqual, sha256Hex } from './lib/crypto';
import { ApiError } from './lib/errors';
import type { AppEnv } from './lib/http';

const KEY_RE = /^pmk_([a-z0-9]{12})_[A-Za-z0-9_-]{43}$/;
const SESSION_RE = /^pmsn_([a-z0-9]{12})_[A-Za-z0-9_-]{43}$/;

export type Caller =
  | { admin: true }
  | { admin: false; board: string; scopes: Scope[]; keyId?: string; session?: { id: string; expiresAt: number } };

const unauthorized = (message = 'Send a valid key as "Authorization: Bearer <key>".') =>
  new ApiError('unauthorized', message, { headers: { 'WWW-Authenticate': 'Bearer realm="pandameter"' } });

const SESSION_ENDED = 'This session has ended (signed out, expired, or its key was revoked). Sign in again.';

/** Who sent this request (the admin, a board key or a session); 401 for anyone else. */
export async function caller(c: Context<AppEnv>): Promise<Caller> {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthorized();
  const presented = m[1]!;
  const admin = c.env.ADMIN_TOKEN;
  if (admin && admin.length >= ADMIN_TOKEN_MIN_LENGTH && (await safeEqual(presented, admin))) return { admin: true };
  const sm = SESSION_RE.exec(presented);
  if (sm) {
    const row = await getSession(c.env.DB, sm[1]!);
    const live = row && row.ended_at === null && row.key_revoked_at === null && row.expires_at > Date.now();
    if (!live || !(await safeEqual(await sha256Hex(presented), row.hash))) throw unauthorized(SESSION_ENDED);
    return {
      admin: false,
      board: row.board_id,
      scopes: row.scopes.split(',') as Scope[],
      session: { id: row.id, expiresAt: row.expires_at },
    };
  }
  const km = KEY_RE.exec(presented);
  if (!km) throw unauthorized();
  const row = await getKey(c.env.DB, km[1]!);
  if (!row || row.revoked_at !== null || !(await safeEqual(await sha256Hex(presented), row.hash))) throw unauthorized();
  return { admin: false, board: row.board_id, scopes: row.scopes.split(',') as Scope[], keyId: row.id };
}

/** Only the deployment's admin token. */
export async function requireAdmin(c: Context<AppEnv>): Promise<void> {
  const who = await caller(c);
  if (!who.admin) throw new ApiError('forbidden', 'This needs the admin token.');
}

/** The admin token, or a key of this board with `scope`. */
export async function requireScope(c: Context<AppEnv>, board: string, scope: Scope): Promise<Caller> {
  const who = await caller(c);
  if (who.admin) return who;
  if (who.board !== board) throw new ApiError('forbidden', 'This key belongs to another board.');
  if (!who.scopes.includes(scope)) throw new ApiError('forbidden', `This key lacks the "${scope}" scope.`);
  return who;
}
