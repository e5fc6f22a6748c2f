/** GET / — the landing page (worker/pages/home.tsx) — and GET /README.md, the project's README as built. */
import { Hono } from 'hono';
import { getBoard } from '../db/boards';
import { ApiError } from '../lib/errors';
import { publicOrigin, type AppEnv } from '../lib/http';
import { mintToken } from '../lib/tokens';
import { homeCsp, homePage } from '../pages/home';

const home = new Hono<AppEnv>();

/** The demo board's widget on the landing page: a new interaction per visit, as on /demo. */
const TOKEN_TTL_S = 24 * 3600;

home.get('/', async (c) => {
  c.header('Content-Security-Policy', await homeCsp());
  // A fresh token per visit: never a shared copy.
  c.header('Cache-Control', 'no-store');
  const board = await getBoard(c.env.DB, 'demo');
  let demo = null;
  if (board) {
    const interaction = `web-${Date.now().toString(36)}${crypto.getRandomValues(new Uint16Array(1))[0]!.toString(36)}`;
    const token = await mintToken(board.secret, 'demo', interaction, Math.floor(Date.now() / 1000) + TOKEN_TTL_S);
    demo = { interaction, token };
  }
  return c.html(homePage({ origin: publicOrigin(c), demo }));
});

// The README, copied next to the bundles by `npm run build`, as plain text a browser shows.
home.get('/README.md', async (c) => {
  const res = await c.env.ASSETS.fetch(new URL('/README.md', c.req.url));
  if (!res.ok) throw new ApiError('not_found', 'The README is not built; run `npm run build`.');
  c.header('Content-Type', 'text/plain; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(await res.text());
});

export default home;
