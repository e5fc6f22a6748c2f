#!/usr/bin/env node
// `npm start`: the whole demo on this machine, no account and no network.
//
//   1. builds the browser bundles (scripts/build.mjs)
//   2. creates .dev.vars with a random ADMIN_TOKEN when it is missing (keeps it when it exists)
//   3. applies the migrations to wrangler's local D1 (.wrangler/state)
//   4. seeds the `demo` board unless it exists (scripts/seed.mjs)
//   5. runs `wrangler dev` on 127.0.0.1:$PORT (default 8787) and prints the URLs once it answers
//   6. fires the worker's Cron Trigger every minute, as Cloudflare does (wrangler dev does not)
//
// Options: --persist-to DIR (another local D1 directory). Ctrl-C (or SIGTERM) stops wrangler too.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT, WRANGLER, seed, wrangler } from './seed.mjs';

const HOST = '127.0.0.1';
const DEV_VARS = path.join(ROOT, '.dev.vars');

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
        'Usage: [PORT=8787] npm start [-- --persist-to DIR]\nBuilds, migrates and seeds the local D1, runs wrangler dev.',
      );
      process.exit(0);
    } else fail(`unknown option ${a} (try --help)`);
  }
  return opts;
}

function port() {
  const raw = process.env.PORT ?? '8787';
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

/** .dev.vars holds wrangler's local secrets; ADMIN_TOKEN is made once and then kept. */
function ensureAdminToken() {
  const text = existsSync(DEV_VARS) ? readFileSync(DEV_VARS, 'utf8') : null;
  if (text !== null && /^\s*ADMIN_TOKEN\s*=\s*\S/m.test(text)) return 'kept';
  const line = `ADMIN_TOKEN=${randomBytes(32).toString('base64url')}\n`;
  if (text === null) {
    writeFileSync(
      DEV_VARS,
      `# Local secrets for wrangler dev (git-ignored). The admin CLI (npm run admin) reads ADMIN_TOKEN from here.\n${line}`,
      { mode: 0o600 },
    );
    return 'created';
  }
  appendFileSync(DEV_VARS, `${text.endsWith('\n') || text === '' ? '' : '\n'}${line}`);
  return 'added';
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
const persist = opts.persistTo ? ['--persist-to', opts.persistTo] : [];

if (!(await portFree(PORT))) {
  fail(`port ${PORT} is already in use on ${HOST} (another npm start?). Choose another: PORT=${PORT + 1} npm start`);
}

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
  const what = ensureAdminToken();
  return what === 'kept' ? 'kept the existing one' : what === 'created' ? 'created' : 'added';
});
step('applying migrations to the local D1', () => {
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persist]);
});
step('seeding the demo board', () => seed({ persistTo: opts.persistTo }));

console.log(`• starting wrangler dev on ${HOST}:${PORT}\n`);
const child = spawn(
  process.execPath,
  [
    WRANGLER,
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
    cwd: ROOT,
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);

// The Cron Trigger of wrangler.toml (`* * * * *`: the webhook outbox sweep). On Cloudflare the platform
// fires it; wrangler dev does not, so this does, through wrangler's own trigger endpoint.
const cron = setInterval(() => {
  fetch(`http://${HOST}:${PORT}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('* * * * *')}`).catch(() => {
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
  if (!stopping && code !== 0) console.error(`\nnpm start: wrangler dev exited (${signal ?? `code ${code}`}).`);
  process.exit(stopping ? 0 : (code ?? 1));
});

// Tell the user where things are once the worker answers.
const origin = `http://localhost:${PORT}`;
const deadline = Date.now() + 120_000;
for (;;) {
  if (stopping || child.exitCode !== null) break;
  try {
    const res = await fetch(`http://${HOST}:${PORT}/healthz`);
    if (res.ok) {
      console.log(`
────────────────────────────────────────────────────────────────
 Pandameter is running on ${origin}

   ${origin}/                       landing page
   ${origin}/demo                   demo support page (widget + scoreboard)
   ${origin}/scoreboard/demo        the demo scoreboard
   ${origin}/v1/boards/demo/score   the demo score (JSON)
   ${origin}/v1/openapi.json        the API (OpenAPI 3.1)

 Admin token: ADMIN_TOKEN in ${path.relative(process.cwd(), DEV_VARS) || '.dev.vars'} (git-ignored; not printed here).
 Admin CLI:   npm run admin -- boards list   (npm run admin -- --help)
 Stop with Ctrl-C.
────────────────────────────────────────────────────────────────
`);
      break;
    }
  } catch {
    // not up yet
  }
  if (Date.now() > deadline) {
    console.error(`npm start: wrangler dev did not answer on ${HOST}:${PORT} within 2 minutes; see its output above.`);
    break;
  }
  await new Promise((r) => setTimeout(r, 300));
}
