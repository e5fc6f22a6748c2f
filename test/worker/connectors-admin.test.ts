/**
 * The connectors' admin API (create with the secret shown once, list with counts and no secrets,
 * rotate with the previous secret honoured for 24 hours, delete) and the webhook route's refusals
 * before any signature is checked: an unknown helpdesk or board, no connector, a body over 1 MiB.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, BASE, call, createBoard, json, send } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

const create = (board: string, body: object) =>
  call(`/v1/boards/${board}/connectors`, { method: 'POST', auth: ADMIN, body });
const list = async (board: string) =>
  (await json(await call(`/v1/boards/${board}/connectors`, { auth: ADMIN }))).connectors;

/** A Freshdesk rule's request: its secret travels in a header (Freshdesk signs nothing). */
const freshdesk = (board: string, secret: string, body = '{"event":"resolved","ticket_id":"9"}') =>
  send(
    new Request(`${BASE}/v1/boards/${board}/connectors/freshdesk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Pandameter-Secret': secret },
      body,
    }),
  );

describe('connectors admin API', () => {
  it('makes the secret for Help Scout and Freshdesk, shows it once, and lists connectors without it', async () => {
    const { id } = await createBoard();
    const res = await create(id, { helpdesk: 'helpscout' });
    expect(res.status).toBe(201);
    const made = await json(res);
    expect(made).toMatchObject({
      id: expect.stringMatching(/^con_[a-z0-9]{12}$/),
      helpdesk: 'helpscout',
      url: `${BASE}/v1/boards/${id}/connectors/helpscout`,
      secret: expect.stringMatching(/^pmc_[\w-]{32}$/),
      accepted: 0,
      ignored: 0,
    });
    expect(res.headers.get('cache-control')).toContain('no-store');
    const [listed] = await list(id);
    expect(listed).toEqual({ ...made, secret: undefined, board: id, previous_secret_valid_until: null });
    expect(JSON.stringify(await list(id))).not.toContain(made.secret);
  });

  it('needs the secret where the helpdesk makes it, and refuses a second connector for a helpdesk', async () => {
    const { id } = await createBoard();
    for (const helpdesk of ['zendesk', 'intercom', 'front', 'hubspot']) {
      const res = await create(id, { helpdesk });
      expect(res.status, helpdesk).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: 'invalid_body', field: 'secret' });
    }
    const pasted = await create(id, { helpdesk: 'zendesk', secret: 'dGhpc19zZWNyZXRf' });
    expect(pasted.status).toBe(201);
    expect((await json(pasted)).secret).toBe('dGhpc19zZWNyZXRf');
    const again = await create(id, { helpdesk: 'zendesk', secret: 'another-secret' });
    expect(again.status).toBe(409);
    expect((await json(again)).error.field).toBe('helpdesk');
    expect(await list(id)).toHaveLength(1);
  });

  it.each([
    [{ helpdesk: 'zendesk2', secret: 'abcdefgh' }, 'helpdesk'],
    [{ helpdesk: 'zendesk', secret: 'short' }, 'secret'],
    [{ helpdesk: 'zendesk', secret: ' padded secret' }, 'secret'],
    [{ helpdesk: 'zendesk', secret: 'tab\tinside' }, 'secret'],
    [{ helpdesk: 'zendesk', secret: 'não-ascii-secret' }, 'secret'],
    [{ helpdesk: 'freshdesk', extra: 1 }, undefined],
  ])('refuses %j with invalid_body and writes nothing', async (body, field) => {
    const { id } = await createBoard();
    const res = await create(id, body);
    expect(res.status).toBe(400);
    expect((await json(res)).error.field).toBe(field);
    expect(await list(id)).toEqual([]);
  });

  it('an unknown board is 404 for every connector route', async () => {
    expect((await create('no-such-board', { helpdesk: 'helpscout' })).status).toBe(404);
    expect((await call('/v1/boards/no-such-board/connectors', { auth: ADMIN })).status).toBe(404);
    const gone = await freshdesk('no-such-board', 'pmc_x');
    expect(gone.status).toBe(404);
    expect((await json(gone)).error.code).toBe('unknown_board');
  });

  it('rotates: the new secret works at once, the previous one for 24 hours more', async () => {
    const { id } = await createBoard();
    const { id: cid, secret: old } = await json(await create(id, { helpdesk: 'freshdesk' }));
    const rotated = await call(`/v1/boards/${id}/connectors/${cid}/secret`, { method: 'POST', auth: ADMIN });
    expect(rotated.status).toBe(200);
    const { secret, previous_secret_valid_until } = await json(rotated);
    expect(secret).not.toBe(old);
    expect(Date.parse(previous_secret_valid_until) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect((await freshdesk(id, secret)).status).toBe(200);
    expect((await freshdesk(id, old)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse(previous_secret_valid_until) + 1);
    expect((await freshdesk(id, old)).status).toBe(401);
    expect((await freshdesk(id, secret)).status).toBe(200);
    expect(await list(id)).toEqual([expect.objectContaining({ accepted: 3, previous_secret_valid_until: null })]);
  });

  it('rotating a pasted secret needs the new one; an unknown connector is 404', async () => {
    const { id } = await createBoard();
    const { id: cid } = await json(await create(id, { helpdesk: 'intercom', secret: 'client-secret-1' }));
    const path = `/v1/boards/${id}/connectors/${cid}/secret`;
    expect((await call(path, { method: 'POST', auth: ADMIN })).status).toBe(400);
    const res = await call(path, { method: 'POST', auth: ADMIN, body: { secret: 'client-secret-2' } });
    expect((await json(res)).secret).toBe('client-secret-2');
    const missing = `/v1/boards/${id}/connectors/con_000000000000/secret`;
    expect((await call(missing, { method: 'POST', auth: ADMIN })).status).toBe(404);
  });

  it('deleting a connector closes its URL (404); a second delete is 404', async () => {
    const { id } = await createBoard();
    const { id: cid, secret } = await json(await create(id, { helpdesk: 'freshdesk' }));
    expect((await freshdesk(id, secret)).status).toBe(200);
    expect((await call(`/v1/boards/${id}/connectors/${cid}`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    expect((await freshdesk(id, secret)).status).toBe(404);
    expect(await list(id)).toEqual([]);
    expect((await call(`/v1/boards/${id}/connectors/${cid}`, { method: 'DELETE', auth: ADMIN })).status).toBe(404);
  });

  it('a deleted board takes its connectors with it at once', async () => {
    const { id } = await createBoard();
    const { secret } = await json(await create(id, { helpdesk: 'freshdesk' }));
    expect((await call(`/v1/boards/${id}`, { method: 'DELETE', auth: ADMIN })).status).toBeLessThan(300);
    expect((await freshdesk(id, secret)).status).toBe(404);
  });
});

describe('the webhook route before the signature', () => {
  it('an unknown helpdesk, or one the board has no connector for, is 404', async () => {
    const { id } = await createBoard();
    const res = await send(new Request(`${BASE}/v1/boards/${id}/connectors/zendesk2`, { method: 'POST', body: '{}' }));
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('not_found');
    expect((await freshdesk(id, 'pmc_x')).status).toBe(404);
  });

  it('a body over 1 MiB is 413; a signed body that is not JSON is acknowledged and counted as ignored', async () => {
    const { id } = await createBoard();
    const { secret } = await json(await create(id, { helpdesk: 'freshdesk' }));
    const big = await freshdesk(id, secret, `{"x":"${'a'.repeat(1024 * 1024)}"}`);
    expect(big.status).toBe(413);
    expect((await json(big)).error.code).toBe('payload_too_large');
    const broken = await freshdesk(id, secret, '{"event":"rating", "ticket_id": "1", "comment": "a "quoted" word"}');
    expect(broken.status).toBe(200);
    expect(await json(broken)).toEqual({ accepted: 0, ignored: 1, reasons: ['the body is not JSON'] });
    expect(await list(id)).toEqual([
      expect.objectContaining({ accepted: 0, ignored: 1, last_ignored_reason: 'the body is not JSON' }),
    ]);
  });
});
