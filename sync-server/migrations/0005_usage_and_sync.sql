-- Daily usage counters behind the plan limits that reset at 00:00 UTC, and the index that lets
-- delta sync skip changes a later change of the same resume supersedes.

-- One row per account and UTC day on which something was counted; a day without a row counted
-- nothing. Exports, uploads and bulk applications (step 5) add to today's row.
CREATE TABLE daily_usage (
    user_id               uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day                   date NOT NULL, -- the UTC day
    exports               bigint NOT NULL DEFAULT 0 CHECK (exports >= 0),
    upload_bytes          bigint NOT NULL DEFAULT 0 CHECK (upload_bytes >= 0),
    bulk_apply_recipients bigint NOT NULL DEFAULT 0 CHECK (bulk_apply_recipients >= 0),
    PRIMARY KEY (user_id, day)
);

-- "Is there a later change of this resume?", asked for every change a sync page reads.
CREATE INDEX resume_changes_resume_idx ON resume_changes (user_id, resume_id, counter);
