#!/usr/bin/env node
// The admin CLI: the worker's private API without curl. Plain Node (fetch), no dependencies.
//   npm run admin -- --help
//
// Every command is one entry of COMMANDS (its words, arguments, options, help line and what it does);
// the help text, the checks of arguments and options and the dispatch all come from that table.
import { parseArgs } from 'node:util';
import { ADMIN_TOKEN_MIN_LENGTH } from '../worker/lib/admin-token.mjs';
import { DEFAULT_PORT, devVarsAdminToken, runningDemo } from './local-demo.mjs';

class CliError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
const SEE_HELP = 'See: npm run admin -- --help';
const usage = (message, hint = SEE_HELP) => new CliError(`${message}\n${hint}`, 2);

// ------------------------------------------------------------------ options

/** Every option of every command; `value` names what a string option takes, for messages. */
const OPTIONS = {
  url: { type: 'string', value: 'URL' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string', value: '"Acme Support"' },
  window: { type: 'string', value: 'responses:100|days:30' },
  open: { type: 'boolean' },
  'require-token': { type: 'boolean' },
  origins: { type: 'string', value: 'https://help.acme.com,…' },
  scopes: { type: 'string', value: 'read,sign' },
  ttl: { type: 'string', value: 'seconds' },
  from: { type: 'string', value: 'YYYY-MM-DD' },
  to: { type: 'string', value: 'YYYY-MM-DD' },
  interval: { type: 'string', value: 'day|week|month' },
  'group-by': { type: 'string', value: 'agent|channel|reason' },
  limit: { type: 'string', value: 'N' },
  verdict: { type: 'string', value: 'yes|no' },
  cursor: { type: 'string', value: 'C' },
  csv: { type: 'boolean' },
  yes: { type: 'boolean' },
  events: { type: 'string', value: 'answer.unsatisfied,comment.added' },
  format: { type: 'string', value: 'standard|slack' },
  note: { type: 'string', value: '"called, refund sent"' },
  by: { type: 'string', value: 'maria' },
};
/** Options that every command takes. */
const GLOBAL = ['url', 'json', 'help'];

/** The closest of `names` to `word`, if it is close enough to be a typo. */
function closest(word, names) {
  const distance = (a, b) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  };
  let best = null;
  for (const name of names) {
    const d = distance(word, name);
    if (d <= Math.max(1, Math.floor(name.length / 4)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}

/** Node's parseArgs, with its errors said the way a person would: one line, what to do instead. */
function parse(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const option = /'(-{1,2}[^' ]+)/.exec(String(e?.message))?.[1] ?? '';
    const name = option.replace(/^-+/, '');
    if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const guess = closest(name, Object.keys(OPTIONS));
      throw usage(`Unknown option ${option}.${guess ? ` Did you mean --${guess}?` : ''}`);
    }
    if (e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && OPTIONS[name]) {
      throw usage(
        OPTIONS[name].type === 'boolean'
          ? `--${name} takes no value.`
          : `--${name} needs a value: --${name} ${OPTIONS[name].value}`,
      );
    }
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

/** `http://localhost:8811/` is plainly the origin `http://localhost:8811`; anything with a path stays as typed (and is refused). */
const parseOrigins = (s) => parseList(s).map((o) => /^https?:\/\/[^/?#]+\/$/i.exec(o)?.[0].slice(0, -1) ?? o);

function parseInt10(name, s) {
  if (!/^\d+$/.test(s)) throw usage(`--${name} must be a whole number, not "${s}".`);
  return Number(s);
}

// ------------------------------------------------------------------ HTTP

/** The admin token, and where it came from (for messages). */
function adminToken() {
  if (process.env.PANDAMETER_ADMIN_TOKEN)
    return { value: process.env.PANDAMETER_ADMIN_TOKEN, from: 'PANDAMETER_ADMIN_TOKEN' };
  const value = devVarsAdminToken();
  return value ? { value, from: 'ADMIN_TOKEN in .dev.vars' } : null;
}

/**
 * The worker to talk to: --url, PANDAMETER_URL, PORT, else the demo `npm start` runs from this
 * folder (it records its port), else the default port.
 */
function workerUrl(values) {
  if (values.url) return values.url;
  if (process.env.PANDAMETER_URL) return process.env.PANDAMETER_URL;
  if (process.env.PORT) return `http://localhost:${process.env.PORT}`;
  return runningDemo()?.url ?? `http://localhost:${DEFAULT_PORT}`;
}

function makeClient(baseUrl) {
  const token = adminToken();
  return async function call(method, p, { body, accept, auth = true } = {}) {
    if (auth && !token) {
      throw new CliError(
        'No admin token: set PANDAMETER_ADMIN_TOKEN, or run `npm start` once to create .dev.vars with ADMIN_TOKEN.',
      );
    }
    const headers = { accept: accept ?? 'application/json' };
    if (auth) headers.authorization = `Bearer ${token.value}`;
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
    if (!res.ok) throw new CliError(describeError(res, text, baseUrl, token));
    if (accept && accept !== 'application/json') return text;
    return text ? JSON.parse(text) : null;
  };
}

/** One line for any error envelope {"error": {code, message, field?}}, plus a hint where one helps. */
function describeError(res, text, baseUrl, token) {
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
  if (err.code === 'unauthorized' && token && token.value.length < ADMIN_TOKEN_MIN_LENGTH) {
    line +=
      `\n  The admin token (${token.from}) has ${token.value.length} characters; the worker refuses admin tokens ` +
      `shorter than ${ADMIN_TOKEN_MIN_LENGTH}.\n  Locally \`npm start\` replaces a short ADMIN_TOKEN in .dev.vars; for a ` +
      'deployment: npx wrangler secret put ADMIN_TOKEN (e.g. openssl rand -base64 32).';
  } else if (err.code === 'unauthorized') {
    line +=
      `\n  The admin token (${token?.from ?? 'none'}) does not match the server’s. Locally it is ADMIN_TOKEN in ` +
      '.dev.vars (restart `npm start` after changing it); elsewhere set PANDAMETER_ADMIN_TOKEN.';
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
  // The board read (not create or update) says what a wrong embed is losing.
  for (const r of b.refused_24h ?? []) {
    const from = r.last_origin ? ` from ${r.last_origin}` : '';
    console.log(`${r.count} ${r.count === 1 ? 'answer' : 'answers'} refused in the last 24 h: ${r.reason}${from}`);
  }
}

/** The pandas as the scoreboard draws them: one per answer until there are 100 (SPEC § Score). */
function pandasText({ happy, sad }) {
  const drawn = happy + sad;
  if (drawn === 0) return 'No ratings yet';
  const text = `${happy} happy, ${sad} sad ${drawn === 1 ? 'panda' : 'pandas'}`;
  const empty = 100 - drawn;
  return empty > 0 ? `${text} (one per answer; ${empty} empty ${empty === 1 ? 'place' : 'places'})` : text;
}

function printScore(s) {
  const pandas = pandasText(s.pandas);
  console.log(
    [
      `${s.name} (${s.board}) — ${windowText(s.window)}`,
      `percent:    ${pct(s.percent)}${s.interval95 ? `  (95% interval ${s.interval95[0]}–${s.interval95[1]}%)` : ''}`,
      `answers:    ${s.responses} (${s.satisfied} yes, ${s.unsatisfied} no)`,
      `asked:      ${s.asked ?? 0}${s.response_rate == null ? '' : ` (response rate ${pct(s.response_rate)})`} — ${
        'days' in s.window ? `last ${s.window.days} days` : 'last 30 days'
      }`,
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

/** "3 h", "2 d": how long ago, short enough for a table. */
function age(iso, now = Date.now()) {
  const h = Math.floor((now - Date.parse(iso)) / 3_600_000);
  return h < 1 ? '<1 h' : h < 48 ? `${h} h` : `${Math.floor(h / 24)} d`;
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
      'events: answer.unsatisfied (default), answer.created, answer.changed, comment.added, answer.refused; the secret is shown once',
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
            ['STATUS', (d) => d.status],
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
];

// ------------------------------------------------------------------ help

const synopsis = (c) => [c.name, ...(c.args ?? []), c.usage].filter(Boolean).join(' ');

function helpLines(commands) {
  return commands.map((c) => {
    const s = synopsis(c);
    return s.length <= 44 ? `  ${s.padEnd(46)}${c.summary}` : `  ${s}\n  ${''.padEnd(46)}${c.summary}`;
  });
}

function help() {
  const sections = [...new Set(COMMANDS.map((c) => c.section))];
  return `Pandameter admin CLI — talks to the worker's admin API.

Usage: npm run admin -- <command> [options]
${sections.map((s) => `\n${s}\n${helpLines(COMMANDS.filter((c) => c.section === s)).join('\n')}`).join('\n')}

Options
  --url URL    the worker (default: PANDAMETER_URL, else http://localhost:$PORT, else the demo \`npm start\`
               runs from this folder, else http://localhost:${DEFAULT_PORT})
  --json       print the API's JSON as it is
  -h, --help   this help; with a command, that command's usage

The admin token comes from PANDAMETER_ADMIN_TOKEN, else from ADMIN_TOKEN in .dev.vars (made by npm start).

Examples
  npm run admin -- boards create acme --name "Acme Support" --origins https://help.acme.com
  npm run admin -- keys create acme --scopes read
  npm run admin -- token acme T-1234
  npm run admin -- stats demo --interval week --group-by agent
  npm run admin -- webhooks create demo http://127.0.0.1:8899/ --events answer.unsatisfied,comment.added`;
}

/** Groups are the first words of two-word commands: `boards`, `keys`, `secret`. */
const groupOf = (word) => COMMANDS.filter((c) => c.name.startsWith(`${word} `));

function groupHelp(group) {
  return `The ${group} commands:\n${helpLines(groupOf(group)).join('\n')}`;
}

// ------------------------------------------------------------------ dispatch

function findCommand(positionals) {
  const [first = '', second = ''] = positionals;
  const group = groupOf(first);
  if (group.length > 0) {
    const command = group.find((c) => c.name === `${first} ${second}`);
    if (command) return { command, args: positionals.slice(2) };
    if (second === '') return { group: first };
    const guess = closest(
      second,
      group.map((c) => c.name.split(' ')[1]),
    );
    throw usage(
      `Unknown command "${first} ${second}".${guess ? ` Did you mean "${first} ${guess}"?` : ''}`,
      groupHelp(first),
    );
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command) return { command, args: positionals.slice(1) };
  const names = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]))];
  const guess = closest(first, names);
  throw usage(`Unknown command "${first}".${guess ? ` Did you mean "${guess}"?` : ''}`);
}

async function run(argv) {
  const { values, positionals } = parse(argv);
  if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === 'help')) {
    console.log(help());
    return;
  }
  const found = findCommand(positionals);
  if (found.group) {
    console.log(groupHelp(found.group));
    return;
  }
  const { command, args } = found;
  const form = `npm run admin -- ${synopsis(command)}`;
  if (values.help) {
    console.log(`Usage: ${form}\n${command.summary}`);
    return;
  }
  const takes = new Set([...GLOBAL, ...(command.options ?? [])]);
  for (const given of Object.keys(values)) {
    if (!takes.has(given)) throw usage(`--${given} does not apply to ${command.name}.`, `Usage: ${form}`);
  }
  const arity = command.args?.length ?? 0;
  if (args.length !== arity) {
    throw usage(
      args.length < arity ? `Missing ${command.args.slice(args.length).join(' ')}.` : 'Too many arguments.',
      `Usage: ${form}`,
    );
  }
  const baseUrl = workerUrl(values);
  try {
    new URL(baseUrl);
  } catch {
    throw usage(`--url must be a URL such as http://localhost:${DEFAULT_PORT}, not "${baseUrl}".`);
  }
  const out = (data, human) => (values.json ? console.log(JSON.stringify(data, null, 2)) : human(data));
  await command.run({ api: makeClient(baseUrl), args, values, out, baseUrl });
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
