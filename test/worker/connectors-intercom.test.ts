/**
 * Intercom connector, from Intercom's documentation:
 * - https://developers.intercom.com/docs/webhooks/setting-up-webhooks — X-Hub-Signature is "sha1=" and
 *   the hex HMAC-SHA1 of the body under the app's client secret.
 * - https://developers.intercom.com/docs/references/webhooks/webhook-models — the notification
 *   envelope (type notification_event, topic, data.item) and the topics conversation.admin.closed
 *   and conversation.rating.added ("Conversations getting a rating", item: Conversation).
 * - https://developers.intercom.com/docs/references/1.3/rest-api/conversations/conversation-rating-model
 *   — conversation_rating: rating 1–5, remark, teammate.
 * The vector: printf %s "$BODY" | openssl dgst -sha1 -hmac "$SECRET" -hex
 */
import { describe, expect, it } from 'vitest';
import { intercom } from '../../worker/connectors/intercom';
import { expectRefused, tampered, webhook, without } from './connector-helpers';

const SECRET = 'intercom-client-secret-0123';
const conversation = (rating: object | null) => ({
  type: 'conversation',
  id: '25182190716',
  created_at: 1577488838,
  updated_at: 1582210239,
  source: { type: 'conversation', delivered_as: 'customer_initiated' },
  assignee: { type: 'admin', id: '3832405', name: 'Testteam' },
  ...(rating && { conversation_rating: rating }),
});
const notification = (topic: string, item: object) => ({
  type: 'notification_event',
  app_id: 'tavxk3ub',
  data: { type: 'notification_event_data', item },
  topic,
  id: 'notif_4e3504a3-ba3f-46dc-ab48-8e4d5bdfdf4e',
  created_at: 1582210240,
  delivery_status: 'pending',
  delivery_attempts: 1,
  delivered_at: 0,
  first_sent_at: 1582210240,
  self: null,
});
const RATED = {
  rating: 3,
  remark: 'Fine, in the end',
  created_at: 1582210239,
  contact: { type: 'contact', id: '5e0691bc16f62626ff7f4183' },
  teammate: { type: 'admin', id: '3832405' },
};
const signed = webhook('intercom', JSON.stringify(notification('conversation.rating.added', conversation(RATED))), {
  'content-type': 'application/json',
  'X-Hub-Signature': 'sha1=ecf9ee2c305f93b531f896e6d7989d2ae50ec9df',
});
const NOW = Date.parse('2026-01-01T00:00:00Z');
const h = new Headers();

describe('Intercom webhook', () => {
  it('accepts the signed rating and maps 3 of 5 to the middle, with the remark as the comment', async () => {
    expect(await intercom.verify(signed, SECRET, NOW)).toEqual({ ok: true });
    expect(intercom.map(JSON.parse(signed.rawBody), h)).toEqual([
      {
        kind: 'answer',
        interaction: '25182190716',
        rating: 'middle',
        comment: 'Fine, in the end',
        agent: 'Testteam',
        channel: 'chat',
      },
    ]);
  });

  it('refuses another secret, a changed body and a missing signature', async () => {
    expectRefused(await intercom.verify(signed, 'another-client-secret', NOW), 'bad_signature');
    expectRefused(await intercom.verify(tampered(signed, '"rating":3', '"rating":5'), SECRET, NOW), 'bad_signature');
    expectRefused(await intercom.verify(without(signed, 'X-Hub-Signature'), SECRET, NOW), 'missing_header');
  });

  it('maps the five faces: 1–2 no, 3 middle, 4–5 yes', () => {
    const verdicts = [1, 2, 3, 4, 5].map(
      (rating) => intercom.map(notification('conversation.rating.added', conversation({ rating })), h)[0],
    );
    expect(verdicts.map((e) => e?.kind === 'answer' && e.rating)).toEqual(['no', 'no', 'middle', 'yes', 'yes']);
  });

  it('maps a conversation closed by a teammate to an ask', () => {
    expect(intercom.map(notification('conversation.admin.closed', conversation(null)), h)).toEqual([
      { kind: 'ask', interaction: '25182190716', agent: 'Testteam', channel: 'chat' },
    ]);
  });

  it('acknowledges and ignores the ping, other topics and a rating topic without a rating', () => {
    expect(intercom.map(notification('ping', { type: 'ping', message: 'something' }), h)).toEqual([
      { kind: 'ignored', reason: 'unknown topic "ping"' },
    ]);
    expect(intercom.map(notification('contact.user.created', { type: 'contact' }), h)[0]?.kind).toBe('ignored');
    expect(intercom.map(notification('conversation.rating.added', conversation(null)), h)[0]?.kind).toBe('ignored');
  });
});
