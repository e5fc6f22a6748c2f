/**
 * Signing in to the team's page (SPEC § The team's page): one-time links the admin CLI prints, and
 * the sessions a link, a board key with `read` or the admin token opens. A session is a Bearer
 * credential for one board's `read`/`triage` routes (worker/auth.ts reads it), kept by the page in
 * its tab's sessionStorage: no cookie, so no request carries it unless the page's own code adds it
 * (nothing for CSRF to ride on), and closing the tab forgets it.
 */
import * as z from 'zod';
import type { Caller } from './auth';
import type { Board } from './db/boards';
import { exchangeLink, insertSignInLink, openSession, type NewSession } from './db/sessions';
import { randomId, randomToken, sha256Hex } from './lib/crypto';
import { ApiError } from './lib/errors';
import { iso } from './lib/time';
import { Reasons, Scope, Target, Window } from './schemas';

/** How long a session lives: a working day, then the page asks to sign in again. */
export const SESSION_TTL_MS = 8 * 3600 * 1000;
/** A sign-in link's default life: long enough to open it, short enough that a leaked one is stale. */
export const LINK_TTL_S = 600;

export const SignInLinkCreate = z
  .strictObject({ ttl_seconds: z.number().int().min(60).max(3600).optional() })
  .openapi('SignInLinkCreate');

export const SignInLink = z
  .object({
    url: z.string().openapi({ example: 'https://csat.example.com/team/acme#link=Qm9…' }),
    expires_at: z.string(),
  })
  .openapi('SignInLink');

export const SessionCreate = z
  .strictObject({
    link: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'not a sign-in link secret')
      .optional(),
  })
  .openapi('SessionCreate');

export const SessionJson = z
  .object({
    session: z.string().optional().openapi({ description: 'The Bearer credential (only when created)' }),
    expires_at: z.string(),
    scopes: z.array(Scope),
    board: z.object({ id: z.string(), name: z.string(), window: Window, target: Target.nullable(), reasons: Reasons }),
  })
  .openapi('Session');
type SessionJson = z.infer<typeof SessionJson>;

/** Makes a link for `board`: its URL (the secret after `#`, so never sent to a server) and expiry. */
export async function newSignInLink(db: D1Database, origin: string, board: string, ttlSeconds = LINK_TTL_S) {
  const secret = randomToken(32);
  const now = Date.now();
  const expiresAt = now + ttlSeconds * 1000;
  await insertSignInLink(db, board, await sha256Hex(secret), now, expiresAt);
  return { url: `${origin}/team/${board}#link=${secret}`, expires_at: iso(expiresAt) };
}

async function newSession(board: string, scopes: Scope[], keyId: string | null): Promise<[NewSession, string]> {
  const id = randomId(12);
  const token = `pmsn_${id}_${randomToken(32)}`;
  const now = Date.now();
  return [{ id, board, hash: await sha256Hex(token), scopes, keyId, now, expiresAt: now + SESSION_TTL_MS }, token];
}

export function sessionJson(board: Board, scopes: Scope[], expiresAt: number, token?: string): SessionJson {
  const { id, name, window, target, reasons } = board;
  return { session: token, expires_at: iso(expiresAt), scopes, board: { id, name, window, target, reasons } };
}

/** Spends a link of `board` for a read + triage session; 401 for a used, expired or unknown one. */
export async function sessionFromLink(db: D1Database, board: Board, secret: string): Promise<SessionJson> {
  const [s, token] = await newSession(board.id, ['read', 'triage'], null);
  if (!(await exchangeLink(db, await sha256Hex(secret), s))) {
    throw new ApiError(
      'unauthorized',
      `This sign-in link was already used or has expired. Ask for a new one: npm run admin -- dashboard ${board.id}`,
    );
  }
  return sessionJson(board, s.scopes, s.expiresAt, token);
}

/** A session for a caller already known: the admin (read + triage) or a key of this board with `read`. */
export async function sessionFromCaller(db: D1Database, board: Board, who: Caller): Promise<SessionJson> {
  if (!who.admin && (who.board !== board.id || who.session))
    throw new ApiError('forbidden', 'Sign in with a key of this board (a session cannot open another).');
  const scopes: Scope[] = who.admin ? ['read', 'triage'] : who.scopes.filter((s) => s === 'read' || s === 'triage');
  if (!scopes.includes('read')) throw new ApiError('forbidden', 'Signing in needs a key with the "read" scope.');
  const [s, token] = await newSession(board.id, scopes, who.admin ? null : (who.keyId ?? null));
  await openSession(db, s);
  return sessionJson(board, s.scopes, s.expiresAt, token);
}
