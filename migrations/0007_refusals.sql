-- Refused answers (issue 18.3): a wrong embed (a typo in the token, a page origin missing from
-- allowed_origins) must not lose a board's answers for weeks unnoticed. The answer endpoint and the
-- widget's load-time ask count each refusal here, per board, reason (the error code) and UTC hour,
-- with the origin of the last one.
--
-- Bounded by construction, so a flood of refused requests cannot fill D1: only boards that exist
-- get rows (an unknown board id writes nothing); one row per (board, hour, reason), upserted; the
-- reasons are the API's few 4xx codes; and the write that opens a board's new hour deletes its rows
-- older than 48 hours. So a board holds at most 48 × (number of codes) rows here.

CREATE TABLE refusals (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  -- unix hour (ms / 3,600,000), UTC
  hour INTEGER NOT NULL,
  -- the error code of the refusal: origin_not_allowed, token_invalid, …
  reason TEXT NOT NULL,
  count INTEGER NOT NULL,
  -- the Origin header of the latest refused request ('' when it had none)
  last_origin TEXT NOT NULL,
  last_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, hour, reason)
) STRICT, WITHOUT ROWID;
