/**
 * The demo support page (/demo): a solved ticket the way a customer sees it, the widget in a slot
 * that reserves its height (so nothing on the page moves when it appears), the live scoreboard
 * beside it, and the embed snippet. Light or dark as the reader's system prefers, like the widget
 * (`data-theme="auto"`) and the scoreboard in it.
 */
import type { ComponentChildren } from 'preact';
import { hashSource, renderDocument } from '../lib/html';

/**
 * The widget's reserved height (its card's min-height, widget/src/style.css): the question and a
 * returning customer's thanks fit in it, so the slot never grows when the widget arrives.
 */
export const WIDGET_HEIGHT = 154;

/** Until the scoreboard frame reports its own height; it stands last on a phone, so nothing below it moves. */
const SCOREBOARD_HEIGHT = 540;

export const CSS = `*,*::before,*::after{box-sizing:border-box}
:root{color-scheme:light dark;--fg:#1a1a1a;--muted:#4a5262;--bg:#f4f5f7;--card:#fff;--line:#d0d4dc;--link:#0b57d0;--ok-bg:#e6f4ea;--ok-fg:#0d5223;--code-bg:#1e1e1e;--code-fg:#eee}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#aab1bd;--bg:#111316;--card:#1c1f24;--line:#3b414a;--link:#8ab4f8;--ok-bg:#183a22;--ok-fg:#a8dab5;--code-bg:#0b0c0e}}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header{background:#1d2b4f;color:#fff;padding:.75rem 1rem}
header b{font-size:1.1rem}
main{max-width:60rem;margin:0 auto;padding:1rem;display:flex;flex-direction:column;gap:1.5rem}
.ticket{min-width:0;display:flex;flex-direction:column;gap:.75rem}
@media (min-width:52rem){main{flex-direction:row;align-items:flex-start}.ticket{flex:1}aside{flex:none;width:18rem}}
h1{font-size:1.4rem;margin:0}
p{margin:0}
.solved{display:inline-block;background:var(--ok-bg);color:var(--ok-fg);border-radius:1rem;padding:0 .75rem;font-size:.9rem;font-weight:600}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem}
.card p+p{margin-top:.25rem}
.who{font-size:.9rem;color:var(--muted)}
.widget-slot{min-height:${WIDGET_HEIGHT}px}
.embed h2{font-size:1.1rem;margin:.25rem 0 .5rem}
.embed p{margin:.5rem 0}
pre{background:var(--code-bg);color:var(--code-fg);padding:.75rem;border-radius:6px;font-size:.85rem;white-space:pre-wrap;overflow-wrap:anywhere;margin:.5rem 0}
a{color:var(--link)}`;

/** The strict policy the README asks of embedding sites, plus this page's own inline style by its hash. */
export async function demoCsp(): Promise<string> {
  return (
    `default-src 'none'; script-src 'self'; connect-src 'self'; style-src ${await hashSource(CSS)}; ` +
    "img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
  );
}

function Layout({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Acme Help Center`}</title>
        <meta
          name="description"
          content="Pandameter demo: a solved support ticket with the satisfaction widget and the live scoreboard."
        />
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <b>Acme Help Center</b> · Pandameter demo
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}

interface DemoProps {
  board: string;
  ticket: string;
  token: string;
  /** this deployment's origin, for the snippet */
  origin: string;
}

export function demoPage({ board, ticket, token, origin }: DemoProps): string {
  const snippet = `<script src="${origin}/widget.js" async
        data-board="${board}" data-interaction="T-1234"
        data-token="<minted by your server for T-1234>"></script>`;
  return renderDocument(
    <Layout title={`Ticket ${ticket} solved`}>
      <div class="ticket">
        <p>
          <span class="solved">Solved</span>
        </p>
        <h1>Your ticket #{ticket} was solved</h1>
        <p>“Invoice shows the wrong billing address”</p>
        <div class="card">
          <p class="who">You · yesterday</p>
          <p>Hi, my last invoice still shows our old address in Lyon. We moved to Bordeaux in March. Can you fix it?</p>
        </div>
        <div class="card">
          <p class="who">Maya from Acme Support · today</p>
          <p>
            Hi! I’ve updated the billing address on your account and re-issued the invoice; you’ll find the new PDF
            under Billing → Invoices. Future invoices will use the Bordeaux address.
          </p>
        </div>
        <div class="widget-slot">
          <script
            src="/widget.js"
            async
            data-board={board}
            data-interaction={ticket}
            data-token={token}
            data-agent="Maya"
            data-channel="email"
            data-theme="auto"
          />
        </div>
        <section class="card embed" aria-labelledby="embed-h">
          <h2 id="embed-h">How to embed</h2>
          <p>
            Paste this where the question should appear, with the ticket’s id and a token your server mints for it (
            <code>POST /v1/boards/{board}/tokens</code>, or the HMAC in the README), in an element at least{' '}
            {WIDGET_HEIGHT} px tall so nothing moves when it appears:
          </p>
          <pre>
            <code>{snippet}</code>
          </pre>
          <p>
            Under a Content-Security-Policy, allow <code>script-src {origin}</code> and{' '}
            <code>connect-src {origin}</code>. This page runs under exactly such a policy.
          </p>
        </section>
      </div>
      <aside id="scoreboard-slot" aria-label="Our support satisfaction">
        <script
          src="/scoreboard.js"
          async
          data-board={board}
          data-height={String(SCOREBOARD_HEIGHT)}
          data-title="Acme Support’s live satisfaction"
        />
      </aside>
    </Layout>,
  );
}

let missingHtml: string | undefined;

export const demoMissingPage = () =>
  (missingHtml ??= renderDocument(
    <Layout title="Demo not set up">
      <div class="ticket">
        <h1>The demo board is not set up yet</h1>
        <p>
          This deployment has no board called <code>demo</code>. Locally, <code>npm start</code> creates it with sample
          answers; elsewhere, create it with <code>POST /v1/boards</code> (see the README).
        </p>
      </div>
    </Layout>,
  ));
