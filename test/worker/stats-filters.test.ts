/**
 * Stats of one agent or channel (`?agent=` / `?channel=`), each group's follow-ups and small trend,
 * and the 95 % interval of every period and group (issue 19, the team's page): equal to what the
 * stored answers and asks imply, and bounded in rows read.
 */
import { describe, expect, it } from 'vitest';
import { percent, wilson95 } from '../../worker/lib/score-math';
import { formatDay } from '../../worker/lib/time';
import { expectAggregatesMatchRecount } from './consistency';
import { ADMIN, answer, call, createBoard, d1Cost, env, json, mint, passDays, say } from './helpers';

const DAY_MS = 86_400_000;
const today = () => Math.floor(Date.now() / DAY_MS);
const REASONS = [
  { id: 'slow', label: 'Too slow' },
  { id: 'wrong', label: 'Wrong answer' },
  { id: 'rude', label: 'Unfriendly' },
];
const STATUSES = ['open', 'contacted', 'resolved', 'dismissed'] as const;

const stats = async (board: string, q: string) => {
  const res = await call(`/v1/boards/${board}/stats?${q}`, { auth: ADMIN });
  expect(res.status, await res.clone().text()).toBe(200);
  return json(res);
};
const followUp = (board: string, interaction: string, status: string) =>
  call(`/v1/boards/${board}/responses/${interaction}/follow-up`, { method: 'PUT', auth: ADMIN, body: { status } });
const counts = (yes: number, no: number) => ({
  satisfied: yes,
  unsatisfied: no,
  percent: percent(yes, no),
  interval95: wilson95(yes, no),
});

interface Row {
  interaction: string;
  verdict: 'yes' | 'no';
  agent: string | null;
  channel: string | null;
  answered_at: number;
  reasons: string | null;
  fu_status: (typeof STATUSES)[number] | null;
  fu_since: number | null;
  fu_first_contact_at: number | null;
}

/** What the stored rows imply for one agent or channel (or the board, `dim` null) in days [from, to]. */
async function implied(
  board: string,
  dim: 'agent' | 'channel' | null,
  key: string | null,
  from: number,
  to: number,
  also?: { dim: 'agent' | 'channel'; key: string | null },
) {
  const rows = (await env.DB.prepare('SELECT * FROM responses WHERE board_id = ?1').bind(board).all<Row>()).results;
  const asks = (
    await env.DB.prepare(
      `SELECT a.asked_at, a.agent, a.channel, r.interaction IS NOT NULL AS answered FROM asks a
       LEFT JOIN responses r ON r.board_id = a.board_id AND r.interaction = a.interaction WHERE a.board_id = ?1`,
    )
      .bind(board)
      .all<{ asked_at: number; agent: string | null; channel: string | null; answered: number }>()
  ).results;
  const mine = <T extends { agent: string | null; channel: string | null }>(r: T) =>
    (dim === null || r[dim] === key) && (also === undefined || r[also.dim] === also.key);
  const inRange = (t: number) => Math.floor(t / DAY_MS) >= from && Math.floor(t / DAY_MS) <= to;
  const answers = rows.filter((r) => mine(r) && inRange(r.answered_at));
  const yes = (list: Row[]) => list.filter((r) => r.verdict === 'yes').length;
  const no = (list: Row[]) => list.filter((r) => r.verdict === 'no').length;
  const series = [];
  for (let d = from; d <= to; d++) {
    const day = answers.filter((r) => Math.floor(r.answered_at / DAY_MS) === d);
    series.push({ period: formatDay(d), ...counts(yes(day), no(day)) });
  }
  const fu = rows.filter((r) => mine(r) && r.fu_status !== null && inRange(r.fu_since!));
  const within = fu.filter((r) => r.fu_first_contact_at !== null && r.fu_first_contact_at - r.fu_since! < 86_400_000);
  const askedIn = asks.filter((a) => mine(a) && inRange(a.asked_at));
  const reasons = new Map<string, number>();
  for (const r of answers.filter((a) => a.reasons))
    for (const id of JSON.parse(r.reasons!) as string[]) reasons.set(id, (reasons.get(id) ?? 0) + 1);
  return {
    ...counts(yes(answers), no(answers)),
    asked: askedIn.length,
    answered: askedIn.filter((a) => a.answered).length,
    follow_up: {
      ...Object.fromEntries(STATUSES.map((s) => [s, fu.filter((r) => r.fu_status === s).length])),
      contacted_within_24h: within.length,
    },
    series,
    reasons: Object.fromEntries([...reasons].sort()),
  };
}

