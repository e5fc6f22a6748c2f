import * as z from 'zod';
/** Boards and their credentials: settings, signing secret, API keys, token minting. */
import { Hono } from 'hono';
import { recordAsks } from '../db/asks';
import { createBoard, deleteBoard, getBoard, listBoards, rotateSecret, updateBoard } from '../db/boards';
import { insertKey, revokeKey } from '../db/keys';
import { isBeingPurged } from '../db/purge';
import { refusedLastDay } from '../db/refusals';
import { requireAdmin, requireScope } from '../auth';
import { randomId, randomToken, sha256Hex } from '../lib/crypto';
import { ApiError, unknownBoard } from '../lib/errors';
import { publicOrigin, type AppEnv } from '../lib/http';
import { iso } from '../lib/time';
import { mintToken } from '../lib/tokens';
import { jsonBody } from '../lib/validate';
import { boardParam, newSecret, requireBoard } from '../board';
import { doc, jsonContent } from '../openapi';
import { ensurePurge, STALL_MS, startPurge } from '../purge';
import { BoardCreate, BoardPath, BoardPatch, KeyCreate, TokenCreate } from '../schemas';
import { ApiKey, BoardJson, MintedToken } from '../response-schemas';
import { forgetScore } from '../score';
import { deliverSoon } from '../webhooks/queue';
import { targetChangeStatements } from '../webhooks/targets';
import { boardJson, newBoardSettings, settingsOf } from '../presenters';

/** The previous secret stays valid this long after a rotation (SPEC: 24 hours). */
export const SECRET_GRACE_MS = 24 * 3600 * 1000;
const DEFAULT_TOKEN_TTL_S = 30 * 86_400;

const boards = new Hono<AppEnv>();
const json = jsonContent;

doc({
  method: 'post',
  path: '/v1/boards',
  operationId: 'createBoard',
  summary: 'Create a board',
  auth: true,
  request: { body: json(BoardCreate, 'The new board') },
  responses: { 201: json(z.object({ board: BoardJson, secret: z.string() }), 'The board and its signing secret') },
});
boards.post('/', async (c) => {
  await requireAdmin(c);
  const input = await jsonBody(c, BoardCreate);
  const secret = newSecret();
  const result = await createBoard(c.env.DB, { id: input.id, ...newBoardSettings(input) }, secret, Date.now());
  if (!result.created) {
    throw new ApiError(
      'conflict',
      result.reason === 'deleting'
        ? `A board named "${input.id}" was deleted and is still being removed; try again in a few minutes.`
        : `A board named "${input.id}" already exists.`,
      { field: 'id' },
    );
  }
  return c.json({ board: boardJson(result.board), secret }, 201);
});

doc({
  method: 'get',
  path: '/v1/boards',
  operationId: 'listBoards',
  summary: 'List boards',
  auth: true,
  responses: { 200: json(z.object({ boards: z.array(BoardJson) }), 'Every board') },
});
boards.get('/', async (c) => {
  await requireAdmin(c);
  const list = await listBoards(c.env.DB);
  return c.json({ boards: list.map(boardJson) });
});

doc({
  method: 'get',
  path: '/v1/boards/{board}',
  operationId: 'getBoard',
  summary: 'Read a board',
  auth: true,
  request: { params: BoardPath },
  responses: { 200: json(BoardJson, 'The board') },
});
boards.get('/:board', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  const board = await getBoard(c.env.DB, id);
  if (board) return c.json({ ...boardJson(board), refused_24h: await refusedLastDay(c.env.DB, id, Date.now()) });
  // Tell an admin why the id cannot be taken again yet (only here: other routes just say 404).
  if (await isBeingPurged(c.env.DB, id)) {
    throw new ApiError(
      'unknown_board',
      `The board "${id}" was deleted; its answers are still being removed, and its id is free again when that is done.`,
    );
  }
  throw unknownBoard(id);
});

doc({
  method: 'patch',
  path: '/v1/boards/{board}',
  operationId: 'updateBoard',
  summary: "Change a board's settings",
  description:
    'Changing the window recounts the score, reading only the answers that enter or leave it (or, for a day ' +
    'window, one row per 32 days).',
  auth: true,
  request: { params: BoardPath, body: json(BoardPatch, 'The settings to change') },
  responses: { 200: json(BoardJson, 'The board as it is now') },
});
boards.patch('/:board', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  const patch = await jsonBody(c, BoardPatch);
  const now = Date.now();
  // a new target (or window) may put the score on the other side of the target: its event fires here
  const crossing = patch.target !== undefined || patch.window !== undefined;
  const board = await updateBoard(
    c.env.DB,
    id,
    settingsOf(patch),
    now,
    crossing ? targetChangeStatements(c.env.DB, id, now) : {},
  );
  if (!board) throw unknownBoard(id);
  if (patch.target !== undefined) deliverSoon(c); // else the cron sweep sends what a window change fired
  await forgetScore(c, id);
  return c.json(boardJson(board));
});

