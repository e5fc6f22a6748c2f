/**
 * Front: a rule (Settings → Rules) "when a conversation is archived → send to a webhook", with the
 * full event payload; or an application webhook on the team's own app. An archived conversation
 * (event `archive`, https://dev.frontapp.com/reference/events) is an ask. Front's events carry no
 * satisfaction rating, so this connector records asks only.
 *
 * Two signatures, both X-Front-Signature, both with a secret Front makes (`pasted`):
 * - rule webhooks (https://dev.frontapp.com/docs/rule-webhooks): base64(HMAC-SHA1(API secret, BODY));
 * - application webhooks (https://dev.frontapp.com/docs/application-webhooks):
 *   base64(HMAC-SHA256(app secret, TIMESTAMP + ":" + BODY)), TIMESTAMP the X-Front-Request-Timestamp
 *   header in milliseconds, refused after 5 minutes as Front recommends
 *   (https://dev.frontapp.com/docs/security-1).
 * A request that carries X-Front-Request-Timestamp is checked as an application webhook; one without
 * it as a rule webhook. Dropping the header buys a forger nothing: the SHA-1 check still needs the
 * secret, and a replayed body only repeats an ask, which is idempotent.
 */
import * as z from 'zod';
import { agentName, event, ignored } from './fields';
import type { Connector, ConnectorEvent } from './types';
import { compare, digits, fresh, hmacBase64, requireHeader } from './verify';

const SIGNATURE = 'X-Front-Signature';
const TIMESTAMP = 'X-Front-Request-Timestamp';

const Event = z.object({
  type: z.string(),
  conversation: z
    .object({
      id: z.string(),
      /** Present in the full payload; the event preview carries only ids and links. */
      assignee: z.object({ first_name: z.string().nullish(), last_name: z.string().nullish() }).nullish(),
    })
    .optional(),
});

export const front: Connector = {
  helpdesk: 'front',
  secretFlow: 'pasted',

  async verify({ headers, rawBody }, secret, now) {
    const signature = requireHeader(headers, SIGNATURE);
    if (typeof signature !== 'string') return signature;
    const timestamp = headers.get(TIMESTAMP)?.trim();
    if (!timestamp) return compare(signature, await hmacBase64('SHA-1', secret, rawBody), SIGNATURE);
    const checked = await compare(signature, await hmacBase64('SHA-256', secret, `${timestamp}:${rawBody}`), SIGNATURE);
    return checked.ok ? fresh(digits(timestamp), now, TIMESTAMP) : checked;
  },

  map(payload): ConnectorEvent[] {
    const parsed = Event.safeParse(payload);
    if (!parsed.success) return ignored('not a Front event');
    const { type, conversation } = parsed.data;
    // `sync` is the application webhook's validation request (the route echoes X-Front-Challenge).
    if (type !== 'archive') return ignored(`event "${type}"`);
    if (!conversation) return ignored('archive without a conversation');
    return event(conversation.id, {
      agent: agentName(conversation.assignee?.first_name, conversation.assignee?.last_name),
    });
  },
};
