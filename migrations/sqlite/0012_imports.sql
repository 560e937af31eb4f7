-- Bulk imports checked on /admin/import and waiting for the "Import" button: the exact bytes
-- that were checked (re-validated at commit), the check's report, and who uploaded them.
-- Rows expire after an hour; a committed import keeps its report and drops the file.
CREATE TABLE import_uploads (
    token            TEXT PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entity           TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    format           TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
    skip_duplicates  INTEGER NOT NULL DEFAULT 0 CHECK (skip_duplicates IN (0, 1)),
    content          BLOB,
    sha256           TEXT NOT NULL,
    report_json      TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    committed_at     INTEGER
);
CREATE INDEX import_uploads_created ON import_uploads (created_at);
