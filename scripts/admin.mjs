#!/usr/bin/env node
// The admin CLI: the worker's private API without curl. Plain Node (fetch), no dependencies.
//   npm run admin -- --help
//
// Every command is one entry of COMMANDS (its words, arguments, options, help line and what it does);
// the help text, the checks of arguments and options and the dispatch all come from that table.
// scripts/lib/: admin-args.mjs (options and their values), admin-http.mjs (which worker, the token,
// the calls), admin-output.mjs (tables and the score as text), admin-dispatch.mjs (help, dispatch).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { parseInt10, parseList, parseOrigins, parseWindow, usage } from './lib/admin-args.mjs';
import { main } from './lib/admin-dispatch.mjs';
import { pct, printBoard, printScore, table, windowText } from './lib/admin-output.mjs';

// ------------------------------------------------------------------ commands

function boardBody(values, { create }) {
  const body = {};
  if (values.name !== undefined) body.name = values.name;
  if (values.window !== undefined) body.window = parseWindow(values.window);
  if (values.open && values['require-token']) throw usage('Choose one of --open and --require-token.');
  if (values.open) body.require_token = false;
  if (values['require-token']) body.require_token = true;
  if (values.origins !== undefined) body.allowed_origins = parseOrigins(values.origins);
  if (create && body.name === undefined) throw usage('boards create needs --name "…".');
  if (!create && Object.keys(body).length === 0) {
    throw usage('boards update needs at least one of --name, --window, --open, --require-token, --origins.');
  }
  return body;
}

const enc = encodeURIComponent;

/** What `token` and `links` share: they mint a token for one interaction. */
const MINTING = {
  section: 'Tokens and rating links',
  args: ['<board>', '<interaction>'],
  usage: '[--ttl seconds]',
  options: ['ttl'],
};

async function mint({ api, args: [board, interaction], values }) {
  const body = { interaction };
  if (values.ttl !== undefined) body.ttl_seconds = parseInt10('ttl', values.ttl);
  return api('POST', `/v1/boards/${enc(board)}/tokens`, { body });
}

const CONNECTORS = 'Helpdesk connectors (docs/integrations/)';
const shortTime = (t) => (t ? t.replace('T', ' ').slice(0, 16) : '–');

/** What `connectors create` and `connectors rotate` print: where the helpdesk sends, and the secret once. */
function printConnector(c, verb) {
  const recipe = `docs/integrations/${c.helpdesk}.md`;
  console.log(
    `${verb} ${c.helpdesk} connector ${c.id} on ${c.board}.\n` +
      `Webhook URL (the helpdesk sends its requests here):\n  ${c.url}\n` +
      `Secret (shown only now; how to use it: ${recipe}):\n  ${c.secret}` +
      (c.previous_secret_valid_until
        ? `\nThe previous secret stays valid until ${c.previous_secret_valid_until}.`
        : ''),
  );
}

const secretBody = (values) => (values.secret === undefined ? undefined : { secret: values.secret });

/** "3 h", "2 d": how long ago, short enough for a table. */
function age(iso, now = Date.now()) {
  const h = Math.floor((now - Date.parse(iso)) / 3_600_000);
  return h < 1 ? '<1 h' : h < 48 ? `${h} h` : `${Math.floor(h / 24)} d`;
}

/** Opens `url` in the default browser (best effort: the link is printed either way). */
function openInBrowser(url) {
  const [cmd, ...args] =
    process.platform === 'darwin'
      ? ['open']
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""']
        : ['xdg-open'];
  const child = spawn(cmd, [...args, url], { detached: true, stdio: 'ignore' });
  child.on('error', () => console.error('Could not start a browser; open the link above yourself.'));
  child.unref();
}

/** Asks a yes/no question on a terminal; false without one (CI, pipes). */
async function confirm(question) {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(question);
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}

