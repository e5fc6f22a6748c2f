/**
 * The one code path that accepts an answer, whatever carried it (the widget's JSON POST, the
 * e-mail rating page's form POST, the team's server with a `sign` key, a helpdesk connector):
 * board, origin, token, rate limit, then one atomic write — the answer, its counts and its webhook
 * events in one batch — and the cached score forgotten. And the one that erases an answer, with
 * everything said about it.
 */
import type { Context } from 'hono';
import { eraseAnswer, recordAnswer, type AnswerKind, type ResponseRow } from './db/answers';
import { checkOrigin, checkToken } from './board';
import { type Board } from './db/boards';
import { ApiError, unknownBoard } from './lib/errors';
import { rateLimit, type AppEnv } from './lib/http';
import type { ResponseCreate } from './schemas';
import { forgetScore } from './score';
import { deliverSoon } from './webhooks/queue';
import { answerEvents, forgetAnswer } from './webhooks/store';

/** The storage is busy with this very answer; a client that retries shortly gets through. */
export const contended = () =>
  new ApiError('storage_unavailable', 'This answer is being changed by another request; try again.', {
    headers: { 'Retry-After': '1' },
  });

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
  const now = Date.now();
  if (sender !== TRUSTED_SERVER) {
    checkOrigin(board, sender.origin);
    await checkToken(board, input.interaction, input.token, now);
    if (!board.requireToken) await rateLimit(c, board.id);
  }
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
    },
    now,
    // the webhook outbox: its rows are written exactly when the answer is
    (plan) => ({ outbox: answerEvents(plan) }),
  );
  if (outcome.kind === 'gone') throw unknownBoard(board.id);
  if (outcome.kind === 'contended') throw contended();
  if (outcome.kind === 'created' || outcome.kind === 'changed') await forgetScore(c, board.id);
  if ((outcome.extra.outbox?.meta.changes ?? 0) > 0) deliverSoon(c);
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
