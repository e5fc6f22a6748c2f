import { describe, expect, it } from 'vitest';
import { formatDay } from '../../worker/lib/time';
import { ADMIN, call, createBoard, json, passDays, say } from './helpers';

const today = () => Math.floor(Date.now() / 86_400_000);

describe('GET /v1/boards/{board}/stats', () => {
  it('gives totals, a daily series with empty days, and groups by agent or channel', async () => {
    const { id } = await createBoard();
    await say(id, 'A', 'yes', { agent: 'maria', channel: 'email' });
    await say(id, 'B', 'no', { agent: 'maria', channel: 'chat' });
    await passDays(id, 2);
    await say(id, 'C', 'yes', { agent: 'li', channel: 'email' });
    await say(id, 'D', 'yes');

    const from = formatDay(today() - 3);
    const to = formatDay(today());
    const res = await call(`/v1/boards/${id}/stats?from=${from}&to=${to}&group_by=agent`, { auth: ADMIN });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.totals).toMatchObject({ responses: 4, satisfied: 3, unsatisfied: 1, percent: 75 });
    expect(body.series).toEqual([
      { period: formatDay(today() - 3), satisfied: 0, unsatisfied: 0, percent: null },
      { period: formatDay(today() - 2), satisfied: 1, unsatisfied: 1, percent: 50 },
      { period: formatDay(today() - 1), satisfied: 0, unsatisfied: 0, percent: null },
      { period: formatDay(today()), satisfied: 2, unsatisfied: 0, percent: 100 },
    ]);
    expect(body.groups).toEqual([
      { key: 'maria', satisfied: 1, unsatisfied: 1, percent: 50 },
      { key: 'li', satisfied: 1, unsatisfied: 0, percent: 100 },
      { key: null, satisfied: 1, unsatisfied: 0, percent: 100 },
    ]);
    const byChannel = await json(await call(`/v1/boards/${id}/stats?from=${from}&group_by=channel`, { auth: ADMIN }));
    expect(byChannel.groups).toEqual([
      { key: 'email', satisfied: 2, unsatisfied: 0, percent: 100 },
      { key: 'chat', satisfied: 0, unsatisfied: 1, percent: 0 },
      { key: null, satisfied: 1, unsatisfied: 0, percent: 100 },
    ]);
  });

  it('a changed answer moves to the day it was changed, and its group with it', async () => {
    const { id } = await createBoard();
    await say(id, 'A', 'no', { agent: 'maria' });
    await passDays(id, 5);
    await say(id, 'A', 'yes', { agent: 'li' });
    const body = await json(
      await call(`/v1/boards/${id}/stats?from=${formatDay(today() - 6)}&group_by=agent`, { auth: ADMIN }),
    );
    expect(body.totals).toMatchObject({ responses: 1, satisfied: 1, unsatisfied: 0 });
    expect(body.series.find((p: { period: string }) => p.period === formatDay(today() - 5))).toMatchObject({
      satisfied: 0,
      unsatisfied: 0,
    });
    expect(body.groups).toEqual([{ key: 'li', satisfied: 1, unsatisfied: 0, percent: 100 }]);
  });

  it('defaults to the last 30 days by day; weeks start on Monday; months are YYYY-MM', async () => {
    const { id } = await createBoard();
    await say(id, 'A', 'yes');
    const def = await json(await call(`/v1/boards/${id}/stats`, { auth: ADMIN }));
    expect(def.interval).toBe('day');
    expect(def.series).toHaveLength(30);
    expect(def.to).toBe(formatDay(today()));
    expect(def.series.at(-1)).toMatchObject({ satisfied: 1 });

    const weeks = await json(
      await call(`/v1/boards/${id}/stats?from=2026-01-01&to=2026-01-31&interval=week`, { auth: ADMIN }),
    );
    expect(weeks.series.map((p: { period: string }) => p.period)).toEqual([
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
    ]);
    const months = await json(
      await call(`/v1/boards/${id}/stats?from=2025-11-15&to=2026-02-01&interval=month`, { auth: ADMIN }),
    );
    expect(months.series.map((p: { period: string }) => p.period)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it.each([
    ['from=2026-02-30', 'from'],
    ['to=tomorrow', 'to'],
    ['from=2026-03-01&to=2026-02-01', 'from'],
    ['from=2000-01-01&to=2026-01-01', 'from'],
    ['interval=year', 'interval'],
    ['group_by=customer', 'group_by'],
    ['colour=red', undefined],
  ])('?%s → 400 invalid_body', async (q, field) => {
    const { id } = await createBoard();
    const res = await call(`/v1/boards/${id}/stats?${q}`, { auth: ADMIN });
    expect(res.status).toBe(400);
    const err = (await json(res)).error;
    expect(err.code).toBe('invalid_body');
    if (field) expect(err.field).toBe(field);
  });

  it('reads rows in proportion to days, not to answers', async () => {
    const { id } = await createBoard();
    for (let i = 0; i < 30; i++) await say(id, `T-${i}`, i % 3 ? 'yes' : 'no', { agent: `a${i % 2}` });
    const res = await call(`/v1/boards/${id}/stats?group_by=agent`, { auth: ADMIN });
    const read = Number(/rows_read=(\d+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
    // board + auth lookups, 1 day row, 2 group rows — not 30 answers
    expect(read).toBeLessThan(10);
  });
});
