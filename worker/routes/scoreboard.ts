/**
 * The public scoreboard: the server-rendered page at /scoreboard/{board}, the client script it
 * loads, and the embed loader /scoreboard.js. The page is made from the same cached score record
 * as GET …/score, and each theme and language of it is cached as a view (worker/score.ts).
 */
import { Hono, type Context } from 'hono';
import { chooseLanguage, SCOREBOARD_WORDS } from '../../i18n';
import { LIVE_SCRIPT, type Theme } from '../pages/scoreboard/Page';
import { methodCsp, renderMethod } from '../pages/scoreboard/Method';
import { renderNotFound, renderPage, scoreboardCsp } from '../pages/scoreboard/render';
import { parseAccent } from '../lib/contrast';
import { builtFile, type AppEnv } from '../lib/http';
import { BOARD_ID_RE } from '../schemas';
import { cachedView, SCORE_CACHE, scoreRecord } from '../score';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

const scoreboard = new Hono<AppEnv>();

// The embed loader, built into the ASSETS directory. Embedders link this URL for good, so it is not
// fingerprinted: an hour of caching, then revalidation by ETag.
scoreboard.get('/scoreboard.js', async (c) => {
  const out = await builtFile(c, '/scoreboard.js', 'public, max-age=3600');
  out.headers.set('Access-Control-Allow-Origin', '*');
  // Host pages that isolate themselves (COEP) load it only with this.
  out.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  return out;
});

/**
 * The page's client script, inlined so a first view is a single response. Read per request (a
 * local read) so a rebuild shows at once; without a build the page is served static.
 */
async function liveScript(c: Context<AppEnv>): Promise<string | undefined> {
  const res = await c.env.ASSETS?.fetch(new URL(LIVE_SCRIPT, c.req.url));
  if (!res?.ok) return undefined;
  // An inline script ends at the first "</script": keep the bundle from ever containing one.
  return (await res.text()).trim().replace(/<\/(script)/gi, '<\\/$1');
}

scoreboard.get('/scoreboard/:board', async (c) => {
  const id = c.req.param('board');
  const valid = BOARD_ID_RE.test(id);
  const record = valid ? await scoreRecord(c, id) : null;
  if (!record) {
    // The same client script: on this page it only reports the height to the embedding frame.
    const script = await liveScript(c);
    c.header('Content-Security-Policy', await scoreboardCsp([], script));
    c.header('Cache-Control', 'no-store');
    return c.html(renderNotFound(valid ? id : null, script), 404);
  }
  const q = c.req.query();
  const theme = THEMES.find((t) => t === q.theme) ?? 'auto';
  const lang = chooseLanguage(q.lang, c.req.header('accept-language'));
  // The number's brand colour: ?accent= (the embed's data-accent), else the board's.
  const accent = parseAccent(q.accent) ?? record.accent;
  // (without its '#': the variant is part of a cache URL, where '#' would start a fragment)
  const variant = `scoreboard?theme=${theme}&lang=${lang}&accent=${accent?.slice(1) ?? ''}`;
  const page = await cachedView(c, record, variant, async () => {
    const script = await liveScript(c);
    const { score, etag, lines } = record;
    const methodUrl = `/scoreboard/${score.board}/method?lang=${lang}`;
    const html = renderPage({
      ...{ score, lang, t: SCOREBOARD_WORDS[lang], theme, etag, now: Date.now(), script, lines },
      ...{ accent, methodUrl },
    });
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=UTF-8',
        'Content-Security-Policy': await scoreboardCsp(record.allowedOrigins, script, accent),
        'Cache-Control': SCORE_CACHE,
      },
    });
  });
  // The language came from Accept-Language unless the URL named it.
  if (!q.lang) page.headers.set('Vary', 'Accept-Language');
  return page;
});

/**
 * The method page: how the number is made, in the reader's language, for this board's window and
 * with its current numbers. No script; cached like the score it describes.
 */
scoreboard.get('/scoreboard/:board/method', async (c) => {
  const id = c.req.param('board');
  const valid = BOARD_ID_RE.test(id);
  const record = valid ? await scoreRecord(c, id) : null;
  if (!record) {
    c.header('Content-Security-Policy', await scoreboardCsp([]));
    c.header('Cache-Control', 'no-store');
    return c.html(renderNotFound(valid ? id : null), 404);
  }
  const lang = chooseLanguage(c.req.query('lang'), c.req.header('accept-language'));
  const { score } = record;
  const html = renderMethod({
    score,
    lang,
    t: SCOREBOARD_WORDS[lang],
    responseRate: score.response_rate,
    backUrl: `/scoreboard/${score.board}?lang=${lang}`,
  });
  c.header('Content-Security-Policy', await methodCsp());
  c.header('Content-Language', lang);
  c.header('Cache-Control', SCORE_CACHE);
  if (!c.req.query('lang')) c.header('Vary', 'Accept-Language');
  return c.html(html);
});

export default scoreboard;
