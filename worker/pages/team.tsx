/**
 * The team's page shell (GET /team/{board}): the document the page's Preact app (team/, built to
 * /team/app.js and app.css) mounts into, with the reader's words inlined as JSON data — not a
 * script, so the CSP allows no inline code at all.
 */
import { dirOf, type Language } from '../../i18n/languages';
import type { TeamWords } from '../../i18n/team';
import { renderDocument } from '../lib/html';
import { NO_STORE } from '../lib/http';

/**
 * Private and self-contained: scripts, styles and requests only from this origin, never in a frame,
 * no forms posting anywhere (the app sends with fetch), no <base> games.
 */
export const TEAM_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers of every team page response, errors included: never cached, indexed, framed or leaked by Referer. */
export const TEAM_HEADERS: Record<string, string> = {
  'Content-Security-Policy': TEAM_CSP,
  'Cache-Control': NO_STORE,
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

interface ShellProps {
  board: string;
  name: string;
  lang: Language;
  words: TeamWords;
}

/** A JSON text that is safe inside a <script> element (no `</script`, no `<!--`). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderTeamPage({ board, name, lang, words }: ShellProps): string {
  return renderDocument(
    <html lang={lang} dir={dirOf(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        {/* the empty favicon: the browser asks for no /favicon.ico (a 404 in the console) */}
        <link rel="icon" href="data:," />
        <title>{`${name} · ${words.title}`}</title>
        <link rel="stylesheet" href="/team/app.css" />
        <script type="module" src="/team/app.js" />
        <script type="application/json" id="team-words" dangerouslySetInnerHTML={{ __html: scriptJson(words) }} />
      </head>
      <body>
        <main id="app" data-board={board} data-lang={lang}>
          <noscript>
            <p>{words.needsScript}</p>
          </noscript>
        </main>
      </body>
    </html>,
  );
}

/** No such board: said in a page like the others (same headers), with nothing to sign in to. */
export const renderTeamNotFound = (lang: Language, words: TeamWords): string =>
  renderDocument(
    <html lang={lang} dir={dirOf(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="robots" content="noindex, nofollow" />
        <link rel="icon" href="data:," />
        <title>{words.notFoundTitle}</title>
      </head>
      <body>
        <h1>{words.notFoundTitle}</h1>
        <p>{words.notFound}</p>
      </body>
    </html>,
  );
