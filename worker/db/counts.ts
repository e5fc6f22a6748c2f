/**
 * The per-day counts (`counts`: one row per board / agent / channel and 32-day block, its days as
 * JSON): the SQL that sums a day range inside a write, and the reads of the stats route.
 */
import { BLOCK_DAYS } from '../lib/time';
import { int } from './batch';

/** Path of a day inside a block's `days` JSON (`$."17"`). */
export const dayPath = (day: number) => `$."${day - Math.floor(day / BLOCK_DAYS) * BLOCK_DAYS}"`;

/**
 * A one-row subquery `(yes, no)`: the board's answers on days `lo`…`hi` (SQL expressions). Whole
 * blocks inside the range are read as one row each; only the two edge blocks are opened by day.
 */
export function boardDaysSum(board: string, lo: string, hi: string): string {
  const [l, h] = [int(lo), int(hi)];
  return `
  SELECT COALESCE(SUM(y), 0) AS yes, COALESCE(SUM(n), 0) AS no FROM (
    SELECT c.yes AS y, c.no AS n FROM counts c
    WHERE c.board_id = ${board} AND c.dim = 'board' AND c.key = ''
      AND c.block BETWEEN (${l} + ${BLOCK_DAYS - 1}) / ${BLOCK_DAYS} AND (${h} + 1) / ${BLOCK_DAYS} - 1
    UNION ALL
    SELECT json_extract(d.value, '$[0]'), json_extract(d.value, '$[1]') FROM counts c, json_each(c.days) d
    WHERE c.board_id = ${board} AND c.dim = 'board' AND c.key = ''
      AND c.block IN (${l} / ${BLOCK_DAYS}, ${h} / ${BLOCK_DAYS})
      AND NOT (c.block * ${BLOCK_DAYS} >= ${l} AND c.block * ${BLOCK_DAYS} + ${BLOCK_DAYS - 1} <= ${h})
      AND c.block * ${BLOCK_DAYS} + CAST(d.key AS INTEGER) BETWEEN ${l} AND ${h})`;
}

export interface DayCounts {
  day: number;
  yes: number;
  no: number;
}

type DaysJson = Record<string, [number, number]>;

/** Hands the days of one block (its `days` JSON) that fall in [fromDay, toDay] to `out`. */
function eachDay(block: number, days: DaysJson, fromDay: number, toDay: number, out: (d: DayCounts) => void) {
  for (const [k, [yes, no]] of Object.entries(days)) {
    const day = block * BLOCK_DAYS + Number(k);
    if (day >= fromDay && day <= toDay && yes + no > 0) out({ day, yes, no });
  }
}

/**
 * The rows of one key (bound as ?2; the board is ?1) in `dims` and the blocks of days [fromDay, toDay],
 * each a whole-primary-key lookup in a scalar subquery: one row read each, none for a row that is not
 * there. (`block IN (…)` or a join on a list of blocks reads the row after each one too; a range of
 * blocks walks every other key's rows in between; D1 allows few terms in a UNION.) One column per dim,
 * a JSON array of `json_array(columns…)` or null per block: at most 36 blocks, written in as integers
 * like the dims, which are the caller's constants.
 */
export function keyRows(
  table: 'counts' | 'tallies',
  columns: string,
  dims: readonly string[],
  fromDay: number,
  toDay: number,
) {
  const blocks: number[] = [];
  for (let b = Math.floor(fromDay / BLOCK_DAYS); b <= Math.floor(toDay / BLOCK_DAYS); b++) blocks.push(b);
  const lookups = (dim: string) => {
    if (!/^[a-z_]+$/.test(dim)) throw new Error(`not a dim: ${dim}`);
    return blocks
      .map(
        (b) =>
          `(SELECT json_array(${columns}) FROM ${table} WHERE board_id = ?1 AND dim = '${dim}' AND block = ${b} AND key = ?2)`,
      )
      .join(', ');
  };
  return `SELECT ${dims.map((dim, i) => `json_array(${lookups(dim)}) AS d${i}`).join(', ')}`;
}

/** The rows `keyRows` found (its columns as arrays), all dims together. */
export function keyRowsOf<T>(row: Record<string, string> | null): T[] {
  return Object.values(row ?? {}).flatMap((list) => (JSON.parse(list) as (T | null)[]).filter((r) => r !== null));
}

