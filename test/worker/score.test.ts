import { describe, expect, it } from 'vitest';
import { pandas, percent, wilson95 } from '../../worker/lib/score';
import { mintToken } from '../../worker/lib/tokens';
import { ADMIN, answer, call, createBoard, env, json, mint, passDays, score, storeAnswers } from './helpers';

const d1 = (res: Response) => {
  const m = /rows_read=(\d+) rows_written=(\d+)/.exec(res.headers.get('server-timing') ?? '');
  if (!m) throw new Error('no D1 metrics on the response');
  return { read: Number(m[1]), written: Number(m[2]) };
};

describe('the pandas rule', () => {
  it.each([
    [0, 0, 0, 0],
    // fewer than 100 answers: one panda per answer, the rest of the grid empty
    [1, 0, 1, 0],
    [0, 1, 0, 1],
    [5, 2, 5, 2],
    [66, 33, 66, 33],
    // 100 and more: 100 pandas, shared by the exact ratio
    [67, 33, 67, 33],
    [100, 0, 100, 0],
    [0, 100, 0, 100],
    [68, 33, 67, 33], // 101 answers: 67.3
    [100, 1, 99, 1], // 101 answers: 99.0
    [1, 100, 1, 99], // 101 answers: 0.99 rounds to 1
    [999, 1, 99, 1],
    [1, 999, 1, 99],
    [25, 175, 13, 87], // 12.5 rounds half up
    [199, 1, 99, 1], // 99.5 would round to 100, but one sad customer always shows
    [1, 299, 1, 99], // 0.33 would round to 0, but one happy customer always shows
  ])('%i yes, %i no → %i happy, %i sad', (yes, no, happy, sad) => {
    expect(pandas(yes, no)).toEqual({ happy, sad });
  });

  it('percent has one decimal, halves up, and is null without answers', () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(999, 1)).toBe(99.9);
    expect(percent(2, 1)).toBe(66.7);
    expect(percent(1, 7)).toBe(12.5);
    expect(percent(1, 15)).toBe(6.3); // 6.25 → 6.3
  });

  it('interval95 is the Wilson score interval', () => {
    expect(wilson95(0, 0)).toBeNull();
    expect(wilson95(97, 3)).toEqual([91.5, 99]);
    expect(wilson95(1, 0)).toEqual([20.6, 100]);
    expect(wilson95(0, 5)).toEqual([0, 43.5]);
  });
});

