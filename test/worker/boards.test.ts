import { describe, expect, it } from 'vitest';
import { ADMIN, call, createBoard, json, uniqueId } from './helpers';

const createKey = async (board: string, scopes: string[]) => {
  const res = await call(`/v1/boards/${board}/keys`, { method: 'POST', auth: ADMIN, body: { scopes } });
  expect(res.status).toBe(201);
  return json<{ id: string; key: string; scopes: string[] }>(res);
};

describe('boards (admin)', () => {
  it('creates a board with defaults and returns its secret once', async () => {
    const id = uniqueId('acme');
    const res = await call('/v1/boards', { method: 'POST', auth: ADMIN, body: { id, name: 'Acme Support' } });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.secret).toMatch(/^pms_[A-Za-z0-9_-]{43}$/);
    expect(body.board).toMatchObject({
      id,
      name: 'Acme Support',
      window: { responses: 100 },
      require_token: true,
      allowed_origins: [],
    });
    const read = await json(await call(`/v1/boards/${id}`, { auth: ADMIN }));
    // the read adds what only it shows: answers refused in the last 24 h (none yet)
    expect(read).toEqual({ ...body.board, refused_24h: [] });
    expect(JSON.stringify(read)).not.toContain(body.secret);
  });

  it('refuses a taken id with 409 conflict', async () => {
    const { id } = await createBoard();
    const res = await call('/v1/boards', { method: 'POST', auth: ADMIN, body: { id, name: 'Again' } });
    expect(res.status).toBe(409);
    expect((await json(res)).error).toMatchObject({ code: 'conflict', field: 'id' });
  });

  it.each([
    [{ id: 'ab', name: 'x' }, 'id'],
    [{ id: '-abc', name: 'x' }, 'id'],
    [{ id: 'Acme', name: 'x' }, 'id'],
    [{ id: 'a'.repeat(41), name: 'x' }, 'id'],
    [{ id: 'okay-id', name: '' }, 'name'],
    [{ id: 'okay-id', name: 'n'.repeat(81) }, 'name'],
    [{ id: 'okay-id', name: 'x', window: { responses: 9 } }, 'window.responses'],
    [{ id: 'okay-id', name: 'x', window: { days: 366 } }, 'window.days'],
    [{ id: 'okay-id', name: 'x', window: { responses: 10, days: 3 } }, 'window'],
    [{ id: 'okay-id', name: 'x', allowed_origins: ['http://help.acme.com'] }, 'allowed_origins.0'],
    [{ id: 'okay-id', name: 'x', allowed_origins: ['https://help.acme.com/path'] }, 'allowed_origins.0'],
    [
      { id: 'okay-id', name: 'x', allowed_origins: Array.from({ length: 21 }, (_, i) => `https://h${i}.com`) },
      'allowed_origins',
    ],
    [{ id: 'okay-id', name: 'x', require_token: 'yes' }, 'require_token'],
  ])('rejects %j with invalid_body on %s', async (body, field) => {
    const res = await call('/v1/boards', { method: 'POST', auth: ADMIN, body });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({ code: 'invalid_body', field });
    expect((await call('/v1/boards/okay-id', { auth: ADMIN })).status).toBe(404);
  });

  it('accepts http:// origins only for localhost and 127.0.0.1', async () => {
    const { id } = await createBoard({ allowed_origins: ['http://localhost:3000', 'http://127.0.0.1:8080'] });
    expect((await json(await call(`/v1/boards/${id}`, { auth: ADMIN }))).allowed_origins).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:8080',
    ]);
  });

  it('lists, changes and deletes boards', async () => {
    const { id } = await createBoard();
    const list = await json(await call('/v1/boards', { auth: ADMIN }));
    expect(list.boards.map((b: { id: string }) => b.id)).toContain(id);
    const patched = await call(`/v1/boards/${id}`, {
      method: 'PATCH',
      auth: ADMIN,
      body: { name: 'Renamed', require_token: false, allowed_origins: ['https://a.example'] },
    });
    expect(patched.status).toBe(200);
    expect(await json(patched)).toMatchObject({
      name: 'Renamed',
      require_token: false,
      allowed_origins: ['https://a.example'],
    });
    const empty = await call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: {} });
    expect(empty.status).toBe(400);
    expect((await call(`/v1/boards/${id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    expect((await call(`/v1/boards/${id}`, { auth: ADMIN })).status).toBe(404);
    expect((await call(`/v1/boards/${id}/score`)).status).toBe(404);
    expect((await call(`/v1/boards/${id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(404);
  });
});

