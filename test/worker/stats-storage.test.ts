/**
 * Stats of one agent or channel (issue 19), the storage side: the rows read are the same on a small
 * and a larger board, and migration 0011 fills its new rows for answers stored before it. (What the
 * numbers say: test/worker/stats-filters.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../worker/lib/time';
import { expectAggregatesMatchRecount } from './consistency';
import { ADMIN, answer, call, createBoard, d1Cost, env, json, mint, say, storeAnswers } from './helpers';

const today = () => Math.floor(Date.now() / 86_400_000);
const REASONS = [
  { id: 'slow', label: 'Too slow' },
  { id: 'wrong', label: 'Wrong answer' },
  { id: 'rude', label: 'Unfriendly' },
];
const stats = async (board: string, q: string) => {
  const res = await call(`/v1/boards/${board}/stats?${q}`, { auth: ADMIN });
  expect(res.status, await res.clone().text()).toBe(200);
  return json(res);
};
const followUp = (board: string, interaction: string, status: string) =>
  call(`/v1/boards/${board}/responses/${interaction}/follow-up`, { method: 'PUT', auth: ADMIN, body: { status } });

describe('migration 0011', () => {
  it("gives the answers stored before it their agents' and channels' reasons, follow-ups and counts together", async () => {
    const { id } = await createBoard({ reasons: REASONS });
    await say(id, 'A1', 'no', { agent: 'maria', channel: 'email' });
    await say(id, 'A2', 'no', { agent: 'li' });
    await say(id, 'A3', 'yes', { channel: 'chat' });
    await answer(id, {
      interaction: 'A1',
      verdict: 'no',
      token: await mint(id, 'A1'),
      agent: 'maria',
      channel: 'email',
      reasons: ['slow', 'rude'],
    });
    expect((await followUp(id, 'A2', 'contacted')).status).toBe(200);
    const want = await stats(id, 'agent=maria&group_by=reason');
    const byChannel = await stats(id, 'agent=maria&group_by=channel');
    // as a database before the migration: no per-agent or per-channel reason and follow-up rows
    const { queries } = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0011_'))!;
    const backfill = queries.filter(
      (q) =>
        q.includes('INSERT INTO tallies (board_id, dim, block, key, days') ||
        q.includes('INSERT INTO counts (board_id, dim, block, key, yes, no, days)'),
    );
    expect(backfill).toHaveLength(4);
    await env.DB.batch([
      env.DB.prepare(`DELETE FROM tallies WHERE dim GLOB 'reason_*' OR dim GLOB 'follow_up_*' OR dim GLOB 'ask_*_*'`),
      env.DB.prepare(`DELETE FROM counts WHERE dim IN ('agent_channel', 'channel_agent')`),
    ]);
    // (without them, every answer of hers looks like one without a channel)
    expect((await stats(id, 'agent=maria&group_by=channel')).groups.map((g: { key: null }) => g.key)).toEqual([null]);
    expect((await stats(id, 'agent=li')).totals.follow_up).toMatchObject({ contacted: 0 });
    for (const q of backfill) await env.DB.prepare(q).run();
    expect(await stats(id, 'agent=maria&group_by=reason')).toEqual(want);
    expect(await stats(id, 'agent=maria&group_by=channel')).toEqual(byChannel);
    expect(byChannel.groups.map((g: { key: string }) => g.key)).toEqual(['email']);
    expect((await stats(id, 'agent=li')).totals.follow_up).toMatchObject({ contacted: 1, contacted_within_24h: 1 });
    await expectAggregatesMatchRecount(id);
  });
});

describe('rows read by filtered stats and groups with a trend', () => {
  const AGENTS = 5;
  const board = async (n: number) => {
    const { id } = await createBoard();
    // every agent and channel answers on every day of the last 400, on either board size
    await storeAnswers(id, n, {
      verdict: "CASE WHEN i % 4 = 0 THEN 'no' ELSE 'yes' END",
      agent: `'agent-' || (i % ${AGENTS})`,
      channel: "CASE WHEN i % 3 = 0 THEN 'chat' ELSE 'email' END",
      spanDays: 400,
    });
    return id;
  };

  it('are the same on a small and a larger board: blocks, or blocks × keys', async () => {
    const small = await board(200 * AGENTS);
    const large = await board(4_000 * AGENTS);
    const [from, to] = [today() - 364, today()];
    const blocks = Math.floor(to / 32) - Math.floor(from / 32) + 1;
    const range = `from=${formatDay(from)}&to=${formatDay(to)}&interval=week`;
    const cost = async (id: string, q: string) =>
      d1Cost(await call(`/v1/boards/${id}/stats?${range}&${q}`, { auth: ADMIN }));
    const rows: Record<string, number> = {};
    for (const q of [
      '',
      'agent=agent-3',
      'channel=chat',
      'agent=agent-3&group_by=reason',
      'group_by=agent',
      'agent=agent-3&group_by=channel',
      'channel=chat&group_by=agent',
    ]) {
      const [a, b] = [await cost(small, q), await cost(large, q)];
      expect(a.read, q).toBe(b.read);
      expect(a.written, q).toBe(0);
      rows[q] = a.read;
    }
    // one agent or channel: its counts, ask and follow-up tallies, one primary-key lookup per block
    // each, plus the board's own row; its reasons (none here) add no row that is not there
    expect(rows['agent=agent-3']).toBe(1 + 3 * blocks);
    expect(rows['channel=chat']).toBe(1 + 3 * blocks);
    expect(rows['agent=agent-3&group_by=reason']).toBe(1 + 3 * blocks);
    // every agent with its trend: the board's call, and per agent and block its counts, asks and
    // follow-ups; +7: the row after each range an index walk ends on (SQLite reads it to see the
    // range ended), the same on any board
    expect(rows['group_by=agent']).toBe(rows['']! + 3 * AGENTS * blocks + 7);
    // one agent's channels (2) or one channel's agents: per block a key range of its count rows and
    // one of its ask tallies, each with the row after it that ends the range
    expect(rows['agent=agent-3&group_by=channel']).toBe(1 + 3 * blocks + 2 * (2 + 1) * blocks);
    expect(rows['channel=chat&group_by=agent']).toBe(1 + 3 * blocks + 2 * (AGENTS + 1) * blocks);
  });
});
