/**
 * What every connector does with a helpdesk's fields (worker/connectors/fields.ts): a helpdesk
 * cannot be answered 400 like an API caller, so an interaction id that breaks the text rule makes
 * the event ignored (nothing half-recorded), and a bad optional field is left out.
 */
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX } from '../../answer-form/rules';
import { zendesk } from '../../worker/connectors/zendesk';
import { agentName, channelName, commentText, ratingFromWords } from '../../worker/connectors/fields';
import { CONNECTORS, HELPDESKS, verdictFor } from '../../worker/connectors';

const h = new Headers();

describe('connector fields', () => {
  it('ignores an event whose ticket id breaks the text rule, and records none of it', () => {
    for (const ticket_id of ['T-1\u202e', ' 208', '', 'x'.repeat(129), 1.5]) {
      expect(zendesk.map({ event: 'rating', ticket_id, rating: 'good' }, h)).toEqual([
        { kind: 'ignored', reason: 'the interaction id breaks the text rule' },
      ]);
    }
    expect(zendesk.map({ event: 'solved', ticket_id: 'x'.repeat(128) }, h)[0]?.kind).toBe('ask');
  });

  it('leaves out an agent that breaks the rule or is too long, and joins first and last names', () => {
    expect(agentName('Ana\u200b')).toBeUndefined();
    expect(agentName('a'.repeat(65))).toBeUndefined();
    expect(agentName('', null, undefined)).toBeUndefined();
    expect(agentName(' Mr ', 'Robot')).toBe('Mr Robot');
    expect(zendesk.map({ event: 'solved', ticket_id: '1', agent: 'Eve\u0007' }, h)).toEqual([
      { kind: 'ask', interaction: '1' },
    ]);
  });

  it("folds the helpdesks' channel names into the board's vocabulary", () => {
    const names = ['Mail', 'EMAIL', 'Web Form', 'web', 'Chat', 'conversation', 'Phone call (incoming)', 'Voice'];
    expect(names.map(channelName)).toEqual(['email', 'email', 'web', 'web', 'chat', 'chat', 'phone', 'phone']);
    expect(channelName('Facebook Messenger')).toBe('facebook_messenger');
    expect(channelName('API')).toBe('api');
    expect(channelName('   ')).toBeUndefined();
    expect(channelName('☎☎')).toBeUndefined();
    expect(channelName('x'.repeat(40))).toBe('x'.repeat(32));
  });

  it('keeps a comment as the API would store it, and at most COMMENT_MAX characters of a longer one', () => {
    expect(commentText('  line one\r\nline two  ')).toBe('line one\nline two');
    expect(commentText('   ')).toBeUndefined();
    expect(commentText('hidden\u202etext')).toBeUndefined();
    const long = '🐼'.repeat(COMMENT_MAX + 5);
    expect([...commentText(long)!]).toHaveLength(COMMENT_MAX);
  });

  it('reads ratings written as words, whatever their case, and nothing else', () => {
    const words = ['Great', 'okay', 'not-good', 'Not Good', 'Very happy', 'extremely unhappy', 'Neutral', 'BAD'];
    expect(words.map(ratingFromWords)).toEqual(['yes', 'middle', 'no', 'no', 'yes', 'no', 'middle', 'no']);
    expect(['', 'offered', 'unknown', 'goodish', '5'].map(ratingFromWords)).toEqual([null, null, null, null, null]);
  });

  it("counts a middle rating as the board's setting says, and never changes a yes or a no", () => {
    expect((['yes', 'no', 'ignore'] as const).map((setting) => verdictFor('middle', setting))).toEqual([
      'yes',
      'no',
      null,
    ]);
    for (const setting of ['yes', 'no', 'ignore'] as const) {
      expect([verdictFor('yes', setting), verdictFor('no', setting)]).toEqual(['yes', 'no']);
    }
  });

  it('has one connector per helpdesk, each naming itself and where its secret comes from', () => {
    expect(Object.keys(CONNECTORS).sort()).toEqual([...HELPDESKS].sort());
    for (const h of HELPDESKS) expect(CONNECTORS[h].helpdesk).toBe(h);
    const generated = HELPDESKS.filter((h) => CONNECTORS[h].secretFlow === 'generated');
    expect(generated).toEqual(['helpscout', 'freshdesk']);
  });
});
