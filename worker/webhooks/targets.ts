/**
 * `score.below_target` and `score.recovered`: once per crossing of the board's target. The score
 * compared is the window's `percent` as GET …/score shows it (one decimal, halves up); with fewer
 * than MIN_TARGET_ANSWERS answers in the window nothing crosses. `boards.below_target` remembers the
 * side last seen; the outbox rows and the flip of that flag are two statements of the batch that
 * moves the score (an answer's, or a settings change's), each checking the flag as that batch sees
 * it, so two concurrent answers can never both fire. No crossing: nothing is written.
 */
import type { AnswerPlan } from '../db/answers';

/** A window with fewer answers than this is too young to be said to cross anything. */
export const MIN_TARGET_ANSWERS = 10;

/** The conditions on board row `b` (an alias or the table name). */
function sides(b: string) {
  const total = `(${b}.win_yes + ${b}.win_no)`;
  // the score's percent × 10 (worker/lib/score-math.ts percent), in integers, against the target × 10
  const pct10 = `((2000 * ${b}.win_yes + ${total}) / (2 * ${total}))`;
  const target10 = `CAST(ROUND(${b}.target * 10) AS INTEGER)`;
  const counted = `${b}.target IS NOT NULL AND ${total} >= ${MIN_TARGET_ANSWERS}`;
  return {
    crossing: `(${counted} AND ((${b}.below_target = 0 AND ${pct10} < ${target10}) OR (${b}.below_target = 1 AND ${pct10} >= ${target10})))`,
    event: `CASE WHEN ${b}.below_target = 0 THEN 'score.below_target' ELSE 'score.recovered' END`,
    data: `json_object('percent', ${pct10} / 10.0, 'target', ${b}.target, 'responses', ${total}, 'satisfied', ${b}.win_yes, 'unsatisfied', ${b}.win_no)`,
  };
}

const b = sides('b');
const boards = sides('boards');

/** The outbox rows first (they read the flag as it was), then the flag. `when` is the batch's own condition. */
const OUTBOX = (
  when: string,
) => `INSERT INTO webhook_deliveries (id, webhook_id, board_id, interaction, event, data, created_at)
  SELECT 'msg_' || lower(hex(randomblob(12))), w.id, b.id, '', ${b.event}, ${b.data}, ?2
  FROM boards b JOIN webhooks w ON w.board_id = b.id
  WHERE b.id = ?1 AND ${b.crossing} AND instr(',' || w.events || ',', ',' || (${b.event}) || ',') > 0 AND ${when}`;

// a removed target forgets the side it was on: a new one starts from "not below"
const FLAG = (
  when: string,
) => `UPDATE boards SET below_target = CASE WHEN target IS NULL THEN 0 ELSE 1 - below_target END
  WHERE id = ?1 AND (${boards.crossing} OR (target IS NULL AND below_target = 1)) AND ${when}`;

/**
 * In an answer's batch (after its window update), on a board that had a target when the answer was
 * read: nothing for a comment-only update, nor for a board without a target (a target set meanwhile
 * is compared by its own change, and by the next answer).
 */
export function targetStatements(plan: AnswerPlan): Partial<Record<string, D1PreparedStatement>> {
  if (plan.kind === 'updated' || !plan.hasTarget) return {};
  return {
    score_events: plan.statement(OUTBOX, plan.board, plan.now),
    score_side: plan.statement(FLAG, plan.board),
  };
}

/** In a settings change's batch (after its window moves): a new target may put the score on the other side. */
export function targetChangeStatements(db: D1Database, board: string, now: number) {
  return {
    score_events: db.prepare(OUTBOX('1')).bind(board, now),
    score_side: db.prepare(FLAG('1')).bind(board),
  };
}
