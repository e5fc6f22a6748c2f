/**
 * The one code path that accepts an answer, whatever carried it (the widget's JSON POST, the
 * e-mail rating page's form POST, the team's server with a `sign` key, a helpdesk connector):
 * board, origin, token, rate limit, then one atomic write — the answer, its counts and its webhook
 * events in one batch — and the cached score forgotten. And the one that erases an answer, with
 * everything said about it.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { eraseAnswer, recordAnswer, type AnswerKind, type ResponseRow } from './db/answers';
import { boardParam, checkOrigin, checkToken, originAllowed, requireBoard } from './board';
import { type Board } from './db/boards';
import { ApiError, unknownBoard } from './lib/errors';
import { rateLimit, type AppEnv } from './lib/http';
import type { ResponseCreate } from './schemas';
import { forgetScore } from './score';
import { deliverSoon } from './webhooks/queue';
import { answerEvents, forgetAnswer } from './webhooks/store';
import { targetStatements } from './webhooks/targets';

/** The storage is busy with this very answer; a client that retries shortly gets through. */
export const contended = () =>
  new ApiError('storage_unavailable', 'This answer is being changed by another request; try again.', {
    headers: { 'Retry-After': '1' },
  });

/** A request carrying a key comes from the team's own server, not a customer's page. */
export const fromServer = (c: Context<AppEnv>) => c.req.header('authorization') !== undefined;

/**
 * Every response of a customer's POST (an answer, the widget's ask) and its preflight is readable by
 * the page that sent it, the refusals above all: an unknown board, or an origin the board does not
 * take, must reach the widget as that error (which it shows, logs and does not retry), not as a
 * network failure (which it would retry forever). Readable is all it is: nothing is stored, and no
 * credentials are ever allowed. A keyed request from a server gets no CORS headers.
 */
export const readableByThePage: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && !fromServer(c)) c.header('Access-Control-Allow-Origin', '*');
  await next();
};

/**
 * CORS for the public routes a customer's page calls (answers, and the widget's ask), on top of the
 * `*` every answer to them carries: a board with allowed origins names the one that asked, when it is
 * allowed; never credentials. Set before the handler runs, so a refusal found later carries it too.
 */
export function publicCors(c: Context<AppEnv>, board: Board): void {
  if (board.allowedOrigins.length === 0) return;
  c.header('Vary', 'Origin');
  const origin = c.req.header('origin');
  if (origin && originAllowed(board, origin)) c.header('Access-Control-Allow-Origin', origin);
}

/** The preflight of a public route: answered for an origin the board takes, refused (readably) otherwise. */
export async function publicPreflight(c: Context<AppEnv>): Promise<Response> {
  const board = await requireBoard(c.env.DB, boardParam(c));
  publicCors(c, board);
  checkOrigin(board, c.req.header('origin'));
  c.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
  c.header('Access-Control-Allow-Headers', 'Content-Type');
  c.header('Access-Control-Max-Age', '86400');
  return c.body(null, 204);
}

/**
 * What admits a customer's request about an interaction, whatever it carries (an answer, or the
 * widget's ask): the board's origin rule, then its token (token boards) or the per-client rate
 * limit (open boards). Throws the contract's errors.
 */
export async function admitCustomer(
  c: Context<AppEnv>,
  board: Board,
  interaction: string,
  token: string | undefined,
  origin: string | undefined,
  now: number,
): Promise<void> {
  checkOrigin(board, origin);
  if (board.requireToken) await checkToken(board, interaction, token, now);
  else await rateLimit(c, board.id);
}

/** Chosen reasons must be the board's own, and only follow a "no". */
function checkReasons(board: Board, input: ResponseCreate): void {
  const chosen = input.reasons ?? [];
  if (chosen.length === 0) return;
  if (input.verdict !== 'no')
    throw new ApiError('invalid_body', 'reasons: reasons only go with verdict "no"', { field: 'reasons' });
  const known = new Set(board.reasons.map((r) => r.id));
  const unknown = chosen.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new ApiError(
      'invalid_body',
      `reasons: not a reason of this board: ${unknown.join(', ')}` +
        (known.size > 0 ? ` (it has: ${[...known].join(', ')})` : ' (it has none)'),
      { field: 'reasons' },
    );
}

/**
 * Who hands us the answer. A customer's browser or e-mail click sends its page's origin and must pass
 * the board's origin rule, its token (token boards) and the rate limit (open boards). `TRUSTED_SERVER`
 * is a caller already proven to speak for the team — a board key with the `sign` scope (the same
 * power that mints tokens) or a helpdesk's verified signature — so those checks, which exist to keep
 * strangers from answering, have nothing left to check.
 */
export const TRUSTED_SERVER = 'trusted-server';
export type Sender = { origin: string | undefined } | typeof TRUSTED_SERVER;

export async function acceptAnswer(
  c: Context<AppEnv>,
  board: Board,
  input: ResponseCreate,
  sender: Sender,
): Promise<{ kind: AnswerKind; created: boolean; response: ResponseRow }> {
  checkReasons(board, input);
  const now = Date.now();
  if (sender !== TRUSTED_SERVER) await admitCustomer(c, board, input.interaction, input.token, sender.origin, now);
  const outcome = await recordAnswer(
    c.env.DB,
    board.id,
    {
      interaction: input.interaction,
      verdict: input.verdict,
      comment: input.comment,
      agent: input.agent,
      channel: input.channel,
      locale: input.locale,
      reasons: input.reasons,
    },
    now,
    // the webhook outbox, and a crossing of the target: written exactly when the answer is
    (plan) => ({ outbox: answerEvents(plan), ...targetStatements(plan) }),
  );
  if (outcome.kind === 'gone') throw unknownBoard(board.id);
  if (outcome.kind === 'contended') throw contended();
  if (outcome.kind === 'created' || outcome.kind === 'changed') await forgetScore(c, board.id);
  const events = (outcome.extra.outbox?.meta.changes ?? 0) + (outcome.extra.score_events?.meta.changes ?? 0);
  if (events > 0) deliverSoon(c);
  return { kind: outcome.kind, response: outcome.response, created: outcome.kind === 'created' };
}

/**
 * Erases one answer (a privacy request): its counts, and the webhook deliveries that speak of it, in
 * the same batch; then the cached score. Throws the contract's errors.
 */
export async function eraseOne(c: Context<AppEnv>, boardId: string, interaction: string): Promise<void> {
  const outcome = await eraseAnswer(c.env.DB, boardId, interaction, Date.now(), (plan) => ({
    webhooks: forgetAnswer(plan),
  }));
  if (outcome === 'gone') throw unknownBoard(boardId);
  if (outcome === 'missing') throw new ApiError('not_found', 'No answer for this interaction.');
  if (outcome === 'contended') throw contended();
  await forgetScore(c, boardId);
}
