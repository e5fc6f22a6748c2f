/**
 * Issue 20 § 4: each helpdesk's documented example request (test/worker/connector-vectors.ts, cited in
 * test/worker/connectors-<helpdesk>.test.ts) replayed through the worker's route
 * `POST /v1/boards/{board}/connectors/{helpdesk}`, at the time it was signed: accepted and mapped
 * (the answer stored, the score moved), its replay no second row; another secret and a tampered body
 * 401 with nothing written; an unknown event acknowledged, ignored and counted on the connector.
 * Requests that are not the documented ones are signed here with WebCrypto, the way each helpdesk's
 * page says, not with the worker's code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Helpdesk, WebhookRequest } from '../../worker/connectors';
import { tampered, webhook, without } from './connector-helpers';
import { FRESHDESK, FRONT, HELPSCOUT, HUBSPOT, INTERCOM, ZENDESK } from './connector-vectors';
import { ADMIN, call, createBoard, d1Cost, env, json, score, send } from './helpers';

const enc = new TextEncoder();
async function hmac(hash: 'SHA-1' | 'SHA-256', secret: string, message: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(message)));
}
const base64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

/** The headers each helpdesk's documentation says it sends with `body`, signed with `secret` at `at`. */
const SIGN: Record<
  Helpdesk,
  (secret: string, body: string, url: string, at: number) => Promise<Record<string, string>>
> = {
  zendesk: async (secret, body, _url, at) => {
    const ts = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      'X-Zendesk-Webhook-Signature': base64(await hmac('SHA-256', secret, ts + body)),
      'X-Zendesk-Webhook-Signature-Timestamp': ts,
    };
  },
  helpscout: async (secret, body) => ({ 'X-HelpScout-Signature': base64(await hmac('SHA-1', secret, body)) }),
  intercom: async (secret, body) => ({ 'X-Hub-Signature': `sha1=${hex(await hmac('SHA-1', secret, body))}` }),
  front: async (secret, body) => ({ 'X-Front-Signature': base64(await hmac('SHA-1', secret, body)) }),
  freshdesk: async (secret) => ({ 'X-Pandameter-Secret': secret }),
  hubspot: async (secret, body, url, at) => ({
    'X-HubSpot-Signature-v3': base64(await hmac('SHA-256', secret, `POST${url}${body}${at}`)),
    'X-HubSpot-Request-Timestamp': String(at),
  }),
};

interface Replay {
  helpdesk: Helpdesk;
  secret: string;
  /** the documented request; HubSpot's signs its URL, so it goes to the board it names (acme) */
  request: WebhookRequest;
  /** when it was signed, for the helpdesks that sign a timestamp */
  at?: number;
  board?: { middle_rating?: 'yes' | 'no' };
  interaction: string;
  /** the answer stored, or null when the event is an ask */
  stored: Record<string, string> | null;
  /** a change to the body that the signature must catch (Freshdesk signs nothing: null) */
  tamper: [string, string] | null;
  /** an event of this helpdesk that Pandameter does not record (Help Scout names it in a header) */
  unknown: string;
  unknownHeaders?: Record<string, string>;
}

