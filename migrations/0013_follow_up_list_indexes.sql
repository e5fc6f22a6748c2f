-- The list's follow-up filter with the other filters (the team page's inbox asks for verdict=no and a
-- status, often with an agent or a channel): like 0008, one index per set of equality filters, so a
-- page reads `limit` rows whatever the mix. Without them SQLite walked responses_by_follow_up and
-- checked the agent row by row: 50,000 rows read at 1e6 answers for an agent with no "No" at all.
-- Partial on fu_status: only "no"s and former "no"s have an entry, so an answer that was never a
-- "no" costs nothing here. worker/db/list.ts names the index each query uses (INDEXED BY).
CREATE INDEX responses_by_follow_up_verdict ON responses (board_id, fu_status, verdict, answered_at)
  WHERE fu_status IS NOT NULL;
CREATE INDEX responses_by_follow_up_agent ON responses (board_id, fu_status, agent, answered_at)
  WHERE fu_status IS NOT NULL AND agent IS NOT NULL;
CREATE INDEX responses_by_follow_up_channel ON responses (board_id, fu_status, channel, answered_at)
  WHERE fu_status IS NOT NULL AND channel IS NOT NULL;
CREATE INDEX responses_by_follow_up_agent_channel ON responses (board_id, fu_status, agent, channel, answered_at)
  WHERE fu_status IS NOT NULL AND agent IS NOT NULL AND channel IS NOT NULL;
CREATE INDEX responses_by_follow_up_agent_verdict ON responses (board_id, fu_status, agent, verdict, answered_at)
  WHERE fu_status IS NOT NULL AND agent IS NOT NULL;
CREATE INDEX responses_by_follow_up_channel_verdict ON responses (board_id, fu_status, channel, verdict, answered_at)
  WHERE fu_status IS NOT NULL AND channel IS NOT NULL;
CREATE INDEX responses_by_follow_up_agent_channel_verdict
  ON responses (board_id, fu_status, agent, channel, verdict, answered_at)
  WHERE fu_status IS NOT NULL AND agent IS NOT NULL AND channel IS NOT NULL;
