/**
 * The public scoreboard: the server-rendered page at /scoreboard/{board}, the client script it
 * loads, and the embed loader /scoreboard.js. The page reads the same one row as GET …/score.
 */
import { Hono, type Context } from 'hono';
import { pickLang, STRINGS } from '../../scoreboard/i18n';
import { LIVE_SCRIPT, type Theme } from '../../scoreboard/Page';
import { renderNotFound, renderPage, scoreboardCsp } from '../../scoreboard/render';
import { ApiError } from '../lib/errors';
import { etagOf, type AppEnv } from '../lib/http';
import { BOARD_ID_RE } from '../schemas';
import { currentScore, SCORE_CACHE, scoreJson } from './score';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** A built browser bundle from dist/public (the ASSETS binding), with our own cache lifetime. */
async function asset(c: Context<AppEnv>, path: string, cacheControl: string): Promise<Response> {
  const res = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), { headers: c.req.raw.headers }));
  if (res.status !== 200 && res.status !== 304) throw new ApiError('not_found', 'Nothing here.');
  const out = new Response(res.body, res);
  out.headers.set('Cache-Control', cacheControl);
  out.headers.set('Access-Control-Allow-Origin', '*');
  return out;
}

const scoreboard = new Hono<AppEnv>();

// Embedders link this URL for good, so it is not fingerprinted: an hour of caching, then revalidation.
scoreboard.get('/scoreboard.js', (c) => asset(c, '/scoreboard.js', 'public, max-age=3600'));

scoreboard.get(LIVE_SCRIPT, (c) => asset(c, LIVE_SCRIPT, 'public, max-age=300'));

scoreboard.get('/scoreboard/:board', async (c) => {
  const id = c.req.param('board');
  const board = BOARD_ID_RE.test(id) ? await currentScore(c.env.DB, id) : null;
  if (!board) {
    c.header('Content-Security-Policy', await scoreboardCsp([]));
    c.header('Cache-Control', 'no-store');
    return c.html(renderNotFound(id.slice(0, 40)), 404);
  }
  const q = c.req.query();
  const theme = THEMES.find((t) => t === q.theme) ?? 'auto';
  const lang = pickLang(q.lang, c.req.header('accept-language'));
  const score = scoreJson(board);
  const etag = await etagOf(JSON.stringify(score));
  const html = renderPage({ score, lang, t: STRINGS[lang], theme, etag, now: Date.now() });
  c.header('Content-Security-Policy', await scoreboardCsp(board.allowedOrigins));
  c.header('Cache-Control', SCORE_CACHE);
  if (!q.lang) c.header('Vary', 'Accept-Language');
  return c.html(html);
});

export default scoreboard;
