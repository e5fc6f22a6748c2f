/**
 * What every helpdesk connector is: a pure pair of functions, `verify` (is this request really from
 * the helpdesk?) and `map` (what does it say, in Pandameter's words?). No storage, no routes: the
 * route `POST /v1/boards/{board}/connectors/{helpdesk}` reads the raw body once, looks up the
 * board's connector secret, calls these two and then records asks and answers.
 */

export const HELPDESKS = ['zendesk', 'helpscout', 'intercom', 'front', 'freshdesk', 'hubspot'] as const;
export type Helpdesk = (typeof HELPDESKS)[number];

/** The parts of the helpdesk's request that a signature can cover, read once by the route. */
export interface WebhookRequest {
  headers: Headers;
  /** The body exactly as received (UTF-8 text): signatures are over these bytes, never over re-serialised JSON. */
  rawBody: string;
  /** The full URL the helpdesk called, as it called it (HubSpot signs it). */
  url: string;
  method: string;
}

export type Refusal = 'missing_header' | 'bad_signature' | 'stale_timestamp';

/** `ok`, or why the request is refused (the route answers 401 and changes nothing). */
export type Verification = { ok: true } | { ok: false; reason: Refusal; detail: string };

/**
 * The helpdesk's own rating in three classes. `middle` (Help Scout "Okay", Intercom 3, Freshdesk
 * "Neutral", …) is decided later by the board's setting: count as yes, as no, or not at all.
 */
export type Rating = 'yes' | 'no' | 'middle';

export type ConnectorEvent =
  | { kind: 'ask'; interaction: string; agent?: string; channel?: string }
  | { kind: 'answer'; interaction: string; rating: Rating; comment?: string; agent?: string; channel?: string }
  /** Acknowledged (2xx, so the helpdesk does not retry forever), counted on the connector, not recorded. */
  | { kind: 'ignored'; reason: string };

/**
 * Where the secret that signs the helpdesk's requests comes from:
 * - `generated`: Pandameter makes it (`pmc_…`) and the team pastes it into the helpdesk, which lets
 *   you type your own (Help Scout's webhook secret key, Freshdesk's custom header);
 * - `pasted`: the helpdesk makes it and will not take one of ours (Zendesk's webhook signing secret,
 *   Intercom's and HubSpot's app client secret, Front's API or app secret), so the team pastes it into
 *   `npm run admin -- connectors create <board> <helpdesk> --secret …`.
 */
export type SecretFlow = 'generated' | 'pasted';

export interface Connector {
  helpdesk: Helpdesk;
  secretFlow: SecretFlow;
  /** `now` in milliseconds since the epoch (the route passes `Date.now()`; tests pass a fixed clock). */
  verify(request: WebhookRequest, secret: string, now: number): Promise<Verification>;
  /** Some helpdesks name the event in a header (Help Scout's X-HelpScout-Event), so `map` gets the headers too. */
  map(payload: unknown, headers: Headers): ConnectorEvent[];
}

/** The board's setting for a helpdesk's middle rating: not at all (the default), as a yes, or as a no. */
export const MIDDLE_RATINGS = ['ignore', 'yes', 'no'] as const;
export type MiddleAs = (typeof MIDDLE_RATINGS)[number];

/** The verdict to record for a rating under the board's setting, or null when the rating is not counted. */
export const verdictFor = (rating: Rating, middle: MiddleAs): 'yes' | 'no' | null =>
  rating !== 'middle' ? rating : middle === 'ignore' ? null : middle;
