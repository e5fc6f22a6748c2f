-- A board's settings of this round (SPEC.md § Concepts, POST /v1/boards): the reasons a customer may
-- pick after "no", the brand colour, the target, what the public scoreboard shows besides the score,
-- and the weekday of the weekly digest. Settings only: what they count lives in later tables.

-- [{"id": "slow", "label": "Too slow" | {"en": "Too slow", "de": "Zu langsam"}}], at most 8
ALTER TABLE boards ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
-- '#rrggbb', or NULL for the default colours
ALTER TABLE boards ADD COLUMN accent TEXT;
-- percent satisfied the team aims for, or NULL
ALTER TABLE boards ADD COLUMN target REAL;
ALTER TABLE boards ADD COLUMN public_response_rate INTEGER NOT NULL DEFAULT 1;
ALTER TABLE boards ADD COLUMN public_follow_up INTEGER NOT NULL DEFAULT 0;
ALTER TABLE boards ADD COLUMN public_target INTEGER NOT NULL DEFAULT 0;
-- 'monday' … 'sunday' (UTC), or NULL for no weekly digest
ALTER TABLE boards ADD COLUMN digest_day TEXT;
