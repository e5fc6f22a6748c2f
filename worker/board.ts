/**
 * A board's one home for what every route asks of it: the board a path names, whether a page's
 * origin may send it answers, and its signing secret (new ones, and the tokens it signed).
 */
import type { Context } from 'hono';
import { getBoard, type Board } from './db/boards';
import { randomToken } from './lib/crypto';
import { ApiError, unknownBoard } from './lib/errors';
import { verifyToken } from './lib/tokens';
import { BOARD_ID_RE } from './schemas';

/** A board id from the path; one that cannot exist is simply an unknown board. */
export function boardParam(c: Context): string {
  const id = c.req.param('board') ?? '';
  if (!BOARD_ID_RE.test(id)) throw new ApiError('unknown_board', `No board named "${id.slice(0, 40)}".`);
  return id;
}

/** The board `id` names, or the API's 404 `unknown_board`. */
export async function requireBoard(db: D1Database | D1DatabaseSession, id: string): Promise<Board> {
  const board = await getBoard(db, id);
  if (!board) throw unknownBoard(id);
  return board;
}

/** Whether a browser on `origin` may post answers to `board` (no Origin header = not a browser). */
export function originAllowed(board: Board, origin: string | undefined): boolean {
  if (board.allowedOrigins.length === 0) return true;
  if (origin === undefined) return board.requireToken;
  return board.allowedOrigins.includes(origin);
}

/** `originAllowed`, or the API's 403 `origin_not_allowed` saying what to add. */
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

/** On a token board, the token must be this board's for this interaction (401 otherwise); open boards need none. */
export async function checkToken(board: Board, interaction: string, token: string | undefined, now: number) {
  if (board.requireToken) await verifyToken(board, board.id, interaction, token, now);
}

/** A new signing secret: shown once, kept to sign and verify tokens. */
export const newSecret = () => `pms_${randomToken(32)}`;
