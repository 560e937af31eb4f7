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