describe('auth and scopes', () => {
  it('no key or a wrong key → 401 unauthorized', async () => {
    const { id } = await createBoard();
    for (const auth of [undefined, 'wrong-token', `pmk_aaaaaaaaaaaa_${'x'.repeat(43)}`]) {
      const res = await call(`/v1/boards/${id}/stats`, { auth });
      expect(res.status).toBe(401);
      expect((await json(res)).error.code).toBe('unauthorized');
    }
    expect((await call('/v1/boards', { method: 'POST', body: { id: 'zzz', name: 'z' } })).status).toBe(401);
  });

  it('a read key reads but does not sign; a sign key signs but does not read', async () => {
    const { id } = await createBoard();
    const read = await createKey(id, ['read']);
    const sign = await createKey(id, ['sign']);
    expect(read.key).toMatch(/^pmk_[a-z0-9]{12}_/);
    expect((await call(`/v1/boards/${id}/stats`, { auth: read.key })).status).toBe(200);
    expect((await call(`/v1/boards/${id}/responses`, { auth: read.key })).status).toBe(200);
    const noSign = await call(`/v1/boards/${id}/tokens`, {
      method: 'POST',
      auth: read.key,
      body: { interaction: 'T' },
    });
    expect(noSign.status).toBe(403);
    expect((await json(noSign)).error.code).toBe('forbidden');
    const minted = await call(`/v1/boards/${id}/tokens`, {
      method: 'POST',
      auth: sign.key,
      body: { interaction: 'T' },
    });
    expect(minted.status).toBe(201);
    expect((await call(`/v1/boards/${id}/stats`, { auth: sign.key })).status).toBe(403);
  });

  it("a board's key is refused on another board (403) and for admin routes (403)", async () => {
    const a = await createBoard();
    const b = await createBoard();
    const key = await createKey(a.id, ['read', 'sign']);
    expect((await call(`/v1/boards/${b.id}/stats`, { auth: key.key })).status).toBe(403);
    expect((await call(`/v1/boards/${a.id}`, { auth: key.key })).status).toBe(403);
    expect((await call('/v1/boards', { auth: key.key })).status).toBe(403);
  });

  it('a revoked key → 401', async () => {
    const { id } = await createBoard();
    const key = await createKey(id, ['read']);
    expect((await call(`/v1/boards/${id}/keys/${key.id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    const res = await call(`/v1/boards/${id}/stats`, { auth: key.key });
    expect(res.status).toBe(401);
    expect((await call(`/v1/boards/${id}/keys/${key.id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(404);
  });

  it('keys are stored hashed, never in clear', async () => {
    const { id } = await createBoard();
    const key = await createKey(id, ['read']);
    const { env } = await import('./helpers');
    const row = await env.DB.prepare('SELECT * FROM api_keys WHERE id = ?1')
      .bind(key.id)
      .first<Record<string, string>>();
    // pmk_<id>_<secret>: the secret is base64url, which has "_" of its own, so it is what follows the id
    const secret = key.key.slice(`pmk_${key.id}_`.length);
    expect(key.key).toBe(`pmk_${key.id}_${secret}`);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('minted tokens come with a rating link and honour ttl_seconds', async () => {
    const { id } = await createBoard();
    const before = Math.floor(Date.now() / 1000);
    const res = await call(`/v1/boards/${id}/tokens`, {
      method: 'POST',
      auth: ADMIN,
      body: { interaction: 'T 1/2', ttl_seconds: 3600 },
    });
    const body = await json(res);
    const exp = Number(body.token.split('.')[0]);
    expect(exp).toBeGreaterThanOrEqual(before + 3600);
    expect(exp).toBeLessThanOrEqual(before + 3602);
    expect(body.expires_at).toBe(new Date(exp * 1000).toISOString());
    expect(body.rate_url).toBe(`https://pandameter.test/rate/${id}/T%201%2F2?token=${encodeURIComponent(body.token)}`);
  });
});
