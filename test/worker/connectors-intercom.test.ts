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
import { expectRefused, tampered, without } from './connector-helpers';
import { INTERCOM } from './connector-vectors';

const { SECRET, conversation, notification, signed } = INTERCOM;
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
