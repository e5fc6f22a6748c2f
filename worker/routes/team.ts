/**
 * The team's page: the page itself (GET /team/{board} and its two built files) and signing in to
 * it — sign-in links for the admin CLI, and the session a link or a board key opens
 * (worker/sessions.ts). The page reads the same JSON API as any dashboard, with the session as Bearer.
 */
import { Hono, type Context } from 'hono';
import { chooseLanguage, type Language } from '../../i18n/languages';
import type { TeamWords } from '../../i18n/team';
import { caller, requireAdmin } from '../auth';
import { boardParam, requireBoard } from '../board';
import { getBoard } from '../db/boards';
import { endSession } from '../db/sessions';
import { ApiError } from '../lib/errors';
import { builtFile, publicOrigin, type AppEnv } from '../lib/http';
import { jsonBody } from '../lib/validate';
import { doc, jsonContent as json } from '../openapi';
import { renderTeamNotFound, renderTeamPage, TEAM_HEADERS } from '../pages/team';
import { BOARD_ID_RE, BoardPath } from '../schemas';
import {
  newSignInLink,
  SessionCreate,
  SessionJson,
  sessionFromCaller,
  sessionFromLink,
  sessionJson,
  SignInLink,
  SignInLinkCreate,
} from '../sessions';

const team = new Hono<AppEnv>();

// The page's script and stylesheet (team/vite.config.ts), revalidated by ETag on every load.
for (const file of ['app.js', 'app.css']) team.get(`/team/${file}`, (c) => builtFile(c, `/team/${file}`, 'no-cache'));

/** The page's words in `lang`, as the build wrote them (team/vite.config.ts): not in the Worker's bundle. */
async function teamWords(c: Context<AppEnv>, lang: Language): Promise<TeamWords> {
  const res = await c.env.ASSETS.fetch(new URL(`/team/words/${lang}.json`, c.req.url));
  if (!res.ok) throw new ApiError('not_found', 'The team page is not built; run `npm run build`.');
  return res.json<TeamWords>();
}

team.get('/team/:board', async (c) => {
  for (const [k, v] of Object.entries(TEAM_HEADERS)) c.header(k, v);
  const id = c.req.param('board');
  const lang = chooseLanguage(c.req.query('lang'), c.req.header('accept-language'));
  const board = BOARD_ID_RE.test(id) ? await getBoard(c.env.DB, id) : null;
  const words = await teamWords(c, lang);
  if (!board) return c.html(renderTeamNotFound(lang, words), 404);
  if (!c.req.query('lang')) c.header('Vary', 'Accept-Language');
  return c.html(renderTeamPage({ board: board.id, name: board.name, lang, words }));
});

doc({
  method: 'post',
  path: '/v1/boards/{board}/sign-in-links',
  operationId: 'createSignInLink',
  summary: 'A one-time sign-in link to the team page',
  description:
    'Admin only. The secret is in the URL fragment, so it never reaches a server log; the link works once, ' +
    'for ttl_seconds (default 600), and opens a read + triage session for this board.',
  auth: true,
  request: { params: BoardPath, body: json(SignInLinkCreate, 'How long the link lives (60 to 3600 seconds)') },
  responses: { 201: json(SignInLink, 'The link') },
});
team.post('/v1/boards/:board/sign-in-links', async (c) => {
  const id = boardParam(c);
  await requireAdmin(c);
  const { ttl_seconds } = await jsonBody(c, SignInLinkCreate);
  await requireBoard(c.env.DB, id);
  return c.json(await newSignInLink(c.env.DB, publicOrigin(c), id, ttl_seconds), 201);
});

doc({
  method: 'post',
  path: '/v1/boards/{board}/sessions',
  operationId: 'createSession',
  summary: 'Sign in to the team page',
  description:
    'Either {"link": <the secret after #link= of a sign-in link>} with no Authorization (spends the link), or {} ' +
    'with the admin token or a key of this board that has "read". The session is a Bearer credential for this ' +
    "board's read and triage routes (a key's session has only the key's own of those scopes), for 8 hours, " +
    'until DELETE …/session, or until the key that opened it is revoked. ' +
    'A link and an Authorization header together are refused (x-pandameter-rule: link-or-key).',
  'x-pandameter-rule': 'link-or-key',
  auth: 'optional',
  request: { params: BoardPath, body: json(SessionCreate, 'A sign-in link, or nothing with a key') },
  responses: { 201: json(SessionJson, 'The session') },
});
team.post('/v1/boards/:board/sessions', async (c) => {
  const id = boardParam(c);
  const { link } = await jsonBody(c, SessionCreate);
  if (link !== undefined && c.req.header('authorization'))
    throw new ApiError('invalid_body', 'Send a sign-in link or a key, not both.', { field: 'link' });
  const who = link === undefined ? await caller(c) : null;
  const board = await requireBoard(c.env.DB, id);
  const session = who ? await sessionFromCaller(c.env.DB, board, who) : await sessionFromLink(c.env.DB, board, link!);
  return c.json(session, 201);
});

doc({
  method: 'get',
  path: '/v1/boards/{board}/session',
  operationId: 'getSession',
  summary: 'The session in use',
  description: 'With the session as Bearer: its board, scopes and expiry (what the page needs after a reload).',
  auth: true,
  request: { params: BoardPath },
  responses: { 200: json(SessionJson, 'The session (without its credential)') },
});
team.get('/v1/boards/:board/session', async (c) => {
  const id = boardParam(c);
  const { scopes, expiresAt } = await callerSession(c, id);
  return c.json(sessionJson(await requireBoard(c.env.DB, id), scopes, expiresAt));
});

doc({
  method: 'delete',
  path: '/v1/boards/{board}/session',
  operationId: 'endSession',
  summary: 'Sign out',
  description: 'Ends the session sent as Bearer; it is refused from then on.',
  auth: true,
  request: { params: BoardPath },
  responses: { 204: { description: 'Signed out' } },
});
team.delete('/v1/boards/:board/session', async (c) => {
  const { id } = await callerSession(c, boardParam(c));
  await endSession(c.env.DB, id, Date.now());
  return c.body(null, 204);
});

/** The session this request is signed in with, for this board; a key or the admin token is not one. */
async function callerSession(c: Context<AppEnv>, board: string) {
  const who = await caller(c);
  if (who.admin || !who.session) throw new ApiError('forbidden', 'This route is for a team page session.');
  if (who.board !== board) throw new ApiError('forbidden', 'This session belongs to another board.');
  return { ...who.session, scopes: who.scopes };
}

export default team;
