/**
 * One zod schema per request body and query. Routes validate with these, and
 * GET /v1/openapi.json is generated from the very same objects (worker/openapi.ts).
 */
import { extendZodWithOpenApi, type ZodOpenAPIMetadata } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import { COMMENT_MAX, VERDICTS } from '../answer-form/rules';
import { MIDDLE_RATINGS } from './connectors/types';
import { TEXT_PATTERN, TEXT_RULE, textProblem, type TextKind } from './lib/text';
import { isSecureOrLocal } from './lib/url';
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from './webhooks/payload';
import { LOG_CURSOR_RE } from './webhooks/log';
import { webhookUrl, webhookUrlProblem } from './webhooks/url';

// It patches z.ZodType.prototype and reads nothing else: handing it the namespace object would make
// the bundler keep every export of zod (its 64 locale files too), twice the Worker's size.
extendZodWithOpenApi({ ZodType: z.ZodType } as typeof z);

export const BOARD_ID_RE = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

/** Length in characters as a person counts them (code points), not UTF-16 units. */
const chars = (s: string) => [...s].length;

/**
 * A string of `min`–`max` characters under the text rule for `kind` (worker/lib/text.ts), which the
 * OpenAPI description states. `what` names the field in messages ("an interaction id").
 */
function text(kind: TextKind, what: string, min: number, max: number) {
  return z
    .string()
    .superRefine((s, ctx) => {
      const n = chars(s);
      const problem =
        n < min || n > max
          ? min === max
            ? `is ${min} characters`
            : `is ${min}–${max} characters`
          : textProblem(s, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    })
    .openapi({
      // JSON Schema counts lengths in code points, as `chars` does
      ...(min > 0 ? { minLength: min } : {}),
      ...(Number.isFinite(max) ? { maxLength: max } : {}),
      pattern: TEXT_PATTERN[kind],
    });
}

export const BoardId = z
  .string()
  .regex(BOARD_ID_RE, 'a board id is 3–40 characters of a–z, 0–9 and "-", not starting or ending with "-"')
  .openapi({ example: 'acme' });

/** The path parameters of every route under /v1/boards/{board}. */
export const BoardPath = z.object({ board: BoardId });

export const Interaction = text('id', 'an interaction id', 1, 128).openapi({
  example: 'T-1234',
  description: `The support system's own id for the conversation, 1–128 characters. ${TEXT_RULE.id}`,
});

export const Verdict = z.enum(VERDICTS).openapi({ description: '"yes" = satisfied, "no" = not satisfied.' });
export type Verdict = z.infer<typeof Verdict>;

/** Checked by the text rule as sent; then one spelling of a line break, trimmed, at most COMMENT_MAX characters. */
export const Comment = text('comment', 'a comment', 0, Number.POSITIVE_INFINITY)
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .refine((s) => chars(s) <= COMMENT_MAX, `a comment is at most ${COMMENT_MAX} characters`)
  .openapi({
    type: 'string',
    maxLength: COMMENT_MAX,
    description: `Optional free text, at most ${COMMENT_MAX} characters. An empty string removes it. ${TEXT_RULE.comment}`,
  });

export const Agent = text('id', 'an agent', 1, 64).openapi({
  example: 'maria',
  description: `Who answered, 1–64 characters. ${TEXT_RULE.id}`,
});

export const Channel = z
  .string()
  .regex(/^[a-z0-9_-]{1,32}$/, 'a channel is 1–32 characters of a–z, 0–9, "_" and "-"')
  .openapi({ example: 'email' });

export const Locale = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/, 'a locale is a language tag such as "en" or "pt-BR"')
  .openapi({ example: 'en' });

export const Window = z
  .union([
    z.strictObject({ responses: z.number().int().min(10).max(10_000) }),
    z.strictObject({ days: z.number().int().min(1).max(365) }),
  ])
  .openapi('Window', {
    description:
      'The last N answers by answer time ({"responses": N}) or the answers of the last D UTC days ({"days": D}).',
    example: { responses: 100 },
  });
export type Window = z.infer<typeof Window>;

/**
 * What the document says an origin is: a part of what `Origin` accepts that a pattern can say (a
 * lower-case host name whose labels have no "--" and whose last is letters, or a local host; an
 * explicit port of 1000–59999). Its description says the whole rule.
 */
