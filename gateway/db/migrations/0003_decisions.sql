-- A moderator's decision on a posted question: published as a discussion in
-- the forum, or rejected with the reason the member is told. The reason is
-- kept only until the question's row goes (erasure or retention).
ALTER TABLE gateway_questions DROP CONSTRAINT gateway_questions_status_check;
ALTER TABLE gateway_questions ADD CONSTRAINT gateway_questions_status_check CHECK (status IN ('unconfirmed', 'confirmed', 'posted', 'published', 'rejected'));
ALTER TABLE gateway_questions ADD COLUMN decided_at timestamptz;
ALTER TABLE gateway_questions ADD COLUMN discussion_number integer;
ALTER TABLE gateway_questions ADD COLUMN discussion_url text;
ALTER TABLE gateway_questions ADD COLUMN rejection_reason text;
CREATE INDEX gateway_questions_issue ON gateway_questions (issue_number) WHERE issue_number IS NOT NULL;
-- Set by the unsubscribe link (RFC 8058) for every question sent with the same address: no more emails.
ALTER TABLE gateway_questions ADD COLUMN unsubscribed_at timestamptz;
