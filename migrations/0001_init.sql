-- Pandameter schema. Times are unix milliseconds (UTC); days are whole days since 1970-01-01 (UTC).
--
-- The score of a board lives in its own `boards` row (win_yes / win_no), kept current by every
-- write, so GET /score reads exactly one row however long the history. Raw answers stay in
-- `responses`; `daily` and `daily_groups` hold per-day counts so stats cost rows per day, not
-- per answer. Every write changes the raw row and its aggregates in one D1 batch (a transaction).

CREATE TABLE boards (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- exactly one of window_n (last N answers) and window_days (last D days) is set
  window_n INTEGER,
  window_days INTEGER,
  require_token INTEGER NOT NULL DEFAULT 1,
  allowed_origins TEXT NOT NULL DEFAULT '[]',
  secret TEXT NOT NULL,
  prev_secret TEXT,
  prev_secret_until INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  -- the live score of the window, maintained by writes
  win_yes INTEGER NOT NULL DEFAULT 0,
  win_no INTEGER NOT NULL DEFAULT 0,
  -- for day windows: the day the window counts were last rolled to
  as_of_day INTEGER NOT NULL DEFAULT 0,
  -- answer order within the board; the next answer takes this number
  next_seq INTEGER NOT NULL DEFAULT 1,
  score_updated_at INTEGER,
  CHECK ((window_n IS NULL) <> (window_days IS NULL))
) STRICT;

CREATE TABLE responses (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  interaction TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('yes', 'no')),
  comment TEXT,
  agent TEXT,
  channel TEXT,
  locale TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  -- when the counted answer (verdict, agent, channel) was last given: order and day
  seq INTEGER NOT NULL,
  day INTEGER NOT NULL,
  -- for answer-count windows: 1 while among the board's last N answers (2 = moving, inside a batch)
  in_window INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (board_id, interaction)
) STRICT;

CREATE UNIQUE INDEX responses_by_seq ON responses (board_id, seq);
CREATE INDEX responses_window ON responses (board_id, in_window, seq);

CREATE TABLE daily (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  yes INTEGER NOT NULL DEFAULT 0,
  no INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (board_id, day)
) STRICT;

CREATE TABLE daily_groups (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  dim TEXT NOT NULL CHECK (dim IN ('agent', 'channel')),
  day INTEGER NOT NULL,
  key TEXT NOT NULL,
  yes INTEGER NOT NULL DEFAULT 0,
  no INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (board_id, dim, day, key)
) STRICT;

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  -- SHA-256 of the key's secret part, hex; the key itself is shown once
  hash TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
) STRICT;

CREATE INDEX api_keys_by_board ON api_keys (board_id);
