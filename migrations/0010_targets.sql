-- Targets (issue 19 § 3): whether the board's score was last seen below its target, so that
-- score.below_target and score.recovered fire once per crossing, decided inside the batch that
-- moves the score (worker/webhooks/targets.ts).
ALTER TABLE boards ADD COLUMN below_target INTEGER NOT NULL DEFAULT 0;
