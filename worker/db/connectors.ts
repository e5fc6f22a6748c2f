/**
 * Helpdesk connectors (migration 0009): one per (board, helpdesk), its secret (kept as it is, like
 * a board's signing secret, because an HMAC is checked with the secret itself), the previous secret
 * for a while after a rotation, and the counts of what it received.
 */
import { HELPDESKS, type Helpdesk } from '../connectors/types';
import { batchNamed } from './batch';
import { liveBoardStatement, toBoard, type Board, type BoardRow } from './boards';

export interface ConnectorRow {
  board_id: string;
  helpdesk: Helpdesk;
  id: string;
  secret: string;
  prev_secret: string | null;
  prev_secret_until: number | null;
  accepted: number;
  ignored: number;
  last_ignored_reason: string | null;
  last_event_at: number | null;
  created_at: number;
}

const COLUMNS = `board_id, helpdesk, id, secret, prev_secret, prev_secret_until, accepted, ignored,
  last_ignored_reason, last_event_at, created_at`;

/**
 * A new connector for a live board, or null when the board already has one for this helpdesk (the
 * team rotates or deletes that one: two secrets for one helpdesk would be two doors to watch).
 */
export async function insertConnector(
  db: D1Database,
  c: Pick<ConnectorRow, 'board_id' | 'helpdesk' | 'id' | 'secret' | 'created_at'>,
): Promise<ConnectorRow | null> {
  return db
    .prepare(
      `INSERT INTO connectors (board_id, helpdesk, id, secret, created_at)
       SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM boards WHERE id = ?1 AND deleted_at IS NULL)
       ON CONFLICT (board_id, helpdesk) DO NOTHING
       RETURNING ${COLUMNS}`,
    )
    .bind(c.board_id, c.helpdesk, c.id, c.secret, c.created_at)
    .first<ConnectorRow>();
}

/** A board's connectors, by helpdesk: at most one per helpdesk, so at most six rows. */
export async function listConnectors(db: D1Database, board: string): Promise<ConnectorRow[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM connectors WHERE board_id = ?1 ORDER BY helpdesk LIMIT ?2`)
    .bind(board, HELPDESKS.length)
    .all<ConnectorRow>();
  return results;
}

/** Deletes connector `id` of `board`; false when there is no such connector. */
export async function deleteConnector(db: D1Database, board: string, id: string): Promise<boolean> {
  const res = await db.prepare('DELETE FROM connectors WHERE board_id = ?1 AND id = ?2').bind(board, id).run();
  return res.meta.changes > 0;
}

/**
 * A new secret in; the current one keeps verifying until `prevUntil`, so the helpdesk's requests
 * still in flight (or its retries) are not refused while the team pastes the new one.
 */
export async function rotateConnectorSecret(
  db: D1Database,
  board: string,
  id: string,
  secret: string,
  prevUntil: number,
): Promise<ConnectorRow | null> {
  return db
    .prepare(
      `UPDATE connectors SET prev_secret = secret, prev_secret_until = ?4, secret = ?3
       WHERE board_id = ?1 AND id = ?2 AND EXISTS (SELECT 1 FROM boards WHERE id = ?1 AND deleted_at IS NULL)
       RETURNING ${COLUMNS}`,
    )
    .bind(board, id, secret, prevUntil)
    .first<ConnectorRow>();
}

/**
 * What a helpdesk's request needs before anything else: the live board and its connector for this
 * helpdesk, read in one batch (two rows at most). Null board: no such board; null connector: the
 * board has none for this helpdesk.
 */
export async function connectorTarget(
  db: D1Database,
  board: string,
  helpdesk: Helpdesk,
): Promise<{ board: Board | null; connector: ConnectorRow | null }> {
  const { live, connector } = await batchNamed(db, {
    live: liveBoardStatement(db, board),
    connector: db
      .prepare(`SELECT ${COLUMNS} FROM connectors WHERE board_id = ?1 AND helpdesk = ?2`)
      .bind(board, helpdesk),
  });
  const row = live.results[0] as BoardRow | undefined;
  return { board: row ? toBoard(row) : null, connector: (connector.results[0] as ConnectorRow | undefined) ?? null };
}

/**
 * Counts one verified request on its connector: recorded (an ask or an answer), or acknowledged and
 * ignored, with why. One row written.
 */
export async function countEvent(
  db: D1Database,
  board: string,
  helpdesk: Helpdesk,
  outcome: { accepted: number; ignored: number; reason: string | null },
  now: number,
): Promise<void> {
  await db
    .prepare(
      `UPDATE connectors SET accepted = accepted + ?3, ignored = ignored + ?4,
         last_ignored_reason = COALESCE(?5, last_ignored_reason), last_event_at = ?6
       WHERE board_id = ?1 AND helpdesk = ?2`,
    )
    .bind(board, helpdesk, outcome.accepted, outcome.ignored, outcome.reason, now)
    .run();
}
