/**
 * The team hears of refused answers (issue 18.3): middleware for the public routes an embed writes
 * to (the answer POST, the widget's load-time ask POST …/asks) that counts each refusal of an existing board
 * by its error code (worker/db/refusals.ts), and hands the first one of each hour to the webhooks.
 * Counting never changes the refusal the caller gets: it runs after the response has gone (the
 * refused request itself still writes nothing, SPEC § HTTP interface), and if the count cannot be
 * written it is logged and the 4xx stands.
 */
import type { MiddlewareHandler } from 'hono';
import { countRefusal } from './db/refusals';
import { ApiError } from './lib/errors';
import { executionContext, type AppEnv } from './lib/http';
import { deliverSoon } from './webhooks/queue';

/**
 * Not counted: an unknown board (there is no board to tell, and counting unknown ids would let
 * anyone fill D1), a database that did not answer (not the embed's fault), a wrong method, and a
 * bad key (a team's own backend, which gets the 401/403 back synchronously).
 */
const NOT_COUNTED = new Set([
  'unknown_board',
  'storage_unavailable',
  'method_not_allowed',
  'not_found',
  'unauthorized',
  'forbidden',
]);

export const countRefusals: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const err = c.error;
  if (c.req.method !== 'POST' || !(err instanceof ApiError) || NOT_COUNTED.has(err.code)) return;
  const board = c.req.param('board');
  if (!board) return;
  const refusal = {
    board,
    reason: err.code,
    origin: c.req.header('origin') ?? '',
    message: err.message,
    now: Date.now(),
  };
  const count = countRefusal(c.env.DB, refusal).then(
    ({ delivered }) => delivered > 0 && deliverSoon(c),
    (e: unknown) => console.error(`refusals: could not count a refusal of ${board} (${err.code})`, e),
  );
  // Without an ExecutionContext (Hono's app.request in a bench) it is counted before answering.
  const ctx = executionContext(c);
  if (ctx) ctx.waitUntil(count);
  else await count;
};
