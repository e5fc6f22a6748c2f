/**
 * Front connector, from Front's documentation:
 * - https://dev.frontapp.com/docs/rule-webhooks — X-Front-Signature is the base64 HMAC-SHA1 of the body
 *   under the API secret.
 * - https://dev.frontapp.com/docs/application-webhooks — X-Front-Signature is the base64 HMAC-SHA256 of
 *   X-Front-Request-Timestamp (milliseconds) + ":" + the raw body under the app secret;
 *   https://dev.frontapp.com/docs/security-1 recommends refusing after 5 minutes.
 * - https://dev.frontapp.com/reference/events — the `archive` event ("When a conversation is
 *   archived") with its conversation; the BODY follows that page's event shape.
 * The vectors:
 *   printf %s "$BODY" | openssl dgst -sha1 -hmac "$API_SECRET" -binary | openssl base64 -A
 *   { printf %s: "$TIMESTAMP"; printf %s "$BODY"; } | openssl dgst -sha256 -hmac "$APP_SECRET" -binary | openssl base64 -A
 */
import { describe, expect, it } from 'vitest';
import { front } from '../../worker/connectors/front';
import { expectRefused, tampered, webhook, without } from './connector-helpers';
import { FRONT } from './connector-vectors';

const { API_SECRET, APP_SECRET, AT, ARCHIVE, BODY, rule, app } = FRONT;
const h = new Headers();

describe('Front webhook', () => {
  it('accepts a rule webhook and an application webhook, and maps the archived conversation to an ask', async () => {
    expect(await front.verify(rule, API_SECRET, AT)).toEqual({ ok: true });
    expect(await front.verify(app, APP_SECRET, AT + 60_000)).toEqual({ ok: true });
    expect(front.map(JSON.parse(BODY), h)).toEqual([
      { kind: 'ask', interaction: 'cnv_55c8c149', agent: 'Leela Turanga' },
    ]);
  });

  it('refuses another secret, a changed body and a missing signature', async () => {
    expectRefused(await front.verify(rule, APP_SECRET, AT), 'bad_signature');
    expectRefused(await front.verify(app, API_SECRET, AT), 'bad_signature');
    expectRefused(
      await front.verify(tampered(rule, 'cnv_55c8c149"', 'cnv_55c8c150"'), API_SECRET, AT),
      'bad_signature',
    );
    expectRefused(await front.verify(tampered(app, 'cnv_55c8c149"', 'cnv_55c8c150"'), APP_SECRET, AT), 'bad_signature');
    expectRefused(await front.verify(without(app, 'X-Front-Signature'), APP_SECRET, AT), 'missing_header');
  });

  it('refuses an application webhook whose timestamp is more than five minutes away, or changed', async () => {
    expectRefused(await front.verify(app, APP_SECRET, AT + 5 * 60_000 + 1), 'stale_timestamp');
    const moved = webhook('front', BODY, {
      'X-Front-Signature': 'usHKx9rM1A/5BeCAjBAir2kuVVKQd+ippUW6w8en9u8=',
      'X-Front-Request-Timestamp': String(AT + 60_000),
    });
    expectRefused(await front.verify(moved, APP_SECRET, AT + 60_000), 'bad_signature');
  });

  it('acknowledges and ignores other events, the validation request and the event preview without a conversation', () => {
    expect(front.map({ ...ARCHIVE, type: 'assign' }, h)).toEqual([{ kind: 'ignored', reason: 'event "assign"' }]);
    expect(front.map({ type: 'sync', authorization: { id: 'cmp_abc' } }, h)[0]?.kind).toBe('ignored');
    expect(front.map({ id: 'evt_1', type: 'archive' }, h)[0]?.kind).toBe('ignored');
  });
});