const ORIGIN_PATTERN = String.raw`^(?:https://(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z]{2,63}|http://(?:localhost|127\.0\.0\.1))(?::(?:[1-9][0-9]{3}|[1-5][0-9]{4}))?$`;

export const Origin = z
  .string()
  .refine((s) => {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      return false;
    }
    return u.origin === s && isSecureOrLocal(u);
  }, 'an origin is "https://host[:port]" with no path (http:// only for localhost and 127.0.0.1)')
  .openapi({
    example: 'https://help.acme.com',
    pattern: ORIGIN_PATTERN,
    description:
      'An origin as a browser sends it: "https://host[:port]", lower case, no path, no default port (http:// only ' +
      'for localhost and 127.0.0.1). The pattern covers the usual ones; any origin the URL standard serialises ' +
      'back to the same string is accepted.',
  });

export const AllowedOrigins = z
  .array(Origin)
  .max(20, 'at most 20 allowed origins')
  .transform((list) => [...new Set(list)])
  .openapi({
    type: 'array',
    items: { type: 'string', pattern: ORIGIN_PATTERN },
    maxItems: 20,
    description: 'Empty = any origin.',
  });

export const BoardName = text('display', 'a name', 1, 80).openapi({
  example: 'Acme Support',
  description: `The board's name as pages show it, 1–80 characters. ${TEXT_RULE.display}`,
});

/** A badge's left-hand text. */
export const BadgeLabel = text('display', 'a label', 1, 40).openapi({
  description: `Left-hand text, 1–40 characters; default "satisfaction". ${TEXT_RULE.display}`,
});

/** A reason a customer may pick after "no": its label in one language, or per language. */
export const ReasonId = z
  .string()
  .regex(/^[a-z0-9_-]{1,32}$/, 'a reason id is 1–32 characters of a–z, 0–9, "_" and "-"')
  .openapi({ example: 'slow' });
const ReasonLabel = text('display', 'a reason label', 1, 40);
const LOCALE_PATTERN = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$';
export const Reason = z
  .strictObject({
    id: ReasonId,
    label: z.union([
      ReasonLabel,
      z
        .record(Locale, ReasonLabel)
        .refine((m) => Object.keys(m).length > 0, 'a label per language needs at least one language')
        // JSON Schema's propertyNames (2020-12, which OpenAPI 3.1 uses); the library's metadata type predates it
        .openapi({ minProperties: 1, propertyNames: { pattern: LOCALE_PATTERN } } as Partial<ZodOpenAPIMetadata>),
    ]),
  })
  .openapi('Reason', {
    description:
      'A label of 1–40 characters, or one per language ({"en": "Too slow", "de": "Zu langsam"}; a language ' +
      `without its own label shows the first). ${TEXT_RULE.display}`,
    example: { id: 'slow', label: { en: 'Too slow', de: 'Zu langsam' } },
  });
export type Reason = z.infer<typeof Reason>;

export const Reasons = z
  .array(Reason)
  .max(8, 'at most 8 reasons')
  .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'each reason id appears once')
  .openapi({
    description: 'At most 8, each id once (x-pandameter-rule: unique-ids).',
    'x-pandameter-rule': 'unique-ids',
  });

/** A brand colour as CSS writes it: `#rrggbb`. */
export const Accent = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'an accent is a colour written "#rrggbb"')
  .openapi({ example: '#0b7a3e', description: 'A brand colour, stored in lower case.' });

export const Target = z
  .number()
  .min(1, 'a target is a percentage from 1 to 100')
  .max(100, 'a target is a percentage from 1 to 100')
  .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, 'a target has at most one decimal')
  .openapi({ example: 95, multipleOf: 0.1, description: 'Percent satisfied the team aims for, at most one decimal.' });

export const MiddleRating = z.enum(MIDDLE_RATINGS).openapi({
  description:
    'How a helpdesk connector counts a middle rating (Help Scout "Okay", Intercom 3, Freshdesk "Neutral"): ' +
    '"ignore" (default: not counted), "yes" or "no".',
});

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** The settings of POST and PATCH /v1/boards besides id, name and the window. */
const settings = {
  require_token: z.boolean().optional(),
  allowed_origins: AllowedOrigins.optional(),
  reasons: Reasons.optional(),
  accent: Accent.nullable().optional(),
  target: Target.nullable().optional(),
  public_response_rate: z
    .boolean()
    .optional()
    .openapi({ description: 'The scoreboard shows the response rate (default true).' }),
  public_follow_up: z
    .boolean()
    .optional()
    .openapi({ description: 'The scoreboard shows how every "no" was followed up (default false).' }),
  public_target: z.boolean().optional().openapi({ description: 'The scoreboard shows the target (default false).' }),
  digest_day: Weekday.nullable()
    .optional()
    .openapi({ description: 'The weekday (UTC) of the weekly digest webhook; null: none.' }),
  middle_rating: MiddleRating.optional(),
};

