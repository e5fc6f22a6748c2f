/**
 * The event path after the answer's batch: an answer's few events are attempted right after it, in
 * its background work, their retries go to the `WEBHOOKS` queue; larger hand-overs and the cron
 * sweep's (every minute) go to the queue at once. The queue consumer makes one signed attempt per
 * message and retries with backoff, and a delivery out of attempts goes to
 * the dead-letter queue, whose consumer marks it failed. D1 holds the truth about every delivery
 * (its attempts, its state), so a duplicate or lost queue message changes nothing that matters.
 */
import type { Context } from 'hono';
import { executionContext, type AppEnv } from '../lib/http';
import { post } from './deliver';
import {
  isScoreEvent,
  refusedSlackBody,
  refusedStandardBody,
  scoreSlackBody,
  scoreStandardBody,
  slackBody,
  standardBody,
  type RefusalFacts,
  type ScoreEvent,
  type ScoreFacts,
} from './payload';
import { digestSlackBody, digestStandardBody, type DigestData } from './digest-body';
import { LEASE_MS, MAX_ATTEMPTS, retryDelaySeconds } from './schedule';
import { signedHeaders } from './signing';
import {
  claimAttempt,
  claimForQueue,
  loadDelivery,
  markDead,
  pruneLog,
  recordAttempt,
  snapshotOf,
  unclaim,
  type Claimed,
  type DeliveryRow,
} from './store';

/** The queue names of wrangler.toml (`batch.queue` tells the consumer which one it is reading). */
export const DELIVERY_QUEUE = 'pandameter-webhooks';
export const DEAD_LETTER_QUEUE = 'pandameter-webhooks-dlq';

/** A queue message names a delivery; everything else is read from D1 when it is attempted. */
export interface DeliveryMessage {
  id: string;
}

/** sendBatch takes at most 100 messages. */
const SEND_BATCH = 100;

/** Hands claimed rows to the queue; if it refuses them, they go back to pending, for the next try. */
async function sendToQueue(env: Env, ids: string[]): Promise<void> {
  try {
    await env.WEBHOOKS.sendBatch(ids.map((id) => ({ body: { id } satisfies DeliveryMessage })));
  } catch (e) {
    await unclaim(env.DB, ids);
    throw e;
  }
}

/**
 * Hands pending outbox rows to the queue (with `overdue`, also deliveries whose queue message was
 * lost). Rows the queue refuses go back to pending, for the next try.
 */
export async function drainOutbox(env: Env, overdue = false): Promise<number> {
  let sent = 0;
  for (let round = 0; round < 10; round++) {
    const ids = await claimForQueue(env.DB, Date.now(), SEND_BATCH, overdue);
    if (ids.length === 0) break;
    await sendToQueue(env, ids);
    sent += ids.length;
    if (ids.length < SEND_BATCH) break;
  }
  return sent;
}

/**
 * An answer's own events, this many at most, are attempted right away in the answer's background
 * work (`waitUntil`), not through the queue, whose consumer would first wait up to its batch window
 * (`max_batch_timeout`, 1 s) for others to join them. More events at once than this (many answers
 * whose events piled up, one answer fanned out to many webhooks) go to the queue, in batches.
 */
export const DIRECT_MAX = 4;

/**
 * After an answer that made events: attempt them once the response has gone — right away when they
 * are few, else through the queue. Whatever fails on the way (D1, the queue) leaves the rows in the
 * outbox or queued without an attempt, and the cron sweep sends them; the answer is never slowed
 * nor failed by it.
 */
export function deliverSoon(c: Context<AppEnv>): void {
  const ctx = executionContext(c);
  if (!ctx) return; // no ExecutionContext to run it in: the sweep will
  ctx.waitUntil(
    deliverNow(c.env).catch((e: unknown) => {
      console.error('webhooks: the queue did not take the new events; the cron sweep will send them.', e);
    }),
  );
}

async function deliverNow(env: Env): Promise<void> {
  const ids = await claimForQueue(env.DB, Date.now(), DIRECT_MAX + 1, false);
  if (ids.length > DIRECT_MAX) {
    await sendToQueue(env, ids);
    await drainOutbox(env);
    return;
  }
  await Promise.all(
    ids.map(async (id) => {
      try {
        const retry = await attemptDelivery(env, id);
        if (retry !== null) await env.WEBHOOKS.send({ id } satisfies DeliveryMessage, { delaySeconds: retry });
      } catch {
        // D1 failed around the attempt: the queue tries it instead, once a lease the attempt may hold
        // has run out (and if the queue fails too, the sweep does).
        await env.WEBHOOKS.send({ id } satisfies DeliveryMessage, { delaySeconds: Math.ceil(LEASE_MS / 1000) });
      }
    }),
  );
}

