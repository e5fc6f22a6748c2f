/**
 * A helpdesk's webhook request, from its raw bytes to what it records: verify it with the board's
 * connector secret (or the previous one, until its time), map it with the helpdesk's connector
 * (worker/connectors/), and record what it says — an ask, or an answer through the same path as a
 * server-to-server answer (worker/answers.ts, `TRUSTED_SERVER`) — then count it on the connector.
 *
 * What a helpdesk is told: 401 when the signature fails (and nothing is written, not even a count:
 * an unsigned request proves nothing, so counting it would let anyone move the numbers); 2xx for
 * anything signed, recorded or not, because a helpdesk retries what it is refused, and a retry of
 * a body we cannot use would only fail again (Help Scout even disables a webhook after a 410, so
 * this route never says one).
 */
import type { Context } from 'hono';
import { acceptAnswer, TRUSTED_SERVER } from './answers';
import { CONNECTORS, verdictFor, type ConnectorEvent, type Helpdesk, type WebhookRequest } from './connectors';
import { recordAsks } from './db/asks';
import type { Board } from './db/boards';
import { countEvent, type ConnectorRow } from './db/connectors';
import { ApiError, unknownBoard } from './lib/errors';
import type { AppEnv } from './lib/http';
import { ResponseCreate } from './schemas';
import { forgetScore } from './score';

/** What one signed request did, as the route answers it (and the connector counts it). */
export interface Received {
  /** asks and answers recorded (a repeat of one already recorded counts: it was recorded, once) */
  accepted: number;
  ignored: number;
  /** why, for each ignored event */
  reasons: string[];
}

/** Refuses the request (401) unless the connector's secret, or its previous one until its time, signs it. */
export async function verifySigned(request: WebhookRequest, connector: ConnectorRow, now: number): Promise<void> {
  const { verify } = CONNECTORS[connector.helpdesk];
  const current = await verify(request, connector.secret, now);
  if (current.ok) return;
  const previous =
    connector.prev_secret !== null && (connector.prev_secret_until ?? 0) > now
      ? await verify(request, connector.prev_secret, now)
      : null;
  if (previous?.ok) return;
  throw new ApiError('unauthorized', `Not signed by this board's ${connector.helpdesk} connector: ${current.detail}.`);
}

/** The request's body as JSON, or undefined when it is not JSON (the connector then ignores it). */
function parse(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody);
  } catch {
    return undefined;
  }
}

/**
 * Records what a verified request says and counts it on its connector. Throws only what storage
 * throws (503): the helpdesk retries, and asks and answers are idempotent, so a retry records once.
 */
export async function receive(
  c: Context<AppEnv>,
  board: Board,
  helpdesk: Helpdesk,
  request: WebhookRequest,
  now: number,
): Promise<Received> {
  const payload = parse(request.rawBody);
  const events: ConnectorEvent[] =
    payload === undefined
      ? [{ kind: 'ignored', reason: 'the body is not JSON' }]
      : CONNECTORS[helpdesk].map(payload, request.headers);
  const received: Received = { accepted: 0, ignored: 0, reasons: [] };
  for (const event of events) {
    const why = await record(c, board, event);
    if (why === null) received.accepted += 1;
    else {
      received.ignored += 1;
      received.reasons.push(why);
    }
  }
  await countEvent(
    c.env.DB,
    board.id,
    helpdesk,
    { accepted: received.accepted, ignored: received.ignored, reason: received.reasons.at(-1) ?? null },
    now,
  );
  return received;
}

/** Records one event; returns null when it was recorded, or why it was not. */
async function record(c: Context<AppEnv>, board: Board, event: ConnectorEvent): Promise<string | null> {
  if (event.kind === 'ignored') return event.reason;
  const verdict = event.kind === 'answer' ? verdictFor(event.rating, board.middleRating) : null;
  if (verdict === null) return recordAsk(c, board, event);
  // The connector's fields already keep the text rule (worker/connectors/fields.ts); checked again
  // here so that no helpdesk field can ever reach storage unchecked. A retry would not fix it: ignored.
  const input = ResponseCreate.safeParse({
    interaction: event.interaction,
    verdict,
    comment: event.kind === 'answer' ? event.comment : undefined,
    agent: event.agent,
    channel: event.channel,
  });
  if (!input.success) return `a field breaks the text rule (${input.error.issues[0]?.path.join('.') ?? 'body'})`;
  await acceptAnswer(c, board, input.data, TRUSTED_SERVER);
  return null;
}

/**
 * An ask for the event's interaction (a solved ticket, or a middle rating the board does not count:
 * the customer was asked either way), idempotent per interaction like every ask.
 */
async function recordAsk(
  c: Context<AppEnv>,
  board: Board,
  event: Exclude<ConnectorEvent, { kind: 'ignored' }>,
): Promise<null> {
  const ask = { interaction: event.interaction, agent: event.agent, channel: event.channel };
  const fresh = await recordAsks(c.env.DB, board.id, [ask], 'connector', Date.now());
  if (fresh === null) throw unknownBoard(board.id);
  // The score shows the response rate, which a new ask moves.
  if (fresh.length > 0) await forgetScore(c, board.id);
  return null;
}
