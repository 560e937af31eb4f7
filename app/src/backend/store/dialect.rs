//! The SQL that differs between the engines, one named function per concern. Everything else
//! is one text for both: `$1` placeholders, `ON CONFLICT`, `RETURNING`, ISO-8601 text times,
//! `TRUE`/`FALSE` for booleans.

use crate::backend::db::Engine;

/// The outbox position (`xid`, `seq`, `early`, see `search/position.rs`) a snapshot reflects,
/// read inside it: what a fresh index generation built from that snapshot starts after.
/// SQLite: transaction 0 and the last sequence number handed out, even when the outbox has
/// been emptied (`seed-demo` clears it). PostgreSQL: the snapshot's horizon (any transaction
/// from there on may be missing), and the last row it shows as already applied ahead of it.
pub fn outbox_snapshot_position(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => {
            "SELECT 0, seq, seq FROM (SELECT coalesce((SELECT max(seq) FROM search_outbox),
                                      (SELECT seq FROM sqlite_sequence WHERE name = 'search_outbox'), 0) AS seq)"
        }
        Engine::Postgres => {
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, CAST(0 AS BIGINT),
                    coalesce((SELECT max(seq) FROM search_outbox), 0)"
        }
    }
}

/// The first transaction id not yet handed out: once the horizon reaches it, every transaction
/// that had started has ended (SQLite: 0, reached at once).
pub fn outbox_next_xid(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "SELECT 0",
        Engine::Postgres => "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint",
    }
}

/// The transaction horizon: every transaction with a lower id has ended, so no outbox row
/// below it can appear any more. SQLite commits one transaction at a time, in `seq` order, and
/// its rows carry transaction 0: everything it shows is final.
pub fn outbox_horizon(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "SELECT 9223372036854775807",
        Engine::Postgres => "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
    }
}

/// One statement in each engine's spelling, for the few that differ only in a function name.
pub struct PerEngine {
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

impl PerEngine {
    pub fn get(&self, engine: Engine) -> &'static str {
        match engine {
            Engine::Sqlite => self.sqlite,
            Engine::Postgres => self.postgres,
        }
    }
}

/// A statement that reads columns as one JSON array in text: SQLite's `json_array`,
/// PostgreSQL's `json_build_array` (PostgreSQL 15 has no `json_array`). Booleans must be
/// written as `CASE … THEN 1 ELSE 0 END` so both engines give the same numbers.
macro_rules! with_json_array {
    ($before:literal, $columns:literal, $after:literal) => {
        $crate::backend::store::dialect::PerEngine {
            sqlite: concat!($before, "json_array(", $columns, ")", $after),
            postgres: concat!($before, "CAST(json_build_array(", $columns, ") AS TEXT)", $after),
        }
    };
}
pub(crate) use with_json_array;

/// A read of the row a write transaction then changes on what it saw (the state of a request,
/// the seats of an event), inside `db::begin_write_rows`: PostgreSQL locks the row until commit
/// (`FOR UPDATE`); SQLite needs nothing, its write transaction holds the whole database.
macro_rules! locking_row {
    ($select:literal) => {
        $crate::backend::store::dialect::PerEngine { sqlite: $select, postgres: concat!($select, " FOR UPDATE") }
    };
}
pub(crate) use locking_row;
