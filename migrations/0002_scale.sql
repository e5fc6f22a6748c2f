-- Migration number: 0002 	 2026-11-25T09:28:39.900Z
--
-- Storage that stays flat as a board grows (issue 10). Times are unix milliseconds (UTC); a day is
-- answered_at / 86400000; a block is 32 consecutive days (day / 32).
--
-- * responses: the order of answers is their answer time, `answered_at`, unique per board (a
--   board's clock never goes back: a new answer takes MAX(now, last_at + 1)). It replaces `seq`,
--   `day` and `in_window`: a date range is an `answered_at` range, so every list page, filtered or
--   not, is an index range; and an answer-count window is "answered_at >= boards.win_from", so
--   moving it writes one boards row instead of flags on answers. One index per list filter.
--   WITHOUT ROWID: the primary key is the table, so a first answer writes 5 rows, not 6.
-- * counts: per board, agent and channel, one row per 32-day block with its total and its days
--   (JSON {"<day % 32>": [yes, no]}). Stats read rows per block and group, never per answer or
--   per day; a first answer updates 3 rows (board, agent, channel).
-- * boards: `last_at` (the newest counted answer), `win_from` (the answer-count window's floor),
--   `deleted_at` (a deleted board is hidden at once; its rows are purged by the PurgeBoard
--   Workflow in slices, and the board row goes last).

CREATE TABLE responses_v2 (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  interaction TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('yes', 'no')),
  comment TEXT,
  agent TEXT,
  channel TEXT,
  locale TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  -- when the counted answer (verdict, agent, channel) was last given; the board's order
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, interaction)
) STRICT, WITHOUT ROWID;

-- Existing answers keep their order: within a day by their old seq, one millisecond apart.
INSERT INTO responses_v2 (board_id, interaction, verdict, comment, agent, channel, locale, created_at, updated_at, answered_at)
SELECT board_id, interaction, verdict, comment, agent, channel, locale, created_at, updated_at,
  day * 86400000 + ROW_NUMBER() OVER (PARTITION BY board_id, day ORDER BY seq) - 1
FROM responses;

ALTER TABLE boards ADD COLUMN last_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE boards ADD COLUMN win_from INTEGER NOT NULL DEFAULT 0;
ALTER TABLE boards ADD COLUMN deleted_at INTEGER;

UPDATE boards SET last_at = COALESCE((SELECT MAX(answered_at) FROM responses_v2 WHERE board_id = boards.id), 0);
UPDATE boards SET win_from = COALESCE(
  (SELECT MIN(n.answered_at) FROM responses_v2 n
   JOIN responses o ON o.board_id = n.board_id AND o.interaction = n.interaction
   WHERE n.board_id = boards.id AND o.in_window = 1),
  last_at + 1);

ALTER TABLE boards DROP COLUMN next_seq;

DROP TABLE responses;
ALTER TABLE responses_v2 RENAME TO responses;

CREATE UNIQUE INDEX responses_by_time ON responses (board_id, answered_at);
CREATE INDEX responses_by_verdict ON responses (board_id, verdict, answered_at);
CREATE INDEX responses_by_agent ON responses (board_id, agent, answered_at) WHERE agent IS NOT NULL;
CREATE INDEX responses_by_channel ON responses (board_id, channel, answered_at) WHERE channel IS NOT NULL;

CREATE TABLE counts (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  dim TEXT NOT NULL CHECK (dim IN ('board', 'agent', 'channel')),
  block INTEGER NOT NULL,
  -- the agent or channel; '' for the whole board
  key TEXT NOT NULL,
  yes INTEGER NOT NULL DEFAULT 0,
  no INTEGER NOT NULL DEFAULT 0,
  days TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (board_id, dim, block, key)
) STRICT, WITHOUT ROWID;

INSERT INTO counts (board_id, dim, block, key, yes, no, days)
SELECT board_id, dim, day / 32, key, SUM(yes), SUM(no), json_group_object(CAST(day % 32 AS TEXT), json_array(yes, no))
FROM (
  SELECT board_id, 'board' AS dim, '' AS key, answered_at / 86400000 AS day,
    SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no
  FROM responses GROUP BY board_id, answered_at / 86400000
  UNION ALL
  SELECT board_id, 'agent', agent, answered_at / 86400000, SUM(verdict = 'yes'), SUM(verdict = 'no')
  FROM responses WHERE agent IS NOT NULL GROUP BY board_id, agent, answered_at / 86400000
  UNION ALL
  SELECT board_id, 'channel', channel, answered_at / 86400000, SUM(verdict = 'yes'), SUM(verdict = 'no')
  FROM responses WHERE channel IS NOT NULL GROUP BY board_id, channel, answered_at / 86400000
)
GROUP BY board_id, dim, key, day / 32;

DROP TABLE daily_groups;
DROP TABLE daily;
