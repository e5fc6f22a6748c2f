/**
 * GET /demo — a support page the way a customer sees it after a solved ticket (worker/pages/demo.tsx),
 * with the widget on a token minted here, server-side, for a new interaction at every visit. The
 * page runs under the strict CSP the README asks of embedding sites.
 */
import { Hono } from 'hono';
import { getBoard } from '../db/boards';
import { publicOrigin, type AppEnv } from '../lib/http';
import { mintToken } from '../lib/tokens';
import { demoCsp, demoMissingPage, demoPage } from '../pages/demo';

const BOARD = 'demo';
const TOKEN_TTL_S = 7 * 24 * 3600;

const demo = new Hono<AppEnv>();

demo.get('/demo', async (c) => {
  c.header('Content-Security-Policy', await demoCsp());
  c.header('Cache-Control', 'no-store');
  const board = await getBoard(c.env.DB, BOARD);
  if (!board) return c.html(demoMissingPage(), 404);
  // A new interaction per visit, as if this ticket had just been solved.
  const ticket = `T-${Date.now().toString(36).toUpperCase()}${crypto.getRandomValues(new Uint16Array(1))[0]!.toString(36).toUpperCase()}`;
  const token = await mintToken(board.secret, BOARD, ticket, Math.floor(Date.now() / 1000) + TOKEN_TTL_S);
  return c.html(demoPage({ board: BOARD, ticket, token, origin: publicOrigin(c) }));
});

export default demo;
