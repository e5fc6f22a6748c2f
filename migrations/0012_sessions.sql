-- The team's page (issue 19 § 1): one-time sign-in links and the sessions they (or a board key) open.
-- Neither table holds a secret: only SHA-256 hashes. Both go with their board (cascade) and the
-- every-minute cron removes rows past their expiry (indexes on expires_at), so they stay small.

-- A link's secret travels only in the URL fragment; `used_by` names the session it opened, which
-- makes the exchange one atomic batch that a second use cannot repeat.
CREATE TABLE sign_in_links (
  hash TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_by TEXT
) STRICT;
CREATE INDEX sign_in_links_by_board ON sign_in_links (board_id);
CREATE INDEX sign_in_links_by_expiry ON sign_in_links (expires_at);

-- A session is a Bearer credential for one board's read/triage routes (`pmsn_<id>_<secret>`).
-- key_id: the board key that opened it (NULL for a link or the admin token); revoking that key ends it.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  hash TEXT NOT NULL,
  scopes TEXT NOT NULL,
  key_id TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  ended_at INTEGER
) STRICT;
CREATE INDEX sessions_by_board ON sessions (board_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
