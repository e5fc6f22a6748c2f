/**
 * The shapes the API returns, for the OpenAPI document (worker/openapi.ts) and the presenters'
 * types: what a route answers, where worker/schemas.ts holds what it accepts.
 */
import * as z from 'zod';
import { FollowUpStatus, MiddleRating, Reason, Scope, Verdict, WebhookEventType, Weekday, Window } from './schemas';
import { WEBHOOK_FORMATS } from './webhooks/payload';

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_body' }),
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .openapi('Error');

export const StoredResponse = z
  .object({
    interaction: z.string(),
    verdict: Verdict,
    comment: z.string().optional(),
    agent: z.string().optional(),
    channel: z.string().optional(),
    locale: z.string().optional(),
    reasons: z.array(z.string()).optional(),
    follow_up: z
      .object({
        status: FollowUpStatus,
        note: z.string().optional(),
        by: z.string().optional(),
        updated_at: z.string().openapi({ format: 'date-time' }),
        first_contact_at: z.string().optional().openapi({ format: 'date-time' }),
      })
      .optional()
      .openapi({ description: 'Every answer that is or was a "no" (a change to "yes" resolves it, by "customer").' }),
    created_at: z.string().openapi({ format: 'date-time' }),
    updated_at: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Response');
export type StoredResponse = z.infer<typeof StoredResponse>;

export const Score = z
  .object({
    board: z.string(),
    name: z.string(),
    window: Window,
    responses: z.number().int(),
    satisfied: z.number().int(),
    unsatisfied: z.number().int(),
    percent: z.number().nullable(),
    interval95: z.tuple([z.number(), z.number()]).nullable(),
    pandas: z.object({ happy: z.number().int(), sad: z.number().int() }),
    asked: z.number().int().openapi({ description: "Interactions asked in the score's period (window days, or 30)." }),
    response_rate: z
      .number()
      .nullable()
      .openapi({ description: 'Percent of those asked that are answered by now, one decimal; null: none asked.' }),
    updated_at: z.string().nullable(),
  })
  .openapi('Score');
export type Score = z.infer<typeof Score>;

/** A board as the admin API shows it (the stored one is worker/db/boards.ts `Board`). */
export const BoardJson = z
  .object({
    id: z.string(),
    name: z.string(),
    window: Window,
    require_token: z.boolean(),
    allowed_origins: z.array(z.string()),
    reasons: z.array(Reason),
    accent: z.string().nullable(),
    target: z.number().nullable(),
    public_response_rate: z.boolean(),
    public_follow_up: z.boolean(),
    public_target: z.boolean(),
    digest_day: Weekday.nullable(),
    middle_rating: MiddleRating,
    created_at: z.string(),
    updated_at: z.string(),
    refused_24h: z
      .array(z.object({ reason: z.string(), count: z.number().int(), last_origin: z.string() }))
      .optional()
      .openapi({
        description:
          'GET only: answers refused in the last 24 hours by reason (the error code), with the Origin of the ' +
          'latest refused request ("" when it had none); most first. A wrong embed shows here first.',
      }),
  })
  .openapi('Board');
export type BoardJson = z.infer<typeof BoardJson>;

export const Counts = z.object({
  satisfied: z.number().int(),
  unsatisfied: z.number().int(),
  percent: z.number().nullable(),
});

/** Of the interactions asked in a period (by the day they were asked), how many are answered by now. */
const Asked = {
  asked: z.number().int(),
  answered: z.number().int(),
  response_rate: z
    .number()
    .nullable()
    .openapi({ description: 'answered / asked in percent, one decimal; null: none asked.' }),
};

/** The 95 % Wilson interval of the satisfied share, in percent (null: no answers). */
const Interval95 = z.tuple([z.number(), z.number()]).nullable();

/** The follow-ups of a period's "no"s (by the day of the "no"). */
export const FollowUpStats = z
  .object({
    open: z.number().int(),
    contacted: z.number().int(),
    resolved: z.number().int(),
    dismissed: z.number().int(),
    contacted_within_24h: z.number().int(),
    median_hours_to_contact: z
      .number()
      .nullable()
      .openapi({ description: 'Whole hours from a "no" to its first contact (contacted or resolved by the team).' }),
    share_contacted_within_24h: z
      .number()
      .nullable()
      .openapi({ description: 'Percent of the "no"s first contacted within 24 hours; null: no "no"s.' }),
  })
  .openapi('FollowUpStats');

export const Stats = z
  .object({
    board: z.string(),
    from: z.string(),
    to: z.string(),
    interval: z.enum(['day', 'week', 'month']),
    totals: Counts.extend({
      responses: z.number().int(),
      interval95: Interval95,
      ...Asked,
      follow_up: FollowUpStats,
    }),
    series: z.array(Counts.extend({ period: z.string(), interval95: Interval95, ...Asked, follow_up: FollowUpStats })),
    groups: z
      .array(
        Counts.extend({
          key: z.string().nullable(),
          interval95: Interval95,
          asked: z.number().int().nullable(),
          answered: z.number().int().nullable(),
          response_rate: Asked.response_rate,
          follow_up: FollowUpStats.nullable(),
          series: z
            .array(Counts.extend({ period: z.string(), interval95: Interval95 }))
            .openapi({ description: "The group's answers in each period of the request (a small trend)." }),
        }).partial({ asked: true, answered: true, response_rate: true, follow_up: true, series: true }),
      )
      .optional()
      .openapi({
        description:
          'By agent or channel: answers (with a series of the same periods), follow-ups of their "no"s, and asks by ' +
          'the agent or channel they were made with. Under an agent or channel filter, group_by of the same ' +
          "dimension gives that one group, and group_by of the other dimension that agent's channels (or that " +
          "channel's agents; key null: its answers and asks without one), whose follow_up is null (follow-ups are " +
          'not stored per agent and channel). By reason: the "no"s that chose each reason (a "no" may choose ' +
          'several, so groups overlap; no asks, follow-ups or series).',
      }),
  })
  .openapi('Stats');

export const ApiKey = z
  .object({
    id: z.string(),
    key: z.string().openapi({ description: 'Shown once; only a hash is stored.' }),
    board: z.string(),
    scopes: z.array(Scope),
    created_at: z.string(),
  })
  .openapi('ApiKey');

export const MintedToken = z
  .object({ token: z.string(), expires_at: z.string(), rate_url: z.string(), yes_url: z.string(), no_url: z.string() })
  .openapi('Token');

export const Webhook = z
  .object({
    id: z.string().openapi({ example: 'wh_4kq8x0m2zr1a' }),
    board: z.string(),
    url: z.string(),
    events: z.array(WebhookEventType),
    format: z.enum(WEBHOOK_FORMATS),
    created_at: z.string(),
  })
  .openapi('Webhook');

export const WebhookCreated = Webhook.extend({
  secret: z.string().openapi({
    description: 'whsec_…: verifies the webhook-signature header (Standard Webhooks). Shown once.',
  }),
}).openapi('WebhookCreated');

export const Delivery = z
  .object({
    id: z.string().openapi({ description: 'The webhook-id header: the same on every attempt.' }),
    event: WebhookEventType,
    interaction: z.string(),
    status: z.enum(['pending', 'queued', 'retrying', 'delivered', 'failed']).openapi({
      description:
        'pending: written with the answer, not yet handed to the queue; queued: waiting for the queue, no attempt ' +
        'yet; retrying: an attempt failed and the next is due at next_attempt_at; then delivered or failed.',
    }),
    attempts: z.number().int(),
    http_status: z.number().int().nullable().openapi({ description: "The last attempt's HTTP status." }),
    duration_ms: z.number().int().nullable(),
    error: z.string().nullable(),
    created_at: z.string(),
    last_attempt_at: z.string().nullable(),
    next_attempt_at: z.string().nullable().openapi({ description: 'When the next retry is due.' }),
    delivered_at: z.string().nullable(),
    attempt_log: z
      .array(
        z.object({
          attempt: z.number().int(),
          at: z.string(),
          http_status: z.number().int().nullable(),
          error: z.string().nullable(),
          duration_ms: z.number().int(),
        }),
      )
      .openapi({ description: 'Every attempt, first to last (at most 14): when, the HTTP status or error, how long.' }),
  })
  .openapi('Delivery');
