#!/usr/bin/env node
/**
 * Webhook delivery, measured locally: the real worker (`wrangler dev`: local D1, local queues and
 * their consumer, wrangler.toml's batch settings) and a receiver on 127.0.0.1.
 *
 *  1. latency: answers sent one at a time; from the answer's POST to the signed request arriving at
 *     the receiver (and from the API's 201 to it);
 *  2. a burst: answers sent at once; until the receiver has all of their events;
 *  3. the answer itself, without a webhook, with one whose receiver answers, and with one whose
 *     receiver never answers (a receiver that is down must not slow the answer);
 *  4. D1 cost of an answer (Server-Timing) without and with a webhook.
 *
 *   node bench/webhook-latency.mjs      # prints Markdown, writes bench/results/webhook-latency.md
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startLocalWorker } from '../scripts/local-worker.mjs';
import { startReceiver, verifyWebhook } from '../scripts/webhook-receiver.mjs';
import { ADMIN, d1Cost, percentile, request, token } from './lib.mjs';

const SEQUENTIAL = 40;
const BURST = 50;
const ANSWERS_PER_CASE = 60;

const root = path.resolve(import.meta.dirname, '..');
const worker = await startLocalWorker({ vars: { ADMIN_TOKEN: ADMIN } });
const base = worker.base;
const cleanups = [worker.stop];

/** An admin request that must succeed; its JSON body. */
const admin = async (method, p, body) => (await request(base, method, p, { body, check: true })).body;

async function board(id) {
  const { secret } = await admin('POST', '/v1/boards', { id, name: `Bench ${id}` });
  return secret;
}