/** An agent or a channel whose answers alone are counted (`?agent=` / `?channel=` of stats). */
export interface GroupFilter {
  dim: 'agent' | 'channel';
  key: string;
}

/**
 * The answers per day in [fromDay, toDay] of the board, or of one agent or channel: one row read per
 * 32 days (a group's: `keyRows`).
 */
export async function dailyCounts(
  db: D1Database,
  boardId: string,
  fromDay: number,
  toDay: number,
  group?: GroupFilter,
): Promise<DayCounts[]> {
  const out: DayCounts[] = [];
  if (group) {
    const row = await db
      .prepare(keyRows('counts', 'block, json(days)', [group.dim], fromDay, toDay))
      .bind(boardId, group.key)
      .first<Record<string, string>>();
    for (const [block, days] of keyRowsOf<[number, DaysJson]>(row))
      eachDay(block, days, fromDay, toDay, (d) => out.push(d));
    return out.sort((a, b) => a.day - b.day);
  }
  const { results } = await db
    .prepare(
      `SELECT block, days FROM counts WHERE board_id = ?1 AND dim = 'board' AND key = ''
       AND block BETWEEN ?2 AND ?3 ORDER BY block`,
    )
    .bind(boardId, Math.floor(fromDay / BLOCK_DAYS), Math.floor(toDay / BLOCK_DAYS))
    .all<{ block: number; days: string }>();
  for (const r of results) eachDay(r.block, JSON.parse(r.days) as DaysJson, fromDay, toDay, (d) => out.push(d));
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Every agent's or channel's answers per day in [fromDay, toDay] (for a trend each): rows read =
 * blocks × keys, as one row of JSON (see `pairsByKey`).
 */
export async function groupDays(
  db: D1Database,
  boardId: string,
  dim: 'agent' | 'channel',
  fromDay: number,
  toDay: number,
): Promise<Map<string, DayCounts[]>> {
  const row = await db
    .prepare(
      `SELECT json_group_array(json_array(key, block, json(days))) AS rows FROM counts
       WHERE board_id = ?1 AND dim = ?2 AND block BETWEEN ?3 AND ?4`,
    )
    .bind(boardId, dim, Math.floor(fromDay / BLOCK_DAYS), Math.floor(toDay / BLOCK_DAYS))
    .first<{ rows: string }>();
  const out = new Map<string, DayCounts[]>();
  for (const [key, block, days] of JSON.parse(row?.rows ?? '[]') as [string, number, DaysJson][]) {
    const list = out.get(key) ?? [];
    eachDay(block, days, fromDay, toDay, (d) => list.push(d));
    if (list.length > 0) out.set(key, list);
  }
  return out;
}

/** The separator inside the keys of `agent_channel` / `channel_agent` (a control character: never in a key). */
const UNIT = '\u001f';

/**
 * The rows of `dim` in the blocks of days [fromDay, toDay] whose key begins with `prefix` and the
 * separator (the channels of one agent in `agent_channel`, …), each as [the rest of its key, block,
 * days]: one key range per block in a scalar subquery (as in `keyRows`), so rows read = the rows it
 * returns plus, per block, the row after the range that ends it.
 */
export async function keyRange(
  db: D1Database | D1DatabaseSession,
  table: 'counts' | 'tallies',
  boardId: string,
  dim: string,
  prefix: string,
  fromDay: number,
  toDay: number,
): Promise<[string, number, Record<string, number[]>][]> {
  if (!/^[a-z_]+$/.test(dim)) throw new Error(`not a dim: ${dim}`);
  const ranges: string[] = [];
  for (let b = Math.floor(fromDay / BLOCK_DAYS); b <= Math.floor(toDay / BLOCK_DAYS); b++)
    ranges.push(
      `json((SELECT json_group_array(json_array(key, block, json(days))) FROM ${table}
        WHERE board_id = ?1 AND dim = '${dim}' AND block = ${b} AND key >= ?2 AND key < ?3))`,
    );
  const row = await db
    .prepare(`SELECT json_array(${ranges.join(', ')}) AS rows`)
    .bind(boardId, prefix + UNIT, prefix + String.fromCharCode(UNIT.charCodeAt(0) + 1))
    .first<{ rows: string }>();
  return (JSON.parse(row?.rows ?? '[]') as [string, number, Record<string, number[]>][][]).flatMap((block) =>
    block.map(
      ([key, b, days]) => [key.slice(prefix.length + 1), b, days] as [string, number, Record<string, number[]>],
    ),
  );
}

/**
 * The answers per day in [fromDay, toDay] of one agent's channels (or one channel's agents), by that
 * channel (agent): `keyRange` of `agent_channel` (`channel_agent`).
 */
export async function crossDays(
  db: D1Database,
  boardId: string,
  filter: GroupFilter,
  fromDay: number,
  toDay: number,
): Promise<Map<string, DayCounts[]>> {
  const dim = filter.dim === 'agent' ? 'agent_channel' : 'channel_agent';
  const out = new Map<string, DayCounts[]>();
  for (const [other, block, days] of await keyRange(db, 'counts', boardId, dim, filter.key, fromDay, toDay)) {
    const list = out.get(other) ?? [];
    eachDay(block, days as DaysJson, fromDay, toDay, (d) => list.push(d));
    if (list.length > 0) out.set(other, list);
  }
  return out;
}

/**
 * The two numbers each key of `dim` holds in days [fromDay, toDay] of a table of 32-day blocks
 * (`counts`: yes and no; `tallies`: asked and answered): whole blocks by their totals, the two edge
 * blocks of the range by their days, so rows read = blocks × keys. Both come back as one row of JSON
 * — a GROUP BY would make D1 bill every row twice (its temporary b-tree), and a thousand rows handed
 * over one by one cost more time than reading them.
 */
export async function pairsByKey(
  db: D1Database | D1DatabaseSession,
  table: 'counts' | 'tallies',
  [first, second]: readonly [string, string],
  board: string,
  dim: string,
  fromDay: number,
  toDay: number,
): Promise<Map<string, [number, number]>> {
  const block = (day: number) => Math.floor(day / BLOCK_DAYS);
  const row = await db
    .prepare(
      `SELECT
         (SELECT json_group_array(json_array(key, ${first}, ${second})) FROM ${table}
          WHERE board_id = ?1 AND dim = ?2 AND block BETWEEN ?3 AND ?4) AS whole,
         (SELECT json_group_array(json_array(key, block, json(days))) FROM ${table}
          WHERE board_id = ?1 AND dim = ?2 AND block IN (?5, ?6) AND block NOT BETWEEN ?3 AND ?4) AS edges`,
    )
    .bind(board, dim, block(fromDay + BLOCK_DAYS - 1), block(toDay + 1) - 1, block(fromDay), block(toDay))
    .first<{ whole: string; edges: string }>();
  const out = new Map<string, [number, number]>();
  const add = (key: string, a: number, b: number) => {
    const t = out.get(key) ?? [0, 0];
    out.set(key, [t[0] + a, t[1] + b]);
  };
  for (const [key, a, b] of JSON.parse(row?.whole ?? '[]') as [string, number, number][]) add(key, a, b);
  for (const [key, b, days] of JSON.parse(row?.edges ?? '[]') as [string, number, Record<string, number[]>][]) {
    for (const [k, [x = 0, y = 0]] of Object.entries(days)) {
      const day = b * BLOCK_DAYS + Number(k);
      if (day >= fromDay && day <= toDay) add(key, x, y);
    }
  }
  return out;
}

/** Answers per agent or channel in [fromDay, toDay], most answers first (`pairsByKey` of `counts`). */
export async function groupCounts(
  db: D1Database,
  boardId: string,
  dim: 'agent' | 'channel',
  fromDay: number,
  toDay: number,
): Promise<{ key: string; yes: number; no: number }[]> {
  const totals = await pairsByKey(db, 'counts', ['yes', 'no'], boardId, dim, fromDay, toDay);
  return [...totals]
    .map(([key, [yes, no]]) => ({ key, yes, no }))
    .filter((g) => g.yes + g.no > 0)
    .sort((a, b) => b.yes + b.no - (a.yes + a.no) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
