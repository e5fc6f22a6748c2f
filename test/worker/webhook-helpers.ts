/**
 * Helpers for the webhook tests: the receiver (test/worker/receiver.ts), the admin API of webhooks,
 * answers sent with an ExecutionContext (so the worker hands their events to the real queue, as in
 * production), and the queue consumer run on given messages, as the queue would run it.
 */
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { inject, vi } from 'vitest';
import worker from '../../worker/index';
import { DELIVERY_QUEUE } from '../../worker/webhooks/queue';
import { ADMIN, BASE, call, json, mint } from './helpers';
import type { Received } from './receiver';

export const receiverUrl = () => inject('receiverUrl');

/** A receiver path of its own; `script` is its answers in order, e.g. "500,200" (see receiver.ts). */
export const hookUrl = (name: string, script?: string) =>
  `${receiverUrl()}/hook/${name}${script ? `?script=${script}` : ''}`;

/** What the receiver got on /hook/<name>. */
export async function received(name: string): Promise<Received[]> {
  return (await fetch(`${receiverUrl()}/log/${name}`)).json();
}

/** Waits until the receiver has `n` requests on /hook/<name>, and returns them. */
export async function receivedAtLeast(name: string, n: number, timeout = 20_000): Promise<Received[]> {
  return vi.waitUntil(
    async () => {
      const got = await received(name);
      return got.length >= n ? got : false;
    },
    { timeout, interval: 100 },
  );
}

/**
 * Verifies a received request as a receiver would, with the reference implementation of Standard
 * Webhooks (in the receiver, test/worker/receiver.ts); returns the payload, or throws its error.
 */
export async function verified(secret: string, r: Received): Promise<any> {
  const res = await fetch(`${receiverUrl()}/verify`, {
    method: 'POST',
    body: JSON.stringify({ secret, headers: r.headers, body: r.body }),
  });
  const result = await res.json<{ payload?: unknown; error?: string }>();
  if (result.error !== undefined) throw new Error(result.error);
  return result.payload;
}

export interface CreatedWebhook {
  id: string;
  secret: string;
  url: string;
  events: string[];
  format: string;
}

export async function createWebhook(board: string, body: Record<string, unknown>): Promise<CreatedWebhook> {
  const res = await call(`/v1/boards/${board}/webhooks`, { method: 'POST', auth: ADMIN, body });
  if (res.status !== 201) throw new Error(`createWebhook: ${res.status} ${await res.text()}`);
  return json(res);
}

export interface DeliveryView {
  id: string;
  event: string;
  interaction: string;
  status: 'pending' | 'queued' | 'retrying' | 'delivered' | 'failed';
  attempts: number;
  http_status: number | null;
  duration_ms: number | null;
  error: string | null;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  attempt_log: { attempt: number; at: string; http_status: number | null; error: string | null; duration_ms: number }[];
}

/** A webhook's deliveries as the admin API shows them, oldest first (the API lists newest first). */
export async function deliveries(board: string, webhook: string): Promise<DeliveryView[]> {
  const res = await call(`/v1/boards/${board}/webhooks/${webhook}/deliveries?limit=100`, { auth: ADMIN });
  if (res.status !== 200) throw new Error(`deliveries: ${res.status} ${await res.text()}`);
  return (await json<{ deliveries: DeliveryView[] }>(res)).deliveries.reverse();
}

/**
 * An answer whose background work never runs (as when the worker stops right after its response):
 * its events stay in the outbox, for the test to attempt them with `consume`, as the queue would.
 */
export async function sayOffline(board: string, interaction: string, verdict: 'yes' | 'no', extra = {}) {
  const res = await worker.request(
    `${BASE}/v1/boards/${board}/responses`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ interaction, verdict, token: await mint(board, interaction), ...extra }),
    },
    env,
  );
  if (res.status !== 201) throw new Error(`sayOffline: ${res.status} ${await res.text()}`);
}

/**
 * Sends an answer with an ExecutionContext, as a real request has, and waits for its background
 * work: the hand-over of its events to the queue. `bindings` may replace some of the worker's.
 */
export async function answerNow(
  board: string,
  body: Record<string, unknown>,
  bindings: Partial<Env> = {},
): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.request(
    `${BASE}/v1/boards/${board}/responses`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: await mint(board, body.interaction as string), ...body }),
    },
    { ...env, ...bindings },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

/**
 * Runs the consumer on one message per delivery id, as the queue delivers attempt `attempts`. Besides
 * the queue's result (acks, retries) it returns the delay each retry asked for, in seconds, which
 * the queue would wait before the next attempt (getQueueResult does not report it).
 */
export async function consume(ids: string[], { attempts = 1, queue = DELIVERY_QUEUE } = {}) {
  const batch = createMessageBatch(
    queue,
    ids.map((id) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts, body: { id } })),
  );
  const delays: (number | undefined)[] = [];
  for (const msg of batch.messages) {
    const retry = msg.retry.bind(msg);
    msg.retry = (options?: QueueRetryOptions) => {
      delays.push(options?.delaySeconds);
      retry(options);
    };
  }
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return { ...(await getQueueResult(batch, ctx)), delays };
}