/** A one-time link to the board's team page (POST …/sign-in-links), and the offer to open it. */
async function dashboard(api, board, values, out) {
  const body = {};
  if (values.ttl !== undefined) body.ttl_seconds = parseInt10('ttl', values.ttl);
  const link = await api('POST', `/v1/boards/${enc(board)}/sign-in-links`, { body });
  const minutes = Math.round((Date.parse(link.expires_at) - Date.now()) / 60_000);
  out(link, () => {
    console.log(`The team page of ${board}, signed in (works once, for ${minutes} minutes):\n\n  ${link.url}\n`);
    console.log('The part after # stays in your browser: it never reaches a server or its logs.');
  });
  if (values.browser || (!values.json && (await confirm('Open it in your browser now? [y/N] '))))
    openInBrowser(link.url);
}

/** The open "No"s, newest first (GET …/responses?follow_up=open). */
async function inbox(api, board, values, out) {
  const q = new URLSearchParams({ follow_up: 'open' });
  if (values.limit !== undefined) q.set('limit', String(parseInt10('limit', values.limit)));
  const res = await api('GET', `/v1/boards/${enc(board)}/responses?${q}`);
  out(res, () => {
    if (res.responses.length === 0)
      return console.log(`No open "No"s on ${board}. Every unhappy customer was followed up.`);
    console.log(
      table(res.responses, [
        ['AGE', (r) => age(r.follow_up?.updated_at ?? r.updated_at)],
        ['INTERACTION', (r) => r.interaction],
        ['AGENT', (r) => r.agent],
        ['REASONS', (r) => (r.reasons ?? []).join(',')],
        ['COMMENT', (r) => (r.comment ?? '').replace(/\s+/g, ' ').slice(0, 60)],
      ]),
    );
    console.log(`\nMark one: npm run admin -- follow-up ${board} <interaction> contacted --note "…"`);
    if (res.next_cursor) console.log(`(more: --limit ${res.responses.length * 2})`);
  });
}

/**
 * The commands. `name` is what one types (a group and a verb, or one word); `args` the positional
 * arguments; `options` what it takes besides --url, --json and --help; `section` and `summary` make
 * the help text. `run` gets the API client, the arguments, the option values and `out(data, human)`,
 * which prints the JSON with --json and the human form otherwise.
 */
