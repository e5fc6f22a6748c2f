/**
 * Turning a helpdesk's fields into values Pandameter stores. A helpdesk cannot be refused the way
 * an API caller can (it would retry forever or drop the event), so the rule here is: an interaction
 * id that breaks the text rule makes the event `ignored` (nothing half-recorded); an optional field
 * that breaks it (agent, channel, comment) is left out and the event still counts.
 */
import * as z from 'zod';
import { COMMENT_MAX } from '../../answer-form/rules';
import { textProblem } from '../lib/text';
import type { ConnectorEvent, Rating } from './types';

const INTERACTION_MAX = 128;
const AGENT_MAX = 64;
const CHANNEL = /^[a-z0-9_-]{1,32}$/;

/** The interaction id: the helpdesk's ticket or conversation id as text, or null when it breaks the rule. */
export function interactionId(id: string | number): string | null {
  const s = typeof id === 'number' ? (Number.isSafeInteger(id) ? String(id) : '') : id;
  return s && [...s].length <= INTERACTION_MAX && !textProblem(s, 'id') ? s : null;
}

/** An agent's name from whole-name or first/last parts; empty (unassigned) or invalid gives undefined. */
export function agentName(...parts: (string | null | undefined)[]): string | undefined {
  const name = parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim())
    .join(' ');
  return name && [...name].length <= AGENT_MAX && !textProblem(name, 'id') ? name : undefined;
}

/**
 * A helpdesk's channel or source name in the board's vocabulary (`^[a-z0-9_-]{1,32}$`): the common
 * ones folded to `email`, `chat`, `phone`, `web` so every helpdesk reports them alike ("Mail",
 * "Web Form", "Phone call (incoming)", Intercom's "conversation"); others lower-cased with runs of
 * other characters as `_` ("Facebook Messenger" → `facebook_messenger`).
 */
export function channelName(raw: string | null | undefined): string | undefined {
  const s = raw?.trim().toLowerCase();
  if (!s) return undefined;
  if (/mail/.test(s)) return 'email';
  if (/chat|conversation|messaging/.test(s)) return 'chat';
  if (/phone|voice|call/.test(s)) return 'phone';
  if (/^(web|form|web[ _-]?form|portal|web[ _-]?widget)$/.test(s)) return 'web';
  const slug = s
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32);
  return CHANNEL.test(slug) ? slug : undefined;
}

/** The comment as the API would store it (one line break, trimmed, at most COMMENT_MAX), or undefined. */
export function commentText(raw: string | null | undefined): string | undefined {
  const s = raw?.replace(/\r\n?/g, '\n').trim();
  if (!s || textProblem(s, 'comment')) return undefined;
  const chars = [...s];
  // A helpdesk's comment box may allow more than ours; the first COMMENT_MAX characters keep the gist.
  return chars.length <= COMMENT_MAX ? s : chars.slice(0, COMMENT_MAX).join('').trimEnd();
}

const WORDS: Record<string, Rating> = {
  yes: 'yes',
  no: 'no',
  middle: 'middle',
  good: 'yes',
  great: 'yes',
  awesome: 'yes',
  happy: 'yes',
  satisfied: 'yes',
  positive: 'yes',
  bad: 'no',
  not_good: 'no',
  unhappy: 'no',
  unsatisfied: 'no',
  dissatisfied: 'no',
  negative: 'no',
  okay: 'middle',
  ok: 'middle',
  neutral: 'middle',
};

/**
 * A rating written as words, in any case: the literal classes (`yes`, `no`, `middle`) that a recipe
 * may put in a body, and the helpdesks' labels ("Great", "not-good", "Very happy", Zendesk's
 * "Good, I'm satisfied"). The first word decides, after a degree word ("very", "extremely").
 */
export function ratingFromWords(raw: string): Rating | null {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/^(extremely|very)\s+/, '')
    .replace(/^not[\s_-]+good\b/, 'not_good');
  const first = /^[a-z_]+/.exec(s)?.[0];
  return (first && WORDS[first]) || null;
}

export const ignored = (reason: string): ConnectorEvent[] => [{ kind: 'ignored', reason }];

/** The ask or answer for one interaction, or `ignored` when its id breaks the text rule. */
export function event(
  id: string | number,
  fields: { rating?: Rating; comment?: string; agent?: string; channel?: string },
): ConnectorEvent[] {
  const interaction = interactionId(id);
  if (interaction === null) return ignored('the interaction id breaks the text rule');
  const extra = {
    ...(fields.agent && { agent: fields.agent }),
    ...(fields.channel && { channel: fields.channel }),
  };
  if (!fields.rating) return [{ kind: 'ask', interaction, ...extra }];
  return [
    {
      kind: 'answer',
      interaction,
      rating: fields.rating,
      ...(fields.comment && { comment: fields.comment }),
      ...extra,
    },
  ];
}

/**
 * The JSON body a recipe has the team paste where a helpdesk lets them write one (Zendesk's trigger,
 * HubSpot's "Customize request body"): placeholders render as text, so an unassigned ticket's agent
 * arrives as "" (or null).
 */
export const RecipeBody = z.object({
  event: z.string(),
  ticket_id: z.union([z.string(), z.number()]),
  agent: z.string().nullish(),
  channel: z.string().nullish(),
  /** the helpdesk's rating in words ("Good, I'm satisfied"), or a literal yes / no */
  rating: z.string().nullish(),
  comment: z.string().nullish(),
});

/**
 * A recipe body's events: `asked` (the helpdesk's word for a ticket done: "solved", "closed") is an
 * ask; "rating" an answer — unless it holds no rating yet ("Offered", an empty placeholder).
 */
export function recipeEvents(body: z.infer<typeof RecipeBody>, asked: string): ConnectorEvent[] {
  const fields = { agent: agentName(body.agent), channel: channelName(body.channel) };
  if (body.event === asked) return event(body.ticket_id, fields);
  if (body.event !== 'rating') return ignored(`unknown event "${body.event}"`);
  const rating = ratingFromWords(body.rating ?? '');
  if (!rating) return ignored(`no rating in "${body.rating ?? ''}"`);
  return event(body.ticket_id, { ...fields, rating, comment: commentText(body.comment) });
}