/** Sends a "no"; resolves with the time it was sent, when the API answered, and the D1 cost. */
async function answerNo(id, secret, interaction) {
  const sent = performance.now();
  const res = await fetch(`${base}/v1/boards/${id}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ interaction, verdict: 'no', token: token(secret, id, interaction) }),
  });
  await res.text();
  if (res.status !== 201) throw new Error(`answer ${interaction}: ${res.status}`);
  return { sent, acked: performance.now(), cost: d1Cost(res.headers.get('server-timing')) };
}

const ms = (x) => `${Math.round(x)} ms`;

// A receiver that checks every signature (the README's recipe) and notes when each event arrived.
const arrivals = new Map(); // interaction → ms
const hookSecrets = new Map(); // board → its webhook's secret
let badSignatures = 0;
const receiver = await startReceiver({
  port: 0,
  onEvent: (e) => {
    try {
      const payload = verifyWebhook(hookSecrets.get(JSON.parse(e.body).data.board), e.headers, e.body);
      arrivals.set(payload.data.interaction, performance.now());
    } catch {
      badSignatures++;
    }
  },
});
const addWebhook = async (id, url) =>
  hookSecrets.set(id, (await admin('POST', `/v1/boards/${id}/webhooks`, { url })).secret);
cleanups.push(receiver.close);

async function waitFor(interactions, timeoutMs = 60_000) {
  const deadline = performance.now() + timeoutMs;
  while (!interactions.every((i) => arrivals.has(i))) {
    if (performance.now() > deadline) throw new Error('events did not all arrive');
    await new Promise((r) => setTimeout(r, 5));
  }
}

// 1. latency, one answer at a time
const lat = 'lat-board';
const latSecret = await board(lat);
await addWebhook(lat, receiver.url);
const fromPost = [];
const fromAck = [];
for (let i = 0; i < SEQUENTIAL; i++) {
  const interaction = `L-${i}`;
  const { sent, acked } = await answerNo(lat, latSecret, interaction);
  await waitFor([interaction]);
  fromPost.push(arrivals.get(interaction) - sent);
  fromAck.push(arrivals.get(interaction) - acked);
}

// 2. a burst
const burstIds = Array.from({ length: BURST }, (_, i) => `B-${i}`);
const burstStart = performance.now();
await Promise.all(burstIds.map((i) => answerNo(lat, latSecret, i)));
const burstAcked = performance.now();
await waitFor(burstIds);
const burstAll = performance.now() - burstStart;

// 3. the answer's own latency: no webhook, a receiver that answers, a receiver that never answers
const silent = createServer(() => {
  // holds every request open: the worker gives up after its 10 s timeout
});
await new Promise((r) => silent.listen(0, '127.0.0.1', r));
cleanups.push(() => {
  silent.closeAllConnections();
  return new Promise((r) => silent.close(r));
});
const cases = [
  ['no webhook', null],
  ['webhook, receiver answers', receiver.url],
  ['webhook, receiver never answers', `http://127.0.0.1:${silent.address().port}/`],
];
const boards = [];
for (const [label, url] of cases) {
  const id = `ans-${boards.length}`;
  const secret = await board(id);
  if (url) await addWebhook(id, url);
  boards.push({ label, id, secret, times: [], cost: null });
}
// round robin, so that whatever else the machine is doing weighs on every case alike
for (let i = 0; i < ANSWERS_PER_CASE; i++) {
  for (const b of boards) {
    const { sent, acked, cost } = await answerNo(b.id, b.secret, `A-${i}`);
    b.times.push(acked - sent);
    b.cost = cost;
  }
}
const answerRows = boards.map((b) => {
  const steady = b.times.slice(5); // the first few warm the isolate up
  return `| ${b.label} | ${ms(percentile(steady, 50))} | ${ms(percentile(steady, 95))} |`;
});
const costs = Object.fromEntries(boards.map((b) => [b.label, b.cost]));

const date = new Date().toISOString().slice(0, 10);
const md = `# Webhook delivery latency (local)

Measured with \`node bench/webhook-latency.mjs\` on ${date}: \`wrangler dev\` (local D1, local Queues with
wrangler.toml's consumer settings: \`max_batch_size = 10\`, \`max_batch_timeout = 1\` s) and a receiver on
127.0.0.1 that verifies every signature (\`scripts/webhook-receiver.mjs\`). ${os.cpus().length} CPU cores
(shared with other work), Node ${process.version}. Milliseconds vary from run to run; the shape does not.

## From a "No" to the receiver

${SEQUENTIAL} answers, one at a time (each waits for its event):

| measured | p50 | p95 | max |
|---|---|---|---|
| answer POST sent → signed request at the receiver | ${ms(percentile(fromPost, 50))} | ${ms(percentile(fromPost, 95))} | ${ms(Math.max(...fromPost))} |
| API answered 201 → signed request at the receiver | ${ms(percentile(fromAck, 50))} | ${ms(percentile(fromAck, 95))} | ${ms(Math.max(...fromAck))} |

A lone answer's events (at most 4 claimed at once) are attempted in the answer's own \`waitUntil\`, right
after its response (a D1 claim, the signed POST, a D1 record): they do not wait for the queue's batch window
(\`max_batch_timeout\`, 1 s). Under \`wrangler dev\` the event can reach the receiver a few milliseconds before
the client has read the whole 201, hence "201 → receiver" at or below zero.

A burst of ${BURST} answers sent at once: all ${BURST} acknowledged after ${ms(burstAcked - burstStart)}, all ${BURST}
events at the receiver after ${ms(burstAll)} (each answer's own events attempted after its response; a hand-over
of more than 4 events at once goes to the queue, in batches of 10).

Signatures that did not verify: ${badSignatures}.

## The answer itself

${ANSWERS_PER_CASE} answers on each board, taken in turns (the first 5 of each left out as warm-up), POST
sent → 201 received:

| board | p50 | p95 |
|---|---|---|
${answerRows.join('\n')}

The answer writes its events to D1 in its own batch and sends them after the response (\`waitUntil\`); no
receiver is contacted on the answer's path, so a receiver that never answers costs the answer no more than
one that does. What a webhook does add is work beside the answer: the claim (one D1 update) and each attempt
(two D1 statements and the POST) share the one local D1 and the machine's cores with the answers that
follow, which is the gap to the board without a webhook.

D1 cost of a first answer (Server-Timing: queries, rows read, rows written):

| board | queries | rows read | rows written |
|---|---|---|---|
${Object.entries(costs)
  .map(([label, c]) => `| ${label} | ${c?.[0]} | ${c?.[1]} | ${c?.[2]} |`)
  .join('\n')}

The outbox statement is one query in the answer's batch; on a board without webhooks it writes nothing.
With a webhook it writes the delivery row and its three index entries.
`;

console.log(md);
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/webhook-latency.md'), md);
for (const c of cleanups.reverse()) await c();
