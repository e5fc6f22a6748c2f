#!/usr/bin/env node
// The admin CLI: the worker's private API without curl. Plain Node (fetch), no dependencies.
//   npm run admin -- --help
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');

const HELP = `Pandameter admin CLI — talks to the worker's admin API.

Usage: npm run admin -- <command> [options]

Boards
  boards list
  boards create <id> --name "Acme Support" [--window responses:100|days:30] [--open] [--origins a,b]
  boards show <id>
  boards update <id> [--name …] [--window …] [--open | --require-token] [--origins a,b | --origins ""]
  boards delete <id> --yes                  deletes the board with all its answers and keys
  secret rotate <id>                        new signing secret; the old one works 24 more hours
  keys create <id> --scopes read,sign       an API key for dashboards (shown once)
  keys revoke <id> <key_id>

Tokens and rating links
  token <board> <interaction> [--ttl seconds]   a signed token, its expiry and the rating page URL
  links <board> <interaction> [--ttl seconds]   ready-to-paste "Yes" and "No" links for an e-mail

Answers
  score <board>
  stats <board> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--interval day|week|month] [--group-by agent|channel]
  responses <board> [--limit N] [--verdict yes|no] [--from …] [--to …] [--cursor C] [--csv]
  erase <board> <interaction>               erases one answer (privacy requests); the score follows

Webhooks (signed POSTs when customers answer; README § Alerts)
  webhooks list <board>
  webhooks create <board> <url> [--events a,b] [--format standard|slack]
                                            events: answer.unsatisfied (default), answer.created,
                                            answer.changed, comment.added; the secret is shown once
  webhooks delete <board> <webhook_id>      stops its deliveries, retries included
  webhooks deliveries <board> <webhook_id> [--limit N]   the latest attempts: status, HTTP code, next retry

Options
  --url URL    the worker (default http://localhost:$PORT, PORT defaulting to 8787; or PANDAMETER_URL)
  --json       print the API's JSON as it is
  -h, --help   this help

The admin token comes from PANDAMETER_ADMIN_TOKEN, else from ADMIN_TOKEN in .dev.vars (made by npm start).

Examples
  npm run admin -- boards create acme --name "Acme Support" --origins https://help.acme.com
  npm run admin -- keys create acme --scopes read
  npm run admin -- token acme T-1234
  npm run admin -- stats demo --interval week --group-by agent
  npm run admin -- webhooks create demo http://127.0.0.1:8899/ --events answer.unsatisfied,comment.added`;

class CliError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
const usage = (message) => new CliError(`${message}\nSee: npm run admin -- --help`, 2);

// ------------------------------------------------------------------ arguments

const OPTIONS = {
  url: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string' },
  window: { type: 'string' },
  open: { type: 'boolean' },
  'require-token': { type: 'boolean' },
  origins: { type: 'string' },
  scopes: { type: 'string' },
  ttl: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  interval: { type: 'string' },
  'group-by': { type: 'string' },
  limit: { type: 'string' },
  verdict: { type: 'string' },
  cursor: { type: 'string' },
  csv: { type: 'boolean' },
  yes: { type: 'boolean' },
  events: { type: 'string' },
  format: { type: 'string' },
};

function parse(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usage(e instanceof Error ? e.message : String(e));
  }
}

function parseWindow(s) {
  const m = /^(responses|days):(\d+)$/.exec(s);
  if (!m) throw usage(`--window is responses:N (10–10000) or days:D (1–365), not "${s}".`);
  return { [m[1]]: Number(m[2]) };
}

