-- Asked → answered → followed up (issue 17; SPEC.md § Concepts: Ask, Response rate, Follow-up, Reasons).
--
-- * asks: one row per (board, interaction) that a customer was asked about. No customer data. An
--   answer implies its ask (written in the answer's batch), so answered ⊆ asked; erasing the answer
--   erases its ask. WITHOUT ROWID and no other index: an ask writes one row here.
-- * tallies: the per-day aggregates of this round, in 32-day blocks like `counts`, each day an entry
--   of its `days` JSON holding an array of numbers:
--     dim 'ask' (key '') and 'ask_agent' / 'ask_channel' (key = the ask's agent or channel):
--        "<day % 32>": [asked, answered]  — asks by the day they were made; answered = answered by now
--     dim 'reason' (key ''):      "<day % 32>:<reason id>": [answers]  — current "no"s by answer day
--     dim 'follow_up' (key ''):   "<day % 32>": [open, contacted, resolved, dismissed]  by the "no"'s day,
--                                 "<day % 32>h<hours>": [n]  first contacts by whole hours after the "no"
--                                 (capped at 720), for the median and the share within 24 h
--   Stats read one row per block and group, never per answer.
-- * boards: the response rate of the score's period (its window's days, or 30), kept current by
--   writes and recounted from tallies when the day or the period changed (`rr_day`, `rr_days`), so the
--   score stays one row.
-- * responses: the chosen reasons (JSON array of ids) and the follow-up of a "no".

CREATE TABLE asks (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  interaction TEXT NOT NULL,
  asked_at INTEGER NOT NULL,
  agent TEXT,
  channel TEXT,
  source TEXT NOT NULL CHECK (source IN ('token', 'api', 'widget', 'connector', 'answer')),
  PRIMARY KEY (board_id, interaction)
) STRICT, WITHOUT ROWID;

CREATE TABLE tallies (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  dim TEXT NOT NULL CHECK (dim IN ('ask', 'ask_agent', 'ask_channel', 'reason', 'follow_up')),
  block INTEGER NOT NULL,
  key TEXT NOT NULL,
  days TEXT NOT NULL DEFAULT '{}',
  -- the ask dims' block totals (asked, answered): a range's whole blocks are read without their days
  asked INTEGER NOT NULL DEFAULT 0,
  answered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (board_id, dim, block, key)
) STRICT, WITHOUT ROWID;

ALTER TABLE boards ADD COLUMN asked_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE boards ADD COLUMN answered_n INTEGER NOT NULL DEFAULT 0;
-- the day and the period length (days) asked_n / answered_n were counted for
ALTER TABLE boards ADD COLUMN rr_day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE boards ADD COLUMN rr_days INTEGER NOT NULL DEFAULT 0;

ALTER TABLE responses ADD COLUMN reasons TEXT;
ALTER TABLE responses ADD COLUMN fu_status TEXT CHECK (fu_status IN ('open', 'contacted', 'resolved', 'dismissed'));
ALTER TABLE responses ADD COLUMN fu_note TEXT;
ALTER TABLE responses ADD COLUMN fu_by TEXT;
ALTER TABLE responses ADD COLUMN fu_updated_at INTEGER;
ALTER TABLE responses ADD COLUMN fu_first_contact_at INTEGER;
-- when the "no" this follow-up is about was given (its day keys the follow-up tallies)
ALTER TABLE responses ADD COLUMN fu_since INTEGER;

-- GET …/responses?follow_up=open: one index range, newest first, only answers that have a follow-up
CREATE INDEX responses_by_follow_up ON responses (board_id, fu_status, answered_at) WHERE fu_status IS NOT NULL;

-- Answers stored before this migration imply their asks (made when they were answered), and each
-- "no" starts open: the recount in scripts/recount.mjs rebuilds tallies and the board counts.
INSERT INTO asks (board_id, interaction, asked_at, agent, channel, source)
SELECT board_id, interaction, created_at, agent, channel, 'answer' FROM responses;
UPDATE responses SET fu_status = 'open', fu_updated_at = updated_at, fu_since = answered_at WHERE verdict = 'no';

-- Their day tallies (every such ask is answered; every such follow-up is open; no reasons yet). The
-- boards' period counts start at rr_day = 0, so the first read or write of each board recounts them.
INSERT INTO tallies (board_id, dim, block, key, days, asked, answered)
SELECT board_id, dim, day / 32, key, json_group_object(CAST(day % 32 AS TEXT), json_array(asked, answered)),
  SUM(asked), SUM(answered)
FROM (
  SELECT x.board_id, d.dim, CASE d.dim WHEN 'ask' THEN '' WHEN 'ask_agent' THEN x.agent ELSE x.channel END AS key,
    x.day, COUNT(*) AS asked, COUNT(x.answered) AS answered
  FROM (SELECT a.board_id, a.asked_at / 86400000 AS day, a.agent, a.channel, r.interaction AS answered
        FROM asks a LEFT JOIN responses r ON r.board_id = a.board_id AND r.interaction = a.interaction) x,
    (SELECT 'ask' AS dim UNION ALL SELECT 'ask_agent' UNION ALL SELECT 'ask_channel') d
  WHERE key IS NOT NULL GROUP BY x.board_id, d.dim, key, x.day)
GROUP BY board_id, dim, key, day / 32;
INSERT INTO tallies (board_id, dim, block, key, days)
SELECT board_id, 'follow_up', day / 32, '', json_group_object(CAST(day % 32 AS TEXT), json_array(n, 0, 0, 0))
FROM (SELECT board_id, fu_since / 86400000 AS day, COUNT(*) AS n FROM responses WHERE fu_status IS NOT NULL GROUP BY 1, 2)
GROUP BY board_id, day / 32;
