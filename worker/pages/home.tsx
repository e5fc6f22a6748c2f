/**
 * The landing page of a deployment (GET /): what Pandameter is in a few lines, the demo board's
 * live scoreboard, the widget to click (a fresh interaction of the demo board per visit, as on
 * /demo), the two snippets to embed, and the links to the API and the README. It runs under the
 * strict policy the README asks of embedding sites.
 */
import type { ComponentChildren } from 'preact';
import { hashSource, renderDocument } from '../lib/html';
import { WIDGET_HEIGHT } from './demo';

/** Links of the page's foot: every public part of the product. */
export const HOME_LINKS: { href: string; text: string }[] = [
  { href: '/demo', text: 'Demo support page' },
  { href: '/scoreboard/demo', text: 'Scoreboard page' },
  { href: '/scoreboard/demo/method', text: 'How the score is measured' },
  { href: '/v1/boards/demo/badge.svg', text: 'Badge (SVG)' },
  { href: '/v1/boards/demo/score', text: 'Live score (JSON)' },
  { href: '/v1/openapi.json', text: 'API (OpenAPI 3.1)' },
  { href: '/README.md', text: 'README' },
  { href: '/healthz', text: 'Health check' },
];

const CSS = `*,*::before,*::after{box-sizing:border-box}
:root{color-scheme:light dark;--fg:#1b1c20;--muted:#4a5262;--bg:#f4f5f7;--card:#fff;--line:#d0d4dc;--link:#0b57d0;--code-bg:#1e1f24;--code-fg:#eee}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#aab1bd;--bg:#111316;--card:#1c1f24;--line:#3b414a;--link:#8ab4f8;--code-bg:#0b0c0e}}
body{margin:0;font:16px/1.55 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:64rem;margin:0 auto;padding:2rem 1rem 3rem}
h1{font-size:2.25rem;line-height:1.15;margin:0 0 .5rem}
h2{font-size:1.2rem;margin:0 0 .75rem}
p{margin:0 0 .75rem}
.lead{font-size:1.2rem;color:var(--muted);max-width:40rem}
.links{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin:1rem 0 2rem;padding:0;list-style:none}
.links a{font-weight:600}
.grid{display:grid;gap:1.25rem;align-items:start}
@media (min-width:52rem){.grid{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}
.card{background:var(--card);border:1px solid var(--line);border-radius:16px;padding:1.25rem;min-width:0}
.card>p{color:var(--muted)}
.widget-slot{min-height:${WIDGET_HEIGHT}px}
ul.what{margin:0 0 2rem;padding-inline-start:1.25rem;max-width:44rem}
ul.what li{margin:.25rem 0}
pre{background:var(--code-bg);color:var(--code-fg);padding:.75rem;border-radius:8px;font-size:.85rem;white-space:pre-wrap;overflow-wrap:anywhere;margin:.5rem 0 0}
a{color:var(--link)}
footer{margin-top:2rem;color:var(--muted);font-size:.95rem}
footer ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}`;

/** Like /demo: its own scripts and frame, this origin's API, its one inline style by hash. */
export async function homeCsp(): Promise<string> {
  return (
    `default-src 'none'; script-src 'self'; connect-src 'self'; style-src ${await hashSource(CSS)}; ` +
    "img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
  );
}

const Card = ({ title, id, children }: { title: string; id: string; children: ComponentChildren }) => (
  <section class="card" aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {children}
  </section>
);

interface HomeProps {
  /** this deployment's origin, for the snippets */
  origin: string;
  /** the demo board's widget: a fresh interaction and its token, or nothing without a demo board */
  demo: { interaction: string; token: string } | null;
}

/** The landing page. */
export function homePage({ origin, demo }: HomeProps): string {
  const widgetSnippet = `<script src="${origin}/widget.js" async
        data-board="acme" data-interaction="T-1234"
        data-token="<minted by your server for T-1234>"></script>`;
  const scoreboardSnippet = `<script src="${origin}/scoreboard.js" async data-board="acme"></script>`;
  return renderDocument(
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Pandameter · customer satisfaction as 100 pandas</title>
        <meta
          name="description"
          content="A one-question satisfaction widget for support teams and a live public scoreboard of 100 pandas."
        />
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <main>
          <h1>Pandameter</h1>
          <p class="lead">
            Ask every customer one question after support — “Are you satisfied with the response you got?” — and show
            the answers, live, as 100 pandas on your site.
          </p>
          <ul class="links">
            <li>
              <a href="/demo">Open the demo ticket</a>
            </li>
            <li>
              <a href="/v1/openapi.json">API (OpenAPI 3.1)</a>
            </li>
            <li>
              <a href="/README.md">README</a>
            </li>
          </ul>
          <ul class="what">
            <li>
              <strong>The widget</strong>: one script tag, Yes or No, an optional comment; about 9 KB, no cookies,
              strict-CSP safe.
            </li>
            <li>
              <strong>The scoreboard</strong>: happy pandas for satisfied customers, sad ones crossed out — the real
              number, in public.
            </li>
            <li>
              <strong>The API</strong>: tokens against ballot-stuffing, stats, webhooks, a CSV of every answer.
            </li>
          </ul>
          {/* The live board stands in the last row: when its frame takes its height, nothing above it moves. */}
          <div class="grid">
            <Card title="Try the widget" id="try-h">
              <p>It records a real answer on the demo board; the scoreboard beside it follows within seconds.</p>
              <div class="widget-slot">
                {demo && (
                  <script
                    src="/widget.js"
                    async
                    data-board="demo"
                    data-interaction={demo.interaction}
                    data-token={demo.token}
                    data-channel="web"
                    data-theme="auto"
                  />
                )}
              </div>
            </Card>
            <Card title="Embed the widget" id="w-h">
              <p>Where the question belongs, with a token your server mints for the conversation:</p>
              <pre>
                <code>{widgetSnippet}</code>
              </pre>
            </Card>
            <Card title="The demo board, live" id="live-h">
              <script
                src="/scoreboard.js"
                async
                data-board="demo"
                data-height="420"
                data-title="The demo board’s live satisfaction"
              />
            </Card>
            <Card title="Embed the scoreboard" id="s-h">
              <p>Where the pandas belong; the frame keeps its own height:</p>
              <pre>
                <code>{scoreboardSnippet}</code>
              </pre>
            </Card>
          </div>
          <footer>
            <ul>
              {HOME_LINKS.map((link) => (
                <li>
                  <a href={link.href}>{link.text}</a>
                </li>
              ))}
            </ul>
          </footer>
        </main>
      </body>
    </html>,
  );
}