const REPLAYS: Replay[] = [
  {
    helpdesk: 'zendesk',
    secret: ZENDESK.SECRET,
    request: ZENDESK.signed,
    at: ZENDESK.AT,
    interaction: '208',
    stored: { verdict: 'yes', comment: 'Awesome support!', agent: 'Jane Agent', channel: 'web' },
    tamper: ['Good', 'Bad,'],
    unknown: JSON.stringify({ event: 'ticket.created', ticket_id: '208' }),
  },
  {
    helpdesk: 'helpscout',
    secret: HELPSCOUT.SECRET,
    request: HELPSCOUT.signed,
    interaction: '1560011',
    stored: { verdict: 'yes', comment: 'he was really helpful' },
    tamper: ['Great', 'Bad'],
    unknown: JSON.stringify({ id: 1560011, number: 42, status: 'active' }),
    unknownHeaders: { 'X-HelpScout-Event': 'convo.assigned' },
  },
  {
    helpdesk: 'intercom',
    secret: INTERCOM.SECRET,
    request: INTERCOM.signed,
    // Intercom's example rates 3 of 5: counted only on a board that counts the middle as a yes.
    board: { middle_rating: 'yes' },
    interaction: '25182190716',
    stored: { verdict: 'yes', comment: 'Fine, in the end', agent: 'Testteam', channel: 'chat' },
    tamper: ['"rating":3', '"rating":5'],
    unknown: JSON.stringify(INTERCOM.notification('contact.created', { type: 'contact', id: 'c1' })),
  },
  {
    helpdesk: 'front',
    secret: FRONT.API_SECRET,
    request: FRONT.rule,
    interaction: 'cnv_55c8c149',
    stored: null,
    tamper: ['cnv_55c8c149"', 'cnv_55c8c150"'],
    unknown: JSON.stringify({ ...FRONT.ARCHIVE, type: 'assign' }),
  },
  {
    helpdesk: 'freshdesk',
    secret: FRESHDESK.SECRET,
    request: FRESHDESK.sent,
    interaction: '432',
    stored: { verdict: 'yes', comment: 'Thank you for the quick action', agent: 'Jane Agent', channel: 'email' },
    // Freshdesk signs no body: its rules send our secret in a header, and a body without it is refused.
    tamper: null,
    unknown: JSON.stringify({ event: 'note_added', ticket_id: '432' }),
  },
  {
    helpdesk: 'hubspot',
    secret: HUBSPOT.SECRET,
    request: HUBSPOT.signed,
    at: HUBSPOT.AT,
    interaction: '1234567',
    stored: { verdict: 'yes', comment: 'Quick and kind', agent: 'Jane Agent', channel: 'email' },
    tamper: ['Positive', 'Negative'],
    unknown: JSON.stringify({ event: 'ticket.merged', ticket_id: '1234567' }),
  },
];

afterEach(() => {
  vi.useRealTimers();
});

/** The worker's clock at the time the helpdesk signed (only Date: D1, queues and timers run as usual). */
function clockAt(at: number | undefined) {
  if (at === undefined) return;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at + 30_000);
}

const urlFor = (r: WebhookRequest, board: string) => r.url.replace('/boards/acme/', `/boards/${board}/`);
const post = (r: WebhookRequest, board: string) =>
  send(new Request(urlFor(r, board), { method: 'POST', headers: r.headers, body: r.rawBody }));

async function boardWithConnector(replay: Replay, id?: string) {
  const { id: board } = await createBoard({ ...(id ? { id } : {}), ...replay.board });
  const res = await call(`/v1/boards/${board}/connectors`, {
    method: 'POST',
    auth: ADMIN,
    body: { helpdesk: replay.helpdesk, secret: replay.secret },
  });
  expect(res.status).toBe(201);
  return board;
}

/** The rows this board has, in every table a request may write. */
async function stored(board: string) {
  const tables = ['boards WHERE id = ?1', 'responses WHERE board_id = ?1', 'connectors WHERE board_id = ?1'];
  const parts = await env.DB.batch(tables.map((t) => env.DB.prepare(`SELECT * FROM ${t}`).bind(board)));
  return JSON.stringify(parts.map((p) => p.results));
}

const asksOf = async (board: string) =>
  (await env.DB.prepare('SELECT interaction, agent, channel, source FROM asks WHERE board_id = ?1').bind(board).all())
    .results;

const answerRows = async (board: string) =>
  (await env.DB.prepare('SELECT * FROM responses WHERE board_id = ?1').bind(board).all()).results;

async function connectorOf(board: string, helpdesk: Helpdesk) {
  const { connectors } = await json(await call(`/v1/boards/${board}/connectors`, { auth: ADMIN }));
  return connectors.find((x: { helpdesk: string }) => x.helpdesk === helpdesk);
}

async function answers(board: string) {
  return (await json(await call(`/v1/boards/${board}/responses`, { auth: ADMIN }))).responses;
}

async function expectRefusedUnchanged(board: string, res: Response, before: string) {
  expect(res.status).toBe(401);
  expect((await json(res)).error.code).toBe('unauthorized');
  // the board and its connector, read by their keys; nothing written
  expect(d1Cost(res)).toMatchObject({ read: 2, written: 0 });
  expect(await stored(board)).toBe(before);
}

