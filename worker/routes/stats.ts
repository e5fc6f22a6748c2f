/** Stats for dashboards: totals, a series by day/week/month, groups by agent or channel. */
import { Hono } from 'hono';
import { dailyCounts, groupCounts } from '../db/counts';
import { requireScope } from '../auth';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/http';
import { percent, wilson95 } from '../lib/score-math';
import { DAY_MS, dayOf, formatDay, parseDate } from '../lib/time';
import { query } from '../lib/validate';
import { boardParam, requireBoard } from '../board';
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

  const [days, groups] = await Promise.all([
    dailyCounts(c.env.DB, id, from, to),
    q.group_by ? groupCounts(c.env.DB, id, q.group_by, from, to) : Promise.resolve(null),
  ]);

  const buckets = new Map<number, { yes: number; no: number }>();
  for (let p = periodStart(from, q.interval); p <= to; p = nextPeriod(p, q.interval)) buckets.set(p, { yes: 0, no: 0 });
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

  let groupList: { key: string | null; satisfied: number; unsatisfied: number; percent: number | null }[] | undefined;
  if (groups) {
    groupList = groups.map((g) => ({ key: g.key, ...counts(g.yes, g.no) }));
    const restYes = yes - groups.reduce((s, g) => s + g.yes, 0);
    const restNo = no - groups.reduce((s, g) => s + g.no, 0);
    if (restYes + restNo > 0) groupList.push({ key: null, ...counts(restYes, restNo) });
  }

  return c.json({
    board: id,
    from: formatDay(from),
    to: formatDay(to),
    interval: q.interval,
    totals: { responses: yes + no, ...counts(yes, no), interval95: wilson95(yes, no) },
    series: [...buckets].map(([p, b]) => ({ period: label(p, q.interval), ...counts(b.yes, b.no) })),
    ...(groupList ? { groups: groupList } : {}),
  });
});

export default stats;
