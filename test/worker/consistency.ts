/** Recounts a board from its raw answers and compares with every aggregate the worker keeps. */
import { expect } from 'vitest';
import { LOOP_SQL } from '../../scripts/recount.mjs';
import { env } from './helpers';

const all = async <T>(sql: string, ...args: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...args)
      .all<T>()
  ).results;

/** The days stored inside `counts` rows of one dimension, one row per (day, key). */
const storedDays = (board: string, dim: string) =>
  all(
    `SELECT c.block * 32 + CAST(d.key AS INTEGER) AS day, c.key AS key,
       json_extract(d.value, '$[0]') AS yes, json_extract(d.value, '$[1]') AS no
     FROM counts c, json_each(c.days) d
     WHERE c.board_id = ?1 AND c.dim = ?2 AND json_extract(d.value, '$[0]') + json_extract(d.value, '$[1]') > 0
     ORDER BY day, key`,
    board,
    dim,
  );

export async function expectAggregatesMatchRecount(board: string): Promise<void> {
  const b = await env.DB.prepare('SELECT * FROM boards WHERE id = ?1').bind(board).first<any>();
  expect(b).not.toBeNull();
  const today = Math.floor(Date.now() / 86_400_000);

  // the window counts in the boards row
  let expected: { yes: number; no: number } | null;
  if (b.window_n !== null) {
    expected = await env.DB.prepare(
      `SELECT COALESCE(SUM(verdict = 'yes'), 0) AS yes, COALESCE(SUM(verdict = 'no'), 0) AS no FROM
         (SELECT verdict FROM responses WHERE board_id = ?1 ORDER BY answered_at DESC LIMIT ?2)`,
    )
      .bind(board, b.window_n)
      .first();
    const marked = await all<{ answered_at: number }>(
      'SELECT answered_at FROM responses WHERE board_id = ?1 AND answered_at >= ?2 ORDER BY answered_at DESC',
      board,
      b.win_from,
    );
    const newest = await all<{ answered_at: number }>(
      'SELECT answered_at FROM responses WHERE board_id = ?1 ORDER BY answered_at DESC LIMIT ?2',
      board,
      b.window_n,
    );
    expect(marked, 'win_from marks exactly the newest N answers').toEqual(newest);
  } else {
    expected = await env.DB.prepare(
      `SELECT COALESCE(SUM(verdict = 'yes'), 0) AS yes, COALESCE(SUM(verdict = 'no'), 0) AS no
       FROM responses WHERE board_id = ?1 AND answered_at / 86400000 > ?2 - ?3`,
    )
      .bind(board, today, b.window_days)
      .first();
  }
  expect({ yes: b.win_yes, no: b.win_no }, 'window counts').toEqual(expected);

  // per-day counts of the whole board
  const daily = (await storedDays(board, 'board')).map(({ key: _key, ...d }: any) => d);
  const dailyRecount = await all(
    `SELECT answered_at / 86400000 AS day, SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no FROM responses
     WHERE board_id = ?1 GROUP BY day ORDER BY day`,
    board,
  );
  expect(daily, 'daily counts').toEqual(dailyRecount);

  // per-day, per-group counts
  for (const dim of ['agent', 'channel'] as const) {
    const recount = await all(
      `SELECT answered_at / 86400000 AS day, ${dim} AS key, SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no
       FROM responses WHERE board_id = ?1 AND ${dim} IS NOT NULL GROUP BY day, ${dim} ORDER BY day, key`,
      board,
    );
    expect(await storedDays(board, dim), `daily ${dim} counts`).toEqual(recount);
  }

  // per-day counts of an agent and a channel together, both ways round (migration 0011)
  for (const [dim, key] of [
    ['agent_channel', 'agent || char(31) || channel'],
    ['channel_agent', 'channel || char(31) || agent'],
  ] as const) {
    const recount = await all(
      `SELECT answered_at / 86400000 AS day, ${key} AS key, SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no
       FROM responses WHERE board_id = ?1 AND agent IS NOT NULL AND channel IS NOT NULL GROUP BY day, key ORDER BY day, key`,
      board,
    );
    expect(await storedDays(board, dim), `daily ${dim} counts`).toEqual(recount);
  }

  // each block's totals are the sum of its days, and nothing is ever negative
  const blocks = await all(
    `SELECT c.dim, c.key, c.block, c.yes, c.no,
       (SELECT COALESCE(SUM(json_extract(d.value, '$[0]')), 0) FROM json_each(c.days) d) AS day_yes,
       (SELECT COALESCE(SUM(json_extract(d.value, '$[1]')), 0) FROM json_each(c.days) d) AS day_no,
       (SELECT COUNT(*) FROM json_each(c.days) d WHERE json_extract(d.value, '$[0]') < 0 OR json_extract(d.value, '$[1]') < 0) AS negative_days
     FROM counts c WHERE c.board_id = ?1`,
    board,
  );
  for (const c of blocks as any[]) {
    expect({ yes: c.yes, no: c.no }, `block ${c.dim}/${c.key}/${c.block} totals`).toEqual({
      yes: c.day_yes,
      no: c.day_no,
    });
    expect(c.yes >= 0 && c.no >= 0 && c.negative_days === 0, `block ${c.dim}/${c.key}/${c.block} not negative`).toBe(
      true,
    );
  }

  // the board's clock is at or after every answer (answered_at is unique by index)
  const max = await env.DB.prepare('SELECT MAX(answered_at) AS m FROM responses WHERE board_id = ?1')
    .bind(board)
    .first<{ m: number | null }>();
  expect((max?.m ?? 0) <= b.last_at).toBe(true);

  await expectLoopMatchesRecount(board);
}

