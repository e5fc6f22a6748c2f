import * as z from 'zod';
/**
 * Helpdesk connectors: the admin API (create with the secret shown once, list with counts, delete,
 * rotate) and the public route each helpdesk calls with its own signed webhook request.
 */
import { Hono } from 'hono';
import { requireAdmin } from '../auth';
import { boardParam, requireBoard } from '../board';
import { CONNECTORS, HELPDESKS, newConnectorSecret, type Helpdesk } from '../connectors';
import {
  connectorTarget,
  deleteConnector,
  insertConnector,
  listConnectors,
  rotateConnectorSecret,
  type ConnectorRow,
} from '../db/connectors';
import { receive, verifySigned } from '../helpdesk';
import { randomId } from '../lib/crypto';
import { ApiError, unknownBoard } from '../lib/errors';
import { publicOrigin, type AppEnv } from '../lib/http';
import { iso } from '../lib/time';
import { jsonBody, mediaType, readBody } from '../lib/validate';
import { doc, jsonContent as json } from '../openapi';
import { BoardPath } from '../schemas';
import { SECRET_GRACE_MS } from './boards';

const connectors = new Hono<AppEnv>();

const CONNECTOR_ID_RE = /^con_[a-z0-9]{12}$/;
/** A helpdesk's webhook body is its own JSON, larger than our answers (a Help Scout conversation with its threads). */
const MAX_WEBHOOK_BODY = 1024 * 1024;

const HelpdeskName = z.enum(HELPDESKS).openapi({ example: 'zendesk' });
/**
 * A secret as helpdesks make them (base64, hex, UUIDs): printable ASCII, so it also fits a header
 * (Freshdesk), with no space at either end (a header would lose it).
 */
const secretOf = (missing?: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : undefined) })
    .regex(
      /^[\x21-\x7e][\x20-\x7e]{6,254}[\x21-\x7e]$/,
      'a secret is 8–256 printable ASCII characters, no space at either end',
    )
    .openapi({ description: "The helpdesk's signing secret, as the helpdesk shows it." });
const Secret = secretOf();

/** Helpdesks that make the signing secret themselves (it is pasted here), and those that take ours. */
const PASTED = HELPDESKS.filter((h) => CONNECTORS[h].secretFlow === 'pasted');
const GENERATED = HELPDESKS.filter((h) => CONNECTORS[h].secretFlow === 'generated');

/**
 * Which helpdesk decides whether a secret must be sent, so the document says it as one shape per
 * helpdesk that makes its own (the secret required, and a refusal that says where to find it) and
 * one for those that take ours.
 */
const pastedShape = (helpdesk: Helpdesk) =>
  z.strictObject({
    helpdesk: z.literal(helpdesk),
    secret: secretOf(
      `${helpdesk} makes the signing secret itself; paste it here (see docs/integrations/${helpdesk}.md)`,
    ).openapi({ description: `The secret ${helpdesk} made: paste it (docs/integrations/${helpdesk}.md).` }),
  });
const ConnectorCreate = z
  .discriminatedUnion('helpdesk', [
    ...PASTED.map(pastedShape),
    z.strictObject({
      helpdesk: z.enum(GENERATED as [Helpdesk, ...Helpdesk[]]),
      secret: Secret.optional().openapi({ description: 'Pandameter makes one (pmc_…) unless you send your own.' }),
    }),
  ] as unknown as [ReturnType<typeof pastedShape>, ...ReturnType<typeof pastedShape>[]])
  .openapi('ConnectorCreate');
const SecretRotate = z.strictObject({ secret: Secret.optional() }).openapi('ConnectorSecretRotate');

