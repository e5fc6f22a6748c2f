import { introspectWorkflowInstance } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../worker/lib/tokens';
import { PURGE_SLICE, purgeId } from '../../worker/purge';
import { expectAggregatesMatchRecount } from './consistency';
import { ADMIN, answer, call, createBoard, d1Cost, env, json, storeAnswers } from './helpers';

const rowsOf = async (board: string) => {
  const [responses, counts, asks, tallies, keys, boards] = await env.DB.batch<{ n: number }>([
    env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE board_id = ?1').bind(board),
    env.DB.prepare('SELECT COUNT(*) AS n FROM counts WHERE board_id = ?1').bind(board),
    env.DB.prepare('SELECT COUNT(*) AS n FROM asks WHERE board_id = ?1').bind(board),
    env.DB.prepare('SELECT COUNT(*) AS n FROM tallies WHERE board_id = ?1').bind(board),
    env.DB.prepare('SELECT COUNT(*) AS n FROM api_keys WHERE board_id = ?1').bind(board),
    env.DB.prepare('SELECT COUNT(*) AS n FROM boards WHERE id = ?1').bind(board),
  ]);
  const n = (r: D1Result<{ n: number }> | undefined) => r?.results[0]?.n ?? -1;
  return {
    responses: n(responses),
    counts: n(counts),
    asks: n(asks),
    tallies: n(tallies),
    keys: n(keys),
    boards: n(boards),
  };
};

/** Every row a board owns, to show that deleting another board left it exactly as it was. */
const everything = async (board: string) =>
  JSON.stringify(
    await env.DB.batch([
      env.DB.prepare('SELECT * FROM boards WHERE id = ?1').bind(board),
      env.DB.prepare('SELECT * FROM responses WHERE board_id = ?1 ORDER BY interaction').bind(board),
      env.DB.prepare('SELECT * FROM counts WHERE board_id = ?1 ORDER BY dim, block, key').bind(board),
      env.DB.prepare('SELECT * FROM asks WHERE board_id = ?1 ORDER BY interaction').bind(board),
      env.DB.prepare('SELECT * FROM tallies WHERE board_id = ?1 ORDER BY dim, block, key').bind(board),
      env.DB.prepare('SELECT * FROM api_keys WHERE board_id = ?1 ORDER BY id').bind(board),
    ]).then((rs) => rs.map((r) => r.results)),
  );

const createdAt = async (board: string) =>
  (await env.DB.prepare('SELECT created_at FROM boards WHERE id = ?1').bind(board).first<{ created_at: number }>())!
    .created_at;

const keyFor = async (board: string) =>
  (
    await json(
      await call(`/v1/boards/${board}/keys`, { method: 'POST', auth: ADMIN, body: { scopes: ['read', 'sign'] } }),
    )
  ).key as string;