/** The API's stats of one agent or channel, in the shape of `implied`. */
async function served(board: string, filter: string, from: number, to: number) {
  const range = `from=${formatDay(from)}&to=${formatDay(to)}`;
  const body = await stats(board, `${range}&${filter}`);
  const byReason = await stats(board, `${range}&${filter}&group_by=reason`);
  const { open, contacted, resolved, dismissed, contacted_within_24h } = body.totals.follow_up;
  return {
    satisfied: body.totals.satisfied,
    unsatisfied: body.totals.unsatisfied,
    percent: body.totals.percent,
    interval95: body.totals.interval95,
    asked: body.totals.asked,
    answered: body.totals.answered,
    follow_up: { open, contacted, resolved, dismissed, contacted_within_24h },
    series: body.series.map(({ period, satisfied, unsatisfied, percent, interval95 }: Record<string, unknown>) => ({
      period,
      satisfied,
      unsatisfied,
      percent,
      interval95,
    })),
    reasons: Object.fromEntries(
      (byReason.groups as { key: string; unsatisfied: number }[]).map((g) => [g.key, g.unsatisfied]).sort(),
    ),
  };
}

describe('stats of one agent or channel', () => {
  it('count only its answers, asks, reasons and follow-ups, and follow an answer that changes agent or verdict', async () => {
    const { id } = await createBoard({ reasons: REASONS });
    const give = async (
      interaction: string,
      verdict: 'yes' | 'no',
      agent: string | null,
      channel: string,
      reasons?: string[],
    ) => {
      const token = await mint(id, interaction);
      const res = await answer(id, {
        interaction,
        verdict,
        token,
        channel,
        ...(agent ? { agent } : {}),
        ...(reasons ? { reasons } : {}),
      });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
    };
    await say(id, 'A1', 'no', { agent: 'maria', channel: 'email' });
    await say(id, 'A2', 'yes', { agent: 'maria', channel: 'chat' });
    await say(id, 'A3', 'no', { agent: 'li', channel: 'chat' });
    await say(id, 'A4', 'no', { channel: 'email' });
    await say(id, 'A7', 'no', { agent: 'li', channel: 'chat' });
    // asked, never answered
    const asked = await call(`/v1/boards/${id}/tokens`, {
      method: 'POST',
      auth: ADMIN,
      body: { interaction: 'A5', agent: 'li', channel: 'email' },
    });
    expect(asked.status).toBe(201);
    await passDays(id, 3);
    // from here on every change goes through the write path (passDays rebuilt the tallies)
    await give('A1', 'no', 'maria', 'email', ['slow']);
    await give('A3', 'no', 'li', 'chat', ['wrong', 'slow']);
    expect((await followUp(id, 'A1', 'contacted')).status).toBe(200);
    expect((await followUp(id, 'A3', 'resolved')).status).toBe(200);
    expect((await followUp(id, 'A4', 'dismissed')).status).toBe(200);
    expect((await followUp(id, 'A7', 'contacted')).status).toBe(200);
    await give('A7', 'no', 'li', 'chat', ['rude']);
    const [from, to] = [today() - 4, today()];
    const before = await stats(id, `from=${formatDay(from)}&agent=maria`);
    expect(before.totals.follow_up).toMatchObject({ open: 0, contacted: 1 });

    // A1 moves from maria to li (its follow-up, contacted, goes with it); A3 becomes a "yes"
    // (resolved by the customer, its reasons dropped); A2 becomes a "no" on another channel
    await give('A1', 'no', 'li', 'email', ['slow', 'rude']);
    await give('A3', 'yes', 'li', 'chat');
    await give('A2', 'no', 'maria', 'email', ['wrong']);
    await give('A6', 'no', 'maria', 'email', ['rude']);
    expect((await call(`/v1/boards/${id}/responses/A7`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);

    const maria = await stats(id, `from=${formatDay(from)}&agent=maria`);
    expect(maria.totals).toMatchObject({ satisfied: 0, unsatisfied: 2 });
    expect(maria.totals.follow_up).toMatchObject({ open: 2, contacted: 0, resolved: 0, dismissed: 0 });
    const li = await stats(id, `from=${formatDay(from)}&agent=li`);
    // li was asked about A3 and A5 (A7's ask went with its erasure; A1 was asked with maria)
    expect(li.totals).toMatchObject({ satisfied: 1, unsatisfied: 1, asked: 2, answered: 1 });
    // (both first contacted three days after the "no")
    expect(li.totals.follow_up).toMatchObject({ open: 0, contacted: 1, resolved: 1, contacted_within_24h: 0 });

    for (const [dim, keys] of [
      ['agent', ['maria', 'li', 'nobody']],
      ['channel', ['email', 'chat', 'phone']],
    ] as const)
      for (const key of keys)
        expect(await served(id, `${dim}=${key}`, from, to), `${dim}=${key}`).toEqual(
          await implied(id, dim, key, from, to),
        );

    // group_by=agent: each agent's follow-ups and trend equal its filtered stats; key null the rest
    const grouped = await stats(id, `from=${formatDay(from)}&to=${formatDay(to)}&group_by=agent`);
    // two answers each: by key
    expect(grouped.groups.map((g: { key: string | null }) => g.key)).toEqual(['li', 'maria', null]);
    for (const g of grouped.groups) {
      const want = await implied(id, 'agent', g.key, from, to);
      const { open, contacted, resolved, dismissed, contacted_within_24h } = g.follow_up;
      expect({ ...g, follow_up: { open, contacted, resolved, dismissed, contacted_within_24h } }).toEqual({
        key: g.key,
        ...counts(want.satisfied, want.unsatisfied),
        asked: want.asked,
        answered: want.answered,
        response_rate: want.asked ? Math.round((1000 * want.answered) / want.asked) / 10 : null,
        follow_up: want.follow_up,
        series: want.series,
      });
    }
    // under a filter, group_by of its own dimension is its one group, the same as its totals
    const one = await stats(id, `from=${formatDay(from)}&to=${formatDay(to)}&agent=li&group_by=agent`);
    const { responses: _, ...totals } = one.totals;
    expect(one.groups).toEqual([{ key: 'li', ...totals, series: want(one.series) }]);

    // the channels of one agent and the agents of one channel: answers, asks and trends; follow-ups
    // are not stored per agent and channel
    for (const [dim, key, other] of [
      ['agent', 'li', 'channel'],
      ['agent', 'maria', 'channel'],
      ['channel', 'email', 'agent'],
      ['channel', 'chat', 'agent'],
    ] as const) {
      const body = await stats(id, `from=${formatDay(from)}&to=${formatDay(to)}&${dim}=${key}&group_by=${other}`);
      const rows = (await env.DB.prepare('SELECT * FROM responses WHERE board_id = ?1').bind(id).all<Row>()).results;
      const asks = (await env.DB.prepare('SELECT agent, channel FROM asks WHERE board_id = ?1').bind(id).all<Row>())
        .results;
      const keys = [...new Set([...rows, ...asks].filter((r) => r[dim] === key).map((r) => r[other]))];
      expect(body.groups.map((g: { key: string | null }) => g.key).sort(), `${dim}=${key}`).toEqual(keys.sort());
      for (const g of body.groups) {
        const want = await implied(id, dim, key, from, to, { dim: other, key: g.key });
        expect(g, `${dim}=${key}, ${other} ${g.key}`).toEqual({
          key: g.key,
          ...counts(want.satisfied, want.unsatisfied),
          asked: want.asked,
          answered: want.answered,
          response_rate: want.asked ? Math.round((1000 * want.answered) / want.asked) / 10 : null,
          follow_up: null,
          series: want.series,
        });
      }
    }
    const liByChannel = await stats(id, `from=${formatDay(from)}&agent=li&group_by=channel`);
    expect(
      liByChannel.groups.map((g: { key: string; satisfied: number; unsatisfied: number }) => [
        g.key,
        g.satisfied,
        g.unsatisfied,
      ]),
    ).toEqual([
      ['chat', 1, 0],
      ['email', 0, 1],
    ]);

    await expectAggregatesMatchRecount(id);
  });

  it('agent and channel together are a 400 that writes nothing', async () => {
    const { id } = await createBoard();
    await say(id, 'A1', 'no', { agent: 'maria', channel: 'email' });
    for (const [q, field] of [
      ['agent=maria&channel=email', 'channel'],
      ['agent=maria&channel=email&group_by=agent', 'channel'],
      ['agent=', 'agent'],
    ]) {
      const res = await call(`/v1/boards/${id}/stats?${q}`, { auth: ADMIN });
      expect(res.status, q).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: 'invalid_body', field });
      expect(d1Cost(res), q).toMatchObject({ written: 0 });
    }
    // the longest range, one lookup per block of it (36) in each dim, and its cross groups
    const longest = `from=${formatDay(today() - 1097)}&agent=maria`;
    expect((await stats(id, `${longest}&group_by=reason`)).totals).toMatchObject({ unsatisfied: 1 });
    expect((await stats(id, `${longest}&group_by=channel`)).groups).toMatchObject([{ key: 'email', unsatisfied: 1 }]);
    // the refusals changed nothing: the stats are as before
    expect((await stats(id, 'agent=maria')).totals).toMatchObject({ unsatisfied: 1, asked: 1, answered: 1 });
  });
});

/** A series without the asks and follow-ups of its periods (a group's small trend). */
function want(series: Record<string, unknown>[]) {
  return series.map(({ period, satisfied, unsatisfied, percent, interval95 }) => ({
    period,
    satisfied,
    unsatisfied,
    percent,
    interval95,
  }));
}
