/**
 * Freshdesk connector. Freshdesk signs nothing: its automation rules' "Trigger Webhook" action sends
 * the JSON body and the custom headers you give it
 * (https://support.freshdesk.com/support/solutions/articles/132589-using-webhooks-in-automation-rules),
 * so the connector checks a secret header of ours, X-Pandameter-Secret. The ticket 432, the feedback
 * "Thank you for the quick action" and the ratings 103 / 101 / -102 are the examples of Freshdesk's
 * satisfaction-ratings API (https://developers.freshdesk.com/api/#satisfaction-ratings); the body is
 * the rule body of docs/integrations/freshdesk.md.
 */
import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../worker/connectors/freshdesk';
import { expectRefused, webhook, without } from './connector-helpers';
import { FRESHDESK } from './connector-vectors';

const { SECRET, BODY, sent } = FRESHDESK;
const NOW = Date.parse('2026-01-01T00:00:00Z');
const h = new Headers();
const rated = (rating: string | number) =>
  freshdesk.map({ event: 'rating', ticket_id: 432, rating }, h).map((e) => (e.kind === 'answer' ? e.rating : e.kind));

describe('Freshdesk webhook', () => {
  it('accepts the request that carries the connector secret and maps 103 to a "yes"', async () => {
    expect(await freshdesk.verify(sent, SECRET, NOW)).toEqual({ ok: true });
    expect(freshdesk.map(JSON.parse(sent.rawBody), sent.headers)).toEqual([
      {
        kind: 'answer',
        interaction: '432',
        rating: 'yes',
        comment: 'Thank you for the quick action',
        agent: 'Jane Agent',
        channel: 'email',
      },
    ]);
  });

  it('refuses another secret and a request without the header', async () => {
    expectRefused(await freshdesk.verify(sent, 'pmc_another', NOW), 'bad_signature');
    expectRefused(await freshdesk.verify(without(sent, 'X-Pandameter-Secret'), SECRET, NOW), 'missing_header');
    const wrong = webhook('freshdesk', BODY, { 'X-Pandameter-Secret': `${SECRET}x` });
    expectRefused(await freshdesk.verify(wrong, SECRET, NOW), 'bad_signature');
  });

  it("maps Freshdesk's scale: positive is yes, 100 (neutral) the middle, negative no; words as well", () => {
    expect([103, 101, '100', -102, '-103'].flatMap(rated)).toEqual(['yes', 'yes', 'middle', 'no', 'no']);
    expect(['Extremely happy', 'Neutral', 'Very unhappy', 'no', 'middle'].flatMap(rated)).toEqual([
      'yes',
      'middle',
      'no',
      'no',
      'middle',
    ]);
  });

  it('maps a resolved ticket to an ask', () => {
    expect(freshdesk.map({ event: 'resolved', ticket_id: '432', agent: 'Jane Agent', channel: 'Portal' }, h)).toEqual([
      { kind: 'ask', interaction: '432', agent: 'Jane Agent', channel: 'web' },
    ]);
  });

  it('acknowledges and ignores unknown events and ratings it cannot read', () => {
    expect(freshdesk.map({ event: 'note_added', ticket_id: '432' }, h)).toEqual([
      { kind: 'ignored', reason: 'unknown event "note_added"' },
    ]);
    expect([0, 104, '{{ticket.rating}}'].flatMap(rated)).toEqual(['ignored', 'ignored', 'ignored']);
  });
});
