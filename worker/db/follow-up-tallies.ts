/**
 * The day tallies of reasons and follow-ups (`tallies` dims `reason` and `follow_up`, one row per board
 * and 32-day block, and since migration 0011 `reason_agent` … `follow_up_channel`, one per agent or
 * channel and block): what an answer's write, an erasure and a follow-up change add to them, as
 * statements of their guarded batches (worker/db/follow-up.ts, worker/db/answers.ts).
 */
import { DAY_MS, dayOf } from '../lib/time';
import type { FollowUpStatus } from '../schemas';
import type { Condition } from './batch';
import type { AnswerKind, AnswerState, ResponseRow } from './answers';
import type { FollowUpChange } from './follow-up';
import { Params, tallyStatement, type TallyEntry } from './tallies';

export const STATUS_INDEX: Record<FollowUpStatus, number> = { open: 0, contacted: 1, resolved: 2, dismissed: 3 };

/** First contacts are tallied by whole hours after the "no", the last bucket holding 30 days and more. */
export const MAX_CONTACT_HOURS = 720;
export const contactHours = (since: number, at: number) =>
  Math.min(MAX_CONTACT_HOURS, Math.max(0, Math.floor((at - since) / 3_600_000)));

/** The day of the newest counted answer (a first or changed answer's own), inside its batch. */
const NEW_DAY = (B: string) => `(SELECT last_at FROM boards WHERE id = ${B}) / ${DAY_MS}`;

/** What the four status counts (open, contacted, resolved, dismissed) gain when one moves `from` → `to`. */
export function statusDelta(from: FollowUpStatus | null, to: FollowUpStatus | null): string[] {
  const d = [0, 0, 0, 0];
  if (from) d[STATUS_INDEX[from]]! -= 1;
  if (to) d[STATUS_INDEX[to]]! += 1;
  return d.map(String);
}

/** Whose reasons and follow-ups a tally statement counts: the answer's agent and channel (null: none). */
interface Keys {
  agent: string | null;
  channel: string | null;
}

/** Which rows a tally statement adds to: the board's (key ''), its agent's and channel's, or all three. */
type Rows = 'all' | 'board' | 'groups';

/**
 * The rows a reason or follow-up tally adds to: the board's and the answer's agent's and channel's
 * (`<dim>_agent`, `<dim>_channel`, migration 0011; a null key is skipped).
 */
function groupsOf(q: Params, dim: 'reason' | 'follow_up', keys: Keys, rows: Rows): string {
  const out: string[] = [];
  if (rows !== 'groups') out.push(`SELECT '${dim}' AS dim, '' AS key`);
  if (rows !== 'board')
    out.push(
      `SELECT '${dim}_agent' AS dim, ${q.p(keys.agent)} AS key`,
      `SELECT '${dim}_channel' AS dim, ${q.p(keys.channel)} AS key`,
    );
  return `(${out.join(' UNION ALL ')})`;
}

export const fuTally = (
  db: D1Database,
  cond: Condition,
  board: string,
  keys: Keys,
  day: (q: Params) => string,
  entries: TallyEntry[],
  rows: Rows = 'all',
) => {
  const q = new Params();
  return tallyStatement(db, cond, q, board, groupsOf(q, 'follow_up', keys, rows), day(q), entries);
};

const reasonTally = (
  db: D1Database,
  cond: Condition,
  board: string,
  keys: Keys,
  day: (q: Params) => string,
  delta: Map<string, number>,
) => {
  const entries = [...delta].filter(([, n]) => n !== 0).map(([id, n]) => ({ suffix: `:${id}`, add: [String(n)] }));
  if (entries.length === 0) return undefined;
  const q = new Params();
  return tallyStatement(db, cond, q, board, groupsOf(q, 'reason', keys, 'all'), day(q), entries);
};

