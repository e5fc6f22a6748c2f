/**
 * Asks (SPEC.md § Concepts: Ask, Response rate): the record that a customer was asked, one per
 * (board, interaction), and the response rate they make. Three places hold what an ask changes:
 * the `asks` row, the day's `tallies` (board, and the ask's agent and channel: stats by period and
 * group), and the board's `asked_n` / `answered_n` (the score's period, so the score stays one row).
 * Every statement reads the asks table as it is inside its own batch (one transaction), so an ask
 * and an answer made at once never both count the same interaction.
 */
import { DAY_MS } from '../lib/time';
import { batchNamed, int, prepareWhen, type Condition } from './batch';
import { Params, tallyStatement } from './tallies';

export type AskSource = 'token' | 'api' | 'widget' | 'connector' | 'answer';

export interface AskInput {
  interaction: string;
  agent?: string | undefined;
  channel?: string | undefined;
}

/** The response rate's period when the window counts answers rather than days. */
export const DEFAULT_PERIOD_DAYS = 30;
const PERIOD = `COALESCE(window_days, ${DEFAULT_PERIOD_DAYS})`;

/**
 * Moves the board's `asked_n` / `answered_n` by the two deltas (SQL, read in the board's row),
 * first recounting them from the day tallies when the day or the period changed since they were
 * counted (the blocks of the period: ≤ 2 rows for 30 days, once a day). Run it before the batch's
 * tally statements, so a recount never sees this batch's own ask. Writes nothing when there is
 * nothing to move.
 */
export function periodStatement(
  db: D1Database | D1DatabaseSession,
  cond: Condition | null,
  q: Params,
  board: string,
  today: number,
  dAsked: string,
  dAnswered: string,
): D1PreparedStatement {
  const B = q.p(board);
  const T = int(q.p(today));
  const P = `(SELECT ${PERIOD} FROM boards WHERE id = ${B})`;
  const stale = `NOT EXISTS (SELECT 1 FROM boards WHERE id = ${B} AND rr_day = ${T} AND rr_days = ${PERIOD})`;
  const sql = (w: string) => `UPDATE boards SET
      asked_n = CASE WHEN s.stale THEN x.asked ELSE asked_n END + (${dAsked}),
      answered_n = CASE WHEN s.stale THEN x.answered ELSE answered_n END + (${dAnswered}),
      rr_day = ${T}, rr_days = ${PERIOD}
    FROM (SELECT ${stale} AS stale) AS s,
      (SELECT COALESCE(SUM(json_extract(d.value, '$[0]')), 0) AS asked, COALESCE(SUM(json_extract(d.value, '$[1]')), 0) AS answered
       FROM tallies t, json_each(t.days) d
       WHERE ${stale} AND t.board_id = ${B} AND t.dim = 'ask' AND t.key = ''
         AND t.block BETWEEN (${T} - ${P} + 1) / 32 AND ${T} / 32
         AND t.block * 32 + CAST(d.key AS INTEGER) BETWEEN ${T} - ${P} + 1 AND ${T}) AS x
    WHERE id = ${B} AND deleted_at IS NULL AND (s.stale OR (${dAsked}) <> 0 OR (${dAnswered}) <> 0) AND ${w}`;
  return cond ? prepareWhen(db as D1Database, cond, sql, q.args) : db.prepare(sql('1')).bind(...q.args);
}

/** A board is live: the condition of statements about asks alone. */
const liveBoard = (board: string): Condition => ({
  sql: (n) => `EXISTS (SELECT 1 FROM boards WHERE id = ?${n} AND deleted_at IS NULL)`,
  args: [board],
});

/**
 * The tally rows an ask adds to: the board's, its agent's, its channel's, and (migration 0011) its
 * agent and channel together both ways round, keyed like `GROUPS` in answer-sql.ts (a null key: no row).
 */
const ASK_GROUPS = (agent: string, channel: string) =>
  `(SELECT 'ask' AS dim, '' AS key UNION ALL SELECT 'ask_agent', ${agent} UNION ALL SELECT 'ask_channel', ${channel}
    UNION ALL SELECT 'ask_agent_channel', (${agent}) || char(31) || (${channel})
    UNION ALL SELECT 'ask_channel_agent', (${channel}) || char(31) || (${agent}))`;

