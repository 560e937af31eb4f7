-- Mirrors migrations/sqlite/0012_imports.sql on PostgreSQL (types translated as 0001_domain.sql says).

-- Bulk imports checked on /admin/import and waiting for the "Import" button: the exact bytes
-- that were checked (re-validated at commit), the check's report, and who uploaded them.
-- Rows expire after an hour; a committed import keeps its report and drops the file.
CREATE TABLE import_uploads (
    token            TEXT PRIMARY KEY,
    user_id          BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entity           TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    format           TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
    skip_duplicates  BOOLEAN NOT NULL DEFAULT FALSE,
    content          BYTEA,
    sha256           TEXT NOT NULL,
    report_json      JSONB NOT NULL,
    created_at       BIGINT NOT NULL,
    committed_at     BIGINT
);
CREATE INDEX import_uploads_created ON import_uploads (created_at);
