-- The local store's first schema: resumes with their sync metadata, and settings.
-- Times are ISO 8601 UTC with milliseconds, so text order is time order.
CREATE TABLE resumes (
    id             TEXT PRIMARY KEY,                 -- UUID, the same on every replica
    title          TEXT NOT NULL,
    template_id    TEXT NOT NULL,
    data           TEXT NOT NULL,                    -- the JSON Resume document
    is_default     INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,                             -- set: a tombstone kept for sync
    server_version INTEGER,                          -- last version the server confirmed
    dirty          INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)) -- changed since then
);

-- At most one live default, as on the server.
CREATE UNIQUE INDEX resumes_one_default ON resumes (is_default)
    WHERE is_default = 1 AND deleted_at IS NULL;

CREATE INDEX resumes_live_by_update ON resumes (updated_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