/**
 * Records asks (idempotent per interaction: one already asked, or answered, stays as it is). One
 * batch of three statements for up to 100 asks: the board's period counts, the day's tallies, the
 * rows. Returns the interactions that were new, or null if the board is gone.
 */
export async function recordAsks(
  db: D1Database,
  board: string,
  asks: AskInput[],
  source: AskSource,
  now: number,
): Promise<string[] | null> {
  const seen = new Set<string>();
  const list = asks.filter((a) => !seen.has(a.interaction) && seen.add(a.interaction));
  const json = JSON.stringify(list.map((a) => [a.interaction, a.agent ?? null, a.channel ?? null]));
  const cond = liveBoard(board);
  // The asks of this request not yet stored, as (i, agent, channel).
  const fresh = (
    J: string,
    B: string,
  ) => `(SELECT j.value ->> '$[0]' AS i, j.value ->> '$[1]' AS agent, j.value ->> '$[2]' AS channel
      FROM json_each(${J}) j WHERE NOT EXISTS (SELECT 1 FROM asks WHERE board_id = ${B} AND interaction = j.value ->> '$[0]'))`;

  const pq = new Params();
  const pFresh = fresh(pq.p(json), pq.p(board));
  const period = periodStatement(
    db,
    cond,
    pq,
    board,
    Math.floor(now / DAY_MS),
    `(SELECT COUNT(*) FROM ${pFresh})`,
    '0',
  );

  const tq = new Params();
  const tJ = tq.p(json);
  const tB = tq.p(board);
  const f = fresh(tJ, tB);
  const groups = `(SELECT 'ask' AS dim, '' AS key, COUNT(*) AS n FROM ${f} HAVING COUNT(*) > 0
      UNION ALL SELECT 'ask_agent', agent, COUNT(*) FROM ${f} WHERE agent IS NOT NULL GROUP BY agent
      UNION ALL SELECT 'ask_channel', channel, COUNT(*) FROM ${f} WHERE channel IS NOT NULL GROUP BY channel
      UNION ALL SELECT 'ask_agent_channel', agent || char(31) || channel, COUNT(*) FROM ${f}
        WHERE agent IS NOT NULL AND channel IS NOT NULL GROUP BY agent, channel
      UNION ALL SELECT 'ask_channel_agent', channel || char(31) || agent, COUNT(*) FROM ${f}
        WHERE agent IS NOT NULL AND channel IS NOT NULL GROUP BY agent, channel)`;
  const tally = tallyStatement(
    db,
    cond,
    tq,
    board,
    groups,
    String(Math.floor(now / DAY_MS)),
    [{ suffix: '', add: ['g.n', '0'] }],
    ['g.n', '0'],
  );

  const { rows } = await batchNamed(db, {
    period,
    tally,
    rows: prepareWhen(
      db,
      cond,
      (w) => `INSERT INTO asks (board_id, interaction, asked_at, agent, channel, source)
        SELECT ?1, j.value ->> '$[0]', ?3, j.value ->> '$[1]', j.value ->> '$[2]', ?4 FROM json_each(?2) j WHERE ${w}
        ON CONFLICT (board_id, interaction) DO NOTHING
        RETURNING interaction`,
      [board, json, now, source],
    ),
  });
  const inserted = (rows.results as { interaction: string }[]).map((r) => r.interaction);
  if (
    inserted.length === 0 &&
    !(await db.prepare('SELECT 1 FROM boards WHERE id = ?1 AND deleted_at IS NULL').bind(board).first())
  )
    return null;
  return inserted;
}

/**
 * In a first answer's batch: the answer implies its ask. An interaction already asked becomes
 * answered on the day it was asked; one never asked is asked and answered now (source "answer").
 */
