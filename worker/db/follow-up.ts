/**
 * Reasons and follow-ups of "no"s (SPEC.md § Concepts: Follow-up, Reasons): how an answer's write
 * changes them (their day tallies: worker/db/follow-up-tallies.ts), and the team's own change of a
 * follow-up (`setFollowUp`).
 *
 * A new "no" is `open`. A change to "yes" resolves it (`by: "customer"`); a change back to "no"
 * opens it again, keeping its note and first contact. Its tallies count on the day of the first
 * "no" (`fu_since`), so a period's follow-ups are those of its "no"s however late they were handled.
 */
import { dayOf } from '../lib/time';
import type { FollowUpStatus } from '../schemas';
import {
  batchNamed,
  prepareWhen,
  untilApplied,
  type Extension,
  type ExtensionResults,
  extensionOf,
  extensionResults,
} from './batch';
import type { AnswerKind, AnswerState, ResponseRow } from './answers';
import { unchanged } from './answers';
import { contactHours, fixedDay, fuTally, statusDelta } from './follow-up-tallies';
import type { TallyEntry } from './tallies';

export { answerTallyStatements, eraseTallyStatements, reasonsOf } from './follow-up-tallies';

/** What an answer's write does to its follow-up: its new state, or null when it stays as it is. */
export interface FollowUpChange {
  status: FollowUpStatus;
  by: string | null;
  updatedAt: number;
  /** the "no" it is about: the stored one, or (null) this very answer */
  since: number | null;
}

export function followUpChange(
  kind: AnswerKind,
  before: ResponseRow | null,
  after: AnswerState,
  now: number,
): FollowUpChange | null {
  if (kind !== 'created' && kind !== 'changed') return null;
  const was = before?.verdict ?? null;
  if (was === after.verdict) return null;
  const updatedAt = Math.max(now, (before?.fu_updated_at ?? 0) + 1);
  const since = before?.fu_since ?? null;
  if (after.verdict === 'no') return { status: 'open', by: null, updatedAt, since };
  if (before?.fu_status) return { status: 'resolved', by: 'customer', updatedAt, since };
  return null;
}

export interface FollowUpInput {
  status: FollowUpStatus;
  /** undefined keeps the stored note; '' removes it */
  note?: string | undefined;
  /** undefined keeps who changed it last */
  by?: string | undefined;
}

/** What a follow-up write did (the plan an extension — the webhook outbox — sees). */
export interface FollowUpPlan {
  board: string;
  interaction: string;
  before: ResponseRow;
  now: number;
  statement(sql: (when: string) => string, ...args: unknown[]): D1PreparedStatement;
}

export type FollowUpOutcome =
  | { kind: 'changed' | 'repeated'; response: ResponseRow; extra: ExtensionResults }
  | { kind: 'missing' | 'satisfied' | 'gone' | 'contended' };

/**
 * The team sets a "no"'s follow-up: its status, note and who. The first "contacted" or "resolved"
 * is its first contact (tallied by hours after the "no"). Read, then one guarded batch: the tallies
 * and the row (and the extension's statements) apply together or not at all.
 */
export async function setFollowUp(
  db: D1Database,
  board: string,
  interaction: string,
  input: FollowUpInput,
  now: number,
  extend?: Extension<FollowUpPlan>,
): Promise<FollowUpOutcome> {
  const outcome = await untilApplied<FollowUpOutcome>(async () => {
    const row = await db
      .prepare(
        `SELECT b.deleted_at IS NULL AS live, r.* FROM boards b
         LEFT JOIN responses r ON r.board_id = b.id AND r.interaction = ?2 WHERE b.id = ?1`,
      )
      .bind(board, interaction)
      .first<ResponseRow & { live: number }>();
    if (!row?.live) return { kind: 'gone' };
    if (row.board_id === null) return { kind: 'missing' };
    const { live: _live, ...before } = row;
    if (before.verdict === 'yes') return { kind: 'satisfied' };
    const note = input.note === undefined ? before.fu_note : input.note === '' ? null : input.note;
    const by = input.by === undefined ? before.fu_by : input.by;
    if (before.fu_status === input.status && before.fu_note === note && before.fu_by === by)
      return { kind: 'repeated', response: before, extra: {} };
    const since = before.fu_since ?? before.answered_at;
    const firstContact =
      before.fu_first_contact_at === null && (input.status === 'contacted' || input.status === 'resolved') ? now : null;
    const cond = unchanged(board, interaction, before);
    const entries: TallyEntry[] = [];
    if (before.fu_status !== input.status)
      entries.push({ suffix: '', add: statusDelta(before.fu_status, input.status) });
    if (firstContact !== null) entries.push({ suffix: `h${contactHours(since, firstContact)}`, add: ['1'] });
    const plan: FollowUpPlan = {
      board,
      interaction,
      before,
      now,
      statement: (sql, ...args) => prepareWhen(db, cond, sql, args),
    };
    const results = await batchNamed(db, {
      tally: entries.length === 0 ? undefined : fuTally(db, cond, board, before, fixedDay(dayOf(since)), entries),
      ...extensionOf(extend, plan),
      row: prepareWhen(
        db,
        cond,
        (w) => `UPDATE responses SET fu_status = ?3, fu_note = ?4, fu_by = ?5, fu_updated_at = ?6,
            fu_first_contact_at = COALESCE(fu_first_contact_at, ?7), fu_since = ?8
          WHERE board_id = ?1 AND interaction = ?2 AND ${w} RETURNING *`,
        [
          board,
          interaction,
          input.status,
          note,
          by,
          Math.max(now, (before.fu_updated_at ?? 0) + 1),
          firstContact,
          since,
        ],
      ),
    });
    const response = results.row.results[0] as ResponseRow | undefined;
    return response ? { kind: 'changed', response, extra: extensionResults(results) } : null;
  });
  return outcome ?? { kind: 'contended' };
}
