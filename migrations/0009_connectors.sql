-- Helpdesk connectors (SPEC.md § Private: connectors; issue 20): one per (board, helpdesk), the
-- secret that checks the helpdesk's signature, and what the connector has seen, so a team can tell
-- "nothing arrives" from "everything arrives and is ignored" without reading logs.

CREATE TABLE connectors (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  helpdesk TEXT NOT NULL CHECK (helpdesk IN ('zendesk', 'helpscout', 'intercom', 'front', 'freshdesk', 'hubspot')),
  -- con_<12 a-z0-9>: how the admin API names it (delete, rotate)
  id TEXT NOT NULL UNIQUE,
  -- stored as it is, like boards.secret: an HMAC is checked with the secret itself; shown once
  secret TEXT NOT NULL,
  -- after a rotation the previous secret still verifies until prev_secret_until (unix ms)
  prev_secret TEXT,
  prev_secret_until INTEGER,
  -- verified requests: recorded (an ask or an answer), or acknowledged and ignored (and why, the last time)
  accepted INTEGER NOT NULL DEFAULT 0,
  ignored INTEGER NOT NULL DEFAULT 0,
  last_ignored_reason TEXT,
  last_event_at INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, helpdesk)
) STRICT, WITHOUT ROWID;

-- How a helpdesk's middle rating (Help Scout "Okay", Intercom 3, Freshdesk "Neutral") counts on this
-- board: not at all (the default), as a yes, or as a no.
ALTER TABLE boards ADD COLUMN middle_rating TEXT NOT NULL DEFAULT 'ignore' CHECK (middle_rating IN ('ignore', 'yes', 'no'));
