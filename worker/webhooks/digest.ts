/**
 * The weekly digest (issue 19 § 3): on a board's `digest_day` (UTC), the first cron tick of that
 * day makes one `digest.weekly` delivery per subscribed webhook, about the 7 whole days before it
 * (today − 7 … today − 1) compared with the 7 before those. `boards.digest_sent_day` remembers the
 * day it was made: the rows and that mark are one batch that applies only while the mark is older,
 * so a digest is made once however often the cron runs (and two overlapping ticks make it once).
 * A tick handles at most DIGESTS_PER_TICK boards, found on index boards_digest_due; the rest are
 * still due at the next tick, a minute later.
 */
import { dailyCounts, groupCounts } from '../db/counts';
import { listResponses } from '../db/list';
import { tallyDays } from '../db/tallies';
import { percent } from '../lib/score-math';
import { dayOf, formatDay } from '../lib/time';
import { asksOf, FollowUpSum, rateOf } from '../loop-stats';
import { WEEKDAYS } from '../schemas';
import type { DigestData, Mover } from './digest-body';

export const DIGESTS_PER_TICK = 20;
/** the newest "no"s of the week read for their comments; up to NO_COMMENTS of them are shown */
const NO_READ = 20;
const NO_COMMENTS = 5;

export const weekdayOf = (day: number) => WEEKDAYS[(new Date(day * 86_400_000).getUTCDay() + 6) % 7]!;

const change = (now: number | null, before: number | null) =>
  now === null || before === null ? null : Math.round((now - before) * 10) / 10;

/** The agent or channel whose percent moved most between the two weeks (answered in both); ties: the first key. */
async function mover(db: D1Database, board: string, dim: 'agent' | 'channel', day: number): Promise<Mover | null> {
  const [week, before] = await Promise.all([
    groupCounts(db, board, dim, day - 7, day - 1),
    groupCounts(db, board, dim, day - 14, day - 8),
  ]);
  const prev = new Map(before.map((g) => [g.key, percent(g.yes, g.no)]));
  let best: Mover | null = null;
  for (const g of [...week].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const p = percent(g.yes, g.no);
    const d = change(p, prev.get(g.key) ?? null);
    if (d === null || (best && Math.abs(d) <= Math.abs(best.change))) continue;
    best = { key: g.key, percent: p!, previous_percent: prev.get(g.key)!, change: d };
  }
  return best;
}

/** The digest of the week before `day` (a UTC day number). */
export async function digestOf(db: D1Database, board: string, day: number): Promise<DigestData> {
  const [days, tallies, agent, channel, nos] = await Promise.all([
    dailyCounts(db, board, day - 14, day - 1),
    tallyDays(db, board, ['ask', 'follow_up'], day - 7, day - 1),
    mover(db, board, 'agent', day),
    mover(db, board, 'channel', day),
    listResponses(db, board, {
      limit: NO_READ,
      before: null,
      verdict: 'no',
      agent: null,
      channel: null,
      followUp: null,
      fromDay: day - 7,
      toDay: day - 1,
    }),
  ]);
  const sum = (lo: number, hi: number) =>
    days
      .filter((d) => d.day >= lo && d.day <= hi)
      .reduce((s, d) => ({ yes: s.yes + d.yes, no: s.no + d.no }), { yes: 0, no: 0 });
  const week = sum(day - 7, day - 1);
  const before = sum(day - 14, day - 8);
  const asked = asksOf(tallies.get('ask')!, (d) => d).total();
  const followUps = new FollowUpSum();
  for (const t of tallies.get('follow_up')!) followUps.add(t);
  const p = percent(week.yes, week.no);
  const prev = percent(before.yes, before.no);
  return {
    board,
    from: formatDay(day - 7),
    to: formatDay(day - 1),
    satisfied: week.yes,
    unsatisfied: week.no,
    percent: p,
    previous_percent: prev,
    change: change(p, prev),
    answers: week.yes + week.no,
    asked: asked.asked,
    response_rate: rateOf(asked),
    open_follow_ups: followUps.status[0]!,
    agent,
    channel,
    no_comments: nos
      .filter((r) => r.comment !== null)
      .slice(0, NO_COMMENTS)
      .map((r) => ({ interaction: r.interaction, comment: r.comment!, agent: r.agent, channel: r.channel })),
  };
}

/** The cron's part: the digests due today, at most DIGESTS_PER_TICK boards. Returns the boards done. */
export async function sendDigests(db: D1Database, now: number): Promise<string[]> {
  const day = dayOf(now);
  const { results: due } = await db
    .prepare(
      `SELECT b.id, EXISTS (SELECT 1 FROM webhooks w WHERE w.board_id = b.id
                            AND instr(',' || w.events || ',', ',digest.weekly,') > 0) AS subscribed
       FROM boards b INDEXED BY boards_digest_due
       WHERE b.digest_day = ?1 AND (b.digest_sent_day IS NULL OR b.digest_sent_day < ?2) AND b.deleted_at IS NULL
       LIMIT ?3`,
    )
    .bind(weekdayOf(day), day, DIGESTS_PER_TICK)
    .all<{ id: string; subscribed: number }>();
  for (const { id, subscribed } of due) {
    // a board nobody listens to is marked done without reading its week
    const data = subscribed ? JSON.stringify(await digestOf(db, id, day)) : null;
    await db.batch([
      db
        .prepare(
          `INSERT INTO webhook_deliveries (id, webhook_id, board_id, interaction, event, data, created_at)
           SELECT 'msg_' || lower(hex(randomblob(12))), w.id, ?1, '', 'digest.weekly', ?2, ?3
           FROM webhooks w
           WHERE w.board_id = ?1 AND instr(',' || w.events || ',', ',digest.weekly,') > 0 AND ?2 IS NOT NULL
             AND EXISTS (SELECT 1 FROM boards WHERE id = ?1 AND (digest_sent_day IS NULL OR digest_sent_day < ?4))`,
        )
        .bind(id, data, now, day),
      db
        .prepare(
          'UPDATE boards SET digest_sent_day = ?2 WHERE id = ?1 AND (digest_sent_day IS NULL OR digest_sent_day < ?2)',
        )
        .bind(id, day),
    ]);
  }
  return due.map((b) => b.id);
}
