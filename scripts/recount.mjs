/**
 * Every aggregate the worker keeps for one board, recomputed in SQL from its raw answers: the
 * per-block counts, the board's clock (`last_at`), its window floor and window counts. What
 * worker/db/answers.ts would have left behind had every answer gone through the API — so rows stored
 * straight into D1 (the demo seed, the scale bench, tests with 100,000 answers) equal a recount by
 * construction. Statements use ?1 = board id and ?2 = today (whole UTC days since 1970-01-01).
 */

const DAY_MS = 86_400_000;
const BLOCK_DAYS = 32;

const inWindow = (r) =>
  `CASE WHEN boards.window_n IS NOT NULL THEN ${r}.answered_at >= boards.win_from
        ELSE ${r}.answered_at / ${DAY_MS} > boards.as_of_day - boards.window_days END`;

const PERIOD = 'COALESCE(window_days, 30)';

/** A tally's dims for the board (key '') and for the answer's agent and channel (`r`). */
const GROUP_DIMS = (dim) =>
  `(SELECT '${dim}' AS dim, 0 AS g UNION ALL SELECT '${dim}_agent', 1 UNION ALL SELECT '${dim}_channel', 2)`;
// (in WHERE, written out: a bare `key` there would name json_each's own column)
const GROUP_KEY = "(CASE g.g WHEN 0 THEN '' WHEN 1 THEN r.agent ELSE r.channel END)";

/** Asks, reasons and follow-ups (migration 0006): every answer implies its ask; tallies by day; the period counts. */
export const LOOP_SQL = [
  `INSERT INTO asks (board_id, interaction, asked_at, agent, channel, source)
   SELECT board_id, interaction, created_at, agent, channel, 'answer' FROM responses WHERE board_id = ?1
   ON CONFLICT (board_id, interaction) DO NOTHING`,
  // a "no" stored without its follow-up gets the one the API gives a new "no"
  `UPDATE responses SET fu_status = 'open', fu_updated_at = updated_at, fu_since = answered_at
   WHERE board_id = ?1 AND verdict = 'no' AND fu_status IS NULL`,
  'DELETE FROM tallies WHERE board_id = ?1',
  `INSERT INTO tallies (board_id, dim, block, key, days, asked, answered)
   SELECT ?1, dim, day / ${BLOCK_DAYS}, key, json_group_object(CAST(day % ${BLOCK_DAYS} AS TEXT), json_array(asked, answered)),
     SUM(asked), SUM(answered)
   FROM (
     SELECT d.dim, CASE d.dim WHEN 'ask' THEN '' WHEN 'ask_agent' THEN x.agent WHEN 'ask_channel' THEN x.channel
         WHEN 'ask_agent_channel' THEN x.agent || char(31) || x.channel ELSE x.channel || char(31) || x.agent END AS key, x.day,
       COUNT(*) AS asked, COUNT(x.answered) AS answered
     FROM (SELECT a.asked_at / ${DAY_MS} AS day, a.agent, a.channel, r.interaction AS answered
           FROM asks a LEFT JOIN responses r ON r.board_id = a.board_id AND r.interaction = a.interaction
           WHERE a.board_id = ?1) x,
       (SELECT 'ask' AS dim UNION ALL SELECT 'ask_agent' UNION ALL SELECT 'ask_channel'
        UNION ALL SELECT 'ask_agent_channel' UNION ALL SELECT 'ask_channel_agent') d
     WHERE key IS NOT NULL GROUP BY d.dim, key, x.day)
   GROUP BY dim, key, day / ${BLOCK_DAYS}`,
  // reasons and follow-ups of the board (key '') and of each agent and channel (migration 0011)
  `INSERT INTO tallies (board_id, dim, block, key, days)
   SELECT ?1, dim, day / ${BLOCK_DAYS}, key, json_group_object(CAST(day % ${BLOCK_DAYS} AS TEXT) || ':' || id, json_array(n))
   FROM (SELECT g.dim, ${GROUP_KEY} AS key, r.answered_at / ${DAY_MS} AS day, j.value AS id, COUNT(*) AS n
         FROM responses r, json_each(r.reasons) j, ${GROUP_DIMS('reason')} g
         WHERE r.board_id = ?1 AND r.reasons IS NOT NULL AND ${GROUP_KEY} IS NOT NULL GROUP BY 1, 2, 3, 4)
   GROUP BY dim, key, day / ${BLOCK_DAYS}`,
  `INSERT INTO tallies (board_id, dim, block, key, days)
   SELECT ?1, dim, day / ${BLOCK_DAYS}, key, json_group_object(k, json(v))
   FROM (
     SELECT dim, key, day, CAST(day % ${BLOCK_DAYS} AS TEXT) AS k,
       json_array(SUM(fu_status = 'open'), SUM(fu_status = 'contacted'), SUM(fu_status = 'resolved'), SUM(fu_status = 'dismissed')) AS v
     FROM (SELECT g.dim, ${GROUP_KEY} AS key, r.fu_since / ${DAY_MS} AS day, r.fu_status
           FROM responses r, ${GROUP_DIMS('follow_up')} g
           WHERE r.board_id = ?1 AND r.fu_status IS NOT NULL AND ${GROUP_KEY} IS NOT NULL)
     GROUP BY 1, 2, 3
     UNION ALL
     SELECT dim, key, day, k, json_array(COUNT(*)) FROM (
       SELECT g.dim, ${GROUP_KEY} AS key, r.fu_since / ${DAY_MS} AS day,
         CAST(r.fu_since / ${DAY_MS} % ${BLOCK_DAYS} AS TEXT) || 'h' || MIN(720, MAX(0, (r.fu_first_contact_at - r.fu_since) / 3600000)) AS k
       FROM responses r, ${GROUP_DIMS('follow_up')} g
       WHERE r.board_id = ?1 AND r.fu_status IS NOT NULL AND r.fu_first_contact_at IS NOT NULL AND ${GROUP_KEY} IS NOT NULL)
     GROUP BY 1, 2, 3, 4)
   GROUP BY dim, key, day / ${BLOCK_DAYS}`,
  `UPDATE boards SET rr_day = ?2, rr_days = ${PERIOD},
     asked_n = (SELECT COUNT(*) FROM asks a WHERE a.board_id = ?1 AND a.asked_at / ${DAY_MS} > ?2 - ${PERIOD}),
     answered_n = (SELECT COUNT(*) FROM asks a JOIN responses r ON r.board_id = a.board_id AND r.interaction = a.interaction
                   WHERE a.board_id = ?1 AND a.asked_at / ${DAY_MS} > ?2 - ${PERIOD})
   WHERE id = ?1`,
];