export const BoardCreate = z
  .strictObject({ id: BoardId, name: BoardName, window: Window.optional(), ...settings })
  .openapi('BoardCreate');

export const BoardPatch = z
  .strictObject({ name: BoardName.optional(), window: Window.optional(), ...settings })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change: send at least one setting')
  .openapi('BoardPatch', { minProperties: 1 });

export const Scope = z.enum(['read', 'sign', 'triage']);
export type Scope = z.infer<typeof Scope>;
export const KeyCreate = z
  .strictObject({
    scopes: z
      .array(Scope)
      .min(1, 'at least one scope: "read", "sign" and/or "triage"')
      .max(3)
      .transform((s) => [...new Set(s)].sort()),
  })
  .openapi('KeyCreate');

export const TokenCreate = z
  .strictObject({
    interaction: Interaction,
    ttl_seconds: z
      .number()
      .int()
      .min(60)
      // A year: within the 400 days a token's EXP may lie ahead (MAX_EXP_AHEAD_S), so a minted token always verifies.
      .max(366 * 86_400)
      .optional()
      .openapi({ description: 'Lifetime of the token in seconds, 60 to 31,622,400 (366 days); default 30 days.' }),
    agent: Agent.optional().openapi({ description: 'Kept with the ask: the response rate per agent.' }),
    channel: Channel.optional().openapi({ description: 'Kept with the ask: the response rate per channel.' }),
    ask: z
      .boolean()
      .optional()
      .openapi({ description: 'Record that the customer is asked (default true): the response rate counts it.' }),
  })
  .openapi('TokenCreate');

/** An interaction token; its format is checked with its signature (401), its characters here (400). */
export const Token = z
  .string()
  .max(256)
  .superRefine((s, ctx) => {
    const problem = s === '' ? null : textProblem(s, 'id');
    if (problem) ctx.addIssue({ code: 'custom', message: `a token ${problem}` });
  })
  .openapi({
    description: `Required when the board has require_token; "" counts as none. ${TEXT_RULE.id}`,
    pattern: `^$|${TEXT_PATTERN.id}`,
  });

/** The reasons a customer picked after "no": ids of the board's reasons, each once. */
export const ChosenReasons = z
  .array(ReasonId)
  .max(8, 'at most 8 reasons')
  .transform((list) => [...new Set(list)])
  .openapi({
    type: 'array',
    items: { type: 'string', pattern: '^[a-z0-9_-]{1,32}$' },
    maxItems: 8,
    description:
      'Ids of the board\'s reasons, only with verdict "no" (a "yes" with reasons is refused; [] removes them). ' +
      'Left out: the stored reasons stay while the verdict stays "no". (x-pandameter-rule: board-reasons)',
    'x-pandameter-rule': 'board-reasons',
  });

export const ResponseCreate = z
  .strictObject({
    interaction: Interaction,
    verdict: Verdict,
    token: Token.optional(),
    comment: Comment.optional(),
    reasons: ChosenReasons.optional(),
    agent: Agent.optional(),
    channel: Channel.optional(),
    locale: Locale.optional(),
  })
  .openapi('ResponseCreate');
export type ResponseCreate = z.infer<typeof ResponseCreate>;

/** One ask as a support system reports it (the `sign` scope). */
export const AskItem = z.strictObject({
  interaction: Interaction,
  agent: Agent.optional(),
  channel: Channel.optional(),
});

/** POST …/asks with a key: one ask, or up to 100. */
export const AsksCreate = z
  .union([AskItem, z.strictObject({ asks: z.array(AskItem).min(1, 'at least one ask').max(100, 'at most 100 asks') })])
  .openapi('AsksCreate', {
    description: 'One {interaction, agent?, channel?} or {asks: [...]} (at most 100). Idempotent per interaction.',
  });

/** POST …/asks without a key: the widget, the first time it shows the question (the answer endpoint's rules). */
export const WidgetAsk = z
  .strictObject({
    interaction: Interaction,
    token: Token.optional(),
    agent: Agent.optional(),
    channel: Channel.optional(),
    locale: Locale.optional(),
  })
  .openapi('WidgetAsk');
