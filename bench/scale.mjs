#!/usr/bin/env node
/**
 * Storage at scale: the same operations on a board of 1,000 answers and on one of 1,000,000, in one
 * run, on the real worker (`wrangler dev`, local D1). The answers go straight into the local SQLite
 * with every aggregate recomputed in SQL (scripts/recount.mjs, as the demo seed does); then each
 * operation runs a few times through the API. Rows read and written come from the worker's
 * Server-Timing header (for a CSV export, from the line it logs when it ends), times from the
 * client. The last column is the 1e6 board over the 1e3 board.
 *
 *   node bench/scale.mjs            # about 4 minutes on 2 cores; writes bench/results/scale.md
 *   node bench/scale.mjs --only=loop # just asks, follow-ups and reasons (issue 17): rewrites that
 *                                    # section of bench/results/scale.md and leaves the rest
 *   node bench/scale.mjs --only=team # just the team page's loads (issue 19), likewise
 *
 * Not part of `npm test`: it measures, it does not assert.
 */
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { recountScript } from '../scripts/recount.mjs';
import { startLocalWorker } from '../scripts/local-worker.mjs';
import { wrangler } from '../scripts/wrangler.mjs';
import { ADMIN, d1Cost, percentile, request, token } from './lib.mjs';
import { measureTeamPage } from './team-load.mjs';

const root = path.resolve(import.meta.dirname, '..');
const SECRET = 'pms_bench-secret-for-tokens-only-0123456789abc';
const DAY_MS = 86_400_000;
const SPAN_DAYS = 730;
const AGENTS = 80;
const started = Date.now();
const now = Date.now();
const today = Math.floor(now / DAY_MS);
const SIZES = [1_000, 1_000_000];
const boardId = (n) => `scale-${n}`;
/** `--only=loop` (asks, follow-ups and reasons) or `--only=team` (the team page): that section alone. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (ONLY && !['loop', 'team'].includes(ONLY)) throw new Error(`--only=loop or --only=team, not ${ONLY}`);

// ------------------------------------------------------------------ the boards, straight into SQLite

/** Answer i (1…n) of a board of n: spread evenly over two years up to a few minutes ago. */
const answeredAt = (n, i) => now - 5 * 60_000 - (n - i) * Math.floor((SPAN_DAYS * DAY_MS) / n);
const isNo = (i) => (i * 7919) % 10 === 0;
const agentOf = (i) => `agent-${(i * 31) % AGENTS}`;

function seedSql(n) {
  const id = boardId(n);
  const step = Math.floor((SPAN_DAYS * DAY_MS) / n);
  const t = `${now - 5 * 60_000} - (${n} - i) * ${step}`;
  // every answer was asked (the recount adds its ask), and half as many more were asked and never
  // answered; a "no" picks a reason or two, and starts open (the recount's follow-up)
  return `INSERT INTO boards (id, name, window_n, require_token, allowed_origins, secret, created_at, updated_at, as_of_day, reasons)
VALUES ('${id}', 'Scale ${n}', 100, 1, '[]', '${SECRET}', ${now - SPAN_DAYS * DAY_MS}, ${now}, ${today},
  '[{"id":"slow","label":"Too slow"},{"id":"wrong","label":"Wrong"},{"id":"rude","label":"Unfriendly"}]');
INSERT INTO responses (board_id, interaction, verdict, comment, agent, channel, locale, created_at, updated_at, answered_at, reasons)
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${n})
SELECT '${id}', 'T-' || i, CASE WHEN (i * 7919) % 10 = 0 THEN 'no' ELSE 'yes' END,
  CASE WHEN i % 5 = 0 THEN 'Answer number ' || i END, 'agent-' || ((i * 31) % ${AGENTS}),
  CASE i % 4 WHEN 0 THEN 'email' WHEN 1 THEN 'chat' WHEN 2 THEN 'phone' ELSE 'web' END, 'en',
  ${t}, ${t}, ${t},
  CASE WHEN (i * 7919) % 10 = 0 THEN CASE i % 3 WHEN 0 THEN '["slow"]' WHEN 1 THEN '["wrong","slow"]' ELSE '["rude"]' END END
FROM k;
INSERT INTO asks (board_id, interaction, asked_at, agent, channel, source)
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${n / 2})
SELECT '${id}', 'U-' || i, ${now - 5 * 60_000} - (${n / 2} - i) * ${step * 2}, 'agent-' || ((i * 31) % ${AGENTS}), 'email', 'token' FROM k;
${recountScript(id, today)}
`;
}

