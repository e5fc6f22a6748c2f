/**
 * Helpers for worker tests: requests go to the real worker app, inside workerd, with the real
 * bindings (D1 with the real migrations, the rate limiter). We call the app's fetch directly rather
 * than `exports.default.fetch`: in the pool that loopback gets slower with every request a file makes
 * (pool 0.23.0: 7 ms per request at first, 88 ms after 400; the app itself stays near 2 ms —
 * `npm run bench:pool`, bench/results/pool-loopback.md).
 */
import { env } from 'cloudflare:workers';
import app from '../../worker/index';

export const ADMIN = 'test-admin-token-0123456789';
export const BASE = 'https://pandameter.test';

let n = 0;
/** A board id no other test in this file uses (storage is shared within a file). */
export const uniqueId = (prefix = 'b') => `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}`;

export interface Req {
  method?: string;
  body?: unknown;
  raw?: BodyInit;
  headers?: Record<string, string>;
  auth?: string | null;
}

export async function call(path: string, opts: Req = {}): Promise<Response> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.auth !== null && opts.auth !== undefined) headers.authorization = `Bearer ${opts.auth}`;
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  return app.request(BASE + path, { method: opts.method ?? 'GET', headers, body }, env);
}

export async function json<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export async function createBoard(extra: Record<string, unknown> = {}) {
  const id = (extra.id as string | undefined) ?? uniqueId();
  const res = await call('/v1/boards', { method: 'POST', auth: ADMIN, body: { id, name: `Board ${id}`, ...extra } });
  if (res.status !== 201) throw new Error(`createBoard: ${res.status} ${await res.text()}`);
  const { secret } = await json<{ secret: string }>(res);
  return { id, secret };
}

export async function mint(board: string, interaction: string, ttl?: number): Promise<string> {
  const res = await call(`/v1/boards/${board}/tokens`, {
    method: 'POST',
    auth: ADMIN,
    body: { interaction, ...(ttl ? { ttl_seconds: ttl } : {}) },
  });
  if (res.status !== 201) throw new Error(`mint: ${res.status} ${await res.text()}`);
  return (await json<{ token: string }>(res)).token;
}

export async function answer(board: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return call(`/v1/boards/${board}/responses`, { method: 'POST', body, headers });
}

export async function score(board: string) {
  return json(await call(`/v1/boards/${board}/score`));
}

/** Records an answer through the API with a freshly minted token, and checks it was accepted. */
export async function say(
  board: string,
  interaction: string,
  verdict: 'yes' | 'no',
  extra: Record<string, string> = {},
) {
  const res = await answer(board, { interaction, verdict, token: await mint(board, interaction), ...extra });
  if (res.status >= 300) throw new Error(`say: ${res.status} ${await res.text()}`);
  return res;
}

/** Moves a board's answers and its window `days` into the past, as if that many days had passed. */
export async function passDays(board: string, days: number) {
  await env.DB.batch([
    env.DB.prepare('UPDATE responses SET day = day - ?2 WHERE board_id = ?1').bind(board, days),
    env.DB.prepare('UPDATE daily SET day = day - ?2 WHERE board_id = ?1').bind(board, days),
    env.DB.prepare('UPDATE daily_groups SET day = day - ?2 WHERE board_id = ?1').bind(board, days),
    env.DB.prepare('UPDATE boards SET as_of_day = as_of_day - ?2 WHERE id = ?1').bind(board, days),
  ]);
}

export { env };
