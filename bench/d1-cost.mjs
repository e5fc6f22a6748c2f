#!/usr/bin/env node
/**
 * D1 cost per operation: starts the real worker (`wrangler dev`, fresh local D1), runs each API
 * operation and reads the rows it read and wrote from the Server-Timing header the worker sets.
 * Rows, not milliseconds: D1 bills rows, and row counts are exact and repeatable.
 *
 *   node bench/d1-cost.mjs            # prints a Markdown table, writes bench/results/d1-cost.md
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalWorker } from '../scripts/local-worker.mjs';
import { ADMIN, request, token } from './lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const worker = await startLocalWorker({ vars: { ADMIN_TOKEN: ADMIN } });
const base = worker.base;

const req = (method, p, body, auth = true) => request(base, method, p, { body, auth });

const rows = [];
const measure = async (label, method, p, body, auth) => {
  const r = await req(method, p, body, auth);
  if (r.status >= 400) throw new Error(`${label}: ${r.status} ${JSON.stringify(r.body)}`);
  rows.push({ label, status: r.status, queries: r.queries, read: r.read, written: r.written });
  return r;
};

for (const history of [10, 2000]) {
  const id = `bench-${history}`;
  const { body } = await req('POST', '/v1/boards', { id, name: `Bench ${history}`, window: { responses: 100 } });
  const secret = body.secret;
  // history: answers through the API, 20 at a time
  for (let i = 0; i < history; i += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, history - i) }, (_, k) => {
        const interaction = `H-${i + k}`;
        return req(
          'POST',
          `/v1/boards/${id}/responses`,
          {
            interaction,
            verdict: (i + k) % 7 ? 'yes' : 'no',
            agent: `agent-${(i + k) % 5}`,
            channel: (i + k) % 2 ? 'email' : 'chat',
            token: token(secret, id, interaction),
          },
          false,
        );
      }),
    );
  }
  const suffix = ` (board with ${history} answers)`;
  const post = (interaction, extra) =>
    measure(
      extra.label + suffix,
      'POST',
      `/v1/boards/${id}/responses`,
      { interaction, token: token(secret, id, interaction), ...extra.body },
      false,
    );
  await post('N-1', { label: 'answer: first', body: { verdict: 'yes', agent: 'maria', channel: 'email' } });
  await post('N-1', { label: 'answer: repeated', body: { verdict: 'yes', agent: 'maria', channel: 'email' } });
  await post('N-1', { label: 'answer: comment added', body: { verdict: 'yes', comment: 'Thanks!' } });
  await post('N-1', { label: 'answer: changed verdict', body: { verdict: 'no' } });
  await measure(`score${suffix}`, 'GET', `/v1/boards/${id}/score`, undefined, false);
  await measure(`stats, 30 days by day${suffix}`, 'GET', `/v1/boards/${id}/stats`);
  await measure(`stats, 30 days, group_by=agent${suffix}`, 'GET', `/v1/boards/${id}/stats?group_by=agent`);
  await measure(`responses, 50 newest${suffix}`, 'GET', `/v1/boards/${id}/responses?limit=50`);
  await measure(`responses, 50 of agent-3${suffix}`, 'GET', `/v1/boards/${id}/responses?limit=50&agent=agent-3`);
  await measure(`erase one answer${suffix}`, 'DELETE', `/v1/boards/${id}/responses/N-1`);
  await measure(`window {responses: 100} → {responses: 500}${suffix}`, 'PATCH', `/v1/boards/${id}`, {
    window: { responses: 500 },
  });
  await measure(`delete the board (its answers go in the background)${suffix}`, 'DELETE', `/v1/boards/${id}`);
}

await worker.stop();

const table = [
  '| operation | status | D1 queries | rows read | rows written |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.label} | ${r.status} | ${r.queries} | ${r.read} | ${r.written} |`),
].join('\n');
const out = `# D1 rows per operation\n\nMeasured with \`node bench/d1-cost.mjs\` on ${new Date().toISOString().slice(0, 10)} (wrangler dev, local D1; the worker's Server-Timing header). Rows written include index entries, as D1 counts them.\n\n${table}\n`;
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/d1-cost.md'), out);
console.log(out);
process.exit(0);
