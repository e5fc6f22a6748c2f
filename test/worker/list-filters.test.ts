/**
 * Every combination of the list's filters reads one page, not the rows the filters leave out: on a
 * board whose agents, channels and verdicts are skewed (one agent has 99 % of the answers, one has
 * none, the rare agent never uses e-mail), each page holds exactly the right answers and reads at
 * most `limit` + 1 rows (the board, then the page) — also when nothing matches. Before each set of
 * filters had an index of its own, SQLite could walk the channel index for `agent=nobody&channel=
 * email` and check half the board row by row (and, before migration 0013, the follow-up index for
 * `follow_up=open&agent=nobody`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../worker/lib/time';
import { ADMIN, call, createBoard, d1Cost, env, json, storeAnswers } from './helpers';

const N = 6_000;
const LIMIT = 20;
const today = Math.floor(Date.now() / 86_400_000);

const AGENTS = [null, 'common', 'rare', 'nobody'] as const;
const CHANNELS = [null, 'chat', 'email'] as const;
const VERDICTS = [null, 'yes', 'no'] as const;
/** every "no" is open, one in three resolved, and some "yes" were a "no" first (resolved by the customer) */
const FOLLOW_UPS = [null, 'open', 'resolved'] as const;
const combos = AGENTS.flatMap((agent) =>
  CHANNELS.flatMap((channel) =>
    VERDICTS.flatMap((verdict) => FOLLOW_UPS.map((follow_up) => ({ agent, channel, verdict, follow_up }))),
  ),
);
const label = (c: (typeof combos)[number]) =>
  Object.entries(c)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
    .join('&') || 'no filter';

describe('list filters in any combination', () => {
  let board = '';

  beforeAll(async () => {
    board = (await createBoard()).id;
    await storeAnswers(board, N, {
      verdict: "CASE WHEN i % 7 = 0 THEN 'no' ELSE 'yes' END",
      agent: "CASE WHEN i % 100 = 0 THEN 'rare' ELSE 'common' END",
      channel: "CASE WHEN i % 100 = 0 THEN 'chat' WHEN i % 2 = 0 THEN 'email' ELSE 'chat' END",
      spanDays: 60,
    });
    // the recount opened every "no"; some are resolved, and some "yes" were a "no" the customer changed
    await env.DB.prepare(
      `UPDATE responses SET fu_status = 'resolved' WHERE board_id = ?1 AND (
         (verdict = 'no' AND CAST(substr(interaction, 3) AS INTEGER) % 3 = 0) OR
         (verdict = 'yes' AND CAST(substr(interaction, 3) AS INTEGER) % 13 = 0))`,
    )
      .bind(board)
      .run();
  }, 120_000);

  /** The answers the filters must list, newest first, from the raw rows. */
  async function expected(c: (typeof combos)[number], days = '') {
    const where = Object.entries(c)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `AND ${k === 'follow_up' ? 'fu_status' : k} = '${v}'`)
      .join(' ');
    const { results } = await env.DB.prepare(
      `SELECT interaction FROM responses WHERE board_id = ?1 ${where} ${days} ORDER BY answered_at DESC LIMIT ${LIMIT}`,
    )
      .bind(board)
      .all<{ interaction: string }>();
    return results.map((r) => r.interaction);
  }

  it.each(combos.map((c) => [label(c), c] as const))('%s: one page, at most limit + 1 rows read', async (_, c) => {
    const q = Object.entries(c)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `&${k}=${v}`)
      .join('');
    const res = await call(`/v1/boards/${board}/responses?limit=${LIMIT}${q}`, { auth: ADMIN });
    expect(res.status).toBe(200);
    const got = (await json(res)).responses.map((r: { interaction: string }) => r.interaction);
    expect(got).toEqual(await expected(c));
    expect(d1Cost(res).read).toBeLessThanOrEqual(LIMIT + 1);
  });

  it.each(combos.filter((c) => c.agent !== null || c.channel !== null).map((c) => [label(c), c] as const))(
    '%s with from/to 40 days ago: the same bound',
    async (_, c) => {
      const [from, to] = [formatDay(today - 45), formatDay(today - 40)];
      const q = Object.entries(c)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `&${k}=${v}`)
        .join('');
      const res = await call(`/v1/boards/${board}/responses?limit=${LIMIT}${q}&from=${from}&to=${to}`, { auth: ADMIN });
      const days = `AND answered_at >= ${(today - 45) * 86_400_000} AND answered_at < ${(today - 39) * 86_400_000}`;
      expect((await json(res)).responses.map((r: { interaction: string }) => r.interaction)).toEqual(
        await expected(c, days),
      );
      expect(d1Cost(res).read).toBeLessThanOrEqual(LIMIT + 1);
    },
  );
});
