/**
 * HubSpot connector, from HubSpot's documentation:
 * - https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
 *   — X-HubSpot-Signature-v3 is the base64 HMAC-SHA256, under the app's client secret, of
 *   METHOD + URI + BODY + TIMESTAMP, TIMESTAMP the X-HubSpot-Request-Timestamp header (milliseconds);
 *   refuse it when older than 5 minutes; URI with %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B decoded.
 * - https://knowledge.hubspot.com/workflows/how-do-i-use-webhooks-with-hubspot-workflows — the
 *   workflow action "Send a webhook" with a request signature.
 * - https://developers.hubspot.com/docs/methods/workflows/webhook_information — the default body is
 *   "the exact same data you'd get when pulling that object using the relevant object API".
 *   The same page's v2: X-HubSpot-Signature = hex(SHA-256(client secret + METHOD + URL + BODY)).
 * The BODY is the custom rating body of docs/integrations/hubspot.md. The vectors:
 *   { printf %s "POST$URL"; printf %s "$BODY"; printf %s "$TIMESTAMP"; } |
 *     openssl dgst -sha256 -hmac "$CLIENT_SECRET" -binary | openssl base64 -A
 *   { printf %s "$CLIENT_SECRET" "POST$URL"; printf %s "$BODY"; } | openssl dgst -sha256 -hex
 */
import { describe, expect, it } from 'vitest';
import { hubspot, hubspotUri } from '../../worker/connectors/hubspot';
import { expectRefused, tampered, webhook, without } from './connector-helpers';
import { HUBSPOT } from './connector-vectors';

const { SECRET, AT, BODY, signed } = HUBSPOT;
const h = new Headers();

describe('HubSpot workflow webhook', () => {
  it('accepts the signed rating and maps Positive to a "yes"', async () => {
    expect(await hubspot.verify(signed, SECRET, AT + 1000)).toEqual({ ok: true });
    expect(hubspot.map(JSON.parse(signed.rawBody), h)).toEqual([
      {
        kind: 'answer',
        interaction: '1234567',
        rating: 'yes',
        comment: 'Quick and kind',
        agent: 'Jane Agent',
        channel: 'email',
      },
    ]);
  });

  it('refuses another secret, a changed body, another URL or method, and a missing header', async () => {
    expectRefused(await hubspot.verify(signed, 'another-client-secret', AT), 'bad_signature');
    expectRefused(await hubspot.verify(tampered(signed, 'Positive', 'Negative'), SECRET, AT), 'bad_signature');
    const elsewhere = { ...signed, url: 'https://csat.example.com/v1/boards/other/connectors/hubspot' };
    expectRefused(await hubspot.verify(elsewhere, SECRET, AT), 'bad_signature');
    expectRefused(await hubspot.verify({ ...signed, method: 'PUT' }, SECRET, AT), 'bad_signature');
    expectRefused(await hubspot.verify(without(signed, 'X-HubSpot-Request-Timestamp'), SECRET, AT), 'missing_header');
  });

  it('refuses a request signed more than five minutes ago', async () => {
    expect((await hubspot.verify(signed, SECRET, AT + 5 * 60_000)).ok).toBe(true);
    expectRefused(await hubspot.verify(signed, SECRET, AT + 5 * 60_000 + 1), 'stale_timestamp');
  });

  it('accepts the older v2 signature when v3 is absent, and refuses a v2 made with another secret', async () => {
    const v2 = webhook('hubspot', BODY, {
      'X-HubSpot-Signature': '3d10ca46721029313fdfd26d98a4c67bd97a129813c497a8bf769590da8d4c9a',
      'X-HubSpot-Signature-Version': 'v2',
    });
    expect(await hubspot.verify(v2, SECRET, AT)).toEqual({ ok: true });
    expectRefused(await hubspot.verify(v2, 'another-client-secret', AT), 'bad_signature');
    expectRefused(await hubspot.verify(tampered(v2, 'Positive', 'Negative'), SECRET, AT), 'bad_signature');
    // Without v3 and without a v2 version header, the v3 header is what is missing.
    expectRefused(await hubspot.verify(without(v2, 'X-HubSpot-Signature-Version'), SECRET, AT), 'missing_header');
  });

  it('signs the URI with the listed escapes decoded and the others kept', () => {
    expect(hubspotUri('https://x.example/a%3Ab%2fc?q=%40%21%24%27%28%29%2A%2C%3B%3F&r=%20%25')).toBe(
      "https://x.example/a:b/c?q=@!$'()*,;?&r=%20%25",
    );
  });

  it("maps HubSpot's default ticket body to an ask, and a closed event to an ask", () => {
    const ticket = { id: '512', properties: { source_type: 'CHAT', hs_pipeline_stage: '4' } };
    expect(hubspot.map(ticket, h)).toEqual([{ kind: 'ask', interaction: '512', channel: 'chat' }]);
    expect(hubspot.map({ objectId: 512, properties: { source_type: { value: 'PHONE' } } }, h)).toEqual([
      { kind: 'ask', interaction: '512', channel: 'phone' },
    ]);
    expect(hubspot.map({ event: 'closed', ticket_id: '512', agent: '', channel: 'FORM' }, h)).toEqual([
      { kind: 'ask', interaction: '512', channel: 'web' },
    ]);
  });

  it('acknowledges and ignores unknown events and bodies', () => {
    expect(hubspot.map({ event: 'deal.created', ticket_id: '1' }, h)).toEqual([
      { kind: 'ignored', reason: 'unknown event "deal.created"' },
    ]);
    expect(hubspot.map([{ subscriptionType: 'contact.creation' }], h)[0]?.kind).toBe('ignored');
  });
});