const COMMANDS = [
  {
    section: 'Boards',
    name: 'boards list',
    summary: 'every board',
    run: async ({ api, out }) => {
      const { boards } = await api('GET', '/v1/boards');
      out({ boards }, () => {
        if (boards.length === 0) return console.log('No boards yet. Create one: npm run admin -- boards create …');
        console.log(
          table(boards, [
            ['ID', (b) => b.id],
            ['NAME', (b) => b.name],
            ['WINDOW', (b) => windowText(b.window)],
            ['TOKENS', (b) => (b.require_token ? 'required' : 'open')],
            ['ORIGINS', (b) => (b.allowed_origins.length ? b.allowed_origins.join(',') : 'any')],
          ]),
        );
      });
    },
  },
  {
    section: 'Boards',
    name: 'boards create',
    args: ['<id>'],
    usage: '--name "Acme Support" [--window responses:100|days:30] [--open] [--origins a,b]',
    options: ['name', 'window', 'open', 'origins'],
    summary: 'a new board; shows its signing secret once',
    run: async ({ api, args: [id], values, out, baseUrl }) => {
      const res = await api('POST', '/v1/boards', { body: { id, ...boardBody(values, { create: true }) } });
      out(res, () => {
        printBoard(res.board);
        console.log(`\nSigning secret (for minting tokens in your support backend; shown only now):\n  ${res.secret}`);
        console.log(`\nScoreboard: ${new URL(`/scoreboard/${enc(id)}`, baseUrl)}`);
      });
    },
  },
  {
    section: 'Boards',
    name: 'boards show',
    args: ['<id>'],
    summary: "a board's settings",
    run: async ({ api, args: [id], out }) => out(await api('GET', `/v1/boards/${enc(id)}`), printBoard),
  },
  {
    section: 'Boards',
    name: 'boards update',
    args: ['<id>'],
    usage: '[--name …] [--window …] [--open | --require-token] [--origins a,b | --origins ""]',
    options: ['name', 'window', 'open', 'require-token', 'origins'],
    summary: 'changes the settings given',
    run: async ({ api, args: [id], values, out }) =>
      out(await api('PATCH', `/v1/boards/${enc(id)}`, { body: boardBody(values, { create: false }) }), printBoard),
  },
  {
    section: 'Boards',
    name: 'boards delete',
    args: ['<id>'],
    usage: '--yes',
    options: ['yes'],
    summary: 'deletes the board with all its answers and keys',
    run: async ({ api, args: [id], values, out }) => {
      if (!values.yes) throw usage(`This deletes board "${id}" with all its answers and keys. Add --yes to do it.`);
      await api('DELETE', `/v1/boards/${enc(id)}`);
      out({ deleted: id }, () => console.log(`Deleted board ${id}.`));
    },
  },
  {
    section: 'Boards',
    name: 'secret rotate',
    args: ['<id>'],
    summary: 'a new signing secret; the old one works 24 more hours',
    run: async ({ api, args: [id], out }) => {
      const res = await api('POST', `/v1/boards/${enc(id)}/secret`);
      out(res, () =>
        console.log(
          `New signing secret for ${id} (shown only now):\n  ${res.secret}\n` +
            `The previous secret stays valid until ${res.previous_valid_until}.`,
        ),
      );
    },
  },
  {
    section: 'Boards',
    name: 'keys create',
    args: ['<id>'],
    usage: '--scopes read,sign',
    options: ['scopes'],
    summary: 'an API key for dashboards (shown once)',
    run: async ({ api, args: [id], values, out }) => {
      if (!values.scopes) throw usage('keys create needs --scopes read, sign or read,sign.');
      const res = await api('POST', `/v1/boards/${enc(id)}/keys`, { body: { scopes: parseList(values.scopes) } });
      out(res, () =>
        console.log(
          `Key ${res.id} for ${res.board} (scopes: ${res.scopes.join(', ')}). The key, shown only now:\n  ${res.key}\n` +
            `Use it as: Authorization: Bearer <key>`,
        ),
      );
    },
  },
  {
    section: 'Boards',
    name: 'keys revoke',
    args: ['<id>', '<key_id>'],
    summary: 'the key stops working at once',
    run: async ({ api, args: [id, keyId], out }) => {
      await api('DELETE', `/v1/boards/${enc(id)}/keys/${enc(keyId)}`);
      out({ revoked: keyId }, () => console.log(`Revoked key ${keyId} of ${id}.`));
    },
  },
  {
    ...MINTING,
    name: 'token',
    summary: 'a signed token, its expiry and the rating page URL',
    run: async (ctx) => {
      const res = await mint(ctx);
      ctx.out(res, () =>
        console.log(`token:      ${res.token}\nexpires_at: ${res.expires_at}\nrate_url:   ${res.rate_url}`),
      );
    },
  },
  {
    ...MINTING,
    name: 'links',
    summary: 'ready-to-paste "Yes" and "No" links for an e-mail',
    run: async (ctx) => {
      const res = await mint(ctx);
      const links = {
        yes: `${res.rate_url}&verdict=yes`,
        no: `${res.rate_url}&verdict=no`,
        expires_at: res.expires_at,
      };
      ctx.out(links, () => console.log(`Yes: ${links.yes}\nNo:  ${links.no}\n(valid until ${links.expires_at})`));
    },
  },
  {
    section: 'Answers',
    name: 'score',
    args: ['<board>'],
    summary: 'the live score, as the scoreboard shows it',
    run: async ({ api, args: [board], out }) =>
      out(await api('GET', `/v1/boards/${enc(board)}/score`, { auth: false }), printScore),
  },
  {
    section: 'Answers',
    name: 'stats',
    args: ['<board>'],
    usage: '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--interval day|week|month] [--group-by agent|channel|reason]',
    options: ['from', 'to', 'interval', 'group-by'],
    summary: 'totals and a time series',
    run: async ({ api, args: [board], values, out }) => {
      const q = new URLSearchParams();
      if (values.from) q.set('from', values.from);
      if (values.to) q.set('to', values.to);
      if (values.interval) q.set('interval', values.interval);
      if (values['group-by']) q.set('group_by', values['group-by']);
      const s = await api('GET', `/v1/boards/${enc(board)}/stats${q.size ? `?${q}` : ''}`);
      out(s, () => {
        const t = s.totals;
        console.log(`${board}: ${s.from} – ${s.to}, by ${s.interval}`);
        console.log(`total: ${pct(t.percent)} of ${t.responses} (${t.satisfied} yes, ${t.unsatisfied} no)`);
        console.log(`asked: ${t.asked}, answered ${t.answered} (response rate ${pct(t.response_rate)})`);
        const f = t.follow_up;
        console.log(
          `"No"s followed up: ${f.open} open, ${f.contacted} contacted, ${f.resolved} resolved, ${f.dismissed} dismissed; ` +
            `${f.contacted_within_24h} contacted within 24 h (${pct(f.share_contacted_within_24h)}), ` +
            `median ${f.median_hours_to_contact ?? '–'} h\n`,
        );
        console.log(
          table(s.series, [
            ['PERIOD', (r) => r.period],
            ['YES', (r) => r.satisfied],
            ['NO', (r) => r.unsatisfied],
            ['PERCENT', (r) => pct(r.percent)],
            ['ASKED', (r) => r.asked],
            ['RATE', (r) => pct(r.response_rate)],
            ['OPEN NO', (r) => r.follow_up.open],
          ]),
        );
        if (s.groups) {
          console.log(`\nby ${values['group-by']}:`);
          console.log(
            table(s.groups, [
              [String(values['group-by']).toUpperCase(), (g) => g.key ?? '(none)'],
              ['YES', (g) => g.satisfied],
              ['NO', (g) => g.unsatisfied],
              ['PERCENT', (g) => pct(g.percent)],
              ['ASKED', (g) => g.asked ?? '–'],
              ['RATE', (g) => pct(g.response_rate)],
            ]),
          );
        }
      });
    },
  },
  {
    section: 'Answers',
    name: 'responses',
    args: ['<board>'],
    usage: '[--limit N] [--verdict yes|no] [--from …] [--to …] [--cursor C] [--csv]',
    options: ['limit', 'verdict', 'from', 'to', 'cursor', 'csv'],
    summary: 'the answers, newest first (--csv: all of them as CSV)',
    run: async ({ api, args: [board], values, out }) => {
      const q = new URLSearchParams();
      if (values.limit !== undefined) q.set('limit', String(parseInt10('limit', values.limit)));
      for (const k of ['verdict', 'from', 'to', 'cursor']) if (values[k] !== undefined) q.set(k, values[k]);
      const p = `/v1/boards/${enc(board)}/responses${q.size ? `?${q}` : ''}`;
      if (values.csv) {
        process.stdout.write(await api('GET', p, { accept: 'text/csv' }));
        return;
      }
      const res = await api('GET', p);
      out(res, () => {
        if (res.responses.length === 0) return console.log('No answers.');
        console.log(
          table(res.responses, [
            ['UPDATED', (r) => r.updated_at.replace('T', ' ').slice(0, 16)],
            ['INTERACTION', (r) => r.interaction],
            ['VERDICT', (r) => r.verdict],
            ['AGENT', (r) => r.agent],
            ['CHANNEL', (r) => r.channel],
            ['COMMENT', (r) => (r.comment ?? '').replace(/\s+/g, ' ').slice(0, 60)],
          ]),
        );
        if (res.next_cursor) console.log(`\nMore: npm run admin -- responses ${board} --cursor ${res.next_cursor}`);
      });
    },
  },
  {
    section: 'The team page',
    name: 'dashboard',
    args: ['<board>'],
    usage: '[--ttl seconds] [--browser]',
    options: ['ttl', 'browser'],
    summary: 'a one-time sign-in link to the board\'s team page (trend, agents, the "No" inbox); --browser opens it',
    run: async ({ api, args: [board], values, out }) => dashboard(api, board, values, out),
  },
  {
    section: 'Follow-ups (every "No" until someone has talked to the customer)',
    name: 'inbox',
    args: ['<board>'],
    usage: '[--limit N]',
    options: ['limit'],
    summary: 'the open "No"s, newest first: comment, reasons, agent, age',
    run: async ({ api, args: [board], values, out }) => inbox(api, board, values, out),
  },
  {
    section: 'Follow-ups (every "No" until someone has talked to the customer)',
    name: 'follow-up',
    args: ['<board>', '<interaction>', '<open|contacted|resolved|dismissed>'],
    usage: '[--note "…"] [--by name]',
    options: ['note', 'by'],
    summary: 'sets the follow-up of a "No" (the first contacted/resolved counts as its first contact)',
    run: async ({ api, args: [board, interaction, status], values, out }) => {
      const body = { status };
      if (values.note !== undefined) body.note = values.note;
      if (values.by !== undefined) body.by = values.by;
      const r = await api('PUT', `/v1/boards/${enc(board)}/responses/${enc(interaction)}/follow-up`, { body });
      out(r, () =>
        console.log(
          `${interaction} on ${board}: ${r.follow_up.status}` +
            (r.follow_up.by ? ` by ${r.follow_up.by}` : '') +
            (r.follow_up.note ? ` — ${r.follow_up.note}` : ''),
        ),
      );
    },
  },
  {
    section: 'Answers',
    name: 'erase',
    args: ['<board>', '<interaction>'],
    summary: 'erases one answer (privacy requests); the score follows',
    run: async ({ api, args: [board, interaction], out }) => {
      await api('DELETE', `/v1/boards/${enc(board)}/responses/${enc(interaction)}`);
      out({ erased: interaction }, () => console.log(`Erased the answer for ${interaction} on ${board}.`));
    },
  },
  {
    section: 'Webhooks (signed POSTs when customers answer; README § Alerts)',
    name: 'webhooks list',
    args: ['<board>'],
    summary: "a board's webhooks",
    run: async ({ api, args: [board], out }) => {
      const res = await api('GET', `/v1/boards/${enc(board)}/webhooks`);
      out(res, () => {
        if (res.webhooks.length === 0) {
          return console.log(`No webhooks on ${board}. Create one: npm run admin -- webhooks create ${board} <url>`);
        }
        console.log(
          table(res.webhooks, [
            ['ID', (w) => w.id],
            ['URL', (w) => w.url],
            ['EVENTS', (w) => w.events.join(',')],
            ['FORMAT', (w) => w.format],
          ]),
        );
      });
    },
  },
  {
    section: 'Webhooks (signed POSTs when customers answer; README § Alerts)',
    name: 'webhooks create',
    args: ['<board>', '<url>'],
    usage: '[--events a,b] [--format standard|slack]',
    options: ['events', 'format'],
    summary:
      'events: answer.unsatisfied (default), answer.created, answer.changed, comment.added, answer.refused, follow_up.changed, score.below_target, score.recovered, digest.weekly; the secret is shown once',
    run: async ({ api, args: [board, url], values, out }) => {
      const body = { url };
      if (values.events !== undefined) body.events = parseList(values.events);
      if (values.format !== undefined) body.format = values.format;
      const res = await api('POST', `/v1/boards/${enc(board)}/webhooks`, { body });
      out(res, () =>
        console.log(
          `Webhook ${res.id} on ${board}: ${res.events.join(', ')} → ${res.url} (${res.format})\n` +
            `Signing secret (verifies the webhook-signature header; shown only now):\n  ${res.secret}`,
        ),
      );
    },
  },
  {
    section: 'Webhooks (signed POSTs when customers answer; README § Alerts)',
    name: 'webhooks delete',
    args: ['<board>', '<webhook_id>'],
    summary: 'stops its deliveries, retries included',
    run: async ({ api, args: [board, id], out }) => {
      await api('DELETE', `/v1/boards/${enc(board)}/webhooks/${enc(id)}`);
      out({ deleted: id }, () => console.log(`Deleted webhook ${id} of ${board}; nothing more is sent to it.`));
    },
  },
  {
    section: 'Webhooks (signed POSTs when customers answer; README § Alerts)',
    name: 'webhooks deliveries',
    args: ['<board>', '<webhook_id>'],
    usage: '[--limit N]',
    options: ['limit'],
    summary: 'the latest attempts: status, HTTP code, next retry',
    run: async ({ api, args: [board, id], values, out }) => {
      const q = values.limit !== undefined ? `?limit=${parseInt10('limit', values.limit)}` : '';
      const res = await api('GET', `/v1/boards/${enc(board)}/webhooks/${enc(id)}/deliveries${q}`);
      out(res, () => {
        if (res.deliveries.length === 0) return console.log('No deliveries yet.');
        console.log(
          table(res.deliveries, [
            ['CREATED', (d) => d.created_at.replace('T', ' ').slice(0, 19)],
            ['EVENT', (d) => d.event],
            ['INTERACTION', (d) => d.interaction],
            // "queued" alone reads like "sent": say what it waits for
            ['STATUS', (d) => (d.status === 'queued' ? 'queued, waiting for the queue' : d.status)],
            ['TRIES', (d) => d.attempts],
            ['HTTP', (d) => d.http_status ?? '–'],
            ['MS', (d) => d.duration_ms ?? '–'],
            ['NEXT RETRY', (d) => (d.next_attempt_at ? d.next_attempt_at.replace('T', ' ').slice(0, 19) : '')],
            ['ERROR', (d) => d.error ?? ''],
          ]),
        );
      });
    },
  },
  {
    section: CONNECTORS,
    name: 'connectors create',
    args: ['<board>', '<helpdesk>'],
    usage: "[--secret '…']",
    options: ['secret'],
    summary: 'zendesk, helpscout, intercom, front, freshdesk or hubspot; --secret where the helpdesk makes it',
    run: async ({ api, args: [board, helpdesk], values, out }) => {
      const res = await api('POST', `/v1/boards/${enc(board)}/connectors`, {
        body: { helpdesk, ...secretBody(values) },
      });
      out(res, () => printConnector(res, 'Created'));
    },
  },
  {
    section: CONNECTORS,
    name: 'connectors list',
    args: ['<board>'],
    summary: 'what each connector received: recorded, ignored (and why), when',
    run: async ({ api, args: [board], out }) => {
      const res = await api('GET', `/v1/boards/${enc(board)}/connectors`);
      out(res, () => {
        if (res.connectors.length === 0) {
          return console.log(
            `No connectors on ${board}. Create one: npm run admin -- connectors create ${board} <helpdesk>`,
          );
        }
        console.log(
          table(res.connectors, [
            ['ID', (c) => c.id],
            ['HELPDESK', (c) => c.helpdesk],
            ['RECORDED', (c) => c.accepted],
            ['IGNORED', (c) => c.ignored],
            ['LAST EVENT', (c) => shortTime(c.last_event_at)],
            ['LAST IGNORED BECAUSE', (c) => c.last_ignored_reason ?? ''],
          ]),
        );
      });
    },
  },
  {
    section: CONNECTORS,
    name: 'connectors rotate',
    args: ['<board>', '<connector_id>'],
    usage: "[--secret '…']",
    options: ['secret'],
    summary: 'a new secret; the previous one works 24 more hours',
    run: async ({ api, args: [board, id], values, out }) => {
      const res = await api('POST', `/v1/boards/${enc(board)}/connectors/${enc(id)}/secret`, {
        body: secretBody(values),
      });
      out(res, () => printConnector(res, 'Rotated the secret of the'));
    },
  },
  {
    section: CONNECTORS,
    name: 'connectors delete',
    args: ['<board>', '<connector_id>'],
    summary: 'its URL stops working; what it recorded stays',
    run: async ({ api, args: [board, id], out }) => {
      await api('DELETE', `/v1/boards/${enc(board)}/connectors/${enc(id)}`);
      out({ deleted: id }, () =>
        console.log(`Deleted connector ${id} of ${board}; remove the helpdesk's webhook too.`),
      );
    },
  },
];

await main(COMMANDS, process.argv.slice(2));
