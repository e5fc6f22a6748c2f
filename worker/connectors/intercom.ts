/**
 * Intercom: a webhook subscription on the team's own app (Developer Hub → your app → Configure →
 * Webhooks) to the topics `conversation.admin.closed` and `conversation.rating.added`
 * (https://developers.intercom.com/docs/references/webhooks/webhook-models).
 *
 * Signature (https://developers.intercom.com/docs/webhooks/setting-up-webhooks): X-Hub-Signature =
 * "sha1=" + hex(HMAC-SHA1(the app's client secret, BODY)). No timestamp. The client secret is
 * Intercom's (Basic information page): `pasted`.
 *
 * Every notification has one envelope: `{type: "notification_event", topic, data: {item}}`, the
 * item a Conversation whose `conversation_rating` is `{rating: 1–5, remark, teammate}`
 * (https://developers.intercom.com/docs/references/1.3/rest-api/conversations/conversation-rating-model).
 */
import * as z from 'zod';
import { agentName, channelName, commentText, event, ignored } from './fields';
import type { Connector, ConnectorEvent, Rating } from './types';
import { compare, hex, hmac, requireHeader } from './verify';

const SIGNATURE = 'X-Hub-Signature';

const Conversation = z.object({
  id: z.union([z.string(), z.number()]),
  /** Older API versions name the assignee; newer ones give only `admin_assignee_id`. */
  assignee: z.object({ name: z.string().nullish() }).nullish(),
  /** How the conversation started: "conversation" (the Messenger), "email", "phone_call", … */
  source: z.object({ type: z.string().nullish() }).nullish(),
  conversation_rating: z
    .object({ rating: z.number().int().min(1).max(5).nullish(), remark: z.string().nullish() })
    .nullish(),
});

const Envelope = z.object({
  type: z.literal('notification_event'),
  topic: z.string(),
  data: z.object({ item: z.unknown() }),
});

/** Intercom's five faces: 1–2 unhappy, 3 in the middle, 4–5 happy. */
const FIVE: Record<number, Rating> = { 1: 'no', 2: 'no', 3: 'middle', 4: 'yes', 5: 'yes' };

export const intercom: Connector = {
  helpdesk: 'intercom',
  secretFlow: 'pasted',

  async verify({ headers, rawBody }, secret) {
    const signature = requireHeader(headers, SIGNATURE);
    if (typeof signature !== 'string') return signature;
    return compare(signature.toLowerCase(), `sha1=${hex(await hmac('SHA-1', secret, rawBody))}`, SIGNATURE);
  },

  map(payload): ConnectorEvent[] {
    const envelope = Envelope.safeParse(payload);
    if (!envelope.success) return ignored('not an Intercom notification');
    const { topic } = envelope.data;
    // "ping" arrives when the subscription is saved; acknowledging it is all it needs.
    if (topic !== 'conversation.admin.closed' && topic !== 'conversation.rating.added') {
      return ignored(`unknown topic "${topic}"`);
    }
    const item = Conversation.safeParse(envelope.data.data.item);
    if (!item.success) return ignored(`${topic} without a conversation`);
    const c = item.data;
    const fields = { agent: agentName(c.assignee?.name), channel: channelName(c.source?.type) };
    if (topic === 'conversation.admin.closed') return event(c.id, fields);
    const stars = c.conversation_rating?.rating;
    if (!stars) return ignored('conversation.rating.added without a rating');
    return event(c.id, { ...fields, rating: FIVE[stars]!, comment: commentText(c.conversation_rating?.remark) });
  },
};
