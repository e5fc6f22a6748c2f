/**
 * The write path of an answer: record (first, changed, updated, repeated) and erase. Every write
 * reads the stored answer first and then changes the answer and each aggregate it touches in one
 * `batch()` — one SQLite transaction — whose every statement applies only while that answer is still
 * as it was read, so two concurrent writes can never both count; the loser reads again and retries
 * (`untilApplied`). Storage design: ARCHITECTURE.md § Storage.
 */
import { BLOCK_DAYS, DAY_MS, dayOf } from '../lib/time';
import type { FollowUpStatus, Verdict } from '../schemas';
import { answerAskStatements, eraseAskStatements } from './asks';
import { answerTallyStatements, eraseTallyStatements, followUpChange, reasonsOf } from './follow-up';
import {
  batchNamed,
  extensionOf,
  extensionResults,
  prepareWhen,
  untilApplied,
  type Condition,
  type Extension,
  type ExtensionResults,
} from './batch';
import { rollStatement } from './boards';
import {
  answerStatement,
  EVICT,
  GROUPS,
  inWindow,
  NEWEST_BELOW_WINDOW,
  NEW_DAY_PATH,
  OLDEST_IN_WINDOW,
  REFILL,
  uncountStatement,
} from './answer-sql';

export interface ResponseRow {
  board_id: string;
  interaction: string;
  verdict: Verdict;
  comment: string | null;
  agent: string | null;
  channel: string | null;
  locale: string | null;
  created_at: number;
  updated_at: number;
  /** when the counted answer (verdict, agent, channel) was last given: the board's order */
  answered_at: number;
  /** the chosen reasons, a JSON array of ids (only on a "no") */
  reasons: string | null;
  /** the follow-up of a "no" (worker/db/follow-up.ts) */
  fu_status: FollowUpStatus | null;
  fu_note: string | null;
  fu_by: string | null;
  fu_updated_at: number | null;
  fu_first_contact_at: number | null;
  fu_since: number | null;
}

/**
 * True while the board is live and its answer for `interaction` is still `before` (no answer, or
 * the one given at `before.answered_at`, which every counted change moves, with the follow-up last
 * set at `before.fu_updated_at`, which every follow-up change moves, and its reasons): the condition every statement
 * of an answer's (or a follow-up's) batch carries, so the batch applies whole or not at all.
 */
export function unchanged(board: string, interaction: string, before: ResponseRow | null): Condition {
  const live = (n: number) => `EXISTS (SELECT 1 FROM boards WHERE id = ?${n} AND deleted_at IS NULL)`;
  return before
    ? {
        sql: (n) =>
          `${live(n)} AND EXISTS (SELECT 1 FROM responses WHERE board_id = ?${n} AND interaction = ?${n + 1} AND answered_at = ?${n + 2} AND fu_updated_at IS ?${n + 3} AND reasons IS ?${n + 4})`,
        // the reasons too: a change of them alone moves their tallies but not answered_at
        args: [board, interaction, before.answered_at, before.fu_updated_at, before.reasons],
      }
    : {
        sql: (n) =>
          `${live(n)} AND NOT EXISTS (SELECT 1 FROM responses WHERE board_id = ?${n} AND interaction = ?${n + 1})`,
        args: [board, interaction],
      };
}

export interface AnswerInput {
  interaction: string;
  verdict: Verdict;
  /** undefined keeps the stored comment; '' removes it */
  comment?: string | undefined;
  /** undefined keeps the stored agent, channel, locale */
  agent?: string | undefined;
  channel?: string | undefined;
  locale?: string | undefined;
  /** undefined keeps the stored reasons while the verdict stays "no" */
  reasons?: string[] | undefined;
}

/** What an answer does to the stored one. */
export type AnswerKind =
  /** the first answer of this interaction */
  | 'created'
  /** the verdict, agent or channel changed: counted again, at the time of the change */
  | 'changed'
  /** only the comment or locale changed: nothing is counted */
  | 'updated'
  /** the same answer again (a retried send, a replayed form): nothing is written */
  | 'repeated';

/** The answer as it will be stored, before the batch assigns its time. */
export interface AnswerState {
  verdict: Verdict;
  comment: string | null;
  agent: string | null;
  channel: string | null;
  locale: string | null;
  /** null on a "yes", and on a "no" without reasons */
  reasons: string[] | null;
}

/**
 * One planned write of an answer (or of its erasure), handed to `extend` so that another module can
 * add statements to the very batch — the webhook outbox does — that apply exactly when it does.
 */
export interface BatchPlan {
  board: string;
  interaction: string;
  /** the answer as stored when the write read it */
  before: ResponseRow | null;
  now: number;
  /**
   * Prepares a statement that applies only if the batch does: `sql` receives the condition to put
   * in its WHERE clause; `args` bind `?1`… and the condition's own parameters follow them. These
   * statements run after the aggregates and before the answer row is written (or deleted); for a
   * created or changed answer, its time is `boards.last_at` by then.
   */
  statement(sql: (when: string) => string, ...args: unknown[]): D1PreparedStatement;
}

