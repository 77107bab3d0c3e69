-- Accounts, their sessions, failed logins (for rate limiting across server processes) and the
-- server's own event log.

-- An address is unique whatever its case: the unique index is on lower(email), and every
-- lookup compares lower(email) too. The address keeps the case it was registered with.
CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    password_hash text NOT NULL,
    role          text NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

-- token_hash is the SHA-256 of the bearer token: the token itself is never stored.
CREATE TABLE sessions (
    token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

-- Failed logins only; a success clears its account's rows. account_key is lower(email), kept
-- even for addresses with no account, so probing unknown addresses is throttled too.
CREATE TABLE login_attempts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_key    text NOT NULL,
    client_address text NOT NULL,
    attempted_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_account_idx ON login_attempts (account_key, attempted_at);
CREATE INDEX login_attempts_address_idx ON login_attempts (client_address, attempted_at);
CREATE INDEX login_attempts_time_idx ON login_attempts (attempted_at);

-- Events worth keeping beyond stdout (administrative actions, security events). The user may
-- be deleted later; the record stays.
CREATE TABLE system_logs (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    logged_at  timestamptz NOT NULL DEFAULT now(),
    level      text NOT NULL CHECK (level IN ('debug', 'info', 'warning', 'error')),
    event      text NOT NULL,
    request_id text,
    user_id    uuid REFERENCES users (id) ON DELETE SET NULL,
    details    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX system_logs_logged_at_idx ON system_logs (logged_at);
