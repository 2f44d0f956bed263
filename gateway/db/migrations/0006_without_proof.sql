-- A question sent from a browser without JavaScript carries no proof of work:
-- it is accepted in a narrow lane of its own (see `questions/limits.ts`),
-- counted by this flag.
ALTER TABLE gateway_questions ADD COLUMN proven boolean NOT NULL DEFAULT true;
CREATE INDEX gateway_questions_unproven ON gateway_questions (created_at) WHERE NOT proven;
