-- Webhooks: a board's subscriptions, and one row per event to deliver (the outbox and the delivery log).
--
-- An answer's events are written in the same D1 batch as the answer (worker/webhooks/outbox.ts), so an
-- answer the API acknowledged always has its rows; the worker hands them to a Cloudflare Queue and
-- records each HTTP attempt here. Deleting a webhook deletes its deliveries (ON DELETE CASCADE), so
-- nothing more is sent to it; erasing an answer deletes the deliveries about it.

CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  -- the subscribed event types, comma-separated
  events TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('standard', 'slack')),
  -- whsec_<base64>: needed in clear to sign each delivery; shown once on creation
  secret TEXT NOT NULL,
  -- the worker's public origin when the webhook was made, for links in messages (the scoreboard)
  site TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX webhooks_by_board ON webhooks (board_id);

CREATE TABLE webhook_deliveries (
  -- msg_<hex>: the webhook-id header, the same on every attempt
  id TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  board_id TEXT NOT NULL,
  interaction TEXT NOT NULL,
  event TEXT NOT NULL,
  -- the answer as stored by the write that made the event: {verdict, comment, agent, channel, locale}
  data TEXT NOT NULL,
  -- when the answer was written (answered_at, and the event's timestamp)
  created_at INTEGER NOT NULL,
  -- pending: written, not yet handed to the queue; queued: in the queue (first try or a retry);
  -- delivered: a 2xx came back; dead: every attempt failed, moved to the dead-letter queue
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'queued', 'delivered', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- when the next attempt is due (queued rows); NULL once nothing more will be tried
  next_attempt_at INTEGER,
  -- an attempt is in flight until then: a duplicate queue message meanwhile does not send twice
  lease_until INTEGER,
  last_attempt_at INTEGER,
  last_status INTEGER,
  last_error TEXT,
  last_duration_ms INTEGER,
  delivered_at INTEGER
) STRICT, WITHOUT ROWID;

-- the delivery log of one webhook, newest first
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at);
-- the outbox (pending), overdue retries (queued) and old rows to prune (delivered, dead)
CREATE INDEX webhook_deliveries_by_state ON webhook_deliveries (state, created_at);
-- erasing an answer removes what would be said about it
CREATE INDEX webhook_deliveries_by_answer ON webhook_deliveries (board_id, interaction);
