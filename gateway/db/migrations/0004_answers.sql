-- Answers on published questions, kept until they are emailed in a batch
-- (at most one email per question every 30 minutes), and the thread's last
-- activity, from which the retention period runs.
ALTER TABLE gateway_questions ADD COLUMN last_activity_at timestamptz;
ALTER TABLE gateway_questions ADD COLUMN answers_mailed_at timestamptz;
CREATE INDEX gateway_questions_discussion ON gateway_questions (discussion_number) WHERE discussion_number IS NOT NULL;
CREATE TABLE gateway_answers (
  comment_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('answer', 'accepted')),
  question_id uuid NOT NULL REFERENCES gateway_questions (id) ON DELETE CASCADE,
  body text NOT NULL,
  url text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  mailed_at timestamptz,
  PRIMARY KEY (comment_id, kind)
);
CREATE INDEX gateway_answers_unmailed ON gateway_answers (question_id) WHERE mailed_at IS NULL;
