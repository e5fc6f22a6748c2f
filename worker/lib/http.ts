import type { Context } from 'hono';
import { ApiError } from './errors';
import { clientKey } from './ip';
import type { D1Meter } from './meter';

/** The worker's bindings, and the request's D1 meter (set by the first middleware in worker/index.ts). */
export type AppEnv = { Bindings: Env; Variables: { meter: D1Meter } };

/** Private answers and errors: kept by no cache, shared or not (SPEC: private responses are no-store). */
export const NO_STORE = 'private, no-store';

/** A strong ETag for a body: the first 16 bytes of its SHA-256, hex. */
export async function etagOf(body: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return `"${[...new Uint8Array(d).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

/** Whether `If-None-Match` names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function notModified(c: Context, etag: string): boolean {
  const inm = c.req.header('if-none-match');
  if (!inm) return false;
  if (inm.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

/** `res` itself, or a bodiless 304 with its headers when `If-None-Match` names its ETag. */
export function conditional(c: Context, res: Response): Response {
  const etag = res.headers.get('ETag');
  if (!etag || !notModified(c, etag)) return res;
  return new Response(null, { status: 304, headers: res.headers });
}

/**
 * Per-client limit for open boards; a client is its IP (CF-Connecting-IP) on one board: an IPv4
 * address, or an IPv6 /64 (`clientKey`).
 */
export async function rateLimit(c: Context<AppEnv>, board: string): Promise<void> {
  const client = clientKey(c.req.header('cf-connecting-ip') ?? 'local');
  const { success } = await c.env.OPEN_BOARD_LIMITER.limit({ key: `${board}:${client}` });
  if (!success) {
    throw new ApiError('rate_limited', 'Too many answers from this client; try again in a minute.', {
      headers: { 'Retry-After': '60' },
    });
  }
}

export const publicOrigin = (c: Context) => new URL(c.req.url).origin;

/**
 * A file `npm run build` put in ASSETS, answered as ASSETS answers it (its ETag, a 304 to the
 * request's `If-None-Match`) under `cacheControl`, with headers the caller may add to; 404 when
 * the file is not built.
 */
export async function builtFile(c: Context<AppEnv>, path: string, cacheControl: string): Promise<Response> {
  const res = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), c.req.raw));
  if (res.status !== 200 && res.status !== 304)
    throw new ApiError('not_found', `${path} is not built; run \`npm run build\`.`);
  const out = new Response(res.body, res);
  out.headers.set('Cache-Control', cacheControl);
  return out;
}

/**
 * The request's ExecutionContext, for work that may go on after the response; undefined where the
 * app runs without one (Hono's `app.request` in a test or bench throws when asked for it).
 */
export function executionContext(c: Context): ExecutionContext | undefined {
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined;
  }
}