const parseList = (s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function parseInt10(name, s) {
  if (!/^\d+$/.test(s)) throw usage(`--${name} must be a whole number, not "${s}".`);
  return Number(s);
}

// ------------------------------------------------------------------ HTTP

function adminToken() {
  if (process.env.PANDAMETER_ADMIN_TOKEN) return process.env.PANDAMETER_ADMIN_TOKEN;
  const file = path.join(ROOT, '.dev.vars');
  if (existsSync(file)) {
    const m = /^\s*ADMIN_TOKEN\s*=\s*(.*?)\s*$/m.exec(readFileSync(file, 'utf8'));
    const value = m?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
    if (value) return value;
  }
  return null;
}

function makeClient(baseUrl, { needsAuth = true } = {}) {
  const token = adminToken();
  return async function call(method, p, { body, accept, auth = needsAuth } = {}) {
    if (auth && !token) {
      throw new CliError(
        'No admin token: set PANDAMETER_ADMIN_TOKEN, or run `npm start` once to create .dev.vars with ADMIN_TOKEN.',
      );
    }
    const headers = { accept: accept ?? 'application/json' };
    if (auth) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res;
    try {
      res = await fetch(new URL(p, baseUrl), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      const code = e?.cause?.code ?? e?.cause?.errors?.[0]?.code;
      if (code === 'ECONNREFUSED') {
        throw new CliError(`Cannot reach ${baseUrl} (connection refused) — is \`npm start\` running?`);
      }
      throw new CliError(`Cannot reach ${baseUrl}: ${e?.cause?.message ?? e?.message ?? e}`);
    }
    const text = await res.text();
    if (!res.ok) throw new CliError(describeError(res, text, baseUrl));
    if (accept && accept !== 'application/json') return text;
    return text ? JSON.parse(text) : null;
  };
}

/** One line for any error envelope {"error": {code, message, field?}}, plus a hint where one helps. */
function describeError(res, text, baseUrl) {
  let err;
  try {
    err = JSON.parse(text)?.error;
  } catch {
    // not JSON: not our worker, or a proxy in between
  }
  if (!err || typeof err.code !== 'string') {
    return `HTTP ${res.status} ${res.statusText} from ${baseUrl} (not a Pandameter error; is --url right?)`;
  }
  let line = `${err.code}: ${err.message}${err.field ? ` (field: ${err.field})` : ''}`;
  if (err.code === 'unauthorized') {
    line +=
      '\n  The admin token does not match the server’s. Locally it is ADMIN_TOKEN in .dev.vars (restart `npm start` ' +
      'after changing it); elsewhere set PANDAMETER_ADMIN_TOKEN.';
  }
  const retry = res.headers.get('retry-after');
  if (retry) line += ` (retry after ${retry} s)`;
  return line;
}

// ------------------------------------------------------------------ output

function table(rows, columns) {
  if (rows.length === 0) return '';
  const cells = rows.map((r) => columns.map(([, get]) => String(get(r) ?? '')));
  const widths = columns.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(columns.map(([h]) => h)), ...cells.map(line)].join('\n');
}

const windowText = (w) => ('responses' in w ? `last ${w.responses} answers` : `last ${w.days} days`);
const pct = (p) => (p === null || p === undefined ? '–' : `${p}%`);

function printBoard(b) {
  const rows = [
    ['id', b.id],
    ['name', b.name],
    ['window', windowText(b.window)],
    ['require_token', `${b.require_token}${b.require_token ? '' : ' (open board)'}`],
    ['allowed_origins', b.allowed_origins.length ? b.allowed_origins.join(', ') : '(any)'],
    ['created_at', b.created_at],
    ['updated_at', b.updated_at],
  ];
  console.log(rows.map(([k, v]) => `${`${k}:`.padEnd(17)}${v}`).join('\n'));
}

function printScore(s) {
  const pandas = s.responses ? `${s.pandas.happy} happy, ${s.pandas.sad} sad pandas` : 'No ratings yet';
  console.log(
    [
      `${s.name} (${s.board}) — ${windowText(s.window)}`,
      `percent:    ${pct(s.percent)}${s.interval95 ? `  (95% interval ${s.interval95[0]}–${s.interval95[1]}%)` : ''}`,
      `answers:    ${s.responses} (${s.satisfied} yes, ${s.unsatisfied} no)`,
      `pandas:     ${pandas}`,
      `updated_at: ${s.updated_at ?? '–'}`,
    ].join('\n'),
  );
}

// ------------------------------------------------------------------ commands

function boardBody(values, { create }) {
  const body = {};
  if (values.name !== undefined) body.name = values.name;
  if (values.window !== undefined) body.window = parseWindow(values.window);
  if (values.open && values['require-token']) throw usage('Choose one of --open and --require-token.');
  if (values.open) body.require_token = false;
  if (values['require-token']) body.require_token = true;
  if (values.origins !== undefined) body.allowed_origins = parseList(values.origins);
  if (create && body.name === undefined) throw usage('boards create needs --name "…".');
  if (!create && Object.keys(body).length === 0) {
    throw usage('boards update needs at least one of --name, --window, --open, --require-token, --origins.');
  }
  return body;
}

function need(positionals, n, form) {
  if (positionals.length < n) throw usage(`Usage: npm run admin -- ${form}`);
  if (positionals.length > n) throw usage(`Too many arguments. Usage: npm run admin -- ${form}`);
  return positionals;
}

const enc = encodeURIComponent;

async function run(argv) {
  const { values, positionals } = parse(argv);
  if (values.help || positionals.length === 0) {
    console.log(HELP);
    return;
  }
  const baseUrl = values.url ?? process.env.PANDAMETER_URL ?? `http://localhost:${process.env.PORT || 8787}`;
  try {
    new URL(baseUrl);
  } catch {
    throw usage(`--url must be a URL such as http://localhost:8787, not "${baseUrl}".`);
  }
  const api = makeClient(baseUrl);
  const out = (data, human) => (values.json ? console.log(JSON.stringify(data, null, 2)) : human(data));
  const [cmd] = positionals;
  const grouped = ['boards', 'secret', 'keys', 'webhooks'].includes(cmd);
  // `boards create acme` → command "boards create", args [acme]; `token acme T-1` → "token", [acme, T-1]
  const command = grouped ? `${cmd} ${positionals[1] ?? ''}`.trim() : cmd;
  const rest = positionals.slice(grouped ? 2 : 1);

  switch (command) {
    case 'boards list': {
      need(rest, 0, 'boards list');
      const { boards } = await api('GET', '/v1/boards');
      return out({ boards }, () => {
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
    }
    case 'boards create': {
      const [id] = need(rest, 1, 'boards create <id> --name "…" [--window …] [--open] [--origins a,b]');
      const res = await api('POST', '/v1/boards', { body: { id, ...boardBody(values, { create: true }) } });
      return out(res, () => {
        printBoard(res.board);
        console.log(`\nSigning secret (for minting tokens in your support backend; shown only now):\n  ${res.secret}`);
        console.log(`\nScoreboard: ${new URL(`/scoreboard/${enc(id)}`, baseUrl)}`);
      });
    }
    case 'boards show': {
      const [id] = need(rest, 1, 'boards show <id>');
      return out(await api('GET', `/v1/boards/${enc(id)}`), printBoard);
    }
    case 'boards update': {
      const [id] = need(rest, 1, 'boards update <id> [--name …] [--window …] [--open|--require-token] [--origins …]');
      return out(
        await api('PATCH', `/v1/boards/${enc(id)}`, { body: boardBody(values, { create: false }) }),
        printBoard,
      );
    }
    case 'boards delete': {
      const [id] = need(rest, 1, 'boards delete <id> --yes');
      if (!values.yes) throw usage(`This deletes board "${id}" with all its answers and keys. Add --yes to do it.`);
      await api('DELETE', `/v1/boards/${enc(id)}`);
      return out({ deleted: id }, () => console.log(`Deleted board ${id}.`));
    }
    case 'secret rotate': {
      const [id] = need(rest, 1, 'secret rotate <id>');
      const res = await api('POST', `/v1/boards/${enc(id)}/secret`);
      return out(res, () =>
        console.log(
          `New signing secret for ${id} (shown only now):\n  ${res.secret}\n` +
            `The previous secret stays valid until ${res.previous_valid_until}.`,
        ),
      );
    }
    case 'keys create': {
      const [id] = need(rest, 1, 'keys create <id> --scopes read,sign');
      if (!values.scopes) throw usage('keys create needs --scopes read, sign or read,sign.');
      const res = await api('POST', `/v1/boards/${enc(id)}/keys`, { body: { scopes: parseList(values.scopes) } });
      return out(res, () =>
        console.log(
          `Key ${res.id} for ${res.board} (scopes: ${res.scopes.join(', ')}). The key, shown only now:\n  ${res.key}\n` +
            `Use it as: Authorization: Bearer <key>`,
        ),
      );
    }
    case 'keys revoke': {
      const [id, keyId] = need(rest, 2, 'keys revoke <id> <key_id>');
      await api('DELETE', `/v1/boards/${enc(id)}/keys/${enc(keyId)}`);
      return out({ revoked: keyId }, () => console.log(`Revoked key ${keyId} of ${id}.`));
    }
    case 'token':
    case 'links': {
      const [board, interaction] = need(rest, 2, `${cmd} <board> <interaction> [--ttl seconds]`);
      const body = { interaction };
      if (values.ttl !== undefined) body.ttl_seconds = parseInt10('ttl', values.ttl);
      const res = await api('POST', `/v1/boards/${enc(board)}/tokens`, { body });
      if (cmd === 'token') {
        return out(res, () =>
          console.log(`token:      ${res.token}\nexpires_at: ${res.expires_at}\nrate_url:   ${res.rate_url}`),
        );
      }
      const links = {
        yes: `${res.rate_url}&verdict=yes`,
        no: `${res.rate_url}&verdict=no`,
        expires_at: res.expires_at,
      };
      return out(links, () => console.log(`Yes: ${links.yes}\nNo:  ${links.no}\n(valid until ${links.expires_at})`));
    }
    case 'score': {
      const [board] = need(rest, 1, 'score <board>');
      return out(await api('GET', `/v1/boards/${enc(board)}/score`, { auth: false }), printScore);
    }
    case 'stats': {
      const [board] = need(rest, 1, 'stats <board> [--from --to --interval --group-by]');
      const q = new URLSearchParams();
      if (values.from) q.set('from', values.from);
      if (values.to) q.set('to', values.to);
      if (values.interval) q.set('interval', values.interval);
      if (values['group-by']) q.set('group_by', values['group-by']);
      const s = await api('GET', `/v1/boards/${enc(board)}/stats${q.size ? `?${q}` : ''}`);
      return out(s, () => {
        const t = s.totals;
        console.log(`${board}: ${s.from} – ${s.to}, by ${s.interval}`);
        console.log(`total: ${pct(t.percent)} of ${t.responses} (${t.satisfied} yes, ${t.unsatisfied} no)\n`);
        console.log(
          table(s.series, [
            ['PERIOD', (r) => r.period],
            ['YES', (r) => r.satisfied],
            ['NO', (r) => r.unsatisfied],
            ['PERCENT', (r) => pct(r.percent)],
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
            ]),
          );
        }
      });
    }
    case 'responses': {
      const [board] = need(rest, 1, 'responses <board> [--limit N] [--csv] …');
      const q = new URLSearchParams();
      if (values.limit !== undefined) q.set('limit', String(parseInt10('limit', values.limit)));
      for (const k of ['verdict', 'from', 'to', 'cursor']) if (values[k] !== undefined) q.set(k, values[k]);
      const p = `/v1/boards/${enc(board)}/responses${q.size ? `?${q}` : ''}`;
      if (values.csv) {
        process.stdout.write(await api('GET', p, { accept: 'text/csv' }));
        return;
      }
      const res = await api('GET', p);
      return out(res, () => {
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
    }
    case 'erase': {
      const [board, interaction] = need(rest, 2, 'erase <board> <interaction>');
      await api('DELETE', `/v1/boards/${enc(board)}/responses/${enc(interaction)}`);
      return out({ erased: interaction }, () => console.log(`Erased the answer for ${interaction} on ${board}.`));
    }
    case 'webhooks list': {
      const [board] = need(rest, 1, 'webhooks list <board>');
      const res = await api('GET', `/v1/boards/${enc(board)}/webhooks`);
      return out(res, () => {
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
    }
    case 'webhooks create': {
      const [board, url] = need(rest, 2, 'webhooks create <board> <url> [--events a,b] [--format standard|slack]');
      const body = { url };
      if (values.events !== undefined) body.events = parseList(values.events);
      if (values.format !== undefined) body.format = values.format;
      const res = await api('POST', `/v1/boards/${enc(board)}/webhooks`, { body });
      return out(res, () =>
        console.log(
          `Webhook ${res.id} on ${board}: ${res.events.join(', ')} → ${res.url} (${res.format})
` +
            `Signing secret (verifies the webhook-signature header; shown only now):
  ${res.secret}`,
        ),
      );
    }
    case 'webhooks delete': {
      const [board, id] = need(rest, 2, 'webhooks delete <board> <webhook_id>');
      await api('DELETE', `/v1/boards/${enc(board)}/webhooks/${enc(id)}`);
      return out({ deleted: id }, () => console.log(`Deleted webhook ${id} of ${board}; nothing more is sent to it.`));
    }
    case 'webhooks deliveries': {
      const [board, id] = need(rest, 2, 'webhooks deliveries <board> <webhook_id> [--limit N]');
      const q = values.limit !== undefined ? `?limit=${parseInt10('limit', values.limit)}` : '';
      const res = await api('GET', `/v1/boards/${enc(board)}/webhooks/${enc(id)}/deliveries${q}`);
      return out(res, () => {
        if (res.deliveries.length === 0) return console.log('No deliveries yet.');
        console.log(
          table(res.deliveries, [
            ['CREATED', (d) => d.created_at.replace('T', ' ').slice(0, 19)],
            ['EVENT', (d) => d.event],
            ['INTERACTION', (d) => d.interaction],
            ['STATUS', (d) => d.status],
            ['TRIES', (d) => d.attempts],
            ['HTTP', (d) => d.http_status ?? '–'],
            ['MS', (d) => d.duration_ms ?? '–'],
            ['NEXT RETRY', (d) => (d.next_attempt_at ? d.next_attempt_at.replace('T', ' ').slice(0, 19) : '')],
            ['ERROR', (d) => d.error ?? ''],
          ]),
        );
      });
    }
    default:
      throw usage(`Unknown command "${command}".`);
  }
}

try {
  await run(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    console.error(`admin: ${e.message}`);
    process.exit(e.exitCode);
  }
  throw e;
}