export const RECOUNT_SQL = [
  'DELETE FROM counts WHERE board_id = ?1',
  `INSERT INTO counts (board_id, dim, block, key, yes, no, days)
   SELECT board_id, dim, day / ${BLOCK_DAYS}, key, SUM(yes), SUM(no),
     json_group_object(CAST(day % ${BLOCK_DAYS} AS TEXT), json_array(yes, no))
   FROM (
     SELECT board_id, 'board' AS dim, '' AS key, answered_at / ${DAY_MS} AS day,
       SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no
     FROM responses WHERE board_id = ?1 GROUP BY answered_at / ${DAY_MS}
     UNION ALL
     SELECT board_id, 'agent', agent, answered_at / ${DAY_MS}, SUM(verdict = 'yes'), SUM(verdict = 'no')
     FROM responses WHERE board_id = ?1 AND agent IS NOT NULL GROUP BY agent, answered_at / ${DAY_MS}
     UNION ALL
     SELECT board_id, 'channel', channel, answered_at / ${DAY_MS}, SUM(verdict = 'yes'), SUM(verdict = 'no')
     FROM responses WHERE board_id = ?1 AND channel IS NOT NULL GROUP BY channel, answered_at / ${DAY_MS}
     UNION ALL
     SELECT board_id, 'agent_channel', agent || char(31) || channel, answered_at / ${DAY_MS}, SUM(verdict = 'yes'), SUM(verdict = 'no')
     FROM responses WHERE board_id = ?1 AND agent IS NOT NULL AND channel IS NOT NULL GROUP BY agent, channel, answered_at / ${DAY_MS}
     UNION ALL
     SELECT board_id, 'channel_agent', channel || char(31) || agent, answered_at / ${DAY_MS}, SUM(verdict = 'yes'), SUM(verdict = 'no')
     FROM responses WHERE board_id = ?1 AND agent IS NOT NULL AND channel IS NOT NULL GROUP BY agent, channel, answered_at / ${DAY_MS}
   )
   GROUP BY dim, key, day / ${BLOCK_DAYS}`,
  `UPDATE boards SET last_at = COALESCE((SELECT MAX(answered_at) FROM responses WHERE board_id = ?1), 0), as_of_day = ?2
   WHERE id = ?1`,
  // the newest N answers are the window; fewer than N: all of them (a day window has no floor)
  `UPDATE boards SET win_from = CASE WHEN window_n IS NULL THEN last_at + 1 ELSE COALESCE(
     (SELECT answered_at FROM responses WHERE board_id = ?1 ORDER BY answered_at DESC
      LIMIT 1 OFFSET (SELECT COALESCE(window_n, 1) FROM boards WHERE id = ?1) - 1),
     (SELECT MIN(answered_at) FROM responses WHERE board_id = ?1),
     last_at + 1) END
   WHERE id = ?1`,
  `UPDATE boards SET
     win_yes = (SELECT COUNT(*) FROM responses r WHERE r.board_id = ?1 AND r.verdict = 'yes' AND ${inWindow('r')}),
     win_no = (SELECT COUNT(*) FROM responses r WHERE r.board_id = ?1 AND r.verdict = 'no' AND ${inWindow('r')}),
     score_updated_at = CASE WHEN last_at > 0 THEN last_at END
   WHERE id = ?1`,
  ...LOOP_SQL,
];

/** The statements with the parameters each one names (D1 wants exactly those). */
export function recountStatements(board, today) {
  return RECOUNT_SQL.map((sql) => ({ sql, args: sql.includes('?2') ? [board, today] : [board] }));
}

/** The same as one SQL script with the values written in, for `wrangler d1 execute --file`. */
export function recountScript(board, today) {
  if (!/^[a-z0-9-]+$/.test(board)) throw new Error(`not a board id: ${board}`);
  return RECOUNT_SQL.map((sql) => `${sql.replaceAll('?1', `'${board}'`).replaceAll('?2', String(today))};`).join('\n');
}