export interface AnswerPlan extends BatchPlan {
  kind: Exclude<AnswerKind, 'repeated'>;
  after: AnswerState;
  /** the board had a target when the write read it (worker/webhooks/targets.ts) */
  hasTarget: boolean;
}

export type AnswerOutcome =
  | { kind: AnswerKind; response: ResponseRow; extra: ExtensionResults }
  /** the board is gone (deleted meanwhile) */
  | { kind: 'gone' }
  /** the answer kept changing under this write; try again shortly */
  | { kind: 'contended' };

/**
 * Reads the board (live or not) and the stored answer in one statement: two rows at most, the
 * whole cost of a repeated answer.
 */
async function readAnswer(
  db: D1Database,
  board: string,
  interaction: string,
): Promise<{
  live: boolean;
  window: 'days' | 'responses';
  asOfDay: number;
  hasTarget: boolean;
  row: ResponseRow | null;
} | null> {
  const r = await db
    .prepare(
      `SELECT b.deleted_at IS NULL AS live, b.window_days IS NOT NULL AS by_days, b.as_of_day,
         b.target IS NOT NULL AS has_target, r.*
       FROM boards b LEFT JOIN responses r ON r.board_id = b.id AND r.interaction = ?2
       WHERE b.id = ?1`,
    )
    .bind(board, interaction)
    .first<ResponseRow & { live: number; by_days: number; as_of_day: number; has_target: number }>();
  if (!r) return null;
  const { live, by_days, as_of_day, has_target, ...row } = r;
  return {
    live: live === 1,
    window: by_days ? 'days' : 'responses',
    asOfDay: as_of_day,
    hasTarget: has_target === 1,
    row: row.board_id === null ? null : row,
  };
}

const nonEmpty = (list: string[]) => (list.length > 0 ? list : null);

function classify(before: ResponseRow | null, a: AnswerInput): { kind: AnswerKind; after: AnswerState } {
  const after: AnswerState = {
    verdict: a.verdict,
    agent: a.agent ?? before?.agent ?? null,
    channel: a.channel ?? before?.channel ?? null,
    comment: a.comment === undefined ? (before?.comment ?? null) : a.comment === '' ? null : a.comment,
    locale: a.locale ?? before?.locale ?? null,
    reasons: a.verdict === 'yes' ? null : nonEmpty(a.reasons ?? (before?.verdict === 'no' ? reasonsOf(before) : [])),
  };
  if (!before) return { kind: 'created', after };
  if (before.verdict !== after.verdict || before.agent !== after.agent || before.channel !== after.channel)
    return { kind: 'changed', after };
  if (
    before.comment !== after.comment ||
    before.locale !== after.locale ||
    JSON.stringify(reasonsOf(before)) !== JSON.stringify(after.reasons ?? [])
  )
    return { kind: 'updated', after };
  return { kind: 'repeated', after };
}

/**
 * Records an answer: a first answer, a changed one (its old counts move out, the new ones in, at
 * the time of the change), a comment or locale update, or a repeat (nothing written). Reads the
 * stored answer, then writes in one batch whose statements all carry `unchanged(…)`: if another
 * write got in between, none applies, and it reads and tries again.
 *
 * A first answer is 5 statements (board, answer, then window + counts + row; 6 with the webhook
 * outbox extension, 8 on a board with a target: worker/webhooks/targets.ts) and writes 13 rows on a board without webhooks (an answer with agent and
 * channel): the board, 3 count rows, the answer and its 8 index entries (worker/db/list.ts).
 */