function seed(dir) {
  for (const n of SIZES) {
    const t0 = Date.now();
    const file = path.join(dir, `seed-${n}.sql`);
    writeFileSync(file, seedSql(n));
    wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', dir, '--file', file]);
    console.error(`seeded ${n.toLocaleString('en')} answers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

// ------------------------------------------------------------------ requests

const worker = await startLocalWorker({ vars: { ADMIN_TOKEN: ADMIN }, setup: seed, timeoutMs: 180_000 });

/** One request (as the admin unless `auth: false`): status, client time, and the D1 cost the worker reports. */
const req = (method, p, opts) => request(worker.base, method, p, { ...opts, check: true });

const max = (xs) => Math.max(...xs);

/** results[label][n] = { queries, read, written, p50, p95, runs, note } */
const results = new Map();
const order = [];
/** Rows are the largest of the runs, or their sum when `total` (views: what a burst of them costs). */
function record(label, n, runs, { note = '', total = false } = {}) {
  if (!results.has(label)) {
    results.set(label, {});
    order.push(label);
  }
  const rows = (f) => (total ? runs.reduce((t, r) => t + f(r), 0) : max(runs.map(f)));
  const ms = runs.map((r) => r.ms);
  results.get(label)[n] = {
    runs: runs.length,
    queries: rows((r) => r.queries),
    read: rows((r) => r.read),
    written: rows((r) => r.written),
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    note,
  };
}

const boards = SIZES.map((n) => ({ n, id: boardId(n) }));

/**
 * Runs `once(board, k)` `reps` times on each board, the boards taking turns, so that whatever else
 * loads the machine weighs on both alike (after one unmeasured warm-up each, when `warm`).
 */
async function measure(label, reps, once, { warm = true, only, ...opts } = {}) {
  const on = boards.filter((b) => !only || only(b.n));
  if (warm) for (const b of on) await once(b, -1);
  const runs = new Map(on.map((b) => [b.n, []]));
  for (let k = 0; k < reps; k++) for (const b of on) runs.get(b.n).push(await once(b, k));
  for (const b of on) record(label, b.n, runs.get(b.n), opts);
}

/** The cursor before which the oldest `limit` answers matching `keep` are listed. */
function oldestCursor(n, keep, limit) {
  let seen = 0;
  for (let i = 1; i <= n; i++) {
    if (!keep(i)) continue;
    if (++seen === limit + 1) return answeredAt(n, i);
  }
  return answeredAt(n, n) + 1; // fewer than `limit` match: the page from the newest is the oldest
}

/**
 * Streams a CSV export, timing each 100,000 lines. Its D1 cost: Server-Timing when it is one page
 * (read before the headers leave), else the line the worker logs when the export ends.
 */
async function csvExport(board) {
  const before = worker.output().length;
  const t0 = performance.now();
  const res = await fetch(`${worker.base}/v1/boards/${board}/responses`, {
    headers: { authorization: `Bearer ${ADMIN}`, accept: 'text/csv' },
  });
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let lines = -1; // the header
  let chunkStart = performance.now();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = dec.decode(value, { stream: true });
    for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) {
      if (++lines % 100_000 === 0 && lines > 0) {
        chunks.push(performance.now() - chunkStart);
        chunkStart = performance.now();
      }
    }
  }
  const ms = performance.now() - t0;
  let m = null;
  for (let tries = 0; !m && tries < 20; tries++) {
    m = /CSV export of [^:]+: \d+ answers, (d1;desc="[^"]*")/.exec(worker.output().slice(before));
    if (!m) await new Promise((r) => setTimeout(r, 100));
  }
  const [queries, read] = d1Cost(m ? m[1] : res.headers.get('server-timing')) ?? [];
  if (queries === undefined) throw new Error('the CSV export reported no D1 cost');
  return { ms, lines, queries, read, written: 0, chunks };
}

// ------------------------------------------------------------------ the operations

const answer = (b, interaction, body) =>
  req('POST', `/v1/boards/${b.id}/responses`, {
    body: { interaction, token: token(SECRET, b.id, interaction), ...body },
    auth: false,
  });
const get = (p, opts) => req('GET', p, opts);
console.error('measuring both boards');

const dayAgo = (d) => new Date((today - d) * DAY_MS).toISOString().slice(0, 10);

// asks, follow-ups and reasons (issue 17)
const loopLabels = [];
if (ONLY !== 'team') {
  const before = order.length;
  const asker = (b, k) =>
    req('POST', `/v1/boards/${b.id}/asks`, { body: { interaction: `Q-${k}`, agent: 'agent-3', channel: 'chat' } });
  await measure('ask: POST …/asks with a key (agent and channel)', 30, asker);
  await measure('ask: repeated', 30, asker, { warm: false });
  await measure('ask: the widget (no key, a token)', 30, (b, k) =>
    req('POST', `/v1/boards/${b.id}/asks`, {
      body: { interaction: `W-${k}`, token: token(SECRET, b.id, `W-${k}`) },
      auth: false,
    }),
  );
  /** The k-th newest "no" of board n (its follow-up is open until this bench changes it). */
  const nthNo = (n, k) => `T-${n - 10 * (k + 2)}`;
  await measure('follow-up: open → contacted (a "no" of the board)', 30, (b, k) =>
    req('PUT', `/v1/boards/${b.id}/responses/${nthNo(b.n, k)}/follow-up`, {
      body: { status: 'contacted', note: 'called', by: 'maria' },
    }),
  );
  await measure('responses: follow_up=open, oldest page of 50', 15, (b) =>
    req('GET', `/v1/boards/${b.id}/responses?follow_up=open&limit=50&cursor=${oldestCursor(b.n, isNo, 50)}`),
  );
  await measure('responses: follow_up=open, newest page of 50', 15, (b) =>
    req('GET', `/v1/boards/${b.id}/responses?follow_up=open&limit=50`),
  );
  await measure('stats: 30 days by day (asks and follow-ups included)', 40, (b) =>
    req('GET', `/v1/boards/${b.id}/stats`),
  );
  await measure('stats: 365 days by month (asks and follow-ups included)', 40, (b) =>
    req('GET', `/v1/boards/${b.id}/stats?from=${dayAgo(364)}&interval=month`),
  );
  await measure('stats: 365 days, group_by=reason', 40, (b) =>
    req('GET', `/v1/boards/${b.id}/stats?from=${dayAgo(364)}&group_by=reason`),
  );
  loopLabels.push(...order.slice(before));
}

// the team page (issue 19): each request of one load, and the whole load, signed in as the page is
const teamLabels = [];
if (ONLY !== 'loop') {
  const before = order.length;
  await measureTeamPage({
    boards,
    req,
    get,
    measure,
    record,
    range: { from: dayAgo(364), to: dayAgo(0), interval: 'week' },
  });
  teamLabels.push(...order.slice(before));
}
/** The CSV export's time per 100,000 lines, by board size (a full run only). */
const csvChunks = {};
if (!ONLY) {
  // views: cached for their few seconds; the first view after a write reads the board again
  const view = { total: true, note: 'rows: all 100 views together' };
  await measure('score: 100 views (cached)', 100, (b) => get(`/v1/boards/${b.id}/score`, { auth: false }), view);
  await measure('badge: 100 views (cached)', 100, (b) => get(`/v1/boards/${b.id}/badge.svg`, { auth: false }), view);
  await measure(
    'scoreboard page: 100 views (cached)',
    100,
    (b) => get(`/scoreboard/${b.id}?lang=en`, { auth: false }),
    view,
  );
  await measure('score: the first view after an answer', 20, async (b, k) => {
    await answer(b, `V-${k}`, { verdict: k % 3 ? 'yes' : 'no' });
    return get(`/v1/boards/${b.id}/score`, { auth: false });
  });

  // answers
  const first = { verdict: 'yes', agent: 'maria', channel: 'chat' };
  await measure('answer: first', 30, (b, k) => answer(b, `N-${k}`, first));
  await measure('answer: repeated', 30, (b, k) => answer(b, `N-${k}`, first), { warm: false });
  await measure('answer: comment added', 30, (b, k) => answer(b, `N-${k}`, { verdict: 'yes', comment: 'Thanks!' }), {
    warm: false,
  });
  await measure('answer: changed verdict', 30, (b, k) => answer(b, `N-${k}`, { verdict: 'no' }), { warm: false });
  await measure('erase one answer', 30, (b, k) => req('DELETE', `/v1/boards/${b.id}/responses/N-${k}`), {
    warm: false,
  });

  // lists: keyset pages at any depth, sized so that the small board fills them too
  const page = (q) => (b) => get(`/v1/boards/${b.id}/responses?${q(b)}`);
  const cursor = (keep, limit) => (b) => `limit=${limit}&cursor=${oldestCursor(b.n, keep, limit)}`;
  const day = (d) => new Date((today - d) * DAY_MS).toISOString().slice(0, 10);
  await measure(
    'responses: newest page of 500',
    15,
    page(() => 'limit=500'),
  );
  await measure('responses: oldest page of 500', 15, page(cursor(() => true, 500)));
  await measure(
    'responses: verdict=no, oldest page of 50',
    15,
    page((b) => `verdict=no&${cursor(isNo, 50)(b)}`),
  );
  await measure(
    'responses: agent=agent-7, oldest page of 10',
    15,
    page((b) => `agent=agent-7&${cursor((i) => agentOf(i) === 'agent-7', 10)(b)}`),
  );
  await measure(
    'responses: channel=phone, oldest page of 200',
    15,
    page((b) => `channel=phone&${cursor((i) => i % 4 === 2, 200)(b)}`),
  );
  // two and three filters at once: each set has an index of its own (migration 0008), so a page reads
  // `limit` rows also when the filters together match little or nothing (agent-8 answers only by e-mail,
  // agent-7 never)
  await measure(
    'responses: agent=agent-8&channel=email, newest page of 50',
    15,
    page(() => 'limit=50&agent=agent-8&channel=email'),
  );
  await measure(
    'responses: agent=agent-7&channel=email (matches nothing)',
    15,
    page(() => 'limit=50&agent=agent-7&channel=email'),
  );
  await measure(
    'responses: verdict=no&agent=agent-8&channel=email, limit 500',
    15,
    page(() => 'limit=500&verdict=no&agent=agent-8&channel=email'),
  );
  await measure(
    'responses: verdict=no&agent=agent-7, oldest page of 50',
    15,
    page((b) => `verdict=no&agent=agent-7&${cursor((i) => isNo(i) && agentOf(i) === 'agent-7', 50)(b)}`),
  );
  await measure(
    'responses: verdict=no&channel=phone, 40 days a year ago, 50',
    15,
    page(() => `limit=50&verdict=no&channel=phone&from=${day(400)}&to=${day(360)}`),
  );
  await measure(
    'responses: 40 days a year ago, 50',
    15,
    page(() => `limit=50&from=${day(400)}&to=${day(360)}`),
  );

  // stats
  const stats = (q) => (b) => get(`/v1/boards/${b.id}/stats?${q}`);
  await measure('stats: 30 days by day', 40, stats(''));
  await measure('stats: 365 days by week', 40, stats(`from=${day(364)}&interval=week`));
  await measure('stats: 365 days by month', 40, stats(`from=${day(364)}&interval=month`));
  await measure('stats: 365 days, group_by=agent', 40, stats(`from=${day(364)}&group_by=agent`));

  // the window: only the answers that enter or leave are read
  const patch = (b, window) => req('PATCH', `/v1/boards/${b.id}`, { body: { window } });
  await measure('window: {responses: 100} → {responses: 1000}', 12, async (b) => {
    const r = await patch(b, { responses: 1000 });
    await patch(b, { responses: 100 });
    return r;
  });
  await measure('window: {responses: 1000} → {responses: 100}', 12, async (b) => {
    await patch(b, { responses: 1000 });
    return patch(b, { responses: 100 });
  });
  await measure('window: {responses: 100} → {days: 365}', 12, async (b) => {
    const r = await patch(b, { days: 365 });
    await patch(b, { responses: 100 });
    return r;
  });
  await measure(
    'window: {responses: 100} → {responses: 10000} (only the large board has that many)',
    4,
    async (b) => {
      const r = await patch(b, { responses: 10_000 });
      await patch(b, { responses: 100 });
      return r;
    },
    { only: (n) => n >= 10_000 },
  );

  // the export of everything: once on the large board, a few times on the small

  for (const b of boards) {
    const runs = [];
    for (let k = 0; k < (b.n > 100_000 ? 1 : 5); k++) runs.push(await csvExport(b.id));
    record('CSV export of everything', b.n, runs);
    if (runs.at(-1).chunks.length >= 2) csvChunks[b.n] = runs.at(-1).chunks;
  }

  // delete: the request, then the Workflow's purge (the id is free again when it is done)
  for (const b of boards) {
    record('delete the board: the request', b.n, [await req('DELETE', `/v1/boards/${b.id}`)]);
    const t0 = performance.now();
    for (;;) {
      const res = await fetch(`${worker.base}/v1/boards`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: b.id, name: 'again' }),
      });
      if (res.status === 201) break;
      if (res.status !== 409) throw new Error(`purge poll: ${res.status}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const done = { ms: performance.now() - t0, queries: 0, read: 0, written: 0 };
    record('delete the board: purge done (Workflow)', b.n, [done], { note: 'until the id is free again' });
  }
}

// wrangler's own output, for a look when a number surprises
writeFileSync(path.join(tmpdir(), 'pandameter-scale-wrangler.log'), worker.output());
await worker.stop();

// ------------------------------------------------------------------ the table

const [small, large] = SIZES;
const fmt = (x) => (x === undefined ? '' : Number.isInteger(x) ? x.toLocaleString('en') : x.toFixed(1));
const ratio = (a, b) => (a && b ? `${(b / a).toFixed(2)}×` : a === 0 && b === 0 ? '=' : '');
const header = [
  `| operation | rows read 1e3 | rows read 1e6 | rows written 1e3 | rows written 1e6 | D1 queries | p50 ms 1e3 | p95 ms 1e3 | p50 ms 1e6 | p95 ms 1e6 | p50 1e6/1e3 |`,
  '|---|---|---|---|---|---|---|---|---|---|---|',
];
const lines = [...header];
const loopLines = [...header];
const teamLines = [...header];
for (const label of order) {
  const a = results.get(label)[small] ?? {};
  const b = results.get(label)[large] ?? {};
  const note = b.note || a.note;
  (loopLabels.includes(label) ? loopLines : teamLabels.includes(label) ? teamLines : lines).push(
    `| ${label}${note ? ` (${note})` : ''} | ${fmt(a.read)} | ${fmt(b.read)} | ${fmt(a.written)} | ${fmt(b.written)} | ${fmt(b.queries ?? a.queries)} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${fmt(b.p50)} | ${fmt(b.p95)} | ${ratio(a.p50, b.p50)} |`,
  );
}
const measuredOn = (only) =>
  `Measured${ONLY === only ? ` alone (\`node bench/scale.mjs --only=${only}\`)` : ''} on ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} CPU.`;
const loopSection = `## Asks, follow-ups and reasons

