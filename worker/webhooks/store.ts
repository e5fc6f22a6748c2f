/**
 * All SQL of the webhooks: the subscriptions, the outbox statements that go into an answer's own
 * batch, and the delivery rows the queue consumer claims and records. Times are unix ms.
 */
import type { AnswerPlan, BatchPlan } from '../db/answers';
import type { FollowUpInput, FollowUpPlan } from '../db/follow-up';
import { reasonsOf } from '../db/follow-up';
import { KEEP_LOG_MS, LEASE_MS, MAX_ATTEMPTS, OVERDUE_MS } from './schedule';
import type { AnswerSnapshot, WebhookEvent, WebhookFormat } from './payload';

/** A board may have this many webhooks: each answer fans out to all of them. */
export const MAX_WEBHOOKS_PER_BOARD = 10;

export interface WebhookRow {
  id: string;
  board_id: string;
  url: string;
  events: string;
  format: WebhookFormat;
  secret: string;
  site: string;
  created_at: number;
}

export interface DeliveryRow {
  id: string;
  webhook_id: string;
  board_id: string;
  interaction: string;
  event: WebhookEvent;
  data: string;
  created_at: number;
  state: 'pending' | 'queued' | 'delivered' | 'dead';
  attempts: number;
  next_attempt_at: number | null;
  lease_until: number | null;
  last_attempt_at: number | null;
  last_status: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  delivered_at: number | null;
}

export const snapshotOf = (d: DeliveryRow): AnswerSnapshot => JSON.parse(d.data) as AnswerSnapshot;

// ---------------------------------------------------------------- in the answer's batch

/**
 * The webhook events of one answer write, compared with the answer as stored before it: no stored
 * answer → answer.created; another verdict → answer.changed; a "no" that was not one →
 * answer.unsatisfied; a non-empty comment other than the stored one → comment.added. A repeated
 * answer has no write, so none.
 */
export function eventsOf({ before, after }: Pick<AnswerPlan, 'before' | 'after'>): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  if (!before) events.push('answer.created');
  else if (before.verdict !== after.verdict) events.push('answer.changed');
  if (after.verdict === 'no' && before?.verdict !== 'no') events.push('answer.unsatisfied');
  if (after.comment !== null && after.comment !== (before?.comment ?? null)) events.push('comment.added');
  // the customer's own change resolves a follow-up ("yes") or opens it again ("no")
  if (before?.fu_status && before.verdict !== after.verdict) events.push('follow_up.changed');
  return events;
}

/**
 * In the answer's own batch (an extension of recordAnswer): one delivery row per (subscribed
 * webhook, event), applied exactly when the answer is. `data` is the answer as the write stores it.
 * A board without webhooks writes nothing.
 */
export function answerEvents(plan: AnswerPlan): D1PreparedStatement | undefined {
  const events = eventsOf(plan);
  if (events.length === 0) return undefined;
  const { verdict, comment, agent, channel, locale, reasons } = plan.after;
  const b = plan.before;
  const snapshot: AnswerSnapshot = { verdict, comment, agent, channel, locale, reasons };
  if (b?.fu_status && b.verdict !== verdict)
    snapshot.follow_up = { status: verdict === 'yes' ? 'resolved' : 'open', by: verdict === 'yes' ? 'customer' : null };
  return outboxStatement(plan, events, snapshot);
}

function outboxStatement(
  plan: Pick<BatchPlan, 'board' | 'interaction' | 'now' | 'statement'>,
  events: WebhookEvent[],
  snapshot: AnswerSnapshot,
) {
  return plan.statement(
    (when) => `INSERT INTO webhook_deliveries (id, webhook_id, board_id, interaction, event, data, created_at)
      SELECT 'msg_' || lower(hex(randomblob(12))), w.id, ?1, ?2, e.value, ?4, ?5
      FROM webhooks w JOIN json_each(?3) e ON instr(',' || w.events || ',', ',' || e.value || ',') > 0
      WHERE w.board_id = ?1 AND ${when}`,
    plan.board,
    plan.interaction,
    JSON.stringify(events),
    JSON.stringify(snapshot),
    plan.now,
  );
}