/** The Cron Trigger: the outbox's safety net, and the delivery log's pruning. */
export async function sweepWebhooks(env: Env): Promise<void> {
  await drainOutbox(env, true);
  await pruneLog(env.DB, Date.now());
}

const messageId = (body: unknown): string | null =>
  typeof body === 'object' && body !== null && typeof (body as DeliveryMessage).id === 'string'
    ? (body as DeliveryMessage).id
    : null;

/** The consumer of both queues (wrangler.toml). */
export async function handleWebhookBatch(batch: MessageBatch, env: Env): Promise<void> {
  if (batch.queue === DEAD_LETTER_QUEUE) {
    await markDead(
      env.DB,
      batch.messages.map((m) => messageId(m.body)).filter((id): id is string => id !== null),
    );
    batch.ackAll();
    return;
  }
  const results = await Promise.allSettled(batch.messages.map((m) => attempt(m, env)));
  // A message whose attempt could not even be recorded (D1 unreachable) was neither acked nor retried:
  // throwing hands it back to the queue, which tries again after the consumer's retry_delay.
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

function answerBody(d: DeliveryRow, w: Claimed['webhook']): string {
  const facts = {
    event: d.event,
    board: d.board_id,
    interaction: d.interaction,
    answer: snapshotOf(d),
    at: d.created_at,
  };
  return w.format === 'slack' ? slackBody(facts, w.board_name, w.site) : standardBody(facts);
}

/** An `answer.refused` delivery stores `{reason, origin, message}` (worker/db/refusals.ts). */
function refusedBody(d: DeliveryRow, w: Claimed['webhook']): string {
  const facts = { board: d.board_id, at: d.created_at, ...(JSON.parse(d.data) as Omit<RefusalFacts, 'board' | 'at'>) };
  return w.format === 'slack' ? refusedSlackBody(facts, w.board_name, w.site) : refusedStandardBody(facts);
}

/** A score event's delivery stores the score that crossed (worker/webhooks/targets.ts). */
function scoreBody(d: DeliveryRow & { event: ScoreEvent }, w: Claimed['webhook']): string {
  const facts: ScoreFacts = {
    event: d.event,
    board: d.board_id,
    at: d.created_at,
    ...(JSON.parse(d.data) as Omit<ScoreFacts, 'event' | 'board' | 'at'>),
  };
  return w.format === 'slack' ? scoreSlackBody(facts, w.board_name, w.site) : scoreStandardBody(facts);
}

function bodyOf(d: DeliveryRow, w: Claimed['webhook']): string {
  if (d.event === 'answer.refused') return refusedBody(d, w);
  if (isScoreEvent(d.event)) return scoreBody({ ...d, event: d.event }, w);
  if (d.event === 'digest.weekly') {
    const data = JSON.parse(d.data) as DigestData;
    return w.format === 'slack' ? digestSlackBody(data, w.board_name, w.site) : digestStandardBody(data, d.created_at);
  }
  return answerBody(d, w);
}

async function attempt(msg: Message, env: Env): Promise<void> {
  const id = messageId(msg.body);
  if (id === null) return msg.ack();
  const retry = await attemptDelivery(env, id);
  if (retry === null) return msg.ack();
  msg.retry({ delaySeconds: retry });
}

/**
 * One attempt of delivery `id`, recorded in D1, the way both paths make it (the queue's consumer,
 * and an answer's own background work): the seconds to wait before the next attempt, or null when
 * none follows (delivered, out of attempts and dead-lettered, or nothing to send).
 */
async function attemptDelivery(env: Env, id: string): Promise<number | null> {
  const now = Date.now();
  const claimed = await claimAttempt(env.DB, id, now);
  if (!claimed) {
    // Deleted webhook, erased answer, delivered or dead, or another attempt in flight: nothing to send.
    // Out of attempts but not yet dead means the move to the dead-letter queue failed last time.
    const row = await loadDelivery(env.DB, id);
    if (row && row.state === 'queued' && row.attempts >= MAX_ATTEMPTS && row.next_attempt_at === null) {
      await env.WEBHOOKS_DEAD.send({ id } satisfies DeliveryMessage);
    }
    return null;
  }
  const { delivery: d, webhook: w } = claimed;
  const body = bodyOf(d, w);
  const outcome = await post(w.url, await signedHeaders(w.secret, d.id, Math.floor(now / 1000), body), body);
  const last = d.attempts >= MAX_ATTEMPTS;
  const delay = retryDelaySeconds(d.attempts);
  const after = Date.now();
  await recordAttempt(env.DB, d.id, { ...outcome, nextAt: outcome.ok || last ? null : after + delay * 1000 }, after);
  if (outcome.ok) return null;
  if (last) {
    await env.WEBHOOKS_DEAD.send({ id: d.id } satisfies DeliveryMessage);
    return null;
  }
  return delay;
}
