/**
 * Issue 11, item 5: no private response is ever kept by a cache — a board's secret, a new key,
 * tokens, stats, answers and their CSV, webhooks, connectors and their secrets. The routes are read from the OpenAPI
 * document (every operation that takes a key), so a new private route fails here until it is covered.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, call, createBoard, json, say, uniqueId, type Req } from './helpers';

/** What SPEC.md asks of a private response. */
function expectNoStore(res: Response, what: string) {
  const cc = (res.headers.get('cache-control') ?? '').split(',').map((d) => d.trim());
  expect(cc, what).toContain('no-store');
  expect(cc, what).toContain('private');
  expect(
    cc.some((d) => d === 'public' || d.startsWith('max-age') || d.startsWith('s-maxage')),
    what,
  ).toBe(false);
}

interface Case {
  params: Record<string, string>;
  /** `auth`: the credential that succeeds, when it is not the admin token (a team page session) */
  req: Req;
}

/** A team page session of a fresh board (the admin token opens one for the routes only a session may call). */
async function sessionCase(): Promise<Case> {
  const { id } = await createBoard();
  const opened = await call(`/v1/boards/${id}/sessions`, { method: 'POST', auth: ADMIN, body: {} });
  return { params: { board: id }, req: { auth: (await json(opened)).session } };
}

/** A request that succeeds, for each private operation of the API, on fresh data of its own. */
const SUCCESS: Record<string, () => Promise<Case>> = {
  'POST /v1/boards': async () => ({ params: {}, req: { body: { id: uniqueId(), name: 'New' } } }),
  'GET /v1/boards': async () => ({ params: {}, req: {} }),
  'GET /v1/boards/{board}': async () => ({ params: { board: (await createBoard()).id }, req: {} }),
  'PATCH /v1/boards/{board}': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: { name: 'X' } },
  }),
  'DELETE /v1/boards/{board}': async () => ({ params: { board: (await createBoard()).id }, req: {} }),
  'POST /v1/boards/{board}/secret': async () => ({ params: { board: (await createBoard()).id }, req: {} }),
  'POST /v1/boards/{board}/keys': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: { scopes: ['read'] } },
  }),
  'DELETE /v1/boards/{board}/keys/{key_id}': async () => {
    const { id } = await createBoard();
    const key = await json(
      await call(`/v1/boards/${id}/keys`, { method: 'POST', auth: ADMIN, body: { scopes: ['sign'] } }),
    );
    return { params: { board: id, key_id: key.id }, req: {} };
  },
  'POST /v1/boards/{board}/tokens': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: { interaction: 'T-1' } },
  }),
  'GET /v1/boards/{board}/stats': async () => ({ params: { board: (await createBoard()).id }, req: {} }),
  'GET /v1/boards/{board}/responses': async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'yes');
    return { params: { board: id }, req: {} };
  },
  'DELETE /v1/boards/{board}/responses/{interaction}': async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no');
    return { params: { board: id, interaction: 'T-1' }, req: {} };
  },
  'POST /v1/boards/{board}/webhooks': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: { url: 'http://127.0.0.1:9/hook' } },
  }),
  'GET /v1/boards/{board}/webhooks': async () => ({ params: { board: (await createBoard()).id }, req: {} }),
  'DELETE /v1/boards/{board}/webhooks/{id}': async () => webhookCase(),
  'GET /v1/boards/{board}/webhooks/{id}/deliveries': async () => webhookCase(),
  'POST /v1/boards/{board}/connectors': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: { helpdesk: 'helpscout' } },
  }),
  'GET /v1/boards/{board}/connectors': async () => ({ params: { board: (await createBoard()).id }, req: {} }),
  'DELETE /v1/boards/{board}/connectors/{connector}': async () => {
    const { board, id } = await connectorCase();
    return { params: { board, connector: id }, req: {} };
  },
  'POST /v1/boards/{board}/connectors/{id}/secret': async () => {
    const { board, id } = await connectorCase();
    return { params: { board, id }, req: {} };
  },
  'POST /v1/boards/{board}/asks': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: { asks: [{ interaction: 'T-1' }, { interaction: 'T-2', agent: 'maria' }] } },
  }),
  'PUT /v1/boards/{board}/responses/{interaction}/follow-up': async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no');
    return { params: { board: id, interaction: 'T-1' }, req: { body: { status: 'contacted', note: 'called' } } };
  },
  'POST /v1/boards/{board}/responses': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: { interaction: 'T-1', verdict: 'yes' } },
  }),
  'POST /v1/boards/{board}/sign-in-links': async () => ({
    params: { board: (await createBoard()).id },
    req: { body: {} },
  }),
  'POST /v1/boards/{board}/sessions': async () => ({ params: { board: (await createBoard()).id }, req: { body: {} } }),
  'GET /v1/boards/{board}/session': sessionCase,
  'DELETE /v1/boards/{board}/session': sessionCase,
};

