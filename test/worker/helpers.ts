/**
 * Helpers for worker tests: requests go to the worker's real entry point (its default export's
 * `fetch`, as workerd calls it), inside workerd, with the real bindings (D1 with the real migrations,
 * the rate limiter, the queues, the cache) and a real ExecutionContext whose background work (cache
 * writes, the hand-off of webhook events) is awaited before the response is returned, so a test sees
 * what a next request would see. (Through the pool's `exports.default.fetch` loopback the same costs
 * about 2 ms a request with @cloudflare/vitest-plugin — `npm run bench:pool` — but ends before that
 * background work does.)
 */
import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { LOOP_SQL, RECOUNT_SQL, recountStatements } from '../../scripts/recount.mjs';
import worker from '../../worker/index';
import { forgetScore } from '../../worker/score';

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

/** One request through the worker's entry point; returns once its background work is done too. */
export async function send(request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

export async function call(path: string, opts: Req = {}): Promise<Response> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.auth !== null && opts.auth !== undefined) headers.authorization = `Bearer ${opts.auth}`;
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  return send(new Request(BASE + path, { method: opts.method ?? 'GET', headers, body }));
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
  // the token is minted as a support system would: with the agent and channel, so the ask has them too
  const minted = await call(`/v1/boards/${board}/tokens`, {
    method: 'POST',
    auth: ADMIN,
    body: {
      interaction,
      ...(extra.agent ? { agent: extra.agent } : {}),
      ...(extra.channel ? { channel: extra.channel } : {}),
    },
  });
  if (minted.status !== 201) throw new Error(`mint: ${minted.status} ${await minted.text()}`);
  const { token } = await json<{ token: string }>(minted);
  const res = await answer(board, { interaction, verdict, token, ...extra });
  if (res.status >= 300) throw new Error(`say: ${res.status} ${await res.text()}`);
  return res;
}

const DAY_MS = 86_400_000;
const today = () => Math.floor(Date.now() / DAY_MS);

/**
 * Moves a board's answers, its clock and its day window `days` into the past, as if that many days
 * had passed (its counts are rebuilt for the new days, the score cache is dropped).
 */
export async function passDays(board: string, days: number) {
  const shift = days * DAY_MS;
  await env.DB.batch([
    // through negative values, so the unique (board, answered_at) never meets a row not yet moved
    env.DB.prepare('UPDATE responses SET answered_at = ?2 - answered_at WHERE board_id = ?1').bind(board, shift),
    env.DB.prepare('UPDATE responses SET answered_at = -answered_at WHERE board_id = ?1').bind(board),
    env.DB.prepare(
      'UPDATE boards SET last_at = last_at - ?2, win_from = win_from - ?2, as_of_day = as_of_day - ?3 WHERE id = ?1',
    ).bind(board, shift, days),
    ...RECOUNT_SQL.slice(0, 2).map((sql) => env.DB.prepare(sql).bind(board)),
    // asks and follow-ups move with their answers; their tallies are rebuilt, the period recounted when next read
    env.DB.prepare('UPDATE asks SET asked_at = asked_at - ?2 WHERE board_id = ?1').bind(board, shift),
    env.DB.prepare(
      `UPDATE responses SET fu_since = fu_since - ?2, fu_updated_at = fu_updated_at - ?2,
         fu_first_contact_at = fu_first_contact_at - ?2 WHERE board_id = ?1 AND fu_status IS NOT NULL`,
    ).bind(board, shift),
    ...LOOP_SQL.slice(2, 6).map((sql) => env.DB.prepare(sql).bind(board)),
    env.DB.prepare('UPDATE boards SET rr_day = 0 WHERE id = ?1').bind(board),
  ]);
  await forgetScore(BASE, board);
}

/**
 * Stores `n` answers straight into D1 — T-1 … T-n, spread evenly over the last `spanDays` days up
 * to now — then recomputes every aggregate in SQL, as if each had come through the API. `verdict`,
 * `agent` and `channel` are SQL expressions of `i` (1 … n).
 */
export async function storeAnswers(
  board: string,
  n: number,
  sql: { verdict?: string; agent?: string; channel?: string; spanDays?: number } = {},
) {
  const now = Date.now();
  const step = Math.max(1, Math.floor(((sql.spanDays ?? 0) * DAY_MS) / n));
  await env.DB.prepare(
    `INSERT INTO responses (board_id, interaction, verdict, agent, channel, created_at, updated_at, answered_at)
     WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?2)
     SELECT ?1, 'T-' || i, ${sql.verdict ?? "'yes'"}, ${sql.agent ?? 'NULL'}, ${sql.channel ?? 'NULL'},
       ?3 - (?2 - i) * ?4, ?3 - (?2 - i) * ?4, ?3 - (?2 - i) * ?4 FROM k`,
  )
    .bind(board, n, now, step)
    .run();
  await env.DB.batch(recountStatements(board, today()).map((s) => env.DB.prepare(s.sql).bind(...s.args)));
  await forgetScore(BASE, board);
}

/**
 * Sets a board's window counts straight in D1 (a score without its answers, for views), and drops
 * the cached score as every write does.
 */
export async function setScore(board: string, yes: number, no: number, updatedAt = Date.now()) {
  await env.DB.prepare('UPDATE boards SET win_yes = ?2, win_no = ?3, score_updated_at = ?4 WHERE id = ?1')
    .bind(board, yes, no, updatedAt)
    .run();
  await forgetScore(BASE, board);
}

/** Rows read and written by one request, from the worker's own D1 meter (Server-Timing). */
export function d1Cost(res: Response): { queries: number; read: number; written: number } {
  const m = /queries=(\d+) rows_read=(\d+) rows_written=(\d+)/.exec(res.headers.get('server-timing') ?? '');
  return m ? { queries: Number(m[1]), read: Number(m[2]), written: Number(m[3]) } : { queries: 0, read: 0, written: 0 };
}

export { env };
