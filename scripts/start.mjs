#!/usr/bin/env node
// `npm start`: the whole demo on this machine, no account and no network.
//
//   1. builds the browser bundles (scripts/build.mjs)
//   2. makes sure .dev.vars has an ADMIN_TOKEN the worker accepts: creates one when it is missing,
//      replaces one shorter than the rule (worker/lib/admin-token.mjs), keeps it otherwise
//   3. applies the migrations to wrangler's local D1 (.wrangler/state)
//   4. seeds the `demo` board unless it exists (scripts/seed.mjs)
//   5. runs `wrangler dev` on 127.0.0.1:$PORT (default 8787) and prints a short banner once it answers
//   6. fires the worker's Cron Trigger every minute, as Cloudflare does (wrangler dev does not)
//
// While it runs, .wrangler/pandameter-demo.json records its process and port (scripts/local-demo.mjs):
// the admin CLI finds the demo there, `npm run reset` refuses to delete the database under it, and a
// second `npm start` in this folder refuses to share the database with it.
//
// wrangler's own start-up chatter (its banner, the bindings table, "Ready on …") is held back and
// shown only if wrangler fails to start, or as far as it warns; the request log is passed through.
// The `Request.cf` lookup, which needs the network and only fills `request.cf` with real edge
// metadata (this worker does not read it), is switched off with wrangler's documented
// CLOUDFLARE_CF_FETCH_ENABLED=false, so an offline start prints no ENOTFOUND stack.
//
// Options: --persist-to DIR (another local D1 directory). Ctrl-C (or SIGTERM) stops wrangler too.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ADMIN_TOKEN_MIN_LENGTH } from '../worker/lib/admin-token.mjs';
import { DEFAULT_PORT, DEV_VARS, ensureAdminToken, forgetDemo, recordDemo, runningDemo } from './local-demo.mjs';
import { seed } from './seed.mjs';
import { ROOT, spawnWrangler, WRANGLER_ENV, wrangler } from './wrangler.mjs';

const HOST = '127.0.0.1';

