/**
 * The aggregates of asks, reasons and follow-ups (`tallies`, migration 0006): one row per board,
 * dim, 32-day block and key, each day an entry of its `days` JSON holding an array of numbers
 * (the entries of each dim: the migration's header). Writes add to entries in SQL inside a guarded
 * batch; reads take whole rows, one per block and key, never one per answer.
 */
import { BLOCK_DAYS } from '../lib/time';
import { int, prepareWhen, type Condition } from './batch';
import { keyRange, keyRows, keyRowsOf, pairsByKey, type GroupFilter } from './counts';

export type TallyDim =
  | 'ask'
  | 'ask_agent'
  | 'ask_channel'
  | 'ask_agent_channel'
  | 'ask_channel_agent'
  | 'reason'
  | 'reason_agent'
  | 'reason_channel'
  | 'follow_up'
  | 'follow_up_agent'
  | 'follow_up_channel';

/** Collects bound parameters and hands back their placeholders, so SQL is written in one pass. */
export class Params {
  readonly args: unknown[] = [];
  p(v: unknown): string {
    this.args.push(v);
    return `?${this.args.length}`;
  }
}

/** One entry of a day: its name after the day number ('' , ':slow', 'h3') and what it gains (SQL, one per number). */
export interface TallyEntry {
  suffix: string;
  add: string[];
}

/**
 * Adds `entries` on day `day` (an SQL integer expression that does not read `g`) to the rows named by
 * `groups` (a subquery of `dim`, `key` and whatever `add` reads as `g.…`; a NULL key is skipped), in
 * one upsert. The update side takes what to add from the row it would have inserted (`excluded`).
 */
export function tallyStatement(
  db: D1Database,
  cond: Condition,
  q: Params,
  board: string,
  groups: string,
  day: string,
  entries: TallyEntry[],
  /** the ask dims: what the block's totals (asked, answered) gain, SQL that may read `g` */
  totals?: [string, string],
): D1PreparedStatement {
  const B = q.p(board);
  const d = int(day);
  const named = entries.map((e) => {
    const key = `(${d} % ${BLOCK_DAYS}) || ${q.p(e.suffix)}`;
    return { key, path: `'$."' || ${key} || '"'`, add: e.add };
  });
  const fresh = named.map((e) => `${e.key}, json_array(${e.add.join(', ')})`).join(', ');
  const merged = named
    .map(
      (e) =>
        `${e.path}, json_array(${e.add
          .map(
            (_, i) =>
              `COALESCE(json_extract(days, ${e.path} || '[${i}]'), 0) + json_extract(excluded.days, ${e.path} || '[${i}]')`,
          )
          .join(', ')})`,
    )
    .join(', ');
  return prepareWhen(
    db,
    cond,
    (w) => `INSERT INTO tallies (board_id, dim, block, key, days, asked, answered)
      SELECT ${B}, g.dim, ${d} / ${BLOCK_DAYS}, g.key, json_object(${fresh}), ${totals ? totals.join(', ') : '0, 0'}
      FROM ${groups} AS g WHERE g.key IS NOT NULL AND ${w}
      ON CONFLICT (board_id, dim, block, key) DO UPDATE SET days = json_set(days, ${merged}),
        asked = asked + excluded.asked, answered = answered + excluded.answered`,
    q.args,
  );
}

/** One entry of a day as read. */
export interface TallyDay {
  key: string;
  day: number;
  /** what follows the day number in the entry's name */
  suffix: string;
  values: number[];
}

/**
 * Every entry of `dims` in days [fromDay, toDay], for every key or (`key`) for one: one row read per
 * block and key. Entries that sum to zero (an answer erased) are left out.
 */
export async function tallyDays(
  db: D1Database | D1DatabaseSession,
  board: string,
  dims: TallyDim[],
  fromDay: number,
  toDay: number,
  key?: string,
): Promise<Map<TallyDim, TallyDay[]>> {
  // One row of JSON: a thousand rows (blocks × agents) handed over one by one cost more time than
  // reading them (as in worker/db/counts.ts groupDays). One key's rows: `keyRows`.
  const list =
    key === undefined
      ? JSON.parse(
          (
            await db
              .prepare(
                `SELECT json_group_array(json_array(dim, key, block, json(days))) AS rows FROM tallies
                 WHERE board_id = ?1 AND block BETWEEN ?2 AND ?3 AND dim IN (${dims.map((_, i) => `?${i + 4}`).join(', ')})`,
              )
              .bind(board, Math.floor(fromDay / BLOCK_DAYS), Math.floor(toDay / BLOCK_DAYS), ...dims)
              .first<{ rows: string }>()
          )?.rows ?? '[]',
        )
      : keyRowsOf(
          await db
            .prepare(keyRows('tallies', 'dim, key, block, json(days)', dims, fromDay, toDay))
            .bind(board, key)
            .first<Record<string, string>>(),
        );
  const out = new Map<TallyDim, TallyDay[]>(dims.map((dim) => [dim, []]));
  for (const [dim, key, block, days] of list as [TallyDim, string, number, Record<string, number[]>][]) {
    for (const [name, values] of Object.entries(days)) {
      const m = /^(\d+)(.*)$/.exec(name);
      if (!m || values.every((v) => v === 0)) continue;
      const day = block * BLOCK_DAYS + Number(m[1]);
      if (day >= fromDay && day <= toDay) out.get(dim)!.push({ key, day, suffix: m[2]!, values });
    }
  }
  return out;
}

/** The asks of each agent or channel (`dim`) in days [fromDay, toDay] (`pairsByKey` of `tallies`). */
export async function askGroupTotals(
  db: D1Database | D1DatabaseSession,
  board: string,
  dim: 'ask_agent' | 'ask_channel',
  fromDay: number,
  toDay: number,
): Promise<Map<string, { asked: number; answered: number }>> {
  const pairs = await pairsByKey(db, 'tallies', ['asked', 'answered'], board, dim, fromDay, toDay);
  return new Map([...pairs].map(([key, [asked, answered]]) => [key, { asked, answered }]));
}

/**
 * The asks of one agent's channels (or one channel's agents) in days [fromDay, toDay], by that
 * channel (agent): `keyRange` of `ask_agent_channel` (`ask_channel_agent`).
 */
export async function crossAsks(
  db: D1Database | D1DatabaseSession,
  board: string,
  filter: GroupFilter,
  fromDay: number,
  toDay: number,
): Promise<Map<string, { asked: number; answered: number }>> {
  const dim = filter.dim === 'agent' ? 'ask_agent_channel' : 'ask_channel_agent';
  const out = new Map<string, { asked: number; answered: number }>();
  for (const [other, block, days] of await keyRange(db, 'tallies', board, dim, filter.key, fromDay, toDay))
    for (const [k, [asked = 0, answered = 0]] of Object.entries(days)) {
      const day = block * BLOCK_DAYS + Number(k);
      if (day < fromDay || day > toDay) continue;
      const a = out.get(other) ?? { asked: 0, answered: 0 };
      out.set(other, { asked: a.asked + asked, answered: a.answered + answered });
    }
  return out;
}
