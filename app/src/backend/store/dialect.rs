//! The SQL that differs between the engines, one named function per concern. Everything else
//! is one text for both: `$1` placeholders, `ON CONFLICT`, `RETURNING`, ISO-8601 text times,
//! `TRUE`/`FALSE` for booleans.

use crate::backend::db::Engine;

/// The last search-outbox sequence number handed out, even when the outbox has been emptied
/// (`seed-demo` clears it): the position a fresh index generation starts from.
pub fn outbox_high_water(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => {
            "SELECT coalesce((SELECT max(seq) FROM search_outbox),
                             (SELECT seq FROM sqlite_sequence WHERE name = 'search_outbox'), 0)"
        }
        Engine::Postgres => {
            "SELECT coalesce((SELECT max(seq) FROM search_outbox),
                             pg_sequence_last_value(pg_get_serial_sequence('search_outbox', 'seq')), 0)"
        }
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
