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
  /** a follow-up status: only "no"s (and former "no"s) with it */
  followUp: FollowUpStatus | null;
  fromDay: number | null;
  toDay: number | null;
}

/** The equality filters, in the order their columns stand in the indexes below. */
const FILTERS = ['agent', 'channel', 'verdict'] as const;

/**
 * The index for each set of equality filters (their initials, in FILTERS order; `f` first for a
 * follow-up status): each holds exactly those columns and then `answered_at`, so the filters pick
 * one contiguous range of it, already in the page's order (migrations 0002, 0006, 0008 and 0013).
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
  f: 'responses_by_follow_up',
  fv: 'responses_by_follow_up_verdict',
  fa: 'responses_by_follow_up_agent',
  fc: 'responses_by_follow_up_channel',
  fac: 'responses_by_follow_up_agent_channel',
  fav: 'responses_by_follow_up_agent_verdict',
  fcv: 'responses_by_follow_up_channel_verdict',
  facv: 'responses_by_follow_up_agent_channel_verdict',
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
  if (f.followUp !== null) {
    args.push(f.followUp);
    where.push(`fu_status = ?${args.length}`);
    key = 'f';
  }
  for (const col of FILTERS) {
    const v = f[col];
    if (v === null) continue;
    args.push(v);
    where.push(`${col} = ?${args.length}`);
    key += col[0];
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
      `SELECT * FROM responses INDEXED BY ${INDEX_FOR[key]}
       WHERE ${where.join(' AND ')} AND answered_at BETWEEN ?${n - 2} AND ?${n - 1}
       ORDER BY answered_at DESC LIMIT ?${n}`,
    )
    .bind(...args)
    .all<ResponseRow>();
  return results;
}
