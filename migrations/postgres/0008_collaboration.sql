-- Mirrors migrations/sqlite/0008_collaboration.sql on PostgreSQL (types translated as 0001_domain.sql says).

-- The signed agreement's document (PDF), kept in the database so that it is backed up with
-- everything else and served only to the parties.
CREATE TABLE agreement_documents (
    request_id  BIGINT PRIMARY KEY REFERENCES collaboration_requests (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    bytes       BYTEA NOT NULL,
    created_at  TEXT NOT NULL
);

-- The language a user reads mail in (set from the page language when they save preferences).
ALTER TABLE users ADD COLUMN lang TEXT NOT NULL DEFAULT 'vi' CHECK (lang IN ('vi', 'en'));
