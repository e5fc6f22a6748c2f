/**
 * Help Scout: the Webhooks app (Manage → Apps → Webhooks) with the events "Conversation Status
 * Updated" (convo.status) and "Rating Received" (satisfaction.ratings).
 *
 * Signature (https://developer.helpscout.com/webhooks/): X-HelpScout-Signature =
 * base64(HMAC-SHA1(secret key, BODY)); the event's name arrives in X-HelpScout-Event. No timestamp.
 * The secret key is "a randomly-generated (by you) string of 40 characters or less"
 * (https://developer.helpscout.com/mailbox-api/endpoints/webhooks/create): `generated`, ours is 36.
 *
 * Payloads: the v2 Conversation object (https://developer.helpscout.com/webhooks/objects/conversation,
 * `assignee.first/last` as in Mailbox API 2.0) and the Rating object
 * (https://developer.helpscout.com/webhooks/objects/rating: `ticketId`, `rating` Great / Okay / Bad,
 * `comments`; Mailbox API 2.0's rating spells `conversationId`, great / okay / not_good and `user`).
 */
import * as z from 'zod';
import { agentName, channelName, commentText, event, ignored, ratingFromWords } from './fields';
import type { Connector, ConnectorEvent } from './types';
import { compare, hmacBase64, requireHeader } from './verify';

const SIGNATURE = 'X-HelpScout-Signature';
const EVENT = 'X-HelpScout-Event';

const Id = z.union([z.string(), z.number()]);
const Person = z
  .object({
    first: z.string().nullish(),
    last: z.string().nullish(),
    firstName: z.string().nullish(),
    lastName: z.string().nullish(),
  })
  .nullish();
const name = (p: z.infer<typeof Person>) => agentName(p?.first ?? p?.firstName, p?.last ?? p?.lastName);

const Conversation = z.object({
  id: Id,
  status: z.string(),
  /** The conversation's type: email, chat or phone. */
  type: z.string().nullish(),
  assignee: Person,
  /** v1's name for the assignee. */
  owner: Person,
});

const Rating = z
  .object({
    conversationId: Id.optional(),
    ticketId: Id.optional(),
    rating: z.string(),
    comments: z.string().nullish(),
    user: Person,
  })
  .refine((r) => r.conversationId !== undefined || r.ticketId !== undefined);

export const helpscout: Connector = {
  helpdesk: 'helpscout',
  secretFlow: 'generated',

  async verify({ headers, rawBody }, secret) {
    const signature = requireHeader(headers, SIGNATURE);
    if (typeof signature !== 'string') return signature;
    return compare(signature, await hmacBase64('SHA-1', secret, rawBody), SIGNATURE);
  },

  map(payload, headers): ConnectorEvent[] {
    const type = headers.get(EVENT) ?? '';
    if (type === 'convo.status') {
      const c = Conversation.safeParse(payload);
      if (!c.success) return ignored('convo.status without a conversation');
      // The webhook fires on every status change; only closing a conversation asks the customer.
      if (c.data.status !== 'closed') return ignored(`conversation status "${c.data.status}"`);
      return event(c.data.id, { agent: name(c.data.assignee ?? c.data.owner), channel: channelName(c.data.type) });
    }
    if (type === 'satisfaction.ratings') {
      const r = Rating.safeParse(payload);
      if (!r.success) return ignored('satisfaction.ratings without a rating');
      const rating = ratingFromWords(r.data.rating);
      // "unknown" is Help Scout's own word for no rating.
      if (!rating) return ignored(`rating "${r.data.rating}"`);
      return event((r.data.conversationId ?? r.data.ticketId)!, {
        rating,
        comment: commentText(r.data.comments),
        agent: name(r.data.user),
      });
    }
    return ignored(`unknown event "${type}"`);
  },
};
