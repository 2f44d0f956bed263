-- A question or a follow-up whose moderation issue left the queue without a
-- decision (closed by a moderator, deleted, transferred) is withdrawn: the
-- member is told, then a question's row goes (its address with it), and a
-- follow-up's text. Retention (`RETENTION_DAYS`) now applies to every row,
-- whatever its state, from its latest activity: see `questions/housekeeping.ts`.
ALTER TABLE gateway_questions DROP CONSTRAINT gateway_questions_status_check;
ALTER TABLE gateway_questions ADD CONSTRAINT gateway_questions_status_check CHECK (status IN ('unconfirmed', 'confirmed', 'posted', 'published', 'rejected', 'withdrawn'));
ALTER TABLE gateway_follow_ups DROP CONSTRAINT gateway_follow_ups_status_check;
ALTER TABLE gateway_follow_ups ADD CONSTRAINT gateway_follow_ups_status_check CHECK (status IN ('received', 'posted', 'published', 'rejected', 'withdrawn'));
