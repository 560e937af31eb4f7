//! What a database error means for the caller: pass by itself, out of room, or one line for
//! the operator.

/// Whether `e` may pass by itself (the server is starting, restarting or out of reach) rather
/// than needing an operator (a wrong password, a missing database, a malformed URL).
pub fn is_transient(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        // 57P0x: the server is shutting down, crashed or starting up; 08xxx: the connection
        // broke; 53300: too many connections
        sqlx::Error::Database(db) => {
            db.code().is_some_and(|c| c.starts_with("57P0") || c.starts_with("08") || c == "53300")
        }
        _ => false,
    }
}

/// Whether `e` says the database cannot be written for lack of room or because its storage is
/// read-only: SQLite's `SQLITE_FULL` (13) and `SQLITE_READONLY` (8, with its extended codes);
/// PostgreSQL's `53100` disk_full and `25006` read_only_sql_transaction. Reads still work; the
/// operator has to free space (or remount), nothing is lost meanwhile but the refused write.
pub fn is_storage_full(e: &sqlx::Error) -> bool {
    let sqlx::Error::Database(db) = e else { return false };
    match db.code().as_deref() {
        Some("53100" | "25006") => true,
        Some(c) => c.parse::<u32>().is_ok_and(|n| matches!(n & 0xff, 8 | 13)) && !c.starts_with('0'),
        None => false,
    }
}

/// One line that says what went wrong with the database, for operators.
pub fn describe(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Database(db) => match db.code().as_deref() {
            Some("28P01") => format!("authentication failed: {}", db.message()),
            Some("3D000") => format!("no such database: {}", db.message()),
            Some(code) => format!("{} (SQLSTATE {code})", db.message()),
            None => db.message().to_string(),
        },
        sqlx::Error::Io(io) => format!("cannot reach the server: {io}"),
        other => other.to_string(),
    }
}
