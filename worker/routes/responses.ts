import * as z from 'zod';
/** Answers: the public POST the widget sends, and the private list, export and erasure. */
import { Hono, type Context } from 'hono';
import {
  acceptAnswer,
  eraseOne,
  fromServer,
  publicCors as cors,
  publicPreflight,
  readableByThePage,
  TRUSTED_SERVER,
} from '../answers';
import { type ResponseRow } from '../db/answers';
import { listResponses, type ListFilter } from '../db/list';
import { requireAdmin, requireScope } from '../auth';
import { csvRow } from '../lib/csv';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/http';
import { iso, parseDate } from '../lib/time';
import { check, jsonBody, query } from '../lib/validate';
import { boardParam, requireBoard } from '../board';
import { doc } from '../openapi';
import { countRefusals } from '../refused';
import { BoardPath, Interaction, ListQuery, ResponseCreate } from '../schemas';
import { StoredResponse } from '../response-schemas';
import { responseJson } from '../presenters';

const responses = new Hono<AppEnv>();

/**
 * An answer POST with an Authorization header is the team's own server speaking with a board key
 * (SPEC: `sign`), not a customer's browser: no CORS at all, since a page could only send that header
 * after a preflight, and the preflight allows Content-Type alone.
 */
responses.use('/:board/responses', readableByThePage);

// A refused answer is counted for the board's team (worker/refused.ts).
responses.use('/:board/responses', countRefusals);

responses.options('/:board/responses', publicPreflight);

doc({
  method: 'post',
  path: '/v1/boards/{board}/responses',
  operationId: 'recordAnswer',
  summary: 'Record an answer',
  description:
    'One answer per (board, interaction); answering again replaces it. Send as application/json, or as text/plain ' +
    '(no CORS preflight). At most 8 KiB. Fields left out keep their stored value; comment "" removes the comment. ' +
    'Server to server: with a board key that has "sign" (or the admin token) as Authorization, the team\'s backend ' +
    'records what its customer chose without a token and without an Origin; a bad key is 401, a key of another ' +
    'board or without "sign" is 403, and nothing is written.',
  auth: 'optional',
  request: {
    params: BoardPath,
    body: {
      required: true,
      content: {
        'application/json': { schema: ResponseCreate },
        'text/plain': { schema: ResponseCreate },
      },
    },
  },
  responses: {
    201: { description: 'First answer', content: { 'application/json': { schema: StoredResponse } } },
    200: { description: 'Replaced or repeated answer', content: { 'application/json': { schema: StoredResponse } } },
  },
});
responses.post('/:board/responses', async (c) => {
  const id = boardParam(c);
  const server = fromServer(c);
  // The key is checked first: a wrong one is 401 whatever the board or the body.
  if (server) await requireScope(c, id, 'sign');
  const board = await requireBoard(c.env.DB, id);
  if (!server) cors(c, board);
  const input = await jsonBody(c, ResponseCreate, { allowText: true });
  const sender = server ? TRUSTED_SERVER : { origin: c.req.header('origin') };
  const { created, response } = await acceptAnswer(c, board, input, sender);
  return c.json(responseJson(response), created ? 201 : 200);
});

doc({
  method: 'get',
  path: '/v1/boards/{board}/responses',
  operationId: 'listResponses',
  summary: 'List answers, newest first',
  description:
    'Needs "read". Pages with ?cursor (next_cursor of the previous page); filters by verdict, agent, channel, ' +
    'follow_up (status) and ' +
    'dates (from/to, UTC). Every page costs about ?limit rows however deep it is. With "Accept: text/csv" the ' +
    'answer is CSV (RFC 4180): every matching answer, or ?limit of them. A CSV export that cannot finish ends as ' +
    'a broken transfer, never as a complete-looking file.',
  auth: true,
  request: { params: BoardPath, query: ListQuery },
  responses: {
    200: {
      description: 'A page of answers',
      content: {
        'application/json': {
          schema: z.object({ responses: z.array(StoredResponse), next_cursor: z.string().nullable() }),
        },
        'text/csv': { schema: z.string() },
      },
    },
  },
});
responses.get('/:board/responses', async (c) => {
  const id = boardParam(c);
  await requireScope(c, id, 'read');
  const q = query(c, ListQuery);
  await requireBoard(c.env.DB, id);
  const fromDay = q.from === undefined ? null : parseDate(q.from);
  const toDay = q.to === undefined ? null : parseDate(q.to);
  if (q.from !== undefined && fromDay === null)
    throw new ApiError('invalid_body', 'from: not a calendar date', { field: 'from' });
  if (q.to !== undefined && toDay === null)
    throw new ApiError('invalid_body', 'to: not a calendar date', { field: 'to' });
  const filter: Omit<ListFilter, 'limit'> = {
    before: q.cursor ? Number(q.cursor) : null,
    verdict: q.verdict ?? null,
    agent: q.agent ?? null,
    channel: q.channel ?? null,
    followUp: q.follow_up ?? null,
    fromDay,
    toDay,
  };

  if ((c.req.header('accept') ?? '').includes('text/csv')) {
    return csvExport(c, id, filter, q.limit);
  }
  const limit = q.limit ?? 50;
  const rows = await listResponses(c.env.DB, id, { ...filter, limit });
  const last = rows.at(-1);
  return c.json({
    responses: rows.map(responseJson),
    next_cursor: rows.length === limit && last ? String(last.answered_at) : null,
  });
});

