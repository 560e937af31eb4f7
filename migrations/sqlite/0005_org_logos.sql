-- Logos uploaded by organisations, re-encoded to PNG by the server. Kept in the database so a
-- backup holds them and any server instance can answer /media/logos/{org_id}.
CREATE TABLE org_logos (
    org_id      INTEGER PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    png         BLOB NOT NULL,
    updated_at  TEXT NOT NULL
);
