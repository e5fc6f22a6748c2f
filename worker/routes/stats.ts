/** Stats for dashboards: totals, a series by day/week/month, groups by agent or channel. */
import { Hono } from 'hono';
import { dailyCounts, groupCounts } from '../db/counts';
import { askGroupTotals, tallyDays } from '../db/tallies';
import { requireScope } from '../lib/auth';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/http';
import { percent, wilson95 } from '../lib/score';
import { asksOf, FollowUpSum, rateOf, restOf } from '../lib/loop-stats';
import { DAY_MS, dayOf, formatDay, parseDate } from '../lib/time';
import { boardParam, query, requireBoard } from '../lib/validate';
import { doc } from '../openapi';
import { BoardPath, Stats, StatsQuery } from '../schemas';

/** Longest range one request may ask for: rows read grow with days, so they are bounded. */
const MAX_DAYS = 3 * 366;

type Interval = 'day' | 'week' | 'month';

/** The first day of the period that holds `day`: the day itself, its ISO week's Monday, or the 1st. */
export function periodStart(day: number, interval: Interval): number {
  if (interval === 'day') return day;
  if (interval === 'week') return day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
  const d = new Date(day * DAY_MS);
  return dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function nextPeriod(start: number, interval: Interval): number {
  if (interval === 'day') return start + 1;
  if (interval === 'week') return start + 7;
  const d = new Date(start * DAY_MS);
  return dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

const label = (start: number, interval: Interval) =>
  interval === 'month' ? formatDay(start).slice(0, 7) : formatDay(start);

const counts = (yes: number, no: number) => ({ satisfied: yes, unsatisfied: no, percent: percent(yes, no) });

const stats = new Hono<AppEnv>();

doc({
  method: 'get',
  path: '/v1/boards/{board}/stats',
  operationId: 'getStats',
  summary: 'Totals and a time series',
  description:
    'Needs "read". from/to are UTC dates (default: the last 30 days). An answer counts on the day it was last ' +
    'given. Periods are labelled by their first day (YYYY-MM-DD; weeks start on Monday) or, for months, YYYY-MM; ' +
    'every period in the range is listed, empty ones with zeros. groups lists each agent or channel; key null ' +
    'holds answers without one.',
  auth: true,
  request: { params: BoardPath, query: StatsQuery },
  responses: { 200: { description: 'The stats', content: { 'application/json': { schema: Stats } } } },
});
stats.get('/:board/stats', async (c) => {
  const id = boardParam(c);
  await requireScope(c, id, 'read');
  const q = query(c, StatsQuery);
  const today = dayOf(Date.now());
  const to = q.to === undefined ? today : parseDate(q.to);
  if (to === null) throw new ApiError('invalid_body', 'to: not a calendar date', { field: 'to' });
  const from = q.from === undefined ? to - 29 : parseDate(q.from);
  if (from === null) throw new ApiError('invalid_body', 'from: not a calendar date', { field: 'from' });
  if (from > to) throw new ApiError('invalid_body', 'from: must not be after to', { field: 'from' });
  if (to - from + 1 > MAX_DAYS)
    throw new ApiError('invalid_body', `from: a range is at most ${MAX_DAYS} days`, { field: 'from' });
  await requireBoard(c.env.DB, id);

  const byGroup = q.group_by === 'agent' || q.group_by === 'channel' ? q.group_by : null;
  const [days, groups, tallies, groupAsks] = await Promise.all([
    dailyCounts(c.env.DB, id, from, to),
    byGroup ? groupCounts(c.env.DB, id, byGroup, from, to) : Promise.resolve(null),
    tallyDays(c.env.DB, id, q.group_by === 'reason' ? ['ask', 'follow_up', 'reason'] : ['ask', 'follow_up'], from, to),
    byGroup ? askGroupTotals(c.env.DB, id, byGroup === 'agent' ? 'ask_agent' : 'ask_channel', from, to) : null,
  ]);

  const buckets = new Map<number, { yes: number; no: number }>();
  for (let p = periodStart(from, q.interval); p <= to; p = nextPeriod(p, q.interval)) buckets.set(p, { yes: 0, no: 0 });
  const period = (day: number) => periodStart(day, q.interval);
  const asks = asksOf(tallies.get('ask')!, period);
  const followUps = new Map<number, FollowUpSum>();
  const allFollowUps = new FollowUpSum();
  for (const t of tallies.get('follow_up')!) {
    const p = period(t.day);
    if (!followUps.has(p)) followUps.set(p, new FollowUpSum());
    followUps.get(p)!.add(t);
    allFollowUps.add(t);
  }
  let yes = 0;
  let no = 0;
  for (const d of days) {
    const b = buckets.get(periodStart(d.day, q.interval));
    if (b) {
      b.yes += d.yes;
      b.no += d.no;
    }
    yes += d.yes;
    no += d.no;
  }

  type Group = ReturnType<typeof counts> & {
    key: string | null;
    asked?: number;
    answered?: number;
    response_rate?: number | null;
  };
  let groupList: Group[] | undefined;
  const total = asks.total();
  if (groups && groupAsks) {
    const byKey = groupAsks;
    const rate = (key: string | null) => {
      const a = key === null ? restOf(total, [...byKey.values()]) : (byKey.get(key) ?? { asked: 0, answered: 0 });
      return { asked: a.asked, answered: a.answered, response_rate: rateOf(a) };
    };
    groupList = groups.map((g) => ({ key: g.key, ...counts(g.yes, g.no), ...rate(g.key) }));
    for (const key of byKey.keys())
      if (!groups.some((g) => g.key === key)) groupList.push({ key, ...counts(0, 0), ...rate(key) });
    const restYes = yes - groups.reduce((s, g) => s + g.yes, 0);
    const restNo = no - groups.reduce((s, g) => s + g.no, 0);
    const rest = rate(null);
    if (restYes + restNo > 0 || rest.asked > 0) groupList.push({ key: null, ...counts(restYes, restNo), ...rest });
  } else if (q.group_by === 'reason') {
    // a "no" may give several reasons: each group counts the "no"s that chose it, so groups overlap
    const byReason = new Map<string, number>();
    for (const t of tallies.get('reason')!) {
      const reason = t.suffix.slice(1);
      byReason.set(reason, (byReason.get(reason) ?? 0) + t.values[0]!);
    }
    groupList = [...byReason]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([key, n]) => ({ key, ...counts(0, n) }));
  }

  return c.json({
    board: id,
    from: formatDay(from),
    to: formatDay(to),
    interval: q.interval,
    totals: {
      responses: yes + no,
      ...counts(yes, no),
      interval95: wilson95(yes, no),
      ...total,
      response_rate: rateOf(total),
      follow_up: allFollowUps.json(),
    },
    series: [...buckets].map(([p, b]) => {
      const a = asks.byPeriod.get(p) ?? { asked: 0, answered: 0 };
      return {
        period: label(p, q.interval),
        ...counts(b.yes, b.no),
        asked: a.asked,
        answered: a.answered,
        response_rate: rateOf(a),
        follow_up: (followUps.get(p) ?? new FollowUpSum()).json(),
      };
    }),
    ...(groupList ? { groups: groupList } : {}),
  });
});

export default stats;