export function answerAskStatements(
  db: D1Database,
  cond: Condition,
  board: string,
  interaction: string,
  agent: string | null,
  channel: string | null,
  now: number,
): Record<string, D1PreparedStatement> {
  const today = Math.floor(now / DAY_MS);
  const askOf = (q: Params) => {
    const B = q.p(board);
    const I = q.p(interaction);
    return (col: string) => `(SELECT ${col} FROM asks WHERE board_id = ${B} AND interaction = ${I})`;
  };
  const pq = new Params();
  const pAsk = askOf(pq);
  const period = periodStatement(
    db,
    cond,
    pq,
    board,
    today,
    `${pAsk('1')} IS NULL`,
    `COALESCE(${int(pAsk('asked_at'))} / ${DAY_MS} > ${int(String(today))} - ${PERIOD}, 1)`,
  );
  const tq = new Params();
  const tAsk = askOf(tq);
  const A = tq.p(agent);
  const C = tq.p(channel);
  const N = tq.p(now);
  const tally = tallyStatement(
    db,
    cond,
    tq,
    board,
    `(SELECT * FROM ${ASK_GROUPS(`CASE WHEN ${tAsk('1')} IS NULL THEN ${A} ELSE ${tAsk('agent')} END`, `CASE WHEN ${tAsk('1')} IS NULL THEN ${C} ELSE ${tAsk('channel')} END`)})`,
    `COALESCE(${tAsk('asked_at')}, ${int(N)}) / ${DAY_MS}`,
    [{ suffix: '', add: [`${tAsk('1')} IS NULL`, '1'] }],
    [`${tAsk('1')} IS NULL`, '1'],
  );
  return {
    'ask period': period,
    'ask tally': tally,
    ask: prepareWhen(
      db,
      cond,
      (w) => `INSERT INTO asks (board_id, interaction, asked_at, agent, channel, source)
        SELECT ?1, ?2, ?3, ?4, ?5, 'answer' WHERE ${w}
        ON CONFLICT (board_id, interaction) DO NOTHING`,
      [board, interaction, now, agent, channel],
    ),
  };
}

/** In an erasure's batch: the ask goes with its answer, and so do its counts. */
export function eraseAskStatements(
  db: D1Database,
  cond: Condition,
  board: string,
  interaction: string,
  now: number,
): Record<string, D1PreparedStatement> {
  const today = Math.floor(now / DAY_MS);
  const pq = new Params();
  const pB = pq.p(board);
  const pI = pq.p(interaction);
  const inPeriod = `COALESCE(${int(`(SELECT asked_at FROM asks WHERE board_id = ${pB} AND interaction = ${pI})`)} / ${DAY_MS} > ${int(String(today))} - ${PERIOD}, 0)`;
  const period = periodStatement(db, cond, pq, board, today, `-${inPeriod}`, `-${inPeriod}`);
  const tq = new Params();
  const tB = tq.p(board);
  const tI = tq.p(interaction);
  const one = `FROM asks WHERE board_id = ${tB} AND interaction = ${tI}`;
  const tally = tallyStatement(
    db,
    cond,
    tq,
    board,
    `(SELECT 'ask' AS dim, '' AS key ${one} UNION ALL SELECT 'ask_agent', agent ${one}
      UNION ALL SELECT 'ask_channel', channel ${one}
      UNION ALL SELECT 'ask_agent_channel', agent || char(31) || channel ${one}
      UNION ALL SELECT 'ask_channel_agent', channel || char(31) || agent ${one})`,
    `(SELECT asked_at ${one}) / ${DAY_MS}`,
    [{ suffix: '', add: ['-1', '-1'] }],
    ['-1', '-1'],
  );
  return {
    'ask period': period,
    'ask tally': tally,
    ask: prepareWhen(db, cond, (w) => `DELETE FROM asks WHERE board_id = ?1 AND interaction = ?2 AND ${w}`, [
      board,
      interaction,
    ]),
  };
}

/**
 * Before the score is read on a new day (or with a new period): recounts the board's `asked_n` /
 * `answered_n` from the day tallies. Returns whether it wrote (then the board row is read again).
 */
export async function refreshPeriod(db: D1Database | D1DatabaseSession, board: string, now: number): Promise<boolean> {
  const res = await periodStatement(db, null, new Params(), board, Math.floor(now / DAY_MS), '0', '0').run();
  return res.meta.changes > 0;
}
