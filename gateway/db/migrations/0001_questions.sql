-- Questions as members sent them, until they are posted for moderation.
-- The email address is only ever stored encrypted; email_key and block_key are
-- keyed hashes (of the address and of the sender's address block) for the limits.
CREATE TABLE gateway_questions (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL CHECK (status IN ('unconfirmed', 'confirmed', 'posted')),
  locale text NOT NULL,
  title text NOT NULL,
  question text NOT NULL,
  recommendations jsonb NOT NULL,
  study_group text NOT NULL,
  country text NOT NULL,
  language text NOT NULL,
  display_name text NOT NULL,
  email_encrypted text NOT NULL,
  email_key text NOT NULL,
  block_key text NOT NULL,
  confirmed_at timestamptz,
  issue_number integer,
  issue_url text
);
CREATE INDEX gateway_questions_block ON gateway_questions (block_key, created_at);
CREATE INDEX gateway_questions_email ON gateway_questions (email_key, created_at);

-- ALTCHA solutions already accepted: each challenge is good once.
CREATE TABLE gateway_challenges (
  signature text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);

-- The durable work queue (emails, GitHub posts), shared by every instance.
CREATE TABLE gateway_jobs (
  id serial PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  run_after timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_error text,
  done_at timestamptz
);
CREATE INDEX gateway_jobs_due ON gateway_jobs (run_after) WHERE done_at IS NULL;
