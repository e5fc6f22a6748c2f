import * as z from 'zod';
/** A board's webhooks (admin only): create (the secret shown once), list, delete, and their deliveries. */
import { Hono } from 'hono';
import { requireAdmin } from '../auth';
import { randomId } from '../lib/crypto';
import { ApiError } from '../lib/errors';
import { publicOrigin, type AppEnv } from '../lib/http';
import { iso } from '../lib/time';
import { jsonBody, query } from '../lib/validate';
import { boardParam, requireBoard } from '../board';
import { doc, jsonContent } from '../openapi';
import { BoardPath, DeliveriesQuery, WebhookCreate } from '../schemas';
import { Delivery, Webhook, WebhookCreated } from '../response-schemas';
import { DEFAULT_EVENTS, type WebhookEvent } from '../webhooks/payload';
import { newWebhookSecret } from '../webhooks/signing';
import { listDeliveries, logCursor, parseLogCursor, type LoggedDelivery } from '../webhooks/log';
import {
  deleteWebhook,
  getWebhook,
  insertWebhook,
  listWebhooks,
  MAX_WEBHOOKS_PER_BOARD,
  type DeliveryRow,
  type WebhookRow,
} from '../webhooks/store';

const webhooks = new Hono<AppEnv>();
const WebhookPath = BoardPath.extend({ id: z.string() });
const WEBHOOK_ID_RE = /^wh_[a-z0-9]{12}$/;
const json = jsonContent;

const webhookJson = (w: WebhookRow): z.infer<typeof Webhook> => ({
  id: w.id,
  board: w.board_id,
  url: w.url,
  events: w.events.split(',') as WebhookEvent[],
  format: w.format,
  created_at: iso(w.created_at),
});

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/**
 * `pending` (in the outbox) or `queued` (waiting for the queue) until the first attempt, `retrying`
 * while a retry is due, then `delivered` or `failed`.
 */
function deliveryStatus(d: DeliveryRow): z.infer<typeof Delivery>['status'] {
  if (d.state === 'delivered') return 'delivered';
  if (d.state === 'dead' || (d.attempts > 0 && d.next_attempt_at === null && d.lease_until === null)) return 'failed';
  if (d.attempts > 0) return 'retrying';
  return d.state === 'queued' ? 'queued' : 'pending';
}

const deliveryJson = (d: LoggedDelivery): z.infer<typeof Delivery> => ({
  id: d.id,
  event: d.event,
  interaction: d.interaction,
  status: deliveryStatus(d),
  attempts: d.attempts,
  http_status: d.last_status,
  duration_ms: d.last_duration_ms,
  error: d.last_error,
  created_at: iso(d.created_at),
  last_attempt_at: isoOrNull(d.last_attempt_at),
  next_attempt_at: d.state === 'queued' && d.attempts > 0 ? isoOrNull(d.next_attempt_at) : null,
  delivered_at: isoOrNull(d.delivered_at),
  attempt_log: d.log.map((a) => ({
    attempt: a.attempt,
    at: iso(a.at),
    http_status: a.status,
    error: a.error,
    duration_ms: a.duration_ms,
  })),
});

/** The webhook `id` of `board`, or 404: an id of another board is no webhook of this one. */
async function loadWebhook(db: D1Database, board: string, id: string): Promise<WebhookRow> {
  const found = WEBHOOK_ID_RE.test(id) ? await getWebhook(db, board, id) : null;
  if (!found) {
    await requireBoard(db, board);
    throw new ApiError('not_found', `No webhook "${id.slice(0, 40)}" on this board.`);
  }
  return found;
}

doc({
  method: 'post',
  path: '/v1/boards/{board}/webhooks',
  operationId: 'createWebhook',
  summary: 'Create a webhook',
  description:
    'Events are POSTed to the URL signed the Standard Webhooks way (webhook-id, webhook-timestamp, ' +
    'webhook-signature). The secret is returned once. At most 10 webhooks per board.',
  auth: true,
  request: { params: BoardPath, body: json(WebhookCreate, 'Where to send which events, in which format') },
  responses: { 201: json(WebhookCreated, 'The webhook and its signing secret') },
});
webhooks.post('/:board/webhooks', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  const input = await jsonBody(c, WebhookCreate);
  await requireBoard(c.env.DB, board);
  const secret = newWebhookSecret();
  const row = await insertWebhook(c.env.DB, {
    id: `wh_${randomId(12)}`,
    board_id: board,
    url: input.url,
    events: (input.events ?? DEFAULT_EVENTS).join(','),
    format: input.format ?? 'standard',
    secret,
    site: publicOrigin(c),
    created_at: Date.now(),
  });
  if (!row) {
    throw new ApiError('conflict', `A board has at most ${MAX_WEBHOOKS_PER_BOARD} webhooks; delete one first.`);
  }
  return c.json({ ...webhookJson(row), secret }, 201);
});

doc({
  method: 'get',
  path: '/v1/boards/{board}/webhooks',
  operationId: 'listWebhooks',
  summary: "List a board's webhooks",
  description: 'Without their secrets.',
  auth: true,
  request: { params: BoardPath },
  responses: { 200: json(z.object({ webhooks: z.array(Webhook) }), 'The webhooks, oldest first') },
});
webhooks.get('/:board/webhooks', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  await requireBoard(c.env.DB, board);
  return c.json({ webhooks: (await listWebhooks(c.env.DB, board)).map(webhookJson) });
});

doc({
  method: 'delete',
  path: '/v1/boards/{board}/webhooks/{id}',
  operationId: 'deleteWebhook',
  summary: 'Delete a webhook',
  description: 'Its deliveries go with it: nothing more is sent to it, not even a retry.',
  auth: true,
  request: { params: WebhookPath },
  responses: { 204: { description: 'Deleted' } },
});
webhooks.delete('/:board/webhooks/:id', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  const webhook = await loadWebhook(c.env.DB, board, c.req.param('id'));
  await deleteWebhook(c.env.DB, board, webhook.id);
  return c.body(null, 204);
});

doc({
  method: 'get',
  path: '/v1/boards/{board}/webhooks/{id}/deliveries',
  operationId: 'listDeliveries',
  summary: "A webhook's latest deliveries",
  description:
    'Newest first (?limit, default 20, at most 100; ?cursor for the next page): the event, its status, every ' +
    'attempt (time, HTTP status or error, duration), and when the next retry is due. Delivered and failed ' +
    'deliveries are kept 30 days.',
  auth: true,
  request: { params: WebhookPath, query: DeliveriesQuery },
  responses: {
    200: json(
      z.object({ deliveries: z.array(Delivery), next_cursor: z.string().nullable() }),
      'The deliveries, and the cursor of the next page (null on the last)',
    ),
  },
});
webhooks.get('/:board/webhooks/:id/deliveries', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  const { limit, cursor } = query(c, DeliveriesQuery);
  const webhook = await loadWebhook(c.env.DB, board, c.req.param('id'));
  const page = await listDeliveries(c.env.DB, webhook.id, limit ?? 20, cursor ? parseLogCursor(cursor) : null);
  const last = page.deliveries.at(-1);
  return c.json({
    deliveries: page.deliveries.map(deliveryJson),
    next_cursor: page.more && last ? logCursor(last) : null,
  });
});

export default webhooks;