export type WidgetAsk = z.infer<typeof WidgetAsk>;

export const FOLLOW_UP_STATUSES = ['open', 'contacted', 'resolved', 'dismissed'] as const;
export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

export const FollowUpPut = z
  .strictObject({
    status: FollowUpStatus,
    note: text('comment', 'a note', 0, 1000)
      .transform((s) => s.replace(/\r\n?/g, '\n').trim())
      .optional()
      .openapi({ type: 'string', maxLength: 1000, description: 'Private; never public. "" removes it.' }),
    by: Agent.optional().openapi({ description: 'Who changed it (private; never public).' }),
  })
  .openapi('FollowUpPut');

export const WebhookEventType = z.enum(WEBHOOK_EVENTS).openapi({
  description:
    'answer.created (a first answer), answer.changed (its verdict changed), comment.added (a comment added or ' +
    'changed), answer.unsatisfied (a "no", new or changed to), follow_up.changed (the team set a follow-up, or the ' +
    'customer resolved or reopened one by changing the answer), answer.refused (answers are being refused: at most ' +
    'one per board and reason per hour, with the reason, the origin and what to fix).',
});

export const WebhookCreate = z
  .strictObject({
    url: text('id', 'a webhook URL', 1, 2048)
      .superRefine((url, ctx) => {
        const problem = webhookUrlProblem(url);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
      })
      .transform(webhookUrl)
      .openapi({
        example: 'https://hooks.example.com/pandameter',
        pattern: String.raw`^(?:https://|http://(?:localhost|127\.0\.0\.1)\.?[:/])\S+$`,
        description:
          'https:// to a public host name on port 443 or 8443 (http:// only for localhost and 127.0.0.1), no ' +
          'user:password, no private or reserved IP address, no IPv6 literal, no single-label or internal ' +
          '(.local, .internal, .localhost, .home.arpa, .localdomain) name. The pattern is only the first of these ' +
          'rules (x-pandameter-rule).',
        'x-pandameter-rule': 'webhook-url',
      }),
    events: z
      .array(WebhookEventType)
      .min(1, 'at least one event')
      .max(WEBHOOK_EVENTS.length)
      .transform((list) => [...new Set(list)])
      .optional()
      .openapi({ description: 'Default: ["answer.unsatisfied"].' }),
    format: z.enum(WEBHOOK_FORMATS).optional().openapi({
      description: '"standard" (default): Standard Webhooks JSON; "slack": a Slack incoming-webhook {text}.',
    }),
  })
  .openapi('WebhookCreate');

const DateStr = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .openapi({
    example: '2026-11-01',
    format: 'date',
    // a calendar date, years 1000–9999 (29 February is a date in leap years too: `format: date` says so)
    pattern: String.raw`^[1-9]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))$`,
  });

export const StatsQuery = z
  .strictObject({
    from: DateStr.optional(),
    to: DateStr.optional(),
    interval: z.enum(['day', 'week', 'month']).default('day'),
    group_by: z.enum(['agent', 'channel', 'reason']).optional(),
    agent: Agent.optional().openapi({ description: "Count only this agent's answers, asks, reasons and follow-ups." }),
    channel: Channel.optional().openapi({
      description: "Count only this channel's answers, asks, reasons and follow-ups (not with agent).",
    }),
  })
  .openapi('StatsQuery');

export const ListQuery = z
  .strictObject({
    limit: z.coerce.number().int().min(1).max(500).optional(),
    cursor: z
      .string()
      .regex(/^[1-9][0-9]{0,15}$/, 'not a cursor from this API')
      .optional(),
    verdict: Verdict.optional(),
    agent: Agent.optional(),
    channel: Channel.optional(),
    follow_up: FollowUpStatus.optional(),
    from: DateStr.optional(),
    to: DateStr.optional(),
  })
  .openapi('ListQuery');
export type ListQuery = z.infer<typeof ListQuery>;

export const DeliveriesQuery = z
  .strictObject({
    limit: z.coerce.number().int().min(1).max(100).optional(),
    cursor: z
      .string()
      .regex(LOG_CURSOR_RE, 'not a cursor from this API')
      .optional()
      .openapi({ description: 'next_cursor of the previous page.' }),
  })
  .openapi('DeliveriesQuery');
