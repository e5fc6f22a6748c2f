import { describe, expect, it } from 'vitest';
import { percent, wilson95 } from '../../worker/lib/score-math';
import { formatDay } from '../../worker/lib/time';
import { periodStart } from '../../worker/routes/stats';
import { ADMIN, call, createBoard, d1Cost, env, json, passDays, say, storeAnswers } from './helpers';

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
    const none = { asked: 0, answered: 0, response_rate: null };
    const all = (n: number) => ({ asked: n, answered: n, response_rate: 100 });
    const c = (yes: number, no: number) => ({
      satisfied: yes,
      unsatisfied: no,
      percent: percent(yes, no),
      interval95: wilson95(yes, no),
    });
    expect(body.series.map(({ follow_up: _, ...p }: { follow_up: unknown }) => p)).toEqual([
      { period: formatDay(today() - 3), ...c(0, 0), ...none },
      { period: formatDay(today() - 2), ...c(1, 1), ...all(2) },
      { period: formatDay(today() - 1), ...c(0, 0), ...none },
      { period: formatDay(today()), ...c(2, 0), ...all(2) },
    ]);
    expect(body.series[1].follow_up).toMatchObject({ open: 1, contacted: 0, resolved: 0, dismissed: 0 });
    // each group's follow-ups and small trend: test/worker/stats-filters.test.ts
    const plain = (groups: Record<string, unknown>[]) => groups.map(({ follow_up: _f, series: _s, ...g }) => g);
    expect(plain(body.groups)).toEqual([
      { key: 'maria', ...c(1, 1), ...all(2) },
      { key: 'li', ...c(1, 0), ...all(1) },
      { key: null, ...c(1, 0), ...all(1) },
    ]);
    const byChannel = await json(await call(`/v1/boards/${id}/stats?from=${from}&group_by=channel`, { auth: ADMIN }));
    expect(plain(byChannel.groups)).toEqual([
      { key: 'email', ...c(2, 0), ...all(2) },
      { key: 'chat', ...c(0, 1), ...all(1) },
      { key: null, ...c(1, 0), ...all(1) },
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
    // the ask keeps the agent it was made with (maria), the answer's group moves to li
    const plain = body.groups.map(({ follow_up: _f, series: _s, ...g }: Record<string, unknown>) => g);
    expect(plain).toEqual([
      {
        key: 'li',
        satisfied: 1,
        unsatisfied: 0,
        percent: 100,
        interval95: wilson95(1, 0),
        asked: 0,
        answered: 0,
        response_rate: null,
      },
      {
        key: 'maria',
        satisfied: 0,
        unsatisfied: 0,
        percent: null,
        interval95: null,
        asked: 1,
        answered: 1,
        response_rate: 100,
      },
    ]);
    // its follow-up (a "no" changed to "yes": resolved by the customer) moved with it
    expect(
      body.groups.map((g: { follow_up: { open: number; resolved: number } }) => [
        g.follow_up.open,
        g.follow_up.resolved,
      ]),
    ).toEqual([
      [0, 1],
      [0, 0],
    ]);
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
    // board + auth lookups, 1 day row, 2 group rows; 1 row each of asks, follow-ups and the asks of
    // the 2 groups (issue 17), each twice when the 30 days span two 32-day blocks — not 30 answers
    expect(read).toBeLessThan(20);
  });

  it('a year by day, week or month, grouped by agent, reads a row per 32 days and group, and equals a recount', async () => {
    const { id } = await createBoard();
    const agents = 30;
    await storeAnswers(id, 30_000, {
      verdict: "CASE WHEN i % 6 = 0 OR i % 11 = 0 THEN 'no' ELSE 'yes' END",
      agent: `CASE WHEN i % 50 = 0 THEN NULL ELSE 'agent-' || (i * 7 % ${agents}) END`,
      spanDays: 500,
    });
    const [from, to] = [today() - 364, today()];
    const days = (
      await env.DB.prepare(
        `SELECT answered_at / 86400000 AS day, agent, SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no
         FROM responses WHERE board_id = ?1 AND answered_at / 86400000 BETWEEN ?2 AND ?3 GROUP BY day, agent`,
      )
        .bind(id, from, to)
        .all<{ day: number; agent: string | null; yes: number; no: number }>()
    ).results;
    const sum = (rows: typeof days) =>
      rows.reduce((t, d) => ({ yes: t.yes + d.yes, no: t.no + d.no }), { yes: 0, no: 0 });
    const counts = ({ yes, no }: { yes: number; no: number }) => ({
      satisfied: yes,
      unsatisfied: no,
      percent: percent(yes, no),
      interval95: wilson95(yes, no),
    });
    const keys = [...new Set(days.map((d) => d.agent))];
    const groups = keys
      .map((key) => ({ key, ...counts(sum(days.filter((d) => d.agent === key))) }))
      .sort((a, b) =>
        a.key === null
          ? 1
          : b.key === null
            ? -1
            : b.satisfied + b.unsatisfied - (a.satisfied + a.unsatisfied) || (a.key < b.key ? -1 : 1),
      );

    for (const interval of ['day', 'week', 'month'] as const) {
      const res = await call(
        `/v1/boards/${id}/stats?from=${formatDay(from)}&to=${formatDay(to)}&interval=${interval}&group_by=agent`,
        { auth: ADMIN },
      );
      const body = await json(res);
      expect(body.totals).toMatchObject(counts(sum(days)));
      expect(
        body.groups.map(({ key, satisfied, unsatisfied, percent, interval95 }: Record<string, unknown>) => ({
          key,
          satisfied,
          unsatisfied,
          percent,
          interval95,
        })),
      ).toEqual(groups);
      const periods = new Map<string, { yes: number; no: number }>();
      for (const d of days) {
        const p = formatDay(periodStart(d.day, interval));
        const label = interval === 'month' ? p.slice(0, 7) : p;
        const t = periods.get(label) ?? { yes: 0, no: 0 };
        periods.set(label, { yes: t.yes + d.yes, no: t.no + d.no });
      }
      for (const p of body.series) {
        // answers stored directly imply asks made when they were answered: all answered
        const t = periods.get(p.period) ?? { yes: 0, no: 0 };
        const n = t.yes + t.no;
        expect(p).toEqual({
          period: p.period,
          ...counts(t),
          asked: n,
          answered: n,
          response_rate: n ? 100 : null,
          follow_up: expect.objectContaining({ open: t.no }),
        });
      }
      // each agent's small trend and follow-ups (every stored "no" is open, on its own day)
      const labelOf = (day: number) => {
        const p = formatDay(periodStart(day, interval));
        return interval === 'month' ? p.slice(0, 7) : p;
      };
      for (const g of body.groups) {
        const mine = days.filter((d) => d.agent === g.key);
        const per = new Map<string, { yes: number; no: number }>();
        for (const d of mine) {
          const t = per.get(labelOf(d.day)) ?? { yes: 0, no: 0 };
          per.set(labelOf(d.day), { yes: t.yes + d.yes, no: t.no + d.no });
        }
        expect(g.series).toEqual(
          body.series.map((p: { period: string }) => ({
            period: p.period,
            ...counts(per.get(p.period) ?? { yes: 0, no: 0 }),
          })),
        );
        expect(g.follow_up).toMatchObject({ open: sum(mine).no, contacted: 0 });
      }
      // 365 days touch at most 13 blocks of 32: 13 board rows and 13 per agent, plus the board itself;
      // and as many tally rows: asks and follow-ups of the board, asks and follow-ups per agent
      expect(d1Cost(res).read).toBeLessThanOrEqual(1 + 13 * (1 + agents) + 13 * (2 + 2 * agents));
    }
  });
});
