/**
 * HubSpot: a ticket-based workflow with the action "Send a webhook" (Operations Hub Professional or
 * Enterprise; https://knowledge.hubspot.com/workflows/how-do-i-use-webhooks-with-hubspot-workflows),
 * "Use request signature" ticked with the team's app. The body is either HubSpot's default (the
 * ticket as the CRM objects API returns it: an ask when the ticket closes) or the custom body of
 * docs/integrations/hubspot.md (`event: "closed" | "rating"`).
 *
 * Signature v3 (https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation):
 * X-HubSpot-Signature-v3 = base64(HMAC-SHA256(client secret, METHOD + URI + BODY + TIMESTAMP)),
 * TIMESTAMP the X-HubSpot-Request-Timestamp header in milliseconds, refused when older than 5
 * minutes; URI the full URL with a few percent-escapes decoded (below). The client secret is the
 * app's: `pasted`.
 *
 * Requests without v3 are checked by the older v2 the same page describes for workflow webhooks:
 * X-HubSpot-Signature = hex(SHA-256(client secret + METHOD + URL + BODY)), with
 * X-HubSpot-Signature-Version: v2. It has no timestamp (a replay repeats an idempotent ask or answer)
 * and is a plain hash; a length-extended body would end in padding bytes that are not UTF-8 text,
 * so it can neither match after the route decodes the body nor parse as JSON.
 */
import * as z from 'zod';
import { channelName, event, ignored, RecipeBody, recipeEvents } from './fields';
import type { Connector, ConnectorEvent } from './types';
import { utf8 } from '../lib/crypto';
import { compare, digits, fresh, hex, hmacBase64, requireHeader } from './verify';

const SIGNATURE = 'X-HubSpot-Signature-v3';
const TIMESTAMP = 'X-HubSpot-Request-Timestamp';
const V2 = 'X-HubSpot-Signature';

/** The escapes HubSpot decodes in the URI before signing (the page above lists exactly these). */
const DECODED: Record<string, string> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};
export const hubspotUri = (url: string): string =>
  url.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => DECODED[m.toUpperCase()]!);

/** HubSpot's default body: the enrolled ticket, its properties as strings or as `{value}`. */
const Id = z.union([z.string(), z.number()]);
const Property = z.union([z.string(), z.object({ value: z.string().nullish() })]).nullish();
const Default = z.object({
  objectId: Id.optional(),
  id: Id.optional(),
  properties: z.record(z.string(), Property).optional(),
});
const property = (p: z.infer<typeof Property>) => (typeof p === 'string' ? p : (p?.value ?? undefined));

export const hubspot: Connector = {
  helpdesk: 'hubspot',
  secretFlow: 'pasted',

  async verify({ headers, rawBody, url, method }, secret, now) {
    if (!headers.has(SIGNATURE) && headers.get('X-HubSpot-Signature-Version') === 'v2') {
      const v2 = requireHeader(headers, V2);
      if (typeof v2 !== 'string') return v2;
      const digest = await crypto.subtle.digest(
        'SHA-256',
        utf8.encode(`${secret}${method.toUpperCase()}${url}${rawBody}`),
      );
      return compare(v2.toLowerCase(), hex(new Uint8Array(digest)), V2);
    }
    const signature = requireHeader(headers, SIGNATURE);
    if (typeof signature !== 'string') return signature;
    const timestamp = requireHeader(headers, TIMESTAMP);
    if (typeof timestamp !== 'string') return timestamp;
    const signed = `${method.toUpperCase()}${hubspotUri(url)}${rawBody}${timestamp}`;
    const checked = await compare(signature, await hmacBase64('SHA-256', secret, signed), SIGNATURE);
    return checked.ok ? fresh(digits(timestamp), now, TIMESTAMP) : checked;
  },

  map(payload): ConnectorEvent[] {
    // the body the recipe writes with "Customize request body"
    const custom = RecipeBody.safeParse(payload);
    if (custom.success) return recipeEvents(custom.data, 'closed');
    const ticket = Default.safeParse(payload);
    const id = ticket.success ? (ticket.data.objectId ?? ticket.data.id) : undefined;
    if (!ticket.success || id === undefined) return ignored('neither a ticket nor a Pandameter body');
    // The default body only ever asks: HubSpot sends it from the workflow the recipe enrols closed tickets in.
    return event(id, { channel: channelName(property(ticket.data.properties?.source_type)) });
  },
};