describe('GET /v1/boards/{board}/score', () => {
  it('says "no answers yet" as the contract shapes it', async () => {
    const { id } = await createBoard({ name: 'Acme Support' });
    const res = await call(`/v1/boards/${id}/score`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await json(res)).toEqual({
      board: id,
      name: 'Acme Support',
      window: { responses: 100 },
      responses: 0,
      satisfied: 0,
      unsatisfied: 0,
      percent: null,
      interval95: null,
      pandas: { happy: 0, sad: 0 },
      asked: 0,
      response_rate: null,
      updated_at: null,
    });
  });

  // Every third answer a "no" (5 yes and 2 no of 7), stored as answers and counted by the worker, in
  // a window of answers larger than all of them and in a window of days.
  describe.each([{ responses: 1000 }, { days: 30 }])('with the window %o', (window) => {
    it.each([
      { n: 0, satisfied: 0, percent: null, happy: 0, sad: 0 },
      { n: 1, satisfied: 1, percent: 100, happy: 1, sad: 0 },
      { n: 7, satisfied: 5, percent: 71.4, happy: 5, sad: 2 },
      { n: 99, satisfied: 66, percent: 66.7, happy: 66, sad: 33 },
      { n: 100, satisfied: 67, percent: 67, happy: 67, sad: 33 },
      { n: 101, satisfied: 68, percent: 67.3, happy: 67, sad: 33 },
    ])('$n answers: $happy happy and $sad sad pandas', async ({ n, satisfied, percent, happy, sad }) => {
      const { id } = await createBoard({ window });
      if (n > 0) await storeAnswers(id, n, { verdict: "CASE WHEN i % 3 = 0 THEN 'no' ELSE 'yes' END" });
      expect(await score(id)).toMatchObject({
        window,
        responses: n,
        satisfied,
        unsatisfied: n - satisfied,
        percent,
        pandas: { happy, sad },
      });
    });
  });

  it('a window of the last 100 answers, after 101, draws the last 100', async () => {
    const { id } = await createBoard({ window: { responses: 100 } });
    // T-1 … T-101: T-1 (yes) has left; 33 of the last 100 said no
    await storeAnswers(id, 101, { verdict: "CASE WHEN i % 3 = 0 THEN 'no' ELSE 'yes' END" });
    expect(await score(id)).toMatchObject({ responses: 100, satisfied: 67, pandas: { happy: 67, sad: 33 } });
  });

  it('999 yes and 1 no through the API show 99 happy pandas and 99.9%', async () => {
    const a = await createBoard({ window: { responses: 1000 } });
    const exp = Math.floor(Date.now() / 1000) + 600;
    for (let start = 0; start < 1000; start += 10) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, async (_, k) => {
          const interaction = `T-${start + k}`;
          const token = await mintToken(a.secret, a.id, interaction, exp);
          const verdict = start + k === 500 ? 'no' : 'yes';
          return (await answer(a.id, { interaction, verdict, token })).status;
        }),
      );
      expect(statuses).toEqual(Array(10).fill(201));
    }
    expect(await score(a.id)).toMatchObject({ responses: 1000, percent: 99.9, pandas: { happy: 99, sad: 1 } });
  }, 300_000);

  it('1 yes and 999 no show 1 happy panda (answers stored directly, score recounted by the worker)', async () => {
    const b = await createBoard({ window: { responses: 100 } });
    await storeAnswers(b.id, 1000, { verdict: "CASE WHEN i = 500 THEN 'yes' ELSE 'no' END" });
    expect(await score(b.id)).toMatchObject({ responses: 100, satisfied: 0 });
    // changing the window makes the worker recount from the stored answers
    const res = await call(`/v1/boards/${b.id}`, {
      method: 'PATCH',
      auth: ADMIN,
      body: { window: { responses: 1000 } },
    });
    expect(res.status).toBe(200);
    expect(await score(b.id)).toMatchObject({ responses: 1000, percent: 0.1, pandas: { happy: 1, sad: 99 } });
  });

  it('has an ETag and answers 304 to If-None-Match until the score changes', async () => {
    const { id } = await createBoard();
    const first = await call(`/v1/boards/${id}/score`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const same = await call(`/v1/boards/${id}/score`, { headers: { 'if-none-match': etag! } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    await answer(id, { interaction: 'T-1', verdict: 'yes', token: await mint(id, 'T-1') });
    const changed = await call(`/v1/boards/${id}/score`, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('keeps the last N answers by answer time; a changed answer counts when it was changed', async () => {
    const { id } = await createBoard({ window: { responses: 10 } });
    for (let i = 0; i < 12; i++) {
      await answer(id, { interaction: `T-${i}`, verdict: i < 2 ? 'no' : 'yes', token: await mint(id, `T-${i}`) });
    }
    // T-0 and T-1 (the two "no") are the oldest and have left the window
    expect(await score(id)).toMatchObject({ responses: 10, satisfied: 10, unsatisfied: 0 });
    // T-0 changes its mind: it is now the newest answer, and T-2 (yes) leaves
    await answer(id, { interaction: 'T-0', verdict: 'yes', token: await mint(id, 'T-0') });
    expect(await score(id)).toMatchObject({ responses: 10, satisfied: 10 });
    await answer(id, { interaction: 'T-5', verdict: 'no', token: await mint(id, 'T-5') });
    expect(await score(id)).toMatchObject({ responses: 10, satisfied: 9, unsatisfied: 1 });
  });

  it('a day window drops answers as days pass', async () => {
    const { id } = await createBoard({ window: { days: 7 } });
    await answer(id, { interaction: 'old', verdict: 'no', token: await mint(id, 'old') });
    await passDays(id, 10);
    await answer(id, { interaction: 'new', verdict: 'yes', token: await mint(id, 'new') });
    expect(await score(id)).toMatchObject({ window: { days: 7 }, responses: 1, satisfied: 1, unsatisfied: 0 });
  });

  it('reads exactly one D1 row, with 10 answers or with 120,000', async () => {
    const small = await createBoard({ window: { responses: 10 } });
    for (let i = 0; i < 10; i++) {
      await answer(small.id, { interaction: `T-${i}`, verdict: 'yes', token: await mint(small.id, `T-${i}`) });
    }
    const s = await call(`/v1/boards/${small.id}/score`);
    expect(d1(s)).toEqual({ read: 1, written: 0 });

    const big = await createBoard({ window: { responses: 10_000 } });
    const N = 120_000;
    // 120,000 answers written straight into D1, with the aggregates they imply.
    await storeAnswers(big.id, N, { verdict: "CASE WHEN i % 10 = 0 THEN 'no' ELSE 'yes' END" });
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE board_id = ?1').bind(big.id).first();
    expect(count?.n).toBe(N);
    const b = await call(`/v1/boards/${big.id}/score`);
    expect(await json(b)).toMatchObject({ responses: 10_000, percent: 90 });
    expect(d1(b)).toEqual({ read: 1, written: 0 });
    // and a new answer on the big board keeps its cost small, not proportional to history
    const r = await answer(big.id, { interaction: 'T-new', verdict: 'no', token: await mint(big.id, 'T-new') });
    expect(r.status).toBe(201);
    // (its ask, reasons and follow-up statements add ~25 one-row lookups: still nothing per stored answer)
    expect(d1(r).read).toBeLessThan(90);
    expect(await score(big.id)).toMatchObject({ responses: 10_000, satisfied: 8999, unsatisfied: 1001 });
  });

  it('changing the window recounts the score', async () => {
    const { id } = await createBoard({ window: { responses: 10 } });
    for (let i = 0; i < 15; i++) {
      await answer(id, { interaction: `T-${i}`, verdict: i < 5 ? 'no' : 'yes', token: await mint(id, `T-${i}`) });
    }
    expect(await score(id)).toMatchObject({ responses: 10, unsatisfied: 0 });
    const res = await call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: { window: { days: 30 } } });
    expect(res.status).toBe(200);
    expect(await score(id)).toMatchObject({ window: { days: 30 }, responses: 15, unsatisfied: 5 });
    await call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: { window: { responses: 12 } } });
    expect(await score(id)).toMatchObject({ responses: 12, unsatisfied: 2 });
  });
});
