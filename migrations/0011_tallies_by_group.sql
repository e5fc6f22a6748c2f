-- Stats filtered by agent or channel (issue 19, the team page): the reason and follow-up tallies of
-- 0006 gain one row per agent and per channel, as the asks have (dims ask_agent, ask_channel):
--   dims reason_agent, reason_channel (key = the agent or channel of the answer): entries as reason
--   dims follow_up_agent, follow_up_channel (the same keys): entries as follow_up
--   dims ask_agent_channel, ask_channel_agent (key = agent, char 31, channel, and the reverse; as
--   the agent_channel counts below): entries and block totals as ask_agent
-- A write adds to them in the same upsert as to the row of the board, so an answer with an agent and
-- a channel writes 2 more tally rows for its reasons and 2 for its follow-up, and 2 more per ask.
--
-- SQLite cannot widen a CHECK in place: the table is rebuilt (it holds one row per block and key, not
-- one per answer). The version still running writes the old dims only, which the new table accepts.
CREATE TABLE tallies_new (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  dim TEXT NOT NULL CHECK (dim IN ('ask', 'ask_agent', 'ask_channel', 'ask_agent_channel', 'ask_channel_agent',
    'reason', 'reason_agent', 'reason_channel', 'follow_up', 'follow_up_agent', 'follow_up_channel')),
  block INTEGER NOT NULL,
  key TEXT NOT NULL,
  days TEXT NOT NULL DEFAULT '{}',
  asked INTEGER NOT NULL DEFAULT 0,
  answered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (board_id, dim, block, key)
) STRICT, WITHOUT ROWID;
INSERT INTO tallies_new SELECT board_id, dim, block, key, days, asked, answered FROM tallies;
DROP TABLE tallies;
ALTER TABLE tallies_new RENAME TO tallies;

-- The answers stored before this migration: their reasons and follow-ups per agent and channel, from
-- the stored rows (the same SQL as scripts/recount.mjs, for every board at once). The test of the key
-- is written out in WHERE: a bare key there would name the key column of json_each.
INSERT INTO tallies (board_id, dim, block, key, days)
SELECT board_id, dim, day / 32, key, json_group_object(CAST(day % 32 AS TEXT) || ':' || id, json_array(n))
FROM (
  SELECT r.board_id, 'reason_' || g.dim AS dim, CASE g.dim WHEN 'agent' THEN r.agent ELSE r.channel END AS key,
    r.answered_at / 86400000 AS day, j.value AS id, COUNT(*) AS n
  FROM responses r, json_each(r.reasons) j, (SELECT 'agent' AS dim UNION ALL SELECT 'channel') g
  WHERE r.reasons IS NOT NULL AND (CASE g.dim WHEN 'agent' THEN r.agent ELSE r.channel END) IS NOT NULL GROUP BY 1, 2, 3, 4, 5)
GROUP BY board_id, dim, key, day / 32;

INSERT INTO tallies (board_id, dim, block, key, days)
SELECT board_id, dim, day / 32, key, json_group_object(k, json(v))
FROM (
  SELECT board_id, dim, key, day, CAST(day % 32 AS TEXT) AS k,
    json_array(SUM(fu_status = 'open'), SUM(fu_status = 'contacted'), SUM(fu_status = 'resolved'), SUM(fu_status = 'dismissed')) AS v
  FROM (SELECT r.board_id, 'follow_up_' || g.dim AS dim, CASE g.dim WHEN 'agent' THEN r.agent ELSE r.channel END AS key,
          r.fu_since / 86400000 AS day, r.fu_status
        FROM responses r, (SELECT 'agent' AS dim UNION ALL SELECT 'channel') g
        WHERE r.fu_status IS NOT NULL AND (CASE g.dim WHEN 'agent' THEN r.agent ELSE r.channel END) IS NOT NULL)
  GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT board_id, dim, key, day, k, json_array(COUNT(*)) FROM (
    SELECT r.board_id, 'follow_up_' || g.dim AS dim, CASE g.dim WHEN 'agent' THEN r.agent ELSE r.channel END AS key,
      r.fu_since / 86400000 AS day,
      CAST(r.fu_since / 86400000 % 32 AS TEXT) || 'h' || MIN(720, MAX(0, (r.fu_first_contact_at - r.fu_since) / 3600000)) AS k
    FROM responses r, (SELECT 'agent' AS dim UNION ALL SELECT 'channel') g
    WHERE r.fu_status IS NOT NULL AND r.fu_first_contact_at IS NOT NULL AND (CASE g.dim WHEN 'agent' THEN r.agent ELSE r.channel END) IS NOT NULL)
  GROUP BY 1, 2, 3, 4, 5)
