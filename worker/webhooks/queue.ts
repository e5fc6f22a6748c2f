/**
 * The event path after the answer's batch: the outbox rows go to the `WEBHOOKS` queue (right after
 * the answer, in the background, and every minute from the cron sweep), the queue consumer makes
 * one signed attempt per message and retries with backoff, and a delivery out of attempts goes to
 * the dead-letter queue, whose consumer marks it failed. D1 holds the truth about every delivery
 * (its attempts, its state), so a duplicate or lost queue message changes nothing that matters.
 */
import type { Context } from 'hono';
import { executionContext, type AppEnv } from '../lib/http';
import { post } from './deliver';
import { refusedSlackBody, refusedStandardBody, slackBody, standardBody, type RefusalFacts } from './payload';
import { MAX_ATTEMPTS, retryDelaySeconds } from './schedule';
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

/**
 * Hands pending outbox rows to the queue (with `overdue`, also deliveries whose queue message was
 * lost). Rows the queue refuses go back to pending, for the next try.
 */
export async function drainOutbox(env: Env, overdue = false): Promise<number> {
  let sent = 0;
  for (let round = 0; round < 10; round++) {
    const ids = await claimForQueue(env.DB, Date.now(), SEND_BATCH, overdue);
    if (ids.length === 0) break;
    try {
      await env.WEBHOOKS.sendBatch(ids.map((id) => ({ body: { id } satisfies DeliveryMessage })));
    } catch (e) {
      await unclaim(env.DB, ids);
      throw e;
    }
    sent += ids.length;
    if (ids.length < SEND_BATCH) break;
  }
  return sent;
}

/**
 * After an answer that made events: hand them to the queue once the response has gone. If that
 * fails, the rows stay in the outbox and the cron sweep sends them within a minute; the answer is
 * never slowed nor failed by it.
 */
export function deliverSoon(c: Context<AppEnv>): void {
  const ctx = executionContext(c);
  if (!ctx) return; // no ExecutionContext to run it in: the sweep will
  ctx.waitUntil(
    drainOutbox(c.env).catch((e: unknown) => {
      console.error('webhooks: the queue did not take the new events; the cron sweep will send them.', e);
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

async function attempt(msg: Message, env: Env): Promise<void> {
  const id = messageId(msg.body);
  if (id === null) return msg.ack();
  const now = Date.now();
  const claimed = await claimAttempt(env.DB, id, now);
  if (!claimed) {
    // Deleted webhook, erased answer, delivered or dead, or another attempt in flight: nothing to send.
    // Out of attempts but not yet dead means the move to the dead-letter queue failed last time.
    const row = await loadDelivery(env.DB, id);
    if (row && row.state === 'queued' && row.attempts >= MAX_ATTEMPTS && row.next_attempt_at === null) {
      await env.WEBHOOKS_DEAD.send({ id } satisfies DeliveryMessage);
    }
    return msg.ack();
  }
  const { delivery: d, webhook: w } = claimed;
  const body = d.event === 'answer.refused' ? refusedBody(d, w) : answerBody(d, w);
  const outcome = await post(w.url, await signedHeaders(w.secret, d.id, Math.floor(now / 1000), body), body);
  const last = d.attempts >= MAX_ATTEMPTS;
  const delay = retryDelaySeconds(d.attempts);
  const after = Date.now();
  await recordAttempt(env.DB, d.id, { ...outcome, nextAt: outcome.ok || last ? null : after + delay * 1000 }, after);
  if (outcome.ok) return msg.ack();
  if (last) {
    await env.WEBHOOKS_DEAD.send({ id: d.id } satisfies DeliveryMessage);
    return msg.ack();
  }
  msg.retry({ delaySeconds: delay });
}
