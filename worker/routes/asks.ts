import * as z from 'zod';
/**
 * Asks (SPEC.md § Concepts: Ask): `POST /v1/boards/{board}/asks` with a `sign` key, for support
 * systems (one or up to 100), and without a key for the widget, the first time it shows the
 * question, under exactly the answer endpoint's rules (origin, token or rate limit, CORS). Its reply
 * tells the widget at load time that the embed is right, and gives it the board's accent and reasons.
 */
import { Hono, type Context } from 'hono';
import { admitCustomer, publicCors, publicPreflight, readableByThePage } from '../answers';
import { recordAsks, type AskInput } from '../db/asks';
import { type Board } from '../db/boards';
import { requireScope } from '../auth';
import { unknownBoard } from '../lib/errors';
import { publicOrigin, type AppEnv } from '../lib/http';
import { countRefusals } from '../refused';
import { check, jsonBody } from '../lib/validate';
import { boardParam, requireBoard } from '../board';
import { doc } from '../openapi';
import { AsksCreate, BoardPath, Reason, WidgetAsk } from '../schemas';
import { forgetScore } from '../score';

const asks = new Hono<AppEnv>();

const AsksRecorded = z
  .object({
    asked: z.number().int().openapi({ description: 'Interactions this request named.' }),
    new: z.number().int().openapi({ description: 'Of those, the ones not asked (or answered) before.' }),
  })
  .openapi('AsksRecorded');

const WidgetAsked = z
  .object({
    asked: z.literal(true),
    widget: z.object({
      board: z.string(),
      name: z.string(),
      accent: z.string().nullable(),
      reasons: z.array(Reason),
      scoreboard_url: z.string(),
    }),
  })
  .openapi('WidgetAsked');

asks.use('/:board/asks', readableByThePage);
// A refused ask is a wrong embed found at load: counted for the board's team (worker/refused.ts).
asks.use('/:board/asks', countRefusals);
asks.options('/:board/asks', publicPreflight);

doc({
  method: 'post',
  path: '/v1/boards/{board}/asks',
  operationId: 'recordAsks',
  summary: 'Record that customers were asked',
  description:
    'With a key that has "sign": one {interaction, agent?, channel?} or {asks: [...]} (at most 100), idempotent per ' +
    'interaction; 201 when any was new, else 200. Without a key (the widget, the first time it shows the question): ' +
    '{interaction, token?, agent?, channel?, locale?} as application/json or text/plain, under the rules of ' +
    'POST …/responses (allowed origins, the token on token boards, the rate limit on open boards); the reply gives the ' +
    "board's name, accent, reasons and scoreboard URL.",
  auth: 'optional',
  request: {
    params: BoardPath,
    body: {
      required: true,
      content: {
        'application/json': { schema: z.union([AsksCreate, WidgetAsk]) },
        'text/plain': { schema: WidgetAsk },
      },
    },
  },
  responses: {
    201: {
      description: 'Recorded (a key: counts; the widget: its settings)',
      content: { 'application/json': { schema: z.union([AsksRecorded, WidgetAsked]) } },
    },
    200: {
      description: 'Already asked',
      content: { 'application/json': { schema: z.union([AsksRecorded, WidgetAsked]) } },
    },
  },
});
asks.post('/:board/asks', async (c) => {
  const id = boardParam(c);
  if (c.req.header('authorization')) {
    await requireScope(c, id, 'sign');
    // The widget's body (with its token or locale) is taken from a key holder too, as one ask: the key
    // stands in for the token. Each shape is checked on its own, so a refusal names its field.
    const raw = await jsonBody(c, z.looseObject({}));
    const widgetShaped = !('asks' in raw) && ('token' in raw || 'locale' in raw);
    const body = widgetShaped ? check(WidgetAsk, raw) : check(AsksCreate, raw);
    await requireBoard(c.env.DB, id);
    const list =
      'asks' in body ? body.asks : [{ interaction: body.interaction, agent: body.agent, channel: body.channel }];
    const fresh = await record(c, id, list, 'api');
    return c.json({ asked: new Set(list.map((a) => a.interaction)).size, new: fresh }, fresh > 0 ? 201 : 200);
  }
  const board = await requireBoard(c.env.DB, id);
  publicCors(c, board);
  const input = await jsonBody(c, WidgetAsk, { allowText: true });
  await admitCustomer(c, board, input.interaction, input.token, c.req.header('origin'), Date.now());
  const fresh = await record(c, id, [input], 'widget');
  return c.json({ asked: true, widget: widgetSettings(c, board) }, fresh > 0 ? 201 : 200);
});

async function record(c: Context<AppEnv>, board: string, list: AskInput[], source: 'api' | 'widget'): Promise<number> {
  const fresh = await recordAsks(c.env.DB, board, list, source, Date.now());
  if (fresh === null) throw unknownBoard(board);
  if (fresh.length > 0) await forgetScore(c, board);
  return fresh.length;
}

/** What the widget learns when it loads: the board is right, and how to look and what to offer after "no". */
const widgetSettings = (c: Context<AppEnv>, b: Board) => ({
  board: b.id,
  name: b.name,
  accent: b.accent,
  reasons: b.reasons,
  scoreboard_url: `${publicOrigin(c)}/scoreboard/${b.id}`,
});

export default asks;
