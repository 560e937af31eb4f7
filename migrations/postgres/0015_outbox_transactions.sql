-- Mirrors migrations/sqlite/0015_outbox_transactions.sql. Each row records its transaction's id
-- (a 64-bit xid, so it never wraps). Rows of transactions older than the oldest one still
-- running are final: no transaction can commit below that horizon any more, so an indexer that
-- reads up to it in (`xid`, `seq`) order misses nothing however the commits interleave. Rows
-- written before this migration keep 0: they committed long ago.
ALTER TABLE search_outbox ADD COLUMN xid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE search_outbox ALTER COLUMN xid SET DEFAULT (pg_current_xact_id()::text::bigint);
CREATE INDEX search_outbox_xid_seq ON search_outbox (xid, seq);