function fail(message) {
  console.error(`\nnpm start: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { persistTo: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--persist-to') opts.persistTo = argv[++i];
    else if (a.startsWith('--persist-to=')) opts.persistTo = a.slice('--persist-to='.length);
    else if (a === '--help' || a === '-h') {
      console.log(
        `Usage: [PORT=${DEFAULT_PORT}] npm start [-- --persist-to DIR]\nBuilds, migrates and seeds the local D1, runs wrangler dev.`,
      );
      process.exit(0);
    } else fail(`unknown option ${a} (try --help)`);
  }
  return opts;
}

function port() {
  const raw = process.env.PORT ?? String(DEFAULT_PORT);
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 65535) fail(`PORT must be a port number (1–65535), not "${raw}".`);
  return n;
}

/** Free on 127.0.0.1? wrangler would otherwise quietly pick another port or fail late. */
function portFree(p) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(p, HOST, () => s.close(() => resolve(true)));
  });
}

function step(label, fn) {
  process.stdout.write(`• ${label} … `);
  try {
    const note = fn();
    console.log(note ?? 'done');
  } catch (e) {
    console.log('failed');
    fail(e instanceof Error ? e.message : String(e));
  }
}

const opts = parseArgs(process.argv.slice(2));
const PORT = port();
const origin = `http://localhost:${PORT}`;
const persist = opts.persistTo ? ['--persist-to', opts.persistTo] : [];

const other = runningDemo();
if (other) {
  fail(
    `the demo is already running from this folder on ${other.url} (process ${other.pid}). ` +
      'Two local workers on one database would step on each other: use that one, or stop it (Ctrl-C) first.',
  );
}
if (!(await portFree(PORT))) {
  fail(`port ${PORT} is already in use on ${HOST}. Choose another: PORT=${PORT + 1} npm start`);
}
recordDemo({ pid: process.pid, port: PORT, url: origin, ...(opts.persistTo ? { persistTo: opts.persistTo } : {}) });
process.on('exit', () => forgetDemo(process.pid));

console.log('Pandameter: getting the local demo ready\n');
step('building the browser bundles', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the build failed:\n${r.stdout}${r.stderr}`);
});
step('admin token in .dev.vars', () => {
  const token = ensureAdminToken();
  if (token.action === 'kept') return 'kept the existing one';
  if (token.action === 'replaced') {
    return `replaced: it had ${token.oldLength} characters and the worker needs at least ${ADMIN_TOKEN_MIN_LENGTH}`;
  }
  return token.action;
});
step('applying migrations to the local D1', () => {
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persist]);
});
step('seeding the demo board', () => seed({ persistTo: opts.persistTo }));

console.log(`• starting wrangler dev on ${HOST}:${PORT} …`);
const child = spawnWrangler(
  [
    'dev',
    '--ip',
    HOST,
    '--port',
    String(PORT),
    '--show-interactive-dev-session=false',
    // this script fires the Cron Trigger itself (below), so wrangler need not warn that it will not
    '--test-scheduled',
    ...persist,
  ],
  {
    // wrangler's request log goes to a person's terminal: in colour where it can show it
    env: {
      ...WRANGLER_ENV,
      NO_COLOR: process.env.NO_COLOR,
      ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    },
  },
);

// ------------------------------------------------------------------ wrangler's output

/** The start script's own readiness probe. */
const PROBE = { method: 'HEAD', path: '/healthz' };
/** The Cron Trigger of wrangler.toml (`* * * * *`: the webhook outbox sweep), fired through wrangler's own endpoint. */
const SCHEDULED = '/cdn-cgi/handler/scheduled';
/** Lines of wrangler's request log for the script's own requests (the probe, the minutely trigger), not the user's. */
const ownRequest = new RegExp(`\\b(${PROBE.method} ${PROBE.path}|GET ${SCHEDULED}) `);
const ansi = /\x1b\[[0-9;]*m/g; // eslint-disable-line no-control-regex
const warningLine = /\[(WARNING|ERROR)\]|\[wrangler:(warn|error)\]/;

let ready = false;
/** Lines wrangler printed before the worker answered: shown only on failure (all) or as warnings. */
const held = [];

function passThrough(source, sink) {
  createInterface({ input: source, crlfDelay: Infinity }).on('line', (line) => {
    if (!ready) held.push({ line, sink });
    else if (!ownRequest.test(line.replace(ansi, ''))) sink.write(`${line}\n`);
  });
}
passThrough(child.stdout, process.stdout);
passThrough(child.stderr, process.stderr);

/** A warning or error wrangler gave while starting, with its indented details: the user should see it. */
function showHeldWarnings() {
  let inWarning = false;
  for (const { line, sink } of held) {
    const plain = line.replace(ansi, '');
    if (warningLine.test(plain)) inWarning = true;
    else if (plain.trim() !== '' && !/^\s/.test(plain)) inWarning = false;
    if (inWarning) sink.write(`${line}\n`);
  }
  held.length = 0;
}

function showHeldOutput() {
  for (const { line, sink } of held) sink.write(`${line}\n`);
  held.length = 0;
}

// ------------------------------------------------------------------ lifecycle

// On Cloudflare the platform fires the Cron Trigger; wrangler dev does not, so this does.
const cron = setInterval(() => {
  fetch(`http://${HOST}:${PORT}${SCHEDULED}?cron=${encodeURIComponent('* * * * *')}`).catch(() => {
    // not up yet, or stopping: the next minute tries again
  });
}, 60_000);

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    clearInterval(cron);
    child.kill(sig);
    // wrangler stops workerd and exits; if it hangs, do not leave it behind.
    setTimeout(() => child.kill('SIGKILL'), 8000).unref();
  });
}
child.on('exit', (code, signal) => {
  clearInterval(cron);
  if (!stopping && !ready) showHeldOutput();
  if (!stopping) console.error(`\nnpm start: wrangler dev exited (${signal ?? `code ${code}`}).`);
  else console.log('Stopped.');
  process.exit(stopping ? 0 : (code ?? 1));
});

const devVars = path.relative(process.cwd(), DEV_VARS) || '.dev.vars';
const deadline = Date.now() + 120_000;
for (;;) {
  if (stopping || child.exitCode !== null) break;
  try {
    const res = await fetch(`http://${HOST}:${PORT}${PROBE.path}`, { method: PROBE.method });
    if (res.ok) {
      ready = true;
      showHeldWarnings();
      console.log(`
────────────────────────────────────────────────────────────────
 Pandameter is running on ${origin}

   ${origin}/                       landing page
   ${origin}/demo                   demo support page (widget + scoreboard)
   ${origin}/scoreboard/demo        the demo scoreboard
   ${origin}/v1/boards/demo/score   the demo score (JSON)
   ${origin}/v1/openapi.json        the API (OpenAPI 3.1)

 Team page:   npm run admin -- dashboard demo   (a one-time sign-in link to the demo board's page)
 Admin CLI:   npm run admin -- boards list      (every command: npm run admin -- --help)
 Admin token: ADMIN_TOKEN in ${devVars} (git-ignored; the CLI reads it from there)
 Start over:  Ctrl-C, then npm run reset
 Stop with Ctrl-C. Requests are logged below.
────────────────────────────────────────────────────────────────
`);
      break;
    }
  } catch {
    // not up yet
  }
  if (Date.now() > deadline) {
    showHeldOutput();
    console.error(`npm start: wrangler dev did not answer on ${HOST}:${PORT} within 2 minutes; see its output above.`);
    break;
  }
  await new Promise((r) => setTimeout(r, 300));
}