/** A stored follow-up's entries: its status and its first contact (by hours after the "no"), times `sign`. */
function followUpEntries(r: ResponseRow, status: FollowUpStatus, sign: 1 | -1): TallyEntry[] {
  const out: TallyEntry[] = [{ suffix: '', add: sign === 1 ? statusDelta(null, status) : statusDelta(status, null) }];
  if (r.fu_first_contact_at !== null && r.fu_since !== null)
    out.push({ suffix: `h${contactHours(r.fu_since, r.fu_first_contact_at)}`, add: [String(sign)] });
  return out;
}

export const reasonsOf = (r: ResponseRow | null): string[] => (r?.reasons ? (JSON.parse(r.reasons) as string[]) : []);

export const fixedDay = (day: number) => () => String(Math.floor(day));
const newDay = (board: string) => (q: Params) => NEW_DAY(q.p(board));

/** An answer's reason and follow-up tallies, for its batch (after the board's clock moved). */
export function answerTallyStatements(
  db: D1Database,
  cond: Condition,
  board: string,
  kind: AnswerKind,
  before: ResponseRow | null,
  after: AnswerState,
  fu: FollowUpChange | null,
): Record<string, D1PreparedStatement | undefined> {
  const old = reasonsOf(before);
  const now = after.reasons ?? [];
  const out: Record<string, D1PreparedStatement | undefined> = {};
  if (kind === 'updated' && before) {
    const delta = new Map<string, number>();
    for (const id of old) delta.set(id, (delta.get(id) ?? 0) - 1);
    for (const id of now) delta.set(id, (delta.get(id) ?? 0) + 1);
    out['reasons'] = reasonTally(db, cond, board, before, fixedDay(dayOf(before.answered_at)), delta);
  } else if (kind === 'created' || kind === 'changed') {
    if (before && old.length > 0)
      out['reasons out'] = reasonTally(
        db,
        cond,
        board,
        before,
        fixedDay(dayOf(before.answered_at)),
        new Map(old.map((id) => [id, -1])),
      );
    out['reasons in'] = reasonTally(db, cond, board, after, newDay(board), new Map(now.map((id) => [id, 1])));
  }
  const moved =
    kind === 'changed' &&
    before?.fu_status &&
    before.fu_since !== null &&
    (before.agent !== after.agent || before.channel !== after.channel);
  if (moved) {
    // A follow-up stays on the day of its "no"; its agent's and channel's rows hand it over whole.
    const day = fixedDay(dayOf(before.fu_since!));
    if (fu)
      out['follow-up'] = fuTally(
        db,
        cond,
        board,
        after,
        day,
        [{ suffix: '', add: statusDelta(before.fu_status, fu.status) }],
        'board',
      );
    const status = fu?.status ?? before.fu_status!;
    out['follow-up out'] = fuTally(
      db,
      cond,
      board,
      before,
      day,
      followUpEntries(before, before.fu_status!, -1),
      'groups',
    );
    out['follow-up in'] = fuTally(db, cond, board, after, day, followUpEntries(before, status, 1), 'groups');
  } else if (fu) {
    const day = fu.since === null ? newDay(board) : fixedDay(dayOf(fu.since));
    out['follow-up'] = fuTally(db, cond, board, after, day, [
      { suffix: '', add: statusDelta(before?.fu_status ?? null, fu.status) },
    ]);
  }
  return out;
}

/** An erasure's: the answer's reasons and follow-up leave the tallies. */
export function eraseTallyStatements(
  db: D1Database,
  cond: Condition,
  board: string,
  before: ResponseRow,
): Record<string, D1PreparedStatement | undefined> {
  const out: Record<string, D1PreparedStatement | undefined> = {
    reasons: reasonTally(
      db,
      cond,
      board,
      before,
      fixedDay(dayOf(before.answered_at)),
      new Map(reasonsOf(before).map((id) => [id, -1])),
    ),
  };
  if (before.fu_status && before.fu_since !== null)
    out['follow-up'] = fuTally(
      db,
      cond,
      board,
      before,
      fixedDay(dayOf(before.fu_since)),
      followUpEntries(before, before.fu_status, -1),
    );
  return out;
}
