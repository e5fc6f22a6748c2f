/** Stats for dashboards: totals, a series by day/week/month, groups by agent, channel or reason. */
import { Hono } from 'hono';
import { crossDays, dailyCounts, groupDays, type DayCounts, type GroupFilter } from '../db/counts';
import { askGroupTotals, crossAsks, tallyDays, type TallyDay, type TallyDim } from '../db/tallies';
import { requireScope } from '../auth';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/http';
import { asksOf, FollowUpSum, rateOf, restOf, type Asked } from '../loop-stats';
import { counts, Periods, type YesNo } from '../stats-periods';
import { dayOf, formatDay, parseDate } from '../lib/time';
import { query } from '../lib/validate';
import { boardParam, requireBoard } from '../board';
import { doc } from '../openapi';
import { BoardPath, StatsQuery } from '../schemas';
import { Stats } from '../response-schemas';

export { periodStart } from '../stats-periods';

/** Longest range one request may ask for: rows read grow with days, so they are bounded. */
const MAX_DAYS = 3 * 366;

const stats = new Hono<AppEnv>();

doc({
  method: 'get',
  path: '/v1/boards/{board}/stats',
  operationId: 'getStats',
  summary: 'Totals and a time series',
  description:
    'Needs "read". from/to are UTC dates (default: the last 30 days). An answer counts on the day it was last ' +
    'given. Periods are labelled by their first day (YYYY-MM-DD; weeks start on Monday) or, for months, YYYY-MM; ' +
    'every period in the range is listed, empty ones with zeros. agent= or channel= (one of them, ' +
    'x-pandameter-rule: one-filter) counts only ' +
    "that agent's or channel's answers, asks, reasons and follow-ups. groups lists each agent or channel (key " +
    'null holds answers without one), each with its follow-ups and a series of the same periods; under a filter, ' +
    "group_by of the same dimension gives its one group, and group_by of the other dimension that agent's " +
    "channels (that channel's agents), whose follow-ups are not stored: null. from must not be after " +
    'to, and a range is at most ' +
    `${MAX_DAYS} days (x-pandameter-rule: date-range; the defaults count too).`,
  'x-pandameter-rule': 'date-range one-filter',
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
  if (q.agent !== undefined && q.channel !== undefined)
    throw new ApiError('invalid_body', 'channel: filter by an agent or by a channel, not both', { field: 'channel' });
  const filter: GroupFilter | null =
    q.agent !== undefined
      ? { dim: 'agent', key: q.agent }
      : q.channel !== undefined
        ? { dim: 'channel', key: q.channel }
        : null;
  const byGroup = q.group_by === 'agent' || q.group_by === 'channel' ? q.group_by : null;
  // the channels of one agent, or the agents of one channel
  const cross = filter && byGroup && byGroup !== filter.dim ? filter : null;
  await requireBoard(c.env.DB, id);

  // the board's tallies, or (under a filter) its agent's or channel's: '<dim>_agent' with that key
  const dim = (d: 'ask' | 'follow_up' | 'reason') => (filter ? (`${d}_${filter.dim}` as TallyDim) : d);
  const wanted = q.group_by === 'reason' ? (['ask', 'follow_up', 'reason'] as const) : (['ask', 'follow_up'] as const);
  const periods = new Periods(from, to, q.interval);
  const [days, tallies, groups, crossed] = await Promise.all([
    dailyCounts(c.env.DB, id, from, to, filter ?? undefined),
    tallyDays(c.env.DB, id, wanted.map(dim), from, to, filter?.key),
    byGroup && !filter ? readGroups(c.env.DB, id, byGroup, from, to) : null,
    cross ? Promise.all([crossDays(c.env.DB, id, cross, from, to), crossAsks(c.env.DB, id, cross, from, to)]) : null,
  ]);
  const tally = (d: 'ask' | 'follow_up' | 'reason') => tallies.get(dim(d))!;

  const asks = asksOf(tally('ask'), periods.of);
  const followUps = new Map<number, FollowUpSum>();
  const allFollowUps = new FollowUpSum();
  for (const t of tally('follow_up')) {
    const p = periods.of(t.day);
    if (!followUps.has(p)) followUps.set(p, new FollowUpSum());
    followUps.get(p)!.add(t);
    allFollowUps.add(t);
  }
  const buckets = periods.bucket(days);
  const yes = days.reduce((s, d) => s + d.yes, 0);
  const no = days.reduce((s, d) => s + d.no, 0);
  const total = asks.total();

  let groupList: object[] | undefined;
  if (groups) {
    groupList = perGroup(groups, periods, { yes, no }, buckets, total, tally('follow_up'));
  } else if (crossed) {
    groupList = crossGroups(crossed[0], crossed[1], periods, { yes, no }, buckets, total);
  } else if (byGroup && filter) {
    // the filter's own dimension: its one group
    const rate = { ...total, response_rate: rateOf(total) };
    const series = periods.series(buckets);
    groupList = [{ key: filter.key, ...counts(yes, no), ...rate, follow_up: allFollowUps.json(), series }];
  } else if (q.group_by === 'reason') {
    // a "no" may give several reasons: each group counts the "no"s that chose it, so groups overlap
    const byReason = new Map<string, number>();
    for (const t of tally('reason')) {
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
      ...total,
      response_rate: rateOf(total),
      follow_up: allFollowUps.json(),
    },
    series: [...buckets].map(([p, b]) => {
      const a = asks.byPeriod.get(p) ?? { asked: 0, answered: 0 };
      return {
        period: periods.label(p),
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

/** Every agent's or channel's answers by day, asks and follow-ups: rows read = blocks × keys each. */
async function readGroups(db: D1Database, board: string, dim: 'agent' | 'channel', from: number, to: number) {
  const fuDim = `follow_up_${dim}` as const;
  const [days, asks, followUps] = await Promise.all([
    groupDays(db, board, dim, from, to),
    askGroupTotals(db, board, `ask_${dim}`, from, to),
    tallyDays(db, board, [fuDim], from, to),
  ]);
  return { days, asks, followUps: followUps.get(fuDim)! };
}

/**
 * The groups of `group_by=agent|channel`: the answers of each (most first), then the agents or
 * channels only asked, then (key null) what is left of the board's totals.
 */
function perGroup(
  groups: Awaited<ReturnType<typeof readGroups>>,
  periods: Periods,
  all: YesNo,
  allBuckets: Map<number, YesNo>,
  allAsked: Asked,
  allFollowUps: TallyDay[],
) {
  const followUps = new Map<string, FollowUpSum>();
  for (const t of groups.followUps) followUps.set(t.key, (followUps.get(t.key) ?? new FollowUpSum()).add(t));
  const keys = [...groups.days]
    .map(([key, list]) => ({ key, ...sumOf(list) }))
    .sort((a, b) => b.yes + b.no - (a.yes + a.no) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((g) => g.key);
  // then the agents or channels with asks or follow-ups in the range but no answers
  for (const key of [...groups.asks.keys(), ...followUps.keys()]) if (!keys.includes(key)) keys.push(key);

  const rate = (a: Asked) => ({ asked: a.asked, answered: a.answered, response_rate: rateOf(a) });
  const out: object[] = keys.map((key) => {
    const t = sumOf(groups.days.get(key) ?? []);
    return {
      key,
      ...counts(t.yes, t.no),
      ...rate(groups.asks.get(key) ?? { asked: 0, answered: 0 }),
      follow_up: (followUps.get(key) ?? new FollowUpSum()).json(),
      series: periods.series(periods.bucket(groups.days.get(key) ?? [])),
    };
  });

  // key null: the board's totals less every group's
  const restBuckets = new Map([...allBuckets].map(([p, b]) => [p, { ...b }]));
  let rest = { ...all };
  for (const list of groups.days.values()) {
    periods.bucket(list, restBuckets, -1);
    const t = sumOf(list);
    rest = { yes: rest.yes - t.yes, no: rest.no - t.no };
  }
  const restFollowUp = new FollowUpSum();
  for (const t of allFollowUps) restFollowUp.add(t);
  for (const t of groups.followUps) restFollowUp.add(t, -1);
  const restAsked = restOf(allAsked, [...groups.asks.values()]);
  if (rest.yes + rest.no > 0 || restAsked.asked > 0 || restFollowUp.any())
    out.push({
      key: null,
      ...counts(rest.yes, rest.no),
      ...rate(restAsked),
      follow_up: restFollowUp.json(),
      series: periods.series(restBuckets),
    });
  return out;
}

/**
 * The channels of one agent (or the agents of one channel): answers, asks and a trend each, then
 * (key null) the filter's answers and asks without one. Follow-ups are not stored per agent and
 * channel: null.
 */
function crossGroups(
  crossed: Map<string, DayCounts[]>,
  asks: Map<string, Asked>,
  periods: Periods,
  all: YesNo,
  allBuckets: Map<number, YesNo>,
  allAsked: Asked,
) {
  const rate = (a: Asked) => ({ asked: a.asked, answered: a.answered, response_rate: rateOf(a), follow_up: null });
  const sums = [...crossed].map(([key, list]) => ({ key, list, ...sumOf(list) }));
  sums.sort((a, b) => b.yes + b.no - (a.yes + a.no) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // then the ones only asked
  for (const key of asks.keys()) if (!crossed.has(key)) sums.push({ key, list: [], yes: 0, no: 0 });
  const out: object[] = sums.map((g) => ({
    key: g.key,
    ...counts(g.yes, g.no),
    ...rate(asks.get(g.key) ?? { asked: 0, answered: 0 }),
    series: periods.series(periods.bucket(g.list)),
  }));
  const restBuckets = new Map([...allBuckets].map(([p, b]) => [p, { ...b }]));
  for (const g of sums) periods.bucket(g.list, restBuckets, -1);
  const rest = { yes: all.yes - sums.reduce((n, g) => n + g.yes, 0), no: all.no - sums.reduce((n, g) => n + g.no, 0) };
  const restAsked = restOf(allAsked, [...asks.values()]);
  if (rest.yes + rest.no > 0 || restAsked.asked > 0)
    out.push({ key: null, ...counts(rest.yes, rest.no), ...rate(restAsked), series: periods.series(restBuckets) });
  return out;
}

const sumOf = (list: DayCounts[]): YesNo =>
  list.reduce((s, d) => ({ yes: s.yes + d.yes, no: s.no + d.no }), { yes: 0, no: 0 });

export default stats;
