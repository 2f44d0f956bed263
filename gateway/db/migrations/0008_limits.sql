-- Issue 20: limits that a stranger cannot fill for someone else.
-- A question sent with an address that already has its confirmed questions
-- of the day is stored like any other (its network's counts, the hour's
-- confirmation emails and the answer cannot tell it apart), without its
-- text: its email says the limit is reached, and carries no link to confirm.
ALTER TABLE gateway_questions ADD COLUMN over_email_limit boolean NOT NULL DEFAULT false;
-- The hour's confirmation emails (one per question stored), and the lane
-- without proof of work, which counts confirmed questions only.
CREATE INDEX gateway_questions_created ON gateway_questions (created_at);
CREATE INDEX gateway_questions_unproven_confirmed ON gateway_questions (confirmed_at) WHERE NOT proven;