GROUP BY board_id, dim, key, day / 32;

-- The asks with both an agent and a channel, by the day they were made (as 0006 did for ask_agent).
INSERT INTO tallies (board_id, dim, block, key, days, asked, answered)
SELECT board_id, dim, day / 32, key, json_group_object(CAST(day % 32 AS TEXT), json_array(asked, answered)),
  SUM(asked), SUM(answered)
FROM (
  SELECT x.board_id, d.dim,
    CASE d.dim WHEN 'ask_agent_channel' THEN x.agent || char(31) || x.channel ELSE x.channel || char(31) || x.agent END AS key,
    x.day, COUNT(*) AS asked, COUNT(x.answered) AS answered
  FROM (SELECT a.board_id, a.asked_at / 86400000 AS day, a.agent, a.channel, r.interaction AS answered
        FROM asks a LEFT JOIN responses r ON r.board_id = a.board_id AND r.interaction = a.interaction
        WHERE a.agent IS NOT NULL AND a.channel IS NOT NULL) x,
    (SELECT 'ask_agent_channel' AS dim UNION ALL SELECT 'ask_channel_agent') d
  GROUP BY 1, 2, 3, 4)
GROUP BY board_id, dim, key, day / 32;

-- Answers per agent and channel together (the channels of one agent, the agents of one channel):
-- counts gains dims agent_channel (key = agent, char 31, channel) and channel_agent (key = channel,
-- char 31, agent), so the groups under one agent or channel are one key range per block. Agents and
-- channels never hold control characters (the text rule), so char 31 cannot occur inside a key.
-- An answer with both writes 2 more count rows. Rebuilt like tallies above to widen its CHECK.
CREATE TABLE counts_new (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  dim TEXT NOT NULL CHECK (dim IN ('board', 'agent', 'channel', 'agent_channel', 'channel_agent')),
  block INTEGER NOT NULL,
  key TEXT NOT NULL,
  yes INTEGER NOT NULL DEFAULT 0,
  no INTEGER NOT NULL DEFAULT 0,
  days TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (board_id, dim, block, key)
) STRICT, WITHOUT ROWID;
INSERT INTO counts_new SELECT board_id, dim, block, key, yes, no, days FROM counts;
DROP TABLE counts;
ALTER TABLE counts_new RENAME TO counts;

INSERT INTO counts (board_id, dim, block, key, yes, no, days)
SELECT board_id, dim, day / 32, key, SUM(yes), SUM(no), json_group_object(CAST(day % 32 AS TEXT), json_array(yes, no))
FROM (
  SELECT board_id, 'agent_channel' AS dim, agent || char(31) || channel AS key, answered_at / 86400000 AS day,
    SUM(verdict = 'yes') AS yes, SUM(verdict = 'no') AS no
  FROM responses WHERE agent IS NOT NULL AND channel IS NOT NULL GROUP BY board_id, agent, channel, answered_at / 86400000
  UNION ALL
  SELECT board_id, 'channel_agent', channel || char(31) || agent, answered_at / 86400000,
    SUM(verdict = 'yes'), SUM(verdict = 'no')
  FROM responses WHERE agent IS NOT NULL AND channel IS NOT NULL GROUP BY board_id, agent, channel, answered_at / 86400000
)
GROUP BY board_id, dim, key, day / 32;
