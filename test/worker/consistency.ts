/** Recounts a board from its raw answers and compares with every aggregate the worker keeps. */
import { expect } from 'vitest';
import { env } from './helpers';

const all = async <T>(sql: string, ...args: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...args)
      .all<T>()
  ).results;

export async function expectAggregatesMatchRecount(board: string): Promise<void> {
  const b = await env.DB.prepare('SELECT * FROM boards WHERE id = ?1').bind(board).first<any>();
  expect(b).not.toBeNull();
  const today = Math.floor(Date.now() / 86_400_000);

  // the window counts in the boards row
  let expected: { yes: number; no: number } | null;
  if (b.window_n !== null) {
    expected = await env.DB.prepare(
      `SELECT COALESCE(SUM(verdict = 'yes'), 0) AS yes, COALESCE(SUM(verdict = 'no'), 0) AS no FROM
         (SELECT verdict FROM responses WHERE board_id = ?1 ORDER BY seq DESC LIMIT ?2)`,
    )
      .bind(board, b.window_n)
      .first();
    const flagged = await all<{ seq: number }>(
      'SELECT seq FROM responses WHERE board_id = ?1 AND in_window = 1 ORDER BY seq DESC',
      board,
    );
    const newest = await all<{ seq: number }>(
      'SELECT seq FROM responses WHERE board_id = ?1 ORDER BY seq DESC LIMIT ?2',
      board,
      b.window_n,
    );
    expect(flagged, 'in_window marks exactly the newest N answers').toEqual(newest);
  } else {
    expected = await env.DB.prepare(
      `SELECT COALESCE(SUM(verdict = 'yes'), 0) AS yes, COALESCE(SUM(verdict = 'no'), 0) AS no
       FROM responses WHERE board_id = ?1 AND day > ?2 - ?3`,
    )
      .bind(board, today, b.window_days)
      .first();
  }
  expect({ yes: b.win_yes, no: b.win_no }, 'window counts').toEqual(expected);

  // per-day counts
  const daily = await all('SELECT day, yes, no FROM daily WHERE board_id = ?1 AND yes + no > 0 ORDER BY day', board);
  const dailyRecount = await all(
    `SELECT day, SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no FROM responses
     WHERE board_id = ?1 GROUP BY day ORDER BY day`,
    board,
  );
  expect(daily, 'daily').toEqual(dailyRecount);
  const negative = await all('SELECT * FROM daily WHERE board_id = ?1 AND (yes < 0 OR no < 0)', board);
  expect(negative).toEqual([]);

  // per-day, per-group counts
  for (const dim of ['agent', 'channel'] as const) {
    const groups = await all(
      `SELECT day, key, yes, no FROM daily_groups WHERE board_id = ?1 AND dim = ?2 AND yes + no > 0 ORDER BY day, key`,
      board,
      dim,
    );
    const recount = await all(
      `SELECT day, ${dim} AS key, SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no FROM responses
       WHERE board_id = ?1 AND ${dim} IS NOT NULL GROUP BY day, ${dim} ORDER BY day, key`,
      board,
    );
    expect(groups, `daily_groups ${dim}`).toEqual(recount);
  }

  // seq is unique and below next_seq
  const max = await env.DB.prepare('SELECT MAX(seq) AS m FROM responses WHERE board_id = ?1')
    .bind(board)
    .first<{ m: number | null }>();
  expect((max?.m ?? 0) < b.next_seq).toBe(true);
}
