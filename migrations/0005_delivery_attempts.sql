-- Holding under faults (issue 16): every attempt of a webhook delivery, a purge that can be seen to
-- stall, and the row /healthz writes to know that answers can be stored.

-- Each HTTP attempt of a delivery (the deliveries log shows them all, not just the last). At most
-- MAX_ATTEMPTS (14) per delivery, since a delivery is never attempted more often; they go with their
-- delivery (cascade: erasure, webhook deletion, the log's pruning) and, slice by slice, with a purge.
CREATE TABLE webhook_attempts (
  delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  -- 1-based, the delivery's `attempts` count when it was made
  attempt INTEGER NOT NULL,
  board_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  -- the receiver's HTTP status, or NULL when none came back (then `error` says why)
  status INTEGER,
  error TEXT,
  duration_ms INTEGER NOT NULL,
  PRIMARY KEY (delivery_id, attempt)
) STRICT, WITHOUT ROWID;

-- a purge removes a board's attempts in slices of neighbouring rows
CREATE INDEX webhook_attempts_by_board ON webhook_attempts (board_id, delivery_id, attempt);

-- When the board's purge last removed rows (NULL: not yet). The Cron Trigger restarts a purge whose
-- board was deleted, or last purged, longer ago than a purge step can take (worker/purge.ts).
ALTER TABLE boards ADD COLUMN purged_at INTEGER;
CREATE INDEX boards_being_purged ON boards (deleted_at) WHERE deleted_at IS NOT NULL;

-- One row that GET /healthz writes: the cheapest proof that the database takes writes now.
CREATE TABLE health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at INTEGER NOT NULL
) STRICT;
