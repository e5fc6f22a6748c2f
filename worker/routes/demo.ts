/**
 * GET /demo — a support page the way a customer sees it after a solved ticket: the conversation,
 * the widget on a token minted here, server-side, for a new interaction at every visit, and a
 * short "how to embed" box. The page runs under the strict CSP the README asks of embedding sites.
 */
import { Hono } from 'hono';
import { getBoard } from '../db';
import type { AppEnv } from '../lib/http';
import { mintToken } from '../lib/tokens';

const BOARD = 'demo';
const TOKEN_TTL_S = 7 * 24 * 3600;

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; " +
  "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CSS = `*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#f4f5f7}
header{background:#1d2b4f;color:#fff;padding:.75rem 1rem}
header b{font-size:1.1rem}
main{max-width:60rem;margin:0 auto;padding:1rem;display:grid;gap:1.5rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:52rem){main{grid-template-columns:minmax(0,1fr) 18rem}}
h1{font-size:1.4rem;margin:.5rem 0}
.solved{display:inline-block;background:#e6f4ea;color:#0d5223;border-radius:1rem;padding:0 .75rem;font-size:.9rem;font-weight:600}
.msg{background:#fff;border:1px solid #d0d4dc;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}
.msg p{margin:.25rem 0}
.who{font-size:.9rem;color:#4a5262}
.embed{background:#fff;border:1px solid #d0d4dc;border-radius:8px;padding:.75rem 1rem}
.embed h2{font-size:1.1rem;margin:.25rem 0}
pre{background:#1e1e1e;color:#eee;padding:.75rem;border-radius:6px;overflow-x:auto;font-size:.85rem}
a{color:#0b57d0}
`;

const demo = new Hono<AppEnv>();

demo.get('/demo.css', (c) => {
  c.header('Content-Type', 'text/css; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(CSS);
});

demo.get('/demo', async (c) => {
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', 'no-store');
  const board = await getBoard(c.env.DB, BOARD);
  if (!board) {
    return c.html(
      page(
        'Demo not set up',
        `<main><div><h1>The demo board is not set up yet</h1>
<p>This deployment has no board called <code>demo</code>. Locally, <code>npm start</code> creates it
with sample answers; elsewhere, create it with <code>POST /v1/boards</code> (see the README).</p></div></main>`,
      ),
      404,
    );
  }
  const origin = new URL(c.req.url).origin;
  // A new interaction per visit, as if this ticket had just been solved.
  const ticket = `T-${Date.now().toString(36).toUpperCase()}${crypto.getRandomValues(new Uint16Array(1))[0]!.toString(36).toUpperCase()}`;
  const token = await mintToken(board.secret, BOARD, ticket, Math.floor(Date.now() / 1000) + TOKEN_TTL_S);
  const snippet = `<script src="${origin}/widget.js" async
        data-board="${BOARD}" data-interaction="T-1234"
        data-token="<minted by your server for T-1234>"></script>`;
  return c.html(
    page(
      `Ticket ${ticket} solved`,
      `<main>
<div>
<p><span class="solved">Solved</span></p>
<h1>Your ticket #${esc(ticket)} was solved</h1>
<p>“Invoice shows the wrong billing address”</p>
<div class="msg"><p class="who">You · yesterday</p>
<p>Hi, my last invoice still shows our old address in Lyon. We moved to Bordeaux in March. Can you fix it?</p></div>
<div class="msg"><p class="who">Maya from Acme Support · today</p>
<p>Hi! I’ve updated the billing address on your account and re-issued the invoice; you’ll find the new PDF
under Billing → Invoices. Future invoices will use the Bordeaux address.</p></div>
<script src="/widget.js" async data-board="${BOARD}" data-interaction="${esc(ticket)}" data-token="${esc(token)}"
        data-agent="Maya" data-channel="email"></script>
</div>
<aside id="scoreboard-slot" aria-label="Our support satisfaction">
<script src="/scoreboard.js" async data-board="${BOARD}" data-height="540" data-title="Acme Support’s live satisfaction"></script>
</aside>
<section class="embed" aria-labelledby="embed-h">
<h2 id="embed-h">How to embed</h2>
<p>Paste this where the question should appear, with the ticket’s id and a token your server mints for it
(<code>POST /v1/boards/${BOARD}/tokens</code>, or the HMAC in the README):</p>
<pre><code>${esc(snippet)}</code></pre>
<p>Under a Content-Security-Policy, allow <code>script-src ${esc(origin)}</code> and <code>connect-src ${esc(origin)}</code>.
This page runs under exactly such a policy.</p>
</section>
</main>`,
    ),
  );
});

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Acme Help Center</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header><b>Acme Help Center</b> · Pandameter demo</header>
${body}
</body>
</html>`;
}

export default demo;
