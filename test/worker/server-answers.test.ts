/**
 * Issue 20 § 1: the team's own server records what its customer chose with a board key that has
 * `sign` (or the admin token) — no token, no browser origin — while the widget's path, without an
 * Authorization header, stays exactly as it was. A refused key writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, call, createBoard, d1Cost, env, json, score } from './helpers';

async function keyOf(board: string, scopes: string[]): Promise<string> {
  return (await json(await call(`/v1/boards/${board}/keys`, { method: 'POST', auth: ADMIN, body: { scopes } }))).key;
}

const post = (board: string, body: object, auth?: string, headers: Record<string, string> = {}) =>
  call(`/v1/boards/${board}/responses`, { method: 'POST', body, auth: auth ?? null, headers });

const rows = async (board: string) =>
  (await env.DB.prepare('SELECT * FROM responses WHERE board_id = ?1').bind(board).all()).results;

describe('server-to-server answers with a board key', () => {
  it('a sign key records an answer on a token board without a token and without an Origin', async () => {
    const { id } = await createBoard();
    const key = await keyOf(id, ['sign']);
    const res = await post(id, { interaction: 'T-1', verdict: 'no', comment: 'Too slow', agent: 'maria' }, key);
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ interaction: 'T-1', verdict: 'no', comment: 'Too slow', agent: 'maria' });
    expect(await score(id)).toMatchObject({ responses: 1, unsatisfied: 1 });
    // No CORS for it: a page can only send Authorization after a preflight, which allows Content-Type alone.
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('cache-control')).toContain('no-store');
    const again = await post(id, { interaction: 'T-1', verdict: 'no', comment: 'Too slow', agent: 'maria' }, key);
    expect(again.status).toBe(200);
    expect(await rows(id)).toHaveLength(1);
  });

  it('the admin token may too; on an open board with allowed origins no Origin is needed', async () => {
    const { id } = await createBoard({ require_token: false, allowed_origins: ['https://help.acme.com'] });
    expect((await post(id, { interaction: 'T-1', verdict: 'yes' })).status).toBe(403);
    const res = await post(id, { interaction: 'T-1', verdict: 'yes' }, ADMIN);
    expect(res.status).toBe(201);
    expect(await score(id)).toMatchObject({ responses: 1, satisfied: 1 });
  });

  it('a bad key is 401, a key without sign or of another board 403, and nothing is written', async () => {
    const { id } = await createBoard();
    const other = await createBoard();
    const cases: [string, number, string][] = [
      ['pmk_aaaaaaaaaaaa_' + 'x'.repeat(43), 401, 'unauthorized'],
      [`${ADMIN}x`, 401, 'unauthorized'],
      [await keyOf(id, ['read']), 403, 'forbidden'],
      [await keyOf(other.id, ['sign']), 403, 'forbidden'],
    ];
    for (const [key, status, code] of cases) {
      const res = await post(id, { interaction: 'T-1', verdict: 'yes' }, key);
      expect(res.status, key).toBe(status);
      expect((await json(res)).error.code).toBe(code);
      expect(d1Cost(res).written).toBe(0);
    }
    const empty = await call(`/v1/boards/${id}/responses`, {
      method: 'POST',
      body: { interaction: 'T-1', verdict: 'yes' },
      headers: { authorization: '' },
    });
    expect(empty.status).toBe(401);
    expect(await rows(id)).toEqual([]);
  });

  it('without an Authorization header nothing changes: the token is required, CORS as before', async () => {
    const { id } = await createBoard();
    const res = await post(id, { interaction: 'T-1', verdict: 'yes' }, undefined, { origin: 'https://a.example' });
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe('token_required');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
