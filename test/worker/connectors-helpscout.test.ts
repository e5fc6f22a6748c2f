/**
 * Help Scout connector, from Help Scout's documentation:
 * - https://developer.helpscout.com/webhooks/ — X-HelpScout-Signature is base64(HMAC-SHA1(secret key,
 *   BODY)); the event's name is in X-HelpScout-Event.
 * - https://developer.helpscout.com/mailbox-api/endpoints/webhooks/create — the secret key
 *   "mZ9XbGHodX" is that page's example.
 * - https://developer.helpscout.com/webhooks/objects/rating — the BODY is that page's Rating example.
 * - https://developer.helpscout.com/webhooks/objects/conversation — status closed; type email/chat/phone.
 * The vector: printf %s "$BODY" | openssl dgst -sha1 -hmac "$SECRET" -binary | openssl base64 -A
 */
import { describe, expect, it } from 'vitest';
import { helpscout } from '../../worker/connectors/helpscout';
import { newConnectorSecret } from '../../worker/connectors/verify';
import { expectRefused, tampered, without } from './connector-helpers';
import { HELPSCOUT } from './connector-vectors';

const { SECRET, RATING, signed } = HELPSCOUT;
const NOW = Date.parse('2026-01-01T00:00:00Z');
const event = (name: string) => new Headers({ 'X-HelpScout-Event': name });

describe('Help Scout webhook', () => {
  it("accepts the documented rating and maps Great to a 'yes' for the conversation", async () => {
    expect(await helpscout.verify(signed, SECRET, NOW)).toEqual({ ok: true });
    expect(helpscout.map(JSON.parse(signed.rawBody), signed.headers)).toEqual([
      { kind: 'answer', interaction: '1560011', rating: 'yes', comment: 'he was really helpful' },
    ]);
  });

  it('refuses another secret, a changed body and a missing signature', async () => {
    expectRefused(await helpscout.verify(signed, 'mZ9XbGHodY', NOW), 'bad_signature');
    expectRefused(await helpscout.verify(tampered(signed, 'Great', 'Bad'), SECRET, NOW), 'bad_signature');
    expectRefused(await helpscout.verify(without(signed, 'X-HelpScout-Signature'), SECRET, NOW), 'missing_header');
  });

  it('generates secrets Help Scout accepts: at most 40 characters, a fresh one each time', () => {
    const a = newConnectorSecret();
    expect(a).toMatch(/^pmc_[A-Za-z0-9_-]{32}$/);
    expect(a.length).toBeLessThanOrEqual(40);
    expect(newConnectorSecret()).not.toBe(a);
  });

  it('maps Okay to the middle and not_good to a "no", with the rated agent (Mailbox API 2.0 spelling)', () => {
    const rated = { conversationId: 123, rating: 'okay', user: { firstName: 'Vernon', lastName: 'Bear' } };
    expect(helpscout.map(rated, event('satisfaction.ratings'))).toEqual([
      { kind: 'answer', interaction: '123', rating: 'middle', agent: 'Vernon Bear' },
    ]);
    expect(helpscout.map({ ...rated, rating: 'not_good' }, event('satisfaction.ratings'))[0]).toMatchObject({
      rating: 'no',
    });
  });

  it('maps a closed conversation to an ask with its assignee and type, and ignores other statuses', () => {
    const convo = { id: 291938, number: 349, type: 'chat', status: 'closed', assignee: { first: 'Mr', last: 'Robot' } };
    expect(helpscout.map(convo, event('convo.status'))).toEqual([
      { kind: 'ask', interaction: '291938', agent: 'Mr Robot', channel: 'chat' },
    ]);
    expect(helpscout.map({ ...convo, status: 'pending' }, event('convo.status'))[0]?.kind).toBe('ignored');
  });

  it('acknowledges and ignores unknown events and ratings without a value', () => {
    expect(helpscout.map({ id: 1 }, event('convo.created'))).toEqual([
      { kind: 'ignored', reason: 'unknown event "convo.created"' },
    ]);
    expect(helpscout.map({ ...RATING, rating: 'unknown' }, event('satisfaction.ratings'))[0]?.kind).toBe('ignored');
  });
});