${measuredOn('loop')} On the same boards, every answer
also asked, half as many more asked and never answered, reasons on the "no"s, every "no" open to begin with.

${loopLines.join('\n')}
`;
const teamSection = `## The team page

${measuredOn('team')} What one load of the page (bench/team-load.mjs: one request per panel, all sent
at once) reads on the same boards, signed in with a session as the page is: 365 days by week, whole and
filtered to one agent or one channel.

${teamLines.join('\n')}
`;
const resultFile = path.join(root, 'bench/results/scale.md');
if (ONLY) {
  // rewrite that section of the results and keep the rest
  let previous = '';
  try {
    previous = readFileSync(resultFile, 'utf8');
  } catch {
    // no results yet: the section is the file
  }
  const section = ONLY === 'loop' ? loopSection : teamSection;
  const heading = section.slice(0, section.indexOf('\n'));
  const at = previous.indexOf(heading);
  const next = at === -1 ? -1 : previous.indexOf('\n## ', at + heading.length);
  const kept =
    at === -1
      ? `${previous.trimEnd()}\n\n${section}`
      : `${previous.slice(0, at)}${section}${next === -1 ? '' : `\n${previous.slice(next + 1)}`}`;
  writeFileSync(resultFile, kept);
  console.log(section);
  process.exit(0);
}
const chunks = csvChunks[large];
const chunkLine = chunks
  ? `CSV export of ${large.toLocaleString('en')}: each 100,000 lines took ${chunks.map((c) => (c / 1000).toFixed(2)).join(', ')} s; the last over the first: ${(chunks.at(-1) / chunks[0]).toFixed(2)}×.`
  : '';
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const out = `# Storage at scale: a board of 1,000 answers and one of 1,000,000

Measured with \`node bench/scale.mjs\` (also run by \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: wrangler dev, local D1,
${availableParallelism()} CPU (${cpus()[0]?.model ?? 'unknown'}), the whole run in ${minutes} minutes. Both boards: answers spread
evenly over ${SPAN_DAYS} days, ${AGENTS} agents, 4 channels, 10% "no", a window of the last 100 answers; seeded straight
into the local SQLite with every aggregate recounted in SQL (scripts/recount.mjs). Rows are the worker's own
D1 meter (Server-Timing; for a CSV export of more than one page, the line it logs when it ends), the largest of the runs (for
views, the sum over all of them); times are the client's, through wrangler dev, over the runs (warm-up
excluded), the two boards taking turns so that other load on the machine weighs on both alike.

${lines.join('\n')}

${chunkLine}
${loopSection}
${teamSection}`;
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/scale.md'), out);
console.log(out);
process.exit(0);
