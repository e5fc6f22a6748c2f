/**
 * The one code path that accepts an answer, whatever carried it (the widget's JSON POST, the
 * e-mail rating page's form POST): board, origin, token, rate limit, then one atomic write.
 */
import type { Context } from 'hono';
import { getBoard, recordAnswer, type AnswerResult, type Board } from './db';
import { ApiError, unknownBoard } from './lib/errors';
import { rateLimit, type AppEnv } from './lib/http';
import { verifyToken } from './lib/tokens';
import type { ResponseCreate } from './schemas';
import { deliverSoon } from './webhooks/queue';

/** Whether a browser on `origin` may post answers to `board` (no Origin header = not a browser). */
export function originAllowed(board: Board, origin: string | undefined): boolean {
  if (board.allowedOrigins.length === 0) return true;
  if (origin === undefined) return board.requireToken;
  return board.allowedOrigins.includes(origin);
}

export async function loadBoard(c: Context<AppEnv>, id: string): Promise<Board> {
  const board = await getBoard(c.env.DB, id);
  if (!board) throw unknownBoard(id);
  return board;
}

export function checkOrigin(board: Board, origin: string | undefined): void {
  if (!originAllowed(board, origin)) {
    throw new ApiError(
      'origin_not_allowed',
      origin === undefined
        ? 'This board does not take answers from pages without an Origin.'
        : `This board does not take answers from ${origin}: add this exact origin (scheme, host and port) to its allowed_origins.`,
    );
  }
}

export async function acceptAnswer(
  c: Context<AppEnv>,
  board: Board,
  input: ResponseCreate,
  origin: string | undefined,
): Promise<AnswerResult> {
  checkOrigin(board, origin);
  const now = Date.now();
  if (board.requireToken) await verifyToken(board, board.id, input.interaction, input.token, now);
  else await rateLimit(c, board.id);
  const result = await recordAnswer(
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
  );
  if (result.events > 0) deliverSoon(c);
  return result;
}
