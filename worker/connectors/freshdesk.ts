/**
 * Freshdesk: automation rules that run on ticket updates (Admin → Workflows → Automation Rules →
 * Ticket Updates) with the action "Trigger Webhook"
 * (https://support.freshdesk.com/support/solutions/articles/132589-using-webhooks-in-automation-rules):
 * one rule when a ticket is resolved, and rules for the customer's feedback, each with the JSON body
 * of docs/integrations/freshdesk.md.
 *
 * Freshdesk signs nothing. The rule sends our secret in a custom header, X-Pandameter-Secret, which
 * this connector compares in constant time: `generated` (`pmc_…`). Without a timestamp a captured
 * request can be replayed, which repeats an ask or an answer: both are idempotent.
 */
import * as z from 'zod';
import { agentName, channelName, commentText, event, ignored, ratingFromWords } from './fields';
import type { Connector, ConnectorEvent, Rating } from './types';
import { compare, requireHeader } from './verify';

export const FRESHDESK_HEADER = 'X-Pandameter-Secret';

const Text = z.string().optional();
const Body = z.object({
  event: z.string(),
  ticket_id: z.union([z.string(), z.number()]),
  agent: Text,
  channel: Text,
  rating: z.union([z.string(), z.number()]).optional(),
  comment: Text,
});

/**
 * Freshdesk's survey scale as its API numbers it: 103, 102, 101 (extremely / very / happy), 100
 * (neutral), -101, -102, -103 (unhappy …). Words work too ("Very happy", "Neutral", or the literal
 * yes / middle / no a rule can send).
 */
function rating(value: string | number): Rating | null {
  const n = typeof value === 'number' ? value : /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isNaN(n)) return ratingFromWords(String(value));
  if (n >= 101 && n <= 103) return 'yes';
  if (n === 100) return 'middle';
  if (n <= -101 && n >= -103) return 'no';
  return null;
}

export const freshdesk: Connector = {
  helpdesk: 'freshdesk',
  secretFlow: 'generated',

  async verify({ headers }, secret) {
    const sent = requireHeader(headers, FRESHDESK_HEADER);
    if (typeof sent !== 'string') return sent;
    return compare(sent, secret, FRESHDESK_HEADER);
  },

  map(payload): ConnectorEvent[] {
    const parsed = Body.safeParse(payload);
    if (!parsed.success) return ignored('not a Pandameter rule body (see docs/integrations/freshdesk.md)');
    const body = parsed.data;
    const fields = { agent: agentName(body.agent), channel: channelName(body.channel) };
    if (body.event === 'resolved') return event(body.ticket_id, fields);
    if (body.event !== 'rating') return ignored(`unknown event "${body.event}"`);
    const verdict = body.rating === undefined ? null : rating(body.rating);
    if (!verdict) return ignored(`no rating in "${body.rating ?? ''}"`);
    return event(body.ticket_id, { ...fields, rating: verdict, comment: commentText(body.comment) });
  },
};
