-- Accounts and trust: server-side sessions, one-time e-mail tokens, sign-in throttling,
-- organisation invitations and the redirects left behind by merged organisations.

-- Sessions (tower-sessions records). The cookie carries the id; only its SHA-256 is stored, so a
-- copy of the database does not hand out live sessions. `user_id` lets a password reset or a
-- disabled account end every session of that user.
CREATE TABLE sessions (
    id_hash     TEXT PRIMARY KEY,
    user_id     INTEGER REFERENCES users (id) ON DELETE CASCADE,
    data        TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- One-time links sent by e-mail (verify the address, reset the password). Stored hashed.
CREATE TABLE auth_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    created_at  INTEGER NOT NULL
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id, purpose);

-- Failed sign-ins per account: after a few, the account waits (progressive delay).
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until INTEGER;
ALTER TABLE users ADD COLUMN last_login_at TEXT;

-- Invitations to join an organisation, sent by its owners to an e-mail address.
CREATE TABLE org_invitations (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email       TEXT NOT NULL CHECK (email = lower(email)),
    role        TEXT NOT NULL CHECK (role IN ('owner', 'editor')),
    token_hash  TEXT NOT NULL UNIQUE,
    invited_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    expires_at  INTEGER NOT NULL,
    accepted_at TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (org_id, email)
);

-- A merged duplicate's slug keeps answering, with a redirect to the organisation it became.
CREATE TABLE org_redirects (
    slug        TEXT PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL
);

-- One pending claim per user and organisation.
CREATE UNIQUE INDEX org_claims_pending ON org_claims (org_id, user_id) WHERE status = 'pending';
