-- Targets (issue 19 § 3): whether the board's score was last seen below its target, so that
-- score.below_target and score.recovered fire once per crossing, decided inside the batch that
-- moves the score (worker/webhooks/targets.ts).
ALTER TABLE boards ADD COLUMN below_target INTEGER NOT NULL DEFAULT 0;

-- The weekly digest (worker/webhooks/digest.ts): the UTC day number of the last digest made, so the
-- every-minute cron makes it once on the board's digest_day; the index finds the boards due.
ALTER TABLE boards ADD COLUMN digest_sent_day INTEGER;
CREATE INDEX boards_digest_due ON boards (digest_day, digest_sent_day) WHERE deleted_at IS NULL;
