/**
 * Zendesk: a webhook (Admin Center → Apps and integrations → Webhooks) called by two triggers whose
 * JSON body the team pastes from docs/integrations/zendesk.md — "solved" when a ticket is solved,
 * "rating" when its satisfaction rating changes.
 *
 * Signature (https://developer.zendesk.com/documentation/webhooks/verifying/):
 * X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(signing secret, TIMESTAMP + BODY)), with TIMESTAMP
 * the X-Zendesk-Webhook-Signature-Timestamp header as sent (ISO 8601, e.g. 2021-07-25T10:00:00Z).
 * Zendesk makes the signing secret per webhook and does not let you set it: `pasted`.
 * Zendesk names no window for the timestamp; we take five minutes.
 */
import { ignored, RecipeBody, recipeEvents } from './fields';
import type { Connector, ConnectorEvent } from './types';
import { compare, fresh, hmacBase64, requireHeader } from './verify';

const SIGNATURE = 'X-Zendesk-Webhook-Signature';
const TIMESTAMP = 'X-Zendesk-Webhook-Signature-Timestamp';

export const zendesk: Connector = {
  helpdesk: 'zendesk',
  secretFlow: 'pasted',

  async verify({ headers, rawBody }, secret, now) {
    const signature = requireHeader(headers, SIGNATURE);
    if (typeof signature !== 'string') return signature;
    const timestamp = requireHeader(headers, TIMESTAMP);
    if (typeof timestamp !== 'string') return timestamp;
    // Checked before the timestamp is trusted for anything: an unsigned timestamp says nothing.
    const checked = await compare(signature, await hmacBase64('SHA-256', secret, timestamp + rawBody), SIGNATURE);
    if (!checked.ok) return checked;
    return fresh(/^\d{4}-\d\d-\d\dT/.test(timestamp) ? Date.parse(timestamp) : NaN, now, TIMESTAMP);
  },

  map(payload): ConnectorEvent[] {
    const parsed = RecipeBody.safeParse(payload);
    if (!parsed.success) return ignored('not a Pandameter trigger body (see docs/integrations/zendesk.md)');
    return recipeEvents(parsed.data, 'solved');
  },
};