const Connector = z
  .object({
    id: z.string().openapi({ example: 'con_4kq8x0m2zr1a' }),
    board: z.string(),
    helpdesk: HelpdeskName,
    url: z.string().openapi({ description: 'Where the helpdesk sends its webhook.' }),
    accepted: z.number().int().openapi({ description: 'Signed requests that recorded an ask or an answer.' }),
    ignored: z.number().int().openapi({ description: 'Signed requests acknowledged and not recorded.' }),
    last_ignored_reason: z.string().nullable(),
    last_event_at: z.string().nullable(),
    previous_secret_valid_until: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('Connector');
const WithSecret = Connector.extend({ secret: z.string().openapi({ description: 'Shown once.' }) });

const ConnectorPath = BoardPath.extend({ id: z.string().openapi({ description: 'The connector id (con_…).' }) });
/**
 * DELETE names a connector by id, the helpdesk's POST by helpdesk name: one path template
 * (OpenAPI allows no two that differ only in a parameter's name), described per operation.
 */
const DeletePath = BoardPath.extend({
  connector: z.string().openapi({ description: 'The connector id (con_…).', example: 'con_4kq8x0m2zr1a' }),
});
const WebhookPath = BoardPath.extend({
  connector: HelpdeskName.openapi({ description: `The helpdesk: ${HELPDESKS.join(', ')}.` }),
});

const urlOf = (origin: string, board: string, helpdesk: Helpdesk) =>
  `${origin}/v1/boards/${board}/connectors/${helpdesk}`;

function connectorJson(origin: string, r: ConnectorRow, now: number): z.infer<typeof Connector> {
  const until = r.prev_secret_until !== null && r.prev_secret_until > now ? iso(r.prev_secret_until) : null;
  return {
    id: r.id,
    board: r.board_id,
    helpdesk: r.helpdesk,
    url: urlOf(origin, r.board_id, r.helpdesk),
    accepted: r.accepted,
    ignored: r.ignored,
    last_ignored_reason: r.last_ignored_reason,
    last_event_at: r.last_event_at === null ? null : iso(r.last_event_at),
    previous_secret_valid_until: until,
    created_at: iso(r.created_at),
  };
}

/** The secret to store: the one sent, or a new one where the helpdesk takes ours; a `pasted` helpdesk needs one. */
function secretFor(helpdesk: Helpdesk, sent: string | undefined): string {
  if (sent !== undefined) return sent;
  if (CONNECTORS[helpdesk].secretFlow === 'generated') return newConnectorSecret();
  throw new ApiError(
    'invalid_body',
    `secret: ${helpdesk} makes the signing secret itself; paste it here (see docs/integrations/${helpdesk}.md)`,
    { field: 'secret' },
  );
}

const missingConnector = (id: string) => new ApiError('not_found', `No connector "${id.slice(0, 40)}" on this board.`);

doc({
  method: 'post',
  path: '/v1/boards/{board}/connectors',
  operationId: 'createConnector',
  summary: 'Connect a helpdesk',
  description:
    'One connector per helpdesk and board. Returns the URL to give the helpdesk and the secret, shown once. ' +
    'See docs/integrations/<helpdesk>.md.',
  auth: true,
  request: { params: BoardPath, body: json(ConnectorCreate, 'The helpdesk, and its secret where it makes one') },
  responses: { 201: json(WithSecret, 'The connector and its secret') },
});
connectors.post('/:board/connectors', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  const input = await jsonBody(c, ConnectorCreate);
  const secret = secretFor(input.helpdesk, input.secret);
  const now = Date.now();
  const row = await insertConnector(c.env.DB, {
    board_id: board,
    helpdesk: input.helpdesk,
    id: `con_${randomId(12)}`,
    secret,
    created_at: now,
  });
  if (!row) {
    await requireBoard(c.env.DB, board);
    throw new ApiError(
      'conflict',
      `This board already has a ${input.helpdesk} connector: rotate its secret or delete it first.`,
      { field: 'helpdesk' },
    );
  }
  return c.json({ ...connectorJson(publicOrigin(c), row, now), secret }, 201);
});

doc({
  method: 'get',
  path: '/v1/boards/{board}/connectors',
  operationId: 'listConnectors',
  summary: "A board's helpdesk connectors",
  description: 'Without their secrets; with what each received: recorded, ignored and why, and when.',
  auth: true,
  request: { params: BoardPath },
  responses: { 200: json(z.object({ connectors: z.array(Connector) }), 'The connectors, by helpdesk') },
});
connectors.get('/:board/connectors', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  await requireBoard(c.env.DB, board);
  const now = Date.now();
  const rows = await listConnectors(c.env.DB, board);
  return c.json({ connectors: rows.map((r) => connectorJson(publicOrigin(c), r, now)) });
});

