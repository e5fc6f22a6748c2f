/**
 * The delivery log an admin reads (GET …/webhooks/{id}/deliveries): a webhook's deliveries, newest
 * first, a keyset page at a time, each with every attempt it had (at most MAX_ATTEMPTS).
 */
import type { DeliveryRow } from './store';

export interface AttemptRow {
  attempt: number;
  at: number;
  status: number | null;
  error: string | null;
  duration_ms: number;
}

export type LoggedDelivery = DeliveryRow & { log: AttemptRow[] };

/** Where a page ends: the last delivery's creation time and id (their order). */
export interface LogCursor {
  createdAt: number;
  id: string;
}

export const logCursor = (d: DeliveryRow): string => `${d.created_at}.${d.id}`;
export const LOG_CURSOR_RE = /^\d{1,16}\.msg_[0-9a-f]{24}$/;
export function parseLogCursor(text: string): LogCursor {
  const dot = text.indexOf('.');
  return { createdAt: Number(text.slice(0, dot)), id: text.slice(dot + 1) };
}

/**
 * Up to `limit` deliveries of one webhook after `after` (newest first, then by id), and whether
 * more follow. One statement: limit + 1 deliveries, each with its attempts as JSON.
 */
export async function listDeliveries(
  db: D1Database,
  webhookId: string,
  limit: number,
  after: LogCursor | null,
): Promise<{ deliveries: LoggedDelivery[]; more: boolean }> {
  const { results } = await db
    .prepare(
      `SELECT d.*, (
         SELECT json_group_array(json_object('attempt', attempt, 'at', at, 'status', status, 'error', error,
           'duration_ms', duration_ms))
         FROM (SELECT * FROM webhook_attempts WHERE delivery_id = d.id ORDER BY attempt)) AS log
       FROM webhook_deliveries d
       WHERE d.webhook_id = ?1 ${after ? 'AND d.created_at <= ?3 AND (d.created_at < ?3 OR d.id > ?4)' : ''}
       ORDER BY d.created_at DESC, d.id LIMIT ?2`,
    )
    .bind(webhookId, limit + 1, ...(after ? [after.createdAt, after.id] : []))
    .all<DeliveryRow & { log: string }>();
  const deliveries = results.slice(0, limit).map((d) => ({ ...d, log: JSON.parse(d.log) as AttemptRow[] }));
  return { deliveries, more: results.length > limit };
}
