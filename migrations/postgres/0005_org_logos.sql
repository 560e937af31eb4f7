-- Mirrors migrations/sqlite/0005_org_logos.sql on PostgreSQL (types translated as 0001_domain.sql says).

-- Logos uploaded by organisations, re-encoded to PNG by the server. Kept in the database so a
-- backup holds them and any server instance can answer /media/logos/{org_id}.
CREATE TABLE org_logos (
    org_id      BIGINT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    png         BYTEA NOT NULL,
    updated_at  TEXT NOT NULL
);