describe.each(REPLAYS)('$helpdesk webhook through the route', (replay) => {
  it('accepts the documented request and records it; its replay is no second row', async () => {
    const board = await boardWithConnector(replay, replay.helpdesk === 'hubspot' ? 'acme' : undefined);
    clockAt(replay.at);
    const res = await post(replay.request, board);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ accepted: 1, ignored: 0, reasons: [] });
    const rows = await answers(board);
    if (replay.stored) {
      expect(rows).toEqual([expect.objectContaining({ interaction: replay.interaction, ...replay.stored })]);
      expect(await score(board)).toMatchObject({ responses: 1, satisfied: 1, percent: 100 });
      // an answer implies its ask
      expect(await asksOf(board)).toEqual([expect.objectContaining({ interaction: replay.interaction })]);
    } else {
      expect(rows).toEqual([]);
      expect(await asksOf(board)).toEqual([
        expect.objectContaining({ interaction: replay.interaction, source: 'connector', agent: 'Leela Turanga' }),
      ]);
    }

    const before = await answerRows(board);
    const again = await post(replay.request, board);
    expect(again.status).toBe(200);
    // The same row, not even rewritten; only the connector counts what it received.
    expect(await answerRows(board)).toEqual(before);
    expect(await asksOf(board)).toHaveLength(1);
    if (replay.stored) expect(await score(board)).toMatchObject({ responses: 1, satisfied: 1 });
    expect(await connectorOf(board, replay.helpdesk)).toMatchObject({ accepted: 2, ignored: 0 });
  });

  it('refuses a request signed with another secret, and a tampered body: 401, nothing written', async () => {
    const board = await boardWithConnector(replay);
    clockAt(replay.at);
    const before = await stored(board);
    const url = urlFor(replay.request, board);
    const other = await SIGN[replay.helpdesk](`${replay.secret}-not`, replay.request.rawBody, url, replay.at ?? 0);
    const headers = { ...Object.fromEntries(replay.request.headers), ...other };
    await expectRefusedUnchanged(
      board,
      await post(webhook(replay.helpdesk, replay.request.rawBody, headers), board),
      before,
    );
    const changed = replay.tamper
      ? tampered(replay.request, ...replay.tamper)
      : without(replay.request, 'X-Pandameter-Secret');
    await expectRefusedUnchanged(board, await post(changed, board), before);
    expect(await connectorOf(board, replay.helpdesk)).toMatchObject({ accepted: 0, ignored: 0, last_event_at: null });
  });

  it('acknowledges an unknown event, records nothing, and counts it on the connector', async () => {
    const board = await boardWithConnector(replay);
    const at = Date.now();
    const url = urlFor(replay.request, board);
    const headers = {
      'content-type': 'application/json',
      ...replay.unknownHeaders,
      ...(await SIGN[replay.helpdesk](replay.secret, replay.unknown, url, at)),
    };
    const res = await post(webhook(replay.helpdesk, replay.unknown, headers, url), board);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ accepted: 0, ignored: 1 });
    expect(await answers(board)).toEqual([]);
    const connector = await connectorOf(board, replay.helpdesk);
    expect(connector).toMatchObject({ accepted: 0, ignored: 1 });
    expect(connector.last_ignored_reason).toEqual(expect.any(String));
    expect(connector.last_event_at).not.toBeNull();
  });
});

describe('what only some helpdesks do', () => {
  const [intercom] = REPLAYS.filter((r) => r.helpdesk === 'intercom');

  it('a middle rating on a board that does not count it (the default) records the ask, not an answer', async () => {
    const board = await boardWithConnector({ ...intercom!, board: {} });
    const res = await post(intercom!.request, board);
    expect(await json(res)).toEqual({ accepted: 1, ignored: 0, reasons: [] });
    expect(await answers(board)).toEqual([]);
    expect(await asksOf(board)).toEqual([
      { interaction: '25182190716', agent: 'Testteam', channel: 'chat', source: 'connector' },
    ]);
    expect(await score(board)).toMatchObject({ responses: 0, asked: 1 });
  });

  it("answers Front's signed validation request with its challenge, and refuses an unsigned one", async () => {
    const [front] = REPLAYS.filter((r) => r.helpdesk === 'front');
    const board = await boardWithConnector({ ...front!, secret: FRONT.APP_SECRET });
    const body = JSON.stringify({ type: 'sync', authorization: { id: 'cmp_abc' } });
    const ts = String(Date.now());
    const signature = base64(await hmac('SHA-256', FRONT.APP_SECRET, `${ts}:${body}`));
    const headers = { 'X-Front-Signature': signature, 'X-Front-Request-Timestamp': ts, 'X-Front-Challenge': 'c-42' };
    const before = await stored(board);
    const res = await post(webhook('front', body, headers), board);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ challenge: 'c-42' });
    const forged = await post(
      webhook('front', body, { ...headers, 'X-Front-Signature': base64(new Uint8Array(32)) }),
      board,
    );
    await expectRefusedUnchanged(board, forged, before);
  });
});
