/**
 * Zendesk connector, from Zendesk's documentation:
 * - https://developer.zendesk.com/documentation/webhooks/verifying/ — base64(HMACSHA256(TIMESTAMP + BODY))
 *   with X-Zendesk-Webhook-Signature and X-Zendesk-Webhook-Signature-Timestamp; the signing secret
 *   "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==" and the timestamp "2021-07-25T10:00:00Z" are the
 *   page's own examples. An older copy of the page (under /documentation/event-connectors/) wrote the
 *   formula as BODY then TIMESTAMP, with a vector to match; the current page writes TIMESTAMP + BODY,
 *   as do the independent verifiers that ship against live Zendesk traffic, so that order is the one
 *   implemented and tested here, and the old vector is not used.
 * - https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/ —
 *   ticket 208 rated good with the comment "Awesome support!".
 * The body is the "rating" trigger body of docs/integrations/zendesk.md. The vector:
 *   { printf %s "$TIMESTAMP"; printf %s "$BODY"; } | openssl dgst -sha256 -hmac "$SECRET" -binary | openssl base64 -A
 */
import { describe, expect, it } from 'vitest';
import { zendesk } from '../../worker/connectors/zendesk';
import { expectRefused, tampered, without } from './connector-helpers';
import { ZENDESK } from './connector-vectors';

const { SECRET, AT, signed } = ZENDESK;

describe('Zendesk webhook', () => {
  it('accepts the signed rating and maps it to a "yes" answer for the ticket', async () => {
    expect(await zendesk.verify(signed, SECRET, AT + 30_000)).toEqual({ ok: true });
    expect(zendesk.map(JSON.parse(signed.rawBody), signed.headers)).toEqual([
      {
        kind: 'answer',
        interaction: '208',
        rating: 'yes',
        comment: 'Awesome support!',
        agent: 'Jane Agent',
        channel: 'web',
      },
    ]);
  });

  it('refuses another secret, a changed body and a missing header', async () => {
    expectRefused(await zendesk.verify(signed, 'another-webhook-secret', AT), 'bad_signature');
    expectRefused(await zendesk.verify(tampered(signed, 'Good', 'Bad,'), SECRET, AT), 'bad_signature');
    expectRefused(await zendesk.verify(without(signed, 'X-Zendesk-Webhook-Signature'), SECRET, AT), 'missing_header');
    const noTime = without(signed, 'X-Zendesk-Webhook-Signature-Timestamp');
    expectRefused(await zendesk.verify(noTime, SECRET, AT), 'missing_header');
  });

  it('refuses a signature more than five minutes old (a replay), and one from the future', async () => {
    expect((await zendesk.verify(signed, SECRET, AT + 5 * 60_000)).ok).toBe(true);
    expectRefused(await zendesk.verify(signed, SECRET, AT + 5 * 60_000 + 1), 'stale_timestamp');
    expectRefused(await zendesk.verify(signed, SECRET, AT - 6 * 60_000), 'stale_timestamp');
  });

  it('maps a solved ticket to an ask, and "Bad" to a "no"', () => {
    const h = new Headers();
    expect(zendesk.map({ event: 'solved', ticket_id: 208, agent: '', channel: 'Mail' }, h)).toEqual([
      { kind: 'ask', interaction: '208', channel: 'email' },
    ]);
    expect(zendesk.map({ event: 'rating', ticket_id: '209', rating: "Bad, I'm unsatisfied", comment: '' }, h)).toEqual([
      { kind: 'answer', interaction: '209', rating: 'no' },
    ]);
  });

  it('acknowledges and ignores what is not an answer: an offered survey, an unknown event, another body', () => {
    const h = new Headers();
    expect(zendesk.map({ event: 'rating', ticket_id: '208', rating: 'Offered' }, h)[0]?.kind).toBe('ignored');
    expect(zendesk.map({ event: 'ticket.created', ticket_id: '208' }, h)).toEqual([
      { kind: 'ignored', reason: 'unknown event "ticket.created"' },
    ]);
    expect(zendesk.map({ type: 'zen:event-type:ticket.created', detail: {} }, h)[0]?.kind).toBe('ignored');
  });
});
