/** The list of a board's answers: newest first, filtered, a keyset page at a time. */
import { DAY_MS } from '../lib/time';
import type { FollowUpStatus, Verdict } from '../schemas';
import type { ResponseRow } from './answers';

export interface ListFilter {
  limit: number;
  /** the cursor: only answers given before this time */
  before: number | null;
  verdict: Verdict | null;
  agent: string | null;
  channel: string | null;
  /** a follow-up status: only "no"s (and former "no"s) with it, on index responses_by_follow_up */
  followUp: FollowUpStatus | null;
  fromDay: number | null;
  toDay: number | null;
}

/** The equality filters, in the order their columns stand in the indexes below. */
const FILTERS = ['agent', 'channel', 'verdict'] as const;

/**
 * The index for each set of equality filters (their initials, in FILTERS order): each holds exactly
 * those columns and then `answered_at`, so the filters pick one contiguous range of it, already in
 * the page's order (migrations 0002 and 0008).
 */
const INDEX_FOR: Record<string, string> = {
  '': 'responses_by_time',
  v: 'responses_by_verdict',
  a: 'responses_by_agent',
  c: 'responses_by_channel',
  ac: 'responses_by_agent_channel',
  av: 'responses_by_agent_verdict',
  cv: 'responses_by_channel_verdict',
  acv: 'responses_by_agent_channel_verdict',
};

/**
 * Newest first, as a keyset page: the query names the index made for its exact set of filters
 * (`INDEXED BY`, so no planner guess can walk a less selective one and check the rest row by
 * row), and dates and the cursor bound `answered_at` inside it: a page reads `limit` rows at any
 * depth, with any combination of filters.
 */
export async function listResponses(db: D1Database, boardId: string, f: ListFilter): Promise<ResponseRow[]> {
  const args: unknown[] = [boardId];
  const where = ['board_id = ?1'];
  let key = '';
  for (const col of FILTERS) {
    const v = f[col];
    if (v === null) continue;
    args.push(v);
    where.push(`${col} = ?${args.length}`);
    key += col[0];
  }
  // A follow-up status has its own index (responses_by_follow_up, migration 0006), left to the planner
  // with the other filters checked on its rows, as the asks branch wrote it.
  if (f.followUp !== null) {
    args.push(f.followUp);
    where.push(`fu_status = ?${args.length}`);
  }
  const lo = f.fromDay === null ? 0 : f.fromDay * DAY_MS;
  const hi = Math.min(
    f.before === null ? Number.MAX_SAFE_INTEGER : f.before - 1,
    f.toDay === null ? Number.MAX_SAFE_INTEGER : (f.toDay + 1) * DAY_MS - 1,
  );
  args.push(lo, hi, f.limit);
  const n = args.length;
  const { results } = await db
    .prepare(
      `SELECT * FROM responses ${f.followUp === null ? `INDEXED BY ${INDEX_FOR[key]}` : ''}
       WHERE ${where.join(' AND ')} AND answered_at BETWEEN ?${n - 2} AND ?${n - 1}
       ORDER BY answered_at DESC LIMIT ?${n}`,
    )
    .bind(...args)
    .all<ResponseRow>();
  return results;
}