describe('DELETE /v1/boards/{board}', () => {
  it('answers at once, takes the board off every route at once, then purges 100,000 answers and nothing else', async () => {
    const gone = await createBoard({ window: { responses: 1000 } });
    const other = await createBoard({ window: { days: 30 } });
    await storeAnswers(gone.id, 100_000, {
      verdict: "CASE WHEN i % 7 = 0 THEN 'no' ELSE 'yes' END",
      agent: "'agent-' || (i % 40)",
      channel: "CASE WHEN i % 2 = 0 THEN 'email' ELSE 'chat' END",
      spanDays: 400,
    });
    await storeAnswers(other.id, 500, { agent: "'agent-' || (i % 40)", spanDays: 20 });
    const key = await keyFor(gone.id);
    const otherKey = await keyFor(other.id);
    const otherBefore = await everything(other.id);
    const before = await rowsOf(gone.id);
    expect(before.responses).toBe(100_000);
    expect(before.counts).toBeGreaterThan(500); // 13 blocks × (board + 40 agents + 2 channels)

    await using purge = await introspectWorkflowInstance(env.PURGE, purgeId(gone.id, await createdAt(gone.id)));
    // the pauses between slices spare live traffic; here they would only make the test wait
    await purge.modify(async (m) => m.disableSleeps());
    const res = await call(`/v1/boards/${gone.id}`, { method: 'DELETE', auth: ADMIN });
    expect(res.status).toBe(204);
    // "at once" in D1's own units: a handful of rows, not 100,000 answers
    expect(d1Cost(res).written).toBeLessThan(10);
    expect(d1Cost(res).read).toBeLessThan(10);

    // every public and private route has forgotten the board, before its rows are gone
    const b = gone.id;
    const token = await mintToken(gone.secret, b, 'T-new', Math.floor(Date.now() / 1000) + 600);
    const routes: [string, Promise<Response>, number][] = [
      ['score', call(`/v1/boards/${b}/score`), 404],
      ['badge', call(`/v1/boards/${b}/badge.svg`), 404],
      ['scoreboard', call(`/scoreboard/${b}`), 404],
      ['rating page', call(`/rate/${b}/T-new?token=${encodeURIComponent(token)}`), 404],
      ['answer', answer(b, { interaction: 'T-new', verdict: 'yes', token }), 404],
      ['read', call(`/v1/boards/${b}`, { auth: ADMIN }), 404],
      ['change', call(`/v1/boards/${b}`, { method: 'PATCH', auth: ADMIN, body: { name: 'x' } }), 404],
      ['stats', call(`/v1/boards/${b}/stats`, { auth: ADMIN }), 404],
      ['responses', call(`/v1/boards/${b}/responses`, { auth: ADMIN }), 404],
      ['csv', call(`/v1/boards/${b}/responses`, { auth: ADMIN, headers: { accept: 'text/csv' } }), 404],
      ['erase', call(`/v1/boards/${b}/responses/T-1`, { method: 'DELETE', auth: ADMIN }), 404],
      ['secret', call(`/v1/boards/${b}/secret`, { method: 'POST', auth: ADMIN }), 404],
      ['keys', call(`/v1/boards/${b}/keys`, { method: 'POST', auth: ADMIN, body: { scopes: ['read'] } }), 404],
      ['tokens', call(`/v1/boards/${b}/tokens`, { method: 'POST', auth: ADMIN, body: { interaction: 'x' } }), 404],
      ['its own key', call(`/v1/boards/${b}/stats`, { auth: key }), 401],
      ['delete again', call(`/v1/boards/${b}`, { method: 'DELETE', auth: ADMIN }), 404],
    ];
    for (const [what, pending, status] of routes) expect([what, (await pending).status]).toEqual([what, status]);
    const list = await json(await call('/v1/boards', { auth: ADMIN }));
    expect(list.boards.map((x: { id: string }) => x.id)).not.toContain(b);
    // its id stays taken until the purge is done, and the admin's read of it says so
    const read = await json(await call(`/v1/boards/${b}`, { auth: ADMIN }));
    expect(read.error).toMatchObject({
      code: 'unknown_board',
      message: expect.stringContaining('still being removed'),
    });
    const again = await call('/v1/boards', { method: 'POST', auth: ADMIN, body: { id: b, name: 'Again' } });
    expect(again.status).toBe(409);
    expect((await json(again)).error.message).toContain('being removed');

    await purge.waitForStatus('complete');
    expect(await purge.getOutput()).toEqual({ rows: before.responses + before.counts + before.asks + before.tallies });
    expect(await rowsOf(b)).toEqual({ responses: 0, counts: 0, asks: 0, tallies: 0, keys: 0, boards: 0 });
    const after = await json(await call(`/v1/boards/${b}`, { auth: ADMIN }));
    expect(after.error.message).not.toContain('being removed');

    // the other board: every row as it was, still consistent, still served
    expect(await everything(other.id)).toBe(otherBefore);
    await expectAggregatesMatchRecount(other.id);
    expect((await call(`/v1/boards/${other.id}/stats`, { auth: otherKey })).status).toBe(200);

    // and the id is free again, for a new, empty board
    const fresh = await call('/v1/boards', { method: 'POST', auth: ADMIN, body: { id: b, name: 'Fresh' } });
    expect(fresh.status).toBe(201);
    expect(await json(await call(`/v1/boards/${b}/score`))).toMatchObject({ name: 'Fresh', responses: 0 });
  }, 240_000);

  it('resumes after a slice fails and still leaves nothing behind', async () => {
    const { id } = await createBoard();
    await storeAnswers(id, 3 * PURGE_SLICE + 17, { agent: "'a' || (i % 3)", spanDays: 90 });
    await using purge = await introspectWorkflowInstance(env.PURGE, purgeId(id, await createdAt(id)));
    // the second slice fails twice (D1 unreachable) before it goes through
    await purge.modify(async (m) => {
      await m.disableSleeps();
      await m.disableRetryDelays();
      await m.mockStepError({ name: 'responses 1' }, new Error('D1_ERROR: Network connection lost.'), 2);
    });
    expect((await call(`/v1/boards/${id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    await purge.waitForStatus('complete');
    expect(await purge.waitForStepResult({ name: 'responses 3' })).toBe(17);
    expect(await rowsOf(id)).toEqual({ responses: 0, counts: 0, asks: 0, tallies: 0, keys: 0, boards: 0 });
  }, 120_000);

  it('a purge never touches a board that is not deleted', async () => {
    const { id } = await createBoard();
    await storeAnswers(id, 20);
    const before = await everything(id);
    // a purge started by mistake (by hand, or for a board id that was meanwhile created anew)
    await using purge = await introspectWorkflowInstance(env.PURGE, 'stray');
    await purge.modify(async (m) => m.disableSleeps());
    await env.PURGE.create({ id: 'stray', params: { board: id } });
    await purge.waitForStatus('complete');
    expect(await purge.getOutput()).toEqual({ rows: 0 });
    expect(await everything(id)).toBe(before);
  });
});