doc({
  method: 'delete',
  path: '/v1/boards/{board}',
  operationId: 'deleteBoard',
  summary: 'Delete a board with all its answers and keys',
  description:
    'The board leaves every route at once and its keys stop working; its answers are removed in the background ' +
    '(a Workflow, in slices). Its id stays taken (409) until that is done.',
  auth: true,
  request: { params: BoardPath },
  responses: { 204: { description: 'Deleted' } },
});
boards.delete('/:board', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  const deleted = await deleteBoard(c.env.DB, id, Date.now());
  if (deleted.status === 'missing') throw unknownBoard(id);
  await forgetScore(c, id);
  // Also for a board already deleted: a DELETE retried after a failure here makes sure its purge runs
  // (and restarts it if it stopped).
  try {
    if (deleted.status === 'deleted') await startPurge(c.env, id, deleted.createdAt);
    else await ensurePurge(c.env, id, deleted.createdAt, deleted.progressAt < Date.now() - STALL_MS);
  } catch (err) {
    console.error('could not start the purge of', id, err);
    throw new ApiError('storage_unavailable', 'The board is deleted, but removing its answers did not start; retry.', {
      headers: { 'Retry-After': '5' },
    });
  }
  if (deleted.status === 'deleting') throw unknownBoard(id);
  return c.body(null, 204);
});

doc({
  method: 'post',
  path: '/v1/boards/{board}/secret',
  operationId: 'rotateSecret',
  summary: 'Rotate the signing secret',
  description: 'Tokens signed with the previous secret stay valid for 24 hours.',
  auth: true,
  request: { params: BoardPath },
  responses: { 200: json(z.object({ secret: z.string(), previous_valid_until: z.string() }), 'The new secret') },
});
boards.post('/:board/secret', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  const now = Date.now();
  const secret = newSecret();
  if (!(await rotateSecret(c.env.DB, id, secret, now, now + SECRET_GRACE_MS))) throw unknownBoard(id);
  return c.json({ secret, previous_valid_until: iso(now + SECRET_GRACE_MS) });
});

doc({
  method: 'post',
  path: '/v1/boards/{board}/keys',
  operationId: 'createKey',
  summary: 'Create an API key',
  description: 'The key is returned once; only its hash is stored.',
  auth: true,
  request: {
    params: BoardPath,
    body: json(KeyCreate, 'Scopes: read (stats, responses), sign (tokens, asks, answers) and/or triage (follow-ups)'),
  },
  responses: { 201: json(ApiKey, 'The key') },
});
boards.post('/:board/keys', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  const { scopes } = await jsonBody(c, KeyCreate);
  await requireBoard(c.env.DB, id);
  const keyId = randomId(12);
  const key = `pmk_${keyId}_${randomToken(32)}`;
  const now = Date.now();
  await insertKey(c.env.DB, {
    id: keyId,
    board_id: id,
    hash: await sha256Hex(key),
    scopes,
    created_at: now,
  });
  return c.json({ id: keyId, key, board: id, scopes, created_at: iso(now) }, 201);
});

doc({
  method: 'delete',
  path: '/v1/boards/{board}/keys/{key_id}',
  operationId: 'revokeKey',
  summary: 'Revoke an API key',
  auth: true,
  request: { params: BoardPath.extend({ key_id: z.string() }) },
  responses: { 204: { description: 'Revoked' } },
});
boards.delete('/:board/keys/:key_id', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  if (!(await revokeKey(c.env.DB, id, c.req.param('key_id'), Date.now()))) {
    throw new ApiError('not_found', 'No such active key on this board.');
  }
  return c.body(null, 204);
});

doc({
  method: 'post',
  path: '/v1/boards/{board}/tokens',
  operationId: 'mintToken',
  summary: 'Mint an interaction token',
  description:
    'Needs the admin token or a key with the "sign" scope. rate_url is a ready rating link for e-mails; yes_url and ' +
    'no_url open it with the answer chosen (the customer still confirms: a GET never records). Records an ask unless ' +
    '"ask": false.',
  auth: true,
  request: { params: BoardPath, body: json(TokenCreate, 'The interaction to sign for') },
  responses: { 201: json(MintedToken, 'The token') },
});
boards.post('/:board/tokens', async (c) => {
  const id = boardParam(c);
  await requireScope(c, id, 'sign');
  const input = await jsonBody(c, TokenCreate);
  const board = await requireBoard(c.env.DB, id);
  const exp = Math.floor(Date.now() / 1000) + (input.ttl_seconds ?? DEFAULT_TOKEN_TTL_S);
  const interaction = input.interaction;
  const token = await mintToken(board.secret, id, interaction, exp);
  const rateUrl = `${publicOrigin(c)}/rate/${id}/${encodeURIComponent(interaction)}?token=${encodeURIComponent(token)}`;
  // a link sent is a customer asked: the response rate counts it (unless the caller says otherwise)
  if (
    input.ask !== false &&
    (await recordAsks(c.env.DB, id, [{ interaction, agent: input.agent, channel: input.channel }], 'token', Date.now()))
      ?.length
  )
    await forgetScore(c, id);
  return c.json(
    {
      token,
      expires_at: iso(exp * 1000),
      rate_url: rateUrl,
      yes_url: `${rateUrl}&verdict=yes`,
      no_url: `${rateUrl}&verdict=no`,
    },
    201,
  );
});

export default boards;
