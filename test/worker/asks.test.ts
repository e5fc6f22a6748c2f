import { describe, expect, it } from 'vitest';
import { ADMIN, answer, call, createBoard, d1Cost, env, json, mint, say, score } from './helpers';

const asks = async (board: string) =>
  (
    await env.DB.prepare(
      'SELECT interaction, source, agent, channel FROM asks WHERE board_id = ?1 ORDER BY interaction',
    )
      .bind(board)
      .all()
  ).results;

const signKey = async (board: string, scopes = ['sign']) =>
  (await json(await call(`/v1/boards/${board}/keys`, { method: 'POST', auth: ADMIN, body: { scopes } }))).key as string;

const widgetAsk = (board: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(`/v1/boards/${board}/asks`, {
    method: 'POST',
    raw: JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
  });

describe('asks', () => {
  it('minting a token records an ask (source "token") unless ask: false, and gives yes/no links', async () => {
    const { id } = await createBoard();
    const res = await call(`/v1/boards/${id}/tokens`, { method: 'POST', auth: ADMIN, body: { interaction: 'T-1' } });
    const body = await json(res);
    expect(body.yes_url).toBe(`${body.rate_url}&verdict=yes`);
    expect(body.no_url).toBe(`${body.rate_url}&verdict=no`);
    await call(`/v1/boards/${id}/tokens`, { method: 'POST', auth: ADMIN, body: { interaction: 'T-2', ask: false } });
    expect(await asks(id)).toEqual([{ interaction: 'T-1', source: 'token', agent: null, channel: null }]);
    expect(await score(id)).toMatchObject({ asked: 1, response_rate: 0 });
  });

  it('POST …/asks with a sign key takes one ask or a batch, idempotent per interaction', async () => {
    const { id } = await createBoard();
    const key = await signKey(id);
    const one = await call(`/v1/boards/${id}/asks`, {
      method: 'POST',
      auth: key,
      body: { interaction: 'T-1', agent: 'maria', channel: 'email' },
    });
    expect(one.status).toBe(201);
    expect(await json(one)).toEqual({ asked: 1, new: 1 });
    const batch = await call(`/v1/boards/${id}/asks`, {
      method: 'POST',
      auth: key,
      body: { asks: [{ interaction: 'T-1' }, { interaction: 'T-2' }, { interaction: 'T-2' }, { interaction: 'T-3' }] },
    });
    expect(batch.status).toBe(201);
    expect(await json(batch)).toEqual({ asked: 3, new: 2 });
    const again = await call(`/v1/boards/${id}/asks`, { method: 'POST', auth: key, body: { interaction: 'T-3' } });
    expect(again.status).toBe(200);
    expect(d1Cost(again).written).toBe(0);
    expect((await asks(id)).map((a) => [a.interaction, a.source, a.agent])).toEqual([
      ['T-1', 'api', 'maria'],
      ['T-2', 'api', null],
      ['T-3', 'api', null],
    ]);
    expect(await score(id)).toMatchObject({ asked: 3, response_rate: 0 });
    const tooMany = await call(`/v1/boards/${id}/asks`, {
      method: 'POST',
      auth: key,
      body: { asks: Array.from({ length: 101 }, (_, i) => ({ interaction: `X-${i}` })) },
    });
    expect(tooMany.status).toBe(400);
    expect((await json(tooMany)).error.code).toBe('invalid_body');
    const readKey = await signKey(id, ['read']);
    expect(
      (await call(`/v1/boards/${id}/asks`, { method: 'POST', auth: readKey, body: { interaction: 'T-9' } })).status,
    ).toBe(403);
  });

  it('an ask writes its row, the day tally and the board: 3 rows (+1 per agent or channel given, +2 for both)', async () => {
    const { id } = await createBoard();
    const key = await signKey(id);
    await call(`/v1/boards/${id}/asks`, { method: 'POST', auth: key, body: { interaction: 'T-0' } });
    const plain = await call(`/v1/boards/${id}/asks`, { method: 'POST', auth: key, body: { interaction: 'T-1' } });
    expect(d1Cost(plain).written).toBe(3);
    const grouped = await call(`/v1/boards/${id}/asks`, {
      method: 'POST',
      auth: key,
      body: { interaction: 'T-2', agent: 'maria', channel: 'chat' },
    });
    // its agent's and channel's tallies, and (migration 0011) both together, each way round
    expect(d1Cost(grouped).written).toBe(7);
  });

  it('the widget asks without a key under the answer rules, and learns the board', async () => {
    const { id } = await createBoard({
      accent: '#0b7a3e',
      reasons: [{ id: 'slow', label: 'Too slow' }],
      allowed_origins: ['https://help.acme.test'],
    });
    const origin = { origin: 'https://help.acme.test' };
    const missing = await widgetAsk(id, { interaction: 'T-1' }, origin);
    expect(missing.status).toBe(401);
    expect((await json(missing)).error.code).toBe('token_required');
    expect(missing.headers.get('access-control-allow-origin')).toBe('https://help.acme.test');
    const bad = await widgetAsk(id, { interaction: 'T-1', token: '9999999999.AAAA' }, origin);
    expect((await json(bad)).error.code).toBe('token_invalid');
    const elsewhere = await widgetAsk(id, { interaction: 'T-1' }, { origin: 'https://evil.test' });
    expect(elsewhere.status).toBe(403);
    expect((await json(elsewhere)).error.code).toBe('origin_not_allowed');
    expect(elsewhere.headers.get('access-control-allow-origin')).toBe('*');

    const token = await mint(id, 'T-1');
    await env.DB.prepare('DELETE FROM asks WHERE board_id = ?1').bind(id).run(); // as if minted with ask: false
    await env.DB.prepare('UPDATE boards SET rr_day = 0 WHERE id = ?1').bind(id).run();
    const ok = await widgetAsk(id, { interaction: 'T-1', token, locale: 'de' }, origin);
    expect(ok.status).toBe(201);
    expect(await json(ok)).toEqual({
      asked: true,
      widget: {
        board: id,
        name: `Board ${id}`,
        accent: '#0b7a3e',
        reasons: [{ id: 'slow', label: 'Too slow' }],
        scoreboard_url: `https://pandameter.test/scoreboard/${id}`,
      },
    });
    const again = await widgetAsk(id, { interaction: 'T-1', token }, origin);
    expect(again.status).toBe(200);
    expect(await asks(id)).toEqual([{ interaction: 'T-1', source: 'widget', agent: null, channel: null }]);

    const pre = await call(`/v1/boards/${id}/asks`, {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://help.acme.test');
  });

  it('an open board takes the widget ask without a token; unknown board is 404 readable by the page', async () => {
    const { id } = await createBoard({ require_token: false });
    const res = await widgetAsk(id, { interaction: 'T-1', agent: 'li', channel: 'chat' });
    expect(res.status).toBe(201);
    const gone = await widgetAsk('no-such-board', { interaction: 'T-1' });
    expect(gone.status).toBe(404);
    expect(gone.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('asks from every source are counted once, and an answer implies its ask', async () => {
    const { id } = await createBoard({ require_token: false });
    const key = await signKey(id);
    // T-1: asked by token, by the API, by the widget, then answered
    await call(`/v1/boards/${id}/tokens`, { method: 'POST', auth: ADMIN, body: { interaction: 'T-1' } });
    await call(`/v1/boards/${id}/asks`, { method: 'POST', auth: key, body: { interaction: 'T-1' } });
    await widgetAsk(id, { interaction: 'T-1' });
    await answer(id, { interaction: 'T-1', verdict: 'yes' });
    // T-2: answered without being asked first
    await answer(id, { interaction: 'T-2', verdict: 'no', agent: 'maria' });
    // T-3: asked, never answered
    await widgetAsk(id, { interaction: 'T-3' });
    expect((await asks(id)).map((a) => [a.interaction, a.source, a.agent])).toEqual([
      ['T-1', 'token', null],
      ['T-2', 'answer', 'maria'],
      ['T-3', 'widget', null],
    ]);
    expect(await score(id)).toMatchObject({ asked: 3, response_rate: 66.7 });
    const stats = await json(await call(`/v1/boards/${id}/stats`, { auth: ADMIN }));
    expect(stats.totals).toMatchObject({ asked: 3, answered: 2, response_rate: 66.7 });
  });

  it('erasing an answer erases its ask; the rate follows', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no');
    await mint(id, 'T-2');
    expect(await score(id)).toMatchObject({ asked: 2, response_rate: 50 });
    expect((await call(`/v1/boards/${id}/responses/T-1`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    expect(await asks(id)).toEqual([{ interaction: 'T-2', source: 'token', agent: null, channel: null }]);
    expect(await score(id)).toMatchObject({ asked: 1, response_rate: 0 });
    const rows = await env.DB.prepare('SELECT days FROM tallies WHERE board_id = ?1 AND dim = ?2')
      .bind(id, 'follow_up')
      .all();
    expect(JSON.parse((rows.results[0] as { days: string }).days)).toEqual(expect.any(Object));
  });
});