/** Every entry of a board's tallies (migration 0006), as `dim|key|day|suffix` → numbers, zeros left out. */
async function tallyEntries(board: string): Promise<Record<string, number[]>> {
  const rows = await all<{ dim: string; key: string; block: number; days: string; asked: number; answered: number }>(
    'SELECT dim, key, block, days, asked, answered FROM tallies WHERE board_id = ?1',
    board,
  );
  const out: Record<string, number[]> = {};
  for (const r of rows) {
    // the ask dims' block totals, which stats read for whole blocks
    if (r.dim.startsWith('ask') && (r.asked !== 0 || r.answered !== 0))
      out[`${r.dim}|${r.key}|block ${r.block}`] = [r.asked, r.answered];
    for (const [name, values] of Object.entries(JSON.parse(r.days) as Record<string, number[]>)) {
      if (values.every((v) => v === 0)) continue;
      const m = /^(\d+)(.*)$/.exec(name)!;
      out[`${r.dim}|${r.key}|${r.block * 32 + Number(m[1])}|${m[2]}`] = values;
    }
  }
  return out;
}

/**
 * Asks, reasons and follow-ups: every answer has its ask and every "no" its follow-up; each tally
 * equals the recount of scripts/recount.mjs (run here on the board: its statements rebuild the
 * tallies from the raw rows); no entry is negative; the board's period counts equal a count of the
 * asks of the period.
 */
export async function expectLoopMatchesRecount(board: string): Promise<void> {
  const orphans = await all(
    `SELECT r.interaction FROM responses r LEFT JOIN asks a ON a.board_id = r.board_id AND a.interaction = r.interaction
     WHERE r.board_id = ?1 AND a.interaction IS NULL`,
    board,
  );
  expect(orphans, 'every answer has its ask (answered ⊆ asked)').toEqual([]);
  const noFollowUp = await all(
    `SELECT interaction FROM responses WHERE board_id = ?1 AND verdict = 'no' AND fu_status IS NULL`,
    board,
  );
  expect(noFollowUp, 'every "no" has a follow-up').toEqual([]);

  const stored = await tallyEntries(board);
  for (const [k, v] of Object.entries(stored))
    expect(
      v.every((n) => n >= 0),
      `${k} not negative`,
    ).toBe(true);
  // the tally statements of the recount (not the ones that add missing asks or follow-ups)
  await env.DB.batch(LOOP_SQL.slice(2, 6).map((sql) => env.DB.prepare(sql).bind(board)));
  expect(stored, 'tallies of asks, reasons and follow-ups').toEqual(await tallyEntries(board));

  const b = await env.DB.prepare('SELECT rr_day, rr_days, asked_n, answered_n, window_days FROM boards WHERE id = ?1')
    .bind(board)
    .first<{ rr_day: number; rr_days: number; asked_n: number; answered_n: number; window_days: number | null }>();
  const today = Math.floor(Date.now() / 86_400_000);
  const period = b!.window_days ?? 30;
  if (b!.rr_day === today && b!.rr_days === period) {
    const expected = await env.DB.prepare(
      `SELECT COUNT(*) AS asked_n, COUNT(r.interaction) AS answered_n FROM asks a
       LEFT JOIN responses r ON r.board_id = a.board_id AND r.interaction = a.interaction
       WHERE a.board_id = ?1 AND a.asked_at / 86400000 > ?2 - ?3`,
    )
      .bind(board, today, period)
      .first();
    expect({ asked_n: b!.asked_n, answered_n: b!.answered_n }, "the score's period counts").toEqual(expected);
  }
}
