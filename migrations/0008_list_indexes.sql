-- Every combination of the list's equality filters (verdict, agent, channel) has an index of its
-- own that ends in answered_at, so a page reads `limit` rows whatever the mix: with one index for
-- two filters, SQLite (which has no statistics on D1) may walk the less selective one and check the
-- other row by row — 499,991 rows read to return nothing at 1e6 answers. worker/db/list.ts names
-- the index each query uses (INDEXED BY). Partial where a column may be NULL: an answer without an
-- agent or channel costs no entry there. Single-filter indexes are 0002's.
CREATE INDEX responses_by_agent_channel ON responses (board_id, agent, channel, answered_at)
  WHERE agent IS NOT NULL AND channel IS NOT NULL;
CREATE INDEX responses_by_agent_verdict ON responses (board_id, agent, verdict, answered_at)
  WHERE agent IS NOT NULL;
CREATE INDEX responses_by_channel_verdict ON responses (board_id, channel, verdict, answered_at)
  WHERE channel IS NOT NULL;
CREATE INDEX responses_by_agent_channel_verdict ON responses (board_id, agent, channel, verdict, answered_at)
  WHERE agent IS NOT NULL AND channel IS NOT NULL;
