-- Which transaction wrote each outbox row, so that an indexer never steps over a row whose
-- transaction commits after a later row was read (PostgreSQL hands out `seq` at insert, not at
-- commit). SQLite runs one write transaction at a time, so its rows commit in `seq` order: `xid`
-- stays 0 and the order is `seq` alone. Indexers read in (`xid`, `seq`) order.
ALTER TABLE search_outbox ADD COLUMN xid INTEGER NOT NULL DEFAULT 0;
CREATE INDEX search_outbox_xid_seq ON search_outbox (xid, seq);
