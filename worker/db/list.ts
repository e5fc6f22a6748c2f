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

/**
 * Newest first, as a keyset page: each filter is an equality on an index that ends in
 * `answered_at`, and dates and the cursor bound that column, so a page reads `limit` rows at any
 * depth. (Two equality filters at once use one index and check the other.)
 */
export async function listResponses(db: D1Database, boardId: string, f: ListFilter): Promise<ResponseRow[]> {
  const args: unknown[] = [boardId];
  const where = ['board_id = ?1'];
  for (const [col, v] of [
    ['verdict', f.verdict],
    ['agent', f.agent],
    ['channel', f.channel],
    ['fu_status', f.followUp],
  ] as const) {
    if (v === null) continue;
    args.push(v);
    where.push(`${col} = ?${args.length}`);
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
      `SELECT * FROM responses WHERE ${where.join(' AND ')} AND answered_at BETWEEN ?${n - 2} AND ?${n - 1}
       ORDER BY answered_at DESC LIMIT ?${n}`,
    )
    .bind(...args)
    .all<ResponseRow>();
  return results;
}