/** In a follow-up's batch: follow_up.changed, with the answer and its new follow-up (the note too: it goes to the team). */
export function followUpEvent(plan: FollowUpPlan, input: FollowUpInput): D1PreparedStatement {
  const { verdict, comment, agent, channel, locale } = plan.before;
  const note = input.note === undefined ? plan.before.fu_note : input.note === '' ? null : input.note;
  const by = input.by === undefined ? plan.before.fu_by : input.by;
  return outboxStatement(plan, ['follow_up.changed'], {
    verdict,
    comment,
    agent,
    channel,
    locale,
    reasons: reasonsOf(plan.before),
    follow_up: { status: input.status, by, note },
  });
}

/** In an erasure's batch: nothing more is said about the answer, and no copy of it stays here. */
export function forgetAnswer(plan: BatchPlan): D1PreparedStatement {
  return plan.statement(
    (when) => `DELETE FROM webhook_deliveries WHERE board_id = ?1 AND interaction = ?2 AND ${when}`,
    plan.board,
    plan.interaction,
  );
}

// ---------------------------------------------------------------- subscriptions

/** Inserts the webhook unless the board already has the most it may have; null then. */
export async function insertWebhook(db: D1Database, w: WebhookRow): Promise<WebhookRow | null> {
  return db
    .prepare(
      `INSERT INTO webhooks (id, board_id, url, events, format, secret, site, created_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
       WHERE (SELECT COUNT(*) FROM webhooks WHERE board_id = ?2) < ?9
       RETURNING *`,
    )
    .bind(w.id, w.board_id, w.url, w.events, w.format, w.secret, w.site, w.created_at, MAX_WEBHOOKS_PER_BOARD)
    .first<WebhookRow>();
}

export async function listWebhooks(db: D1Database, boardId: string): Promise<WebhookRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM webhooks WHERE board_id = ?1 ORDER BY created_at, id')
    .bind(boardId)
    .all<WebhookRow>();
  return results;
}

export async function getWebhook(db: D1Database, boardId: string, id: string): Promise<WebhookRow | null> {
  return db.prepare('SELECT * FROM webhooks WHERE id = ?2 AND board_id = ?1').bind(boardId, id).first<WebhookRow>();
}

/** Deletes the webhook and (by cascade) its deliveries: a queued one finds nothing to send. */
export async function deleteWebhook(db: D1Database, boardId: string, id: string): Promise<boolean> {
  const res = await db.prepare('DELETE FROM webhooks WHERE id = ?2 AND board_id = ?1').bind(boardId, id).run();
  return res.meta.changes > 0;
}

/** The newest deliveries of one webhook. */
export async function listDeliveries(db: D1Database, webhookId: string, limit: number): Promise<DeliveryRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM webhook_deliveries WHERE webhook_id = ?1 ORDER BY created_at DESC, id LIMIT ?2')
    .bind(webhookId, limit)
    .all<DeliveryRow>();
  return results;
}

// ---------------------------------------------------------------- to the queue

/**
 * Claims up to `limit` deliveries to hand to the queue, marking them queued and due now: every
 * pending row and, with `overdue`, queued rows long past their due time whose queue message was
 * lost. The claim is one UPDATE, so two drains never send the same row.
 */
