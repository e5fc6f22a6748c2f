/**
 * The widget bundle (built by widget/vite.config.ts into the ASSETS directory), served two ways:
 *
 * - `GET /widget.js` — the current build, cacheable for five minutes and revalidated by ETag, so a
 *   deploy reaches every site within minutes. `Content-Location` names its pinned URL.
 * - `GET /widget/<hash>.js` — the same bytes under their content hash (first 12 hex digits of the
 *   SHA-256), cached for a year as immutable; fit for Subresource Integrity. Only the current build
 *   is deployed, so after a deploy an old hash redirects to `/widget.js` (a page that pins the hash
 *   with `integrity` then fails closed instead of running other code).
 * - `GET /widget/words/<lang>.json` — the answer form's wording in one language (i18n/answer.ts):
 *   the bundle carries English only, and a reader of another language fetches this once.
 */
import { Hono, type Context } from 'hono';
import { ANSWER_WORDS } from '../../i18n/answer';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { ApiError } from '../lib/errors';
import { notModified, type AppEnv } from '../lib/http';

const widget = new Hono<AppEnv>();

async function bundle(c: Context<AppEnv>): Promise<{ body: ArrayBuffer; hash: string }> {
  const res = await c.env.ASSETS.fetch(new URL('/widget.js', c.req.url));
  if (!res.ok) throw new ApiError('not_found', 'The widget is not built; run `npm run build`.');
  const body = await res.arrayBuffer();
  // Hashed per request (a few microseconds for 4 KB) so a rebuild under `wrangler dev` shows at once.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  const hash = [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { body, hash };
}

function serve(c: Context<AppEnv>, body: ArrayBuffer, hash: string, cacheControl: string) {
  const etag = `"${hash}"`;
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  c.header('Cache-Control', cacheControl);
  c.header('ETag', etag);
  c.header('Content-Location', `/widget/${hash}.js`);
  // Script tags with `integrity` need CORS; COEP sites need CORP to load it at all.
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  if (notModified(c, etag)) return c.body(null, 304);
  return c.body(body);
}

widget.get('/widget.js', async (c) => {
  const { body, hash } = await bundle(c);
  return serve(c, body, hash, 'public, max-age=300');
});

widget.get('/widget/:file', async (c) => {
  const file = c.req.param('file');
  if (!/^[0-9a-f]{12}\.js$/.test(file)) throw new ApiError('not_found', 'Nothing here.');
  const { body, hash } = await bundle(c);
  if (file !== `${hash}.js`) {
    c.header('Cache-Control', 'no-store');
    return c.redirect('/widget.js', 302);
  }
  return serve(c, body, hash, 'public, max-age=31536000, immutable');
});

widget.get('/widget/words/:file', (c) => {
  const language = c.req.param('file').replace(/\.json$/, '') as Language;
  if (!LANGUAGES.includes(language) || !c.req.param('file').endsWith('.json'))
    throw new ApiError('not_found', `No wording for "${c.req.param('file')}"; languages: ${LANGUAGES.join(', ')}.`);
  // A day: wording changes with a deploy, rarely, and a day-old phrase is still right.
  c.header('Cache-Control', 'public, max-age=86400');
  c.header('Access-Control-Allow-Origin', '*');
  return c.json(ANSWER_WORDS[language]);
});

export default widget;
