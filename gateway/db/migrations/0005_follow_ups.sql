-- Follow-ups: what a member writes from the link in an email about their
-- published question. Moderated like a question (an issue in the moderation
-- repository), then posted in the thread. Each emailed link is good once:
-- its signature is stored when it is used. A follow-up goes with its question
-- (erasure, retention).
CREATE TABLE gateway_follow_ups (
  id uuid PRIMARY KEY,
  question_id uuid NOT NULL REFERENCES gateway_questions (id) ON DELETE CASCADE,
  link_mac text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL CHECK (status IN ('received', 'posted', 'published', 'rejected')),
  text text NOT NULL,
  issue_number integer,
  issue_url text,
  comment_url text,
  decided_at timestamptz,
  rejection_reason text
);
CREATE INDEX gateway_follow_ups_issue ON gateway_follow_ups (issue_number) WHERE issue_number IS NOT NULL;
CREATE INDEX gateway_follow_ups_question ON gateway_follow_ups (question_id);
