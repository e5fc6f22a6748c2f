/**
 * The SQL pieces of an answer's batch (worker/db/answers.ts): the window's arithmetic, the count
 * rows an answer touches, and the answer row itself.
 */
import { BLOCK_DAYS, DAY_MS, dayOf } from '../lib/time';
import { int, prepareWhen, type Condition } from './batch';
import { WINDOW_FLOOR } from './boards';
import { dayPath } from './counts';
import type { AnswerInput, AnswerKind, AnswerState, ResponseRow } from './answers';
import type { FollowUpChange } from './follow-up';

/** Whether the answer given at SQL time `t` counts in the board's window (in an UPDATE of boards). */
export const inWindow = (t: string) =>
  `COALESCE(CASE WHEN window_n IS NOT NULL THEN ${t} >= win_from ELSE ${int(t)} / ${DAY_MS} > as_of_day - window_days END, 0)`;

/**
 * The count rows an answer adds to: the board's, its agent's, its channel's, and (migration 0011) its
 * agent and channel together, both ways round (`agent` char(31) `channel`, and the reverse: the
 * channels of one agent and the agents of one channel are one key range). A null key is no row.
 */
export const GROUPS = (agent: string, channel: string) =>
  `(SELECT 'board' AS dim, '' AS key UNION ALL SELECT 'agent', ${agent} UNION ALL SELECT 'channel', ${channel}
    UNION ALL SELECT 'agent_channel', ${agent} || char(31) || ${channel}
    UNION ALL SELECT 'channel_agent', ${channel} || char(31) || ${agent})`;

/**
 * What a changed or an erased answer shares: its old day and groups lose one. Up to five
 * primary-key lookups (joined with GROUPS, not an OR, which would scan every count row of the board).
 */
export function uncountStatement(db: D1Database, cond: Condition, r: ResponseRow): D1PreparedStatement {
  const day = dayOf(r.answered_at);
  return prepareWhen(
    db,
    cond,
    (when) =>
      `UPDATE counts SET yes = yes - (?4 = 'yes'), no = no - (?4 = 'no'),
         days = json_set(days, ?3, json_array(json_extract(days, ?3 || '[0]') - (?4 = 'yes'), json_extract(days, ?3 || '[1]') - (?4 = 'no')))
       FROM ${GROUPS('?5', '?6')} AS g
       WHERE counts.board_id = ?1 AND counts.dim = g.dim AND counts.block = ?2 AND counts.key = g.key AND ${when}`,
    [r.board_id, Math.floor(day / BLOCK_DAYS), dayPath(day), r.verdict, r.agent, r.channel],
  );
}

/** The path of the newest answer's day in a block's JSON, from the time the batch just gave it. */
export const NEW_DAY_PATH = `'$."' || ((SELECT last_at FROM boards WHERE id = ?1) / ${DAY_MS} % ${BLOCK_DAYS}) || '"'`;

/** An answer-count window holds one answer too many (the newest just came in): the oldest leaves. */
export const EVICT = `(window_n IS NOT NULL AND win_yes + win_no - ${inWindow('?4')} + 1 > window_n AND x.oldest IS NOT NULL)`;

/** The oldest answer in an answer-count window, packed as answered_at * 2 + (verdict = 'yes'). */
export const OLDEST_IN_WINDOW = `SELECT answered_at * 2 + (verdict = 'yes') FROM responses
  WHERE board_id = ?1 AND answered_at >= ${WINDOW_FLOOR}
  ORDER BY answered_at LIMIT 1`;

/**
 * The answer row itself, written last; it returns the stored row, or nothing if the batch did not
 * apply. A comment or locale left out keeps what is stored at that moment, so an update that races
 * a comment never writes back an older one.
 */
export function answerStatement(
  db: D1Database,
  cond: Condition,
  kind: AnswerKind,
  board: string,
  interaction: string,
  input: AnswerInput,
  a: AnswerState,
  now: number,
  fu: FollowUpChange | null,
): D1PreparedStatement {
  const reasons = a.reasons ? JSON.stringify(a.reasons) : null;
  if (kind === 'created') {
    return prepareWhen(
      db,
      cond,
      (
        w,
      ) => `INSERT INTO responses (board_id, interaction, verdict, comment, agent, channel, locale, created_at, updated_at,
          answered_at, reasons, fu_status, fu_updated_at, fu_since)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, last_at, ?9, ?10, ?11, CASE WHEN ?10 IS NULL THEN NULL ELSE last_at END
        FROM boards WHERE id = ?1 AND ${w}
        RETURNING *`,
      [
        board,
        interaction,
        a.verdict,
        a.comment,
        a.agent,
        a.channel,
        a.locale,
        now,
        reasons,
        fu?.status ?? null,
        fu?.updatedAt ?? null,
      ],
    );
  }
  // A follow-up moved by the customer's change (SPEC: a "yes" resolves it, a "no" opens it again).
  const followUp = fu
    ? `fu_status = ?11, fu_by = ?12, fu_updated_at = ?13, fu_since = COALESCE(fu_since, (SELECT last_at FROM boards WHERE id = ?1)), `
    : '';
  // A comment or locale update sets nothing indexed: re-setting verdict, agent or channel, even to
  // the same values, would rewrite their index entries (3 rows written instead of 1).
  const counted =
    kind === 'changed'
      ? 'verdict = ?3, agent = ?4, channel = ?5, answered_at = (SELECT last_at FROM boards WHERE id = ?1), '
      : '';
  return prepareWhen(
    db,
    cond,
    (w) => `UPDATE responses SET ${counted}${followUp}updated_at = ?6,
        comment = CASE WHEN ?7 THEN ?8 ELSE comment END, locale = COALESCE(?9, locale), reasons = ?10
      WHERE board_id = ?1 AND interaction = ?2 AND ${w}
      RETURNING *`,
    [
      board,
      interaction,
      a.verdict,
      a.agent,
      a.channel,
      now,
      input.comment !== undefined ? 1 : 0,
      a.comment,
      input.locale ?? null,
      reasons,
      fu?.status ?? null,
      fu?.by ?? null,
      fu?.updatedAt ?? null,
    ],
  );
}

/** An answer-count window lost one of its answers: the newest answer below it comes back in. */
export const REFILL = `(window_n IS NOT NULL AND ${inWindow('?3')} AND x.newest IS NOT NULL)`;

/** The newest answer below an answer-count window's floor, packed like OLDEST_IN_WINDOW. */
export const NEWEST_BELOW_WINDOW = `SELECT answered_at * 2 + (verdict = 'yes') FROM responses
  WHERE board_id = ?1 AND answered_at < ${WINDOW_FLOOR}
  ORDER BY answered_at DESC LIMIT 1`;