export async function recordAnswer(
  db: D1Database,
  boardId: string,
  input: AnswerInput,
  now: number,
  extend?: Extension<AnswerPlan>,
): Promise<AnswerOutcome> {
  const today = dayOf(now);
  const outcome = await untilApplied<AnswerOutcome>(async () => {
    const read = await readAnswer(db, boardId, input.interaction);
    if (!read?.live) return { kind: 'gone' };
    const before = read.row;
    const { kind, after } = classify(before, input);
    if (kind === 'repeated' && before) return { kind, response: before, extra: {} };

    const cond = unchanged(boardId, input.interaction, before);
    const when = (sql: (w: string) => string, ...args: unknown[]) => prepareWhen(db, cond, sql, args);
    const plan: AnswerPlan = {
      kind: kind as AnswerPlan['kind'],
      board: boardId,
      interaction: input.interaction,
      before,
      after,
      now,
      hasTarget: read.hasTarget,
      statement: when,
    };
    const counted = kind !== 'updated';
    const fu = followUpChange(kind, before, after, now);
    const results = await batchNamed(db, {
      roll: counted && read.window === 'days' && read.asOfDay < today ? rollStatement(db, boardId, today) : undefined,
      // The board's clock moves to the answer's time (never back); the window takes the answer
      // in, drops the old one if it counted, and an answer-count window that grew past N lets
      // its oldest answer go.
      window: counted
        ? when(
            (w) => `UPDATE boards SET
               last_at = MAX(?2, last_at + 1, as_of_day * ${DAY_MS}),
               win_yes = win_yes + (?3 = 'yes') - (${inWindow('?4')} AND ?5 = 'yes') - (${EVICT} AND x.oldest % 2 = 1),
               win_no = win_no + (?3 = 'no') - (${inWindow('?4')} AND ?5 = 'no') - (${EVICT} AND x.oldest % 2 = 0),
               win_from = CASE WHEN ${EVICT} THEN x.oldest / 2 + 1 ELSE win_from END,
               score_updated_at = ?2
             FROM (SELECT (${OLDEST_IN_WINDOW}) AS oldest) AS x
             WHERE boards.id = ?1 AND ${w}`,
            boardId,
            now,
            after.verdict,
            before?.answered_at ?? null,
            before?.verdict ?? null,
          )
        : undefined,
      uncount: kind === 'changed' && before ? uncountStatement(db, cond, before) : undefined,
      count: counted
        ? when(
            (w) => `INSERT INTO counts (board_id, dim, block, key, yes, no, days)
             SELECT ?1, g.dim, b.last_at / ${DAY_MS * BLOCK_DAYS}, g.key, ?2 = 'yes', ?2 = 'no',
               json_object(CAST(b.last_at / ${DAY_MS} % ${BLOCK_DAYS} AS TEXT), json_array(?2 = 'yes', ?2 = 'no'))
             FROM boards b, ${GROUPS('?3', '?4')} AS g
             WHERE b.id = ?1 AND g.key IS NOT NULL AND ${w}
             ON CONFLICT (board_id, dim, block, key) DO UPDATE SET
               yes = yes + excluded.yes, no = no + excluded.no,
               days = json_set(days, ${NEW_DAY_PATH}, json_array(
                 COALESCE(json_extract(days, ${NEW_DAY_PATH} || '[0]'), 0) + excluded.yes,
                 COALESCE(json_extract(days, ${NEW_DAY_PATH} || '[1]'), 0) + excluded.no))`,
            boardId,
            after.verdict,
            after.agent,
            after.channel,
          )
        : undefined,
      ...(kind === 'created'
        ? answerAskStatements(db, cond, boardId, input.interaction, after.agent, after.channel, now)
        : {}),
      ...answerTallyStatements(db, cond, boardId, kind, before, after, fu),
      ...extensionOf(extend, plan),
      answer: answerStatement(db, cond, kind, boardId, input.interaction, input, after, now, fu),
    });
    const response = results.answer.results[0] as ResponseRow | undefined;
    // Nothing returned: another write changed this answer (or deleted the board) after it was read.
    return response ? { kind, response, extra: extensionResults(results) } : null;
  });
  return outcome ?? { kind: 'contended' };
}

export type EraseOutcome = 'erased' | 'missing' | 'gone' | 'contended';

/**
 * Erases one answer and its counts (a privacy request). An answer-count window that lost an answer
 * takes back the newest one below its floor. Same read-then-guarded-batch as `recordAnswer`.
 */
export async function eraseAnswer(
  db: D1Database,
  boardId: string,
  interaction: string,
  now: number,
  extend?: Extension<BatchPlan>,
): Promise<EraseOutcome> {
  const today = dayOf(now);
  const outcome = await untilApplied<EraseOutcome>(async () => {
    const read = await readAnswer(db, boardId, interaction);
    if (!read?.live) return 'gone';
    const before = read.row;
    if (!before) return 'missing';
    const cond = unchanged(boardId, interaction, before);
    const when = (sql: (w: string) => string, ...args: unknown[]) => prepareWhen(db, cond, sql, args);
    const plan: BatchPlan = { board: boardId, interaction, before, now, statement: when };
    const { answer } = await batchNamed(db, {
      roll: read.window === 'days' && read.asOfDay < today ? rollStatement(db, boardId, today) : undefined,
      window: when(
        (w) => `UPDATE boards SET
           win_yes = win_yes - (${inWindow('?3')} AND ?4 = 'yes') + (${REFILL} AND x.newest % 2 = 1),
           win_no = win_no - (${inWindow('?3')} AND ?4 = 'no') + (${REFILL} AND x.newest % 2 = 0),
           win_from = CASE WHEN ${REFILL} THEN x.newest / 2 ELSE win_from END,
           score_updated_at = CASE WHEN ${inWindow('?3')} THEN ?2 ELSE score_updated_at END
         FROM (SELECT (${NEWEST_BELOW_WINDOW}) AS newest) AS x
         WHERE boards.id = ?1 AND ${w}`,
        boardId,
        now,
        before.answered_at,
        before.verdict,
      ),
      uncount: uncountStatement(db, cond, before),
      ...eraseAskStatements(db, cond, boardId, interaction, now),
      ...eraseTallyStatements(db, cond, boardId, before),
      ...extensionOf(extend, plan),
      answer: when(
        (w) => `DELETE FROM responses WHERE board_id = ?1 AND interaction = ?2 AND ${w}`,
        boardId,
        interaction,
      ),
    });
    return answer.meta.changes > 0 ? 'erased' : null;
  });
  return outcome ?? 'contended';
}