export async function claimForQueue(db: D1Database, now: number, limit: number, overdue: boolean): Promise<string[]> {
  const { results } = await db
    .prepare(
      `UPDATE webhook_deliveries SET state = 'queued', next_attempt_at = ?1
       WHERE id IN (
         SELECT id FROM webhook_deliveries WHERE state = 'pending'
         UNION ALL
         SELECT id FROM webhook_deliveries
         WHERE ?3 AND state = 'queued' AND next_attempt_at < ?1 - ?4 AND (lease_until IS NULL OR lease_until < ?1)
         LIMIT ?2)
       RETURNING id`,
    )
    .bind(now, limit, overdue ? 1 : 0, OVERDUE_MS)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** The queue did not take them: back to the outbox for the next drain or sweep. */
export async function unclaim(db: D1Database, ids: string[]): Promise<void> {
  await db
    .prepare(
      `UPDATE webhook_deliveries SET state = 'pending' WHERE state = 'queued' AND attempts = 0 AND id IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(ids))
    .run();
}

// ---------------------------------------------------------------- the consumer

export interface Claimed {
  delivery: DeliveryRow;
  webhook: { url: string; secret: string; format: WebhookFormat; site: string; board_name: string };
}

/**
 * Takes one attempt of a delivery: counts it and holds the row for the attempt's length. Null when
 * there is nothing to attempt now (see `loadDelivery` for why).
 */
export async function claimAttempt(db: D1Database, id: string, now: number): Promise<Claimed | null> {
  const [claimed, target] = await db.batch([
    db
      .prepare(
        `UPDATE webhook_deliveries SET attempts = attempts + 1, last_attempt_at = ?2, lease_until = ?3, state = 'queued'
         WHERE id = ?1 AND state IN ('pending', 'queued') AND attempts < ?4 AND (lease_until IS NULL OR lease_until < ?2)
           -- a deleted board says nothing more (its deliveries go with its purge)
           AND EXISTS (SELECT 1 FROM boards WHERE id = webhook_deliveries.board_id AND deleted_at IS NULL)
         RETURNING *`,
      )
      .bind(id, now, now + LEASE_MS, MAX_ATTEMPTS),
    db
      .prepare(
        `SELECT w.url, w.secret, w.format, w.site, b.name AS board_name
         FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id JOIN boards b ON b.id = w.board_id
         WHERE d.id = ?1`,
      )
      .bind(id),
  ]);
  const delivery = claimed?.results[0] as DeliveryRow | undefined;
  const webhook = target?.results[0] as Claimed['webhook'] | undefined;
  return delivery && webhook ? { delivery, webhook } : null;
}

export async function loadDelivery(db: D1Database, id: string): Promise<DeliveryRow | null> {
  return db.prepare('SELECT * FROM webhook_deliveries WHERE id = ?1').bind(id).first<DeliveryRow>();
}

export interface AttemptRecord {
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
  /** when to try again; null = never (delivered, or the last attempt failed) */
  nextAt: number | null;
}

export async function recordAttempt(db: D1Database, id: string, r: AttemptRecord, now: number): Promise<void> {
  await db
    .prepare(
      `UPDATE webhook_deliveries SET
         state = CASE WHEN ?2 THEN 'delivered' ELSE state END,
         delivered_at = CASE WHEN ?2 THEN ?7 ELSE NULL END,
         last_status = ?3, last_error = ?4, last_duration_ms = ?5, next_attempt_at = ?6, lease_until = NULL
       WHERE id = ?1`,
    )
    .bind(id, r.ok ? 1 : 0, r.status, r.error, r.durationMs, r.nextAt, now)
    .run();
}

/** From the dead-letter queue: no attempt is left. A delivery that did get through stays delivered. */
export async function markDead(db: D1Database, ids: string[]): Promise<void> {
  await db
    .prepare(
      `UPDATE webhook_deliveries SET state = 'dead', next_attempt_at = NULL, lease_until = NULL
       WHERE state <> 'delivered' AND id IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(ids))
    .run();
}

/** Drops delivered and dead rows older than the log keeps, a bounded slice per call. */
export async function pruneLog(db: D1Database, now: number, limit = 500): Promise<number> {
  const res = await db
    .prepare(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries WHERE state = 'delivered' AND created_at < ?1
         UNION ALL
         SELECT id FROM webhook_deliveries WHERE state = 'dead' AND created_at < ?1
         LIMIT ?2)`,
    )
    .bind(now - KEEP_LOG_MS, limit)
    .run();
  return res.meta.changes;
}
