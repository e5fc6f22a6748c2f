/**
 * The long fuzz run, outside `npm test`: `npm run fuzz` (FUZZ_REQUESTS, default 12,000; FUZZ_SEED).
 *
 * The real worker under `wrangler dev` with a fresh local D1, sent one request at a time over HTTP:
 * half random requests anywhere, half hostile text on every route that takes text
 * (test/fuzz/cases.ts, the same cases the workerd property tests draw from). Stored data is read
 * from wrangler's own SQLite file, read-only: SQLite's `data_version` tells whether anything was
 * committed while a request ran, and when it was, the tables are compared row for row.
 * Writes bench/results/fuzz.md with the counts, then fails if any request broke a promise.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalWorker } from '../../scripts/local-worker.mjs';
import { mintToken } from '../../worker/lib/tokens';
import {
  randomRequest,
  runCase,
  textCase,
  type Expect,
  type FuzzContext,
  type FuzzRequest,
  type Harness,
} from './cases';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ADMIN = 'fuzz-admin-token-0123456789abcdef';
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 12_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const TABLES = ['boards', 'responses', 'counts', 'api_keys', 'asks', 'tallies'];

let worker: Awaited<ReturnType<typeof startLocalWorker>>;
let db: DatabaseSync;

beforeAll(async () => {
  worker = await startLocalWorker({ vars: { ADMIN_TOKEN: ADMIN } });
  const dir = path.join(worker.persistTo, 'v3/d1/miniflare-D1DatabaseObject');
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  if (!file) throw new Error(`no D1 file in ${dir}`);
  db = new DatabaseSync(path.join(dir, file), { readOnly: true });
}, 120_000);

afterAll(async () => {
  db?.close();
  await worker?.stop();
});

/** A read-only view of the worker's D1, and a snapshot that costs one PRAGMA while nothing changes. */
function sqliteHarness(): Harness {
  let version = -1;
  let dump = '';
  const dataVersion = () => (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
  return {
    send: (r) =>
      fetch(worker.base + r.path, { method: r.method, headers: r.headers, body: r.body, redirect: 'manual' }),
    query: async (sql, ...params) => db.prepare(sql).all(...params) as Record<string, unknown>[],
    async snapshot() {
      const v = dataVersion();
      if (v !== version) {
        dump = JSON.stringify(TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
        version = v;
      }
      return dump;
    },
  };
}

async function adminJson(method: string, p: string, body: unknown) {
  const res = await fetch(worker.base + p, {
    method,
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

it(`${REQUESTS} requests against wrangler dev: no 5xx, no refused request changes data`, async () => {
  const h = sqliteHarness();
  const { secret } = (await adminJson('POST', '/v1/boards', { id: 'fuzz', name: 'Fuzz' })) as { secret: string };
  const token = (board: string, interaction: string) =>
    mintToken(secret, board, interaction, Math.floor(Date.now() / 1000) + 3600);
  let n = 0;
  const ctx: FuzzContext = {
    board: 'fuzz',
    admin: ADMIN,
    token,
    unique: () => `u${(n++).toString(36)}`,
    // nothing listens there: under wrangler dev a refused delivery is only a line in its own log
    webhookBase: 'http://127.0.0.1:9/',
  };
  const random = randomRequest('fuzz', await token('fuzz', 'T-1'), ADMIN);

  const byLabel = new Map<
    string,
    { requests: number; refused: number; accepted: number; field: number; exact: number }
  >();
  const totals = { requests: 0, over499: 0, refused: 0, refusedUnchanged: 0, violations: 0 };
  const violations: string[] = [];
  const started = Date.now();

  const half = Math.ceil(REQUESTS / 2);
  const randoms = fc.sample(random, { numRuns: half, seed: SEED });
  const texts = fc.sample(textCase, { numRuns: REQUESTS - half, seed: SEED + 1 });
  for (let i = 0; i < REQUESTS; i++) {
    // interleaved, so text cases meet the state random requests left behind and vice versa
    const text = i % 2 === 1 ? texts[(i - 1) / 2]! : undefined;
    const label = text ? text.label : 'random request';
    const { req, expect: wanted }: { req: FuzzRequest; expect: Expect } = text
      ? await text.build(ctx)
      : { req: randoms[i / 2]!, expect: { kind: 'any' } };
    const out = await runCase(h, label, req, wanted);
    const row = byLabel.get(label) ?? { requests: 0, refused: 0, accepted: 0, field: 0, exact: 0 };
    row.requests += 1;
    if (out.refused) row.refused += 1;
    if (out.status < 300) row.accepted += 1;
    if (out.violations.length === 0 && wanted.kind === 'refuse400') row.field += 1;
    if (out.violations.length === 0 && wanted.kind === 'accept') row.exact += 1;
    byLabel.set(label, row);
    totals.requests += 1;
    if (out.status >= 500) totals.over499 += 1;
    if (out.refused) totals.refused += 1;
    if (out.refused && !out.violations.some((v) => v.includes('changed stored data') || v.includes('rows written')))
      totals.refusedUnchanged += 1;
    if (out.violations.length > 0) {
      totals.violations += 1;
      violations.push(...out.violations);
    }
  }
  const dataChanges = violations.filter((v) => v.includes('changed stored data') || v.includes('rows written')).length;
  const seconds = Math.round((Date.now() - started) / 1000);
  const [stored] = db
    .prepare('SELECT (SELECT count(*) FROM boards) AS boards, (SELECT count(*) FROM responses) AS answers')
    .all() as {
    boards: number;
    answers: number;
  }[];

  const table = [...byLabel]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([l, r]) => `| ${l} | ${r.requests} | ${r.accepted} | ${r.refused} | ${r.field} | ${r.exact} |`);
  const report = `# Fuzz run against the real worker

Measured with \`npm run fuzz\` (FUZZ_REQUESTS=${REQUESTS}, FUZZ_SEED=${SEED}) on ${new Date().toISOString().slice(0, 10)}:
\`wrangler dev\` with a fresh local D1, requests sent one at a time over HTTP (test/fuzz/run.test.ts, cases in
test/fuzz/cases.ts). Stored data is read from wrangler's SQLite file before and after each request.

| result | count |
|---|---|
| requests | ${totals.requests} |
| responses ≥ 500 | ${totals.over499} |
| refused (4xx) | ${totals.refused} |
| refused with stored data checked unchanged (and 0 D1 rows written) | ${totals.refusedUnchanged} |
| data changes from refused or read-only requests | ${dataChanges} |
| requests that broke any promise | ${totals.violations} |
| stored at the end | ${stored?.boards} boards, ${stored?.answers} answers |
| time | ${seconds} s |

Per kind of request: "400 + field" counts hostile strings refused with 400 invalid_body naming the field
(or the rating page's 400), "exact" counts fine strings stored byte for byte as sent.

| request | sent | 2xx/3xx | 4xx | 400 + field | exact |
|---|---|---|---|---|---|
${table.join('\n')}
${
  violations.length
    ? `\n## Violations (first 20)\n\n${violations
        .slice(0, 20)
        .map((v) => `- ${v}`)
        .join('\n')}\n`
    : ''
}`;
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/fuzz.md'), report);

  expect(totals.requests).toBeGreaterThanOrEqual(REQUESTS);
  expect(violations.slice(0, 20)).toEqual([]);
  expect(totals.over499).toBe(0);
}, 3_600_000);