// reasons: the chosen ids joined by a space (ids have none), last so older readers keep their columns
const CSV_HEADER = [
  'interaction',
  'verdict',
  'comment',
  'agent',
  'channel',
  'locale',
  'created_at',
  'updated_at',
  'reasons',
];
const csvLine = (r: ResponseRow) =>
  csvRow([
    r.interaction,
    r.verdict,
    r.comment,
    r.agent,
    r.channel,
    r.locale,
    iso(r.created_at),
    iso(r.updated_at),
    r.reasons === null ? null : (JSON.parse(r.reasons) as string[]).join(' '),
  ]);

/** Rows per query of an export: 1e6 answers are 500 queries, half of D1's 1,000 per invocation. */
const EXPORT_PAGE = 2000;

/**
 * Streams the export as keyset pages, so a large board never sits in memory and each page costs
 * the same at any depth. The first page is read before anything is sent, so a database that does
 * not answer is a 503. A page that fails later errors the stream: the client sees a broken
 * transfer (no final chunk), never a 200 whose file merely looks complete. Server-Timing leaves
 * with the first page, so an export of more pages logs its whole D1 cost when it ends.
 */
async function csvExport(
  c: Context<AppEnv>,
  board: string,
  filter: Omit<ListFilter, 'limit'>,
  limit: number | undefined,
) {
  const db = c.env.DB;
  const enc = new TextEncoder();
  let before = filter.before;
  let left = limit ?? Number.POSITIVE_INFINITY;
  const page = async () => {
    const take = Math.min(EXPORT_PAGE, left);
    return { take, rows: take > 0 ? await listResponses(db, board, { ...filter, before, limit: take }) : [] };
  };
  let pending: { take: number; rows: ResponseRow[] } | null = await page();
  let sent = 0;
  let pages = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(enc.encode(csvRow(CSV_HEADER)));
    },
    async pull(controller) {
      try {
        const { take, rows } = pending ?? (await page());
        pending = null;
        if (rows.length > 0) controller.enqueue(enc.encode(rows.map(csvLine).join('')));
        left -= rows.length;
        sent += rows.length;
        pages += 1;
        before = rows.at(-1)?.answered_at ?? before;
        if (rows.length < take || left <= 0) {
          controller.close();
          if (pages > 1) console.log(`CSV export of ${board}: ${sent} answers, ${c.get('meter').header()}`);
        }
      } catch (err) {
        console.error(`CSV export of ${board} cut short:`, err);
        controller.error(err);
      }
    },
  });
  return c.body(stream, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${board}-responses.csv"`,
  });
}

doc({
  method: 'delete',
  path: '/v1/boards/{board}/responses/{interaction}',
  operationId: 'eraseResponse',
  summary: 'Erase one answer (privacy requests)',
  description: 'Admin only. The score and stats follow at once.',
  auth: true,
  request: { params: BoardPath.extend({ interaction: Interaction }) },
  responses: { 204: { description: 'Erased' } },
});
responses.delete('/:board/responses/:interaction', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  const interaction = check(Interaction, c.req.param('interaction'), 'interaction');
  await eraseOne(c, id, interaction);
  return c.body(null, 204);
});

export default responses;