/** A board with a Freshdesk connector (its secret is shown once, at creation and at each rotation). */
async function connectorCase() {
  const { id: board } = await createBoard();
  const made = await call(`/v1/boards/${board}/connectors`, {
    method: 'POST',
    auth: ADMIN,
    body: { helpdesk: 'freshdesk' },
  });
  return { board, id: (await json(made)).id as string };
}

/**
 * Operations a key may call but that also answer without one (the widget's ask and answer; with a key,
 * a server's): never a 401 without one.
 */
const KEY_OPTIONAL = new Set(['POST /v1/boards/{board}/asks', 'POST /v1/boards/{board}/responses']);

/** A board with one webhook (its secret is shown once, so its creation is a private response too). */
async function webhookCase(): Promise<Case> {
  const { id } = await createBoard();
  const hook = await json(
    await call(`/v1/boards/${id}/webhooks`, { method: 'POST', auth: ADMIN, body: { url: 'http://127.0.0.1:9/hook' } }),
  );
  return { params: { board: id, id: hook.id }, req: {} };
}

async function privateOperations(): Promise<string[]> {
  const doc = await json(await call('/v1/openapi.json'));
  const ops: string[] = [];
  for (const [path, methods] of Object.entries<Record<string, { security?: unknown[] }>>(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (op.security?.length) ops.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return ops;
}

const fill = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? 'missing'));

describe('private responses are Cache-Control: private, no-store', () => {
  it('every private operation of the OpenAPI document is walked here', async () => {
    const ops = await privateOperations();
    expect(ops.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ops)).toEqual(new Set(Object.keys(SUCCESS)));
  });

  it('on success, on a refused key and on an unknown board, for every private operation', async () => {
    for (const op of await privateOperations()) {
      const [method, path] = op.split(' ') as [string, string];
      const { params, req } = await SUCCESS[op]!();
      const ok = await call(fill(path, params), { ...req, method, auth: req.auth ?? ADMIN });
      expect(ok.status, `${op}: ${await ok.clone().text()}`).toBeLessThan(300);
      expectNoStore(ok, `${op} → ${ok.status}`);
      await ok.arrayBuffer();

      const anonymous = await call(fill(path, { board: uniqueId(), key_id: 'abc', interaction: 'T-1' }), {
        ...req,
        method,
        auth: null,
      });
      expect(anonymous.status, op).toBe(KEY_OPTIONAL.has(op) ? 404 : 401);
      expectNoStore(anonymous, `${op} without a key`);

      if (path.includes('{board}')) {
        const unknown = await call(fill(path, { ...params, board: uniqueId('gone') }), { ...req, method, auth: ADMIN });
        // a session's own routes: the admin token is not a session (403), whichever board
        expect(unknown.status, op).toBe(req.auth ? 403 : 404);
        expectNoStore(unknown, `${op} on an unknown board`);
      }
    }
  });

  it('the CSV export and a board key’s own requests too', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'yes');
    const csv = await call(`/v1/boards/${id}/responses`, { auth: ADMIN, headers: { accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expectNoStore(csv, 'CSV');
    await csv.arrayBuffer();
    const { key } = await json(
      await call(`/v1/boards/${id}/keys`, { method: 'POST', auth: ADMIN, body: { scopes: ['read'] } }),
    );
    const stats = await call(`/v1/boards/${id}/stats`, { auth: key });
    expect(stats.status).toBe(200);
    expectNoStore(stats, 'stats with a read key');
    const forbidden = await call(`/v1/boards/${id}/tokens`, {
      method: 'POST',
      auth: key,
      body: { interaction: 'T-2' },
    });
    expect(forbidden.status).toBe(403);
    expectNoStore(forbidden, 'a key without the scope');
  });

  it('while the public score stays cacheable', async () => {
    const { id } = await createBoard();
    const res = await call(`/v1/boards/${id}/score`);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
  });
});
