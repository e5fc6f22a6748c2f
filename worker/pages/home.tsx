/** The landing page of a deployment: what this is and where the demo parts are. */
import { hashSource, renderDocument } from '../lib/html';

/** Links shown on the landing page; each part of the product adds its own when it exists. */
export const HOME_LINKS: { href: string; text: string }[] = [
  { href: '/demo', text: 'Demo: a solved support ticket with the widget' },
  { href: '/scoreboard/demo', text: 'The demo board’s scoreboard: 100 pandas, live' },
  { href: '/v1/boards/demo/badge.svg', text: 'The demo board’s badge (SVG)' },
  { href: '/v1/boards/demo/score', text: 'The demo board’s live score (JSON)' },
  { href: '/v1/openapi.json', text: 'API description (OpenAPI 3.1)' },
  { href: '/healthz', text: 'Health check' },
];

const CSS =
  ':root{color-scheme:light dark}' +
  'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}' +
  'a{color:#0b57d0}' +
  '@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#8ab4f8}}';

/** The page's Content-Security-Policy: nothing but its own inline style (by hash). */
export async function homeCsp(): Promise<string> {
  return `default-src 'none'; style-src ${await hashSource(CSS)}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

let homeHtml: string | undefined;

/** The landing page: the same for everyone, rendered once per isolate. */
export const homePage = () =>
  (homeHtml ??= renderDocument(
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Pandameter</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <main>
          <h1>Pandameter</h1>
          <p>
            Customer satisfaction for support teams: a one-question widget (“Are you satisfied with the response you
            got?”) and a live public scoreboard of 100 pandas — happy ones for satisfied customers, sad ones crossed
            out.
          </p>
          <h2>Try it</h2>
          <ul>
            {HOME_LINKS.map((link) => (
              <li>
                <a href={link.href}>{link.text}</a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>,
  ));
