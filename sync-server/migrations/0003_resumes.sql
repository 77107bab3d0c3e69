-- Resumes and the per-user change log that delta sync reads.

-- id is a UUID the client may choose (offline creation), so a retried create is idempotent.
-- version grows by one with every change; a deleted resume stays as a tombstone (deleted_at)
-- until every device has synced its deletion.
CREATE TABLE resumes (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    data        jsonb NOT NULL,
    template_id text,
    is_default  boolean NOT NULL DEFAULT false,
    version     bigint NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    CONSTRAINT resumes_tombstone_not_default CHECK (NOT (is_default AND deleted_at IS NOT NULL))
);
-- At most one live default per user, whatever the server does.
CREATE UNIQUE INDEX resumes_one_default_per_user ON resumes (user_id)
    WHERE is_default AND deleted_at IS NULL;
CREATE INDEX resumes_user_updated_idx ON resumes (user_id, updated_at DESC)
    WHERE deleted_at IS NULL;

-- The change log's counter is per user: a writer takes the next value with
-- UPDATE users SET change_counter = change_counter + 1 ... RETURNING, which locks the user's
-- row until commit, so counters become visible in order and a cursor never skips a change.
-- Pruning old entries raises changes_pruned_through; older cursors must resync.
ALTER TABLE users
    ADD COLUMN change_counter bigint NOT NULL DEFAULT 0,
    ADD COLUMN changes_pruned_through bigint NOT NULL DEFAULT 0;

CREATE TABLE resume_changes (
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    counter    bigint NOT NULL,
    resume_id  uuid NOT NULL,
    version    bigint NOT NULL,
    deleted    boolean NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, counter)
);