doc({
  method: 'delete',
  path: '/v1/boards/{board}/connectors/{connector}',
  operationId: 'deleteConnector',
  summary: 'Disconnect a helpdesk',
  description: "Its requests are refused from now on (404); what it recorded stays. Remove the helpdesk's webhook too.",
  auth: true,
  request: { params: DeletePath },
  responses: { 204: { description: 'Deleted' } },
});
connectors.delete('/:board/connectors/:connector', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  const id = c.req.param('connector');
  if (!CONNECTOR_ID_RE.test(id) || !(await deleteConnector(c.env.DB, board, id))) {
    await requireBoard(c.env.DB, board);
    throw missingConnector(id);
  }
  return c.body(null, 204);
});

doc({
  method: 'post',
  path: '/v1/boards/{board}/connectors/{id}/secret',
  operationId: 'rotateConnectorSecret',
  summary: "Rotate a connector's secret",
  description:
    'The new secret (sent, or made for helpscout and freshdesk) is returned once; the previous one keeps ' +
    'verifying for 24 hours, so the helpdesk can be changed after Pandameter.',
  auth: true,
  request: { params: ConnectorPath, body: json(SecretRotate, 'The new secret, where the helpdesk makes it') },
  responses: { 200: json(WithSecret, 'The connector and its new secret') },
});
connectors.post('/:board/connectors/:id/secret', async (c) => {
  const board = boardParam(c);
  await requireAdmin(c);
  const id = c.req.param('id');
  // No body at all is a rotation without a secret of one's own.
  const input = mediaType(c) === '' && (await readBody(c)).length === 0 ? {} : await jsonBody(c, SecretRotate);
  const listed = CONNECTOR_ID_RE.test(id) ? await listConnectors(c.env.DB, board) : [];
  const current = listed.find((r) => r.id === id);
  if (!current) {
    await requireBoard(c.env.DB, board);
    throw missingConnector(id);
  }
  const secret = secretFor(current.helpdesk, input.secret);
  const now = Date.now();
  const row = await rotateConnectorSecret(c.env.DB, board, id, secret, now + SECRET_GRACE_MS);
  if (!row) throw missingConnector(id);
  return c.json({ ...connectorJson(publicOrigin(c), row, now), secret });
});

doc({
  method: 'post',
  path: '/v1/boards/{board}/connectors/{connector}',
  operationId: 'receiveHelpdeskWebhook',
  summary: "A helpdesk's webhook",
  description:
    "The helpdesk's own request, as it sends it, signed its own way with the connector's secret: a solved ticket " +
    'or closed conversation is an ask, its satisfaction rating an answer. A bad signature is 401 and changes ' +
    'nothing; anything signed is acknowledged with 200, recorded or (unknown events, unusable bodies) ignored ' +
    'and counted on the connector. At most 1 MiB.',
  request: { params: WebhookPath },
  responses: {
    200: json(
      z.object({ accepted: z.number().int(), ignored: z.number().int(), reasons: z.array(z.string()) }),
      'Received',
    ),
  },
});
connectors.post('/:board/connectors/:connector', async (c) => {
  const board = boardParam(c);
  const helpdesk = c.req.param('connector');
  if (!(HELPDESKS as readonly string[]).includes(helpdesk)) {
    throw new ApiError('not_found', `No helpdesk "${helpdesk.slice(0, 40)}": one of ${HELPDESKS.join(', ')}.`);
  }
  const name = helpdesk as Helpdesk;
  // Read once, as bytes: the signature covers exactly what was sent.
  const rawBody = new TextDecoder().decode(await readBody(c, MAX_WEBHOOK_BODY));
  const target = await connectorTarget(c.env.DB, board, name);
  if (!target.board) throw unknownBoard(board);
  if (!target.connector) {
    throw new ApiError('not_found', `This board has no ${name} connector: npm run admin -- connectors create.`);
  }
  const now = Date.now();
  const request = { headers: c.req.raw.headers, rawBody, url: c.req.url, method: c.req.method };
  await verifySigned(request, target.connector, now);
  // Front's application webhook is saved only if its signed validation request gets its challenge back.
  const challenge = name === 'front' ? c.req.header('x-front-challenge') : undefined;
  if (challenge !== undefined) return c.json({ challenge });
  return c.json(await receive(c, target.board, name, request, now));
});

export default connectors;
