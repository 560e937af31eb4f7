//! The search outbox: every searchable write adds a row (`search_outbox`, filled by triggers);
//! each server's indexer applies the rows after the position its index has reached, in
//! (`xid`, `seq`) order up to the transaction horizon (see `search/position.rs`).

use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::store::dialect;

/// One outbox row: its transaction, its sequence number, the document key it refreshes.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct OutboxRow {
    pub xid: i64,
    pub seq: i64,
    pub doc: String,
}

/// The transaction horizon (see `dialect::outbox_horizon`).
pub async fn horizon(pool: &Db) -> sqlx::Result<i64> {
    sql::query_scalar(dialect::outbox_horizon(pool.engine())).fetch_one(pool).await
}

/// Final rows: after (`xid`, `seq`) and below the transaction horizon, in that order, `limit`
/// at most.
pub async fn settled(pool: &Db, xid: i64, seq: i64, horizon: i64, limit: i64) -> sqlx::Result<Vec<OutboxRow>> {
    sql::query_as(
        "SELECT xid, seq, doc FROM search_outbox WHERE (xid, seq) > ($1, $2) AND xid < $3 ORDER BY xid, seq LIMIT $4",
    )
    .bind(xid)
    .bind(seq)
    .bind(horizon)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Committed rows at or above the horizon after sequence number `after`, in `seq` order,
/// `limit` at most: applied early, read again once settled.
pub async fn unsettled(pool: &Db, horizon: i64, after: i64, limit: i64) -> sqlx::Result<Vec<OutboxRow>> {
    sql::query_as("SELECT xid, seq, doc FROM search_outbox WHERE xid >= $1 AND seq > $2 ORDER BY seq LIMIT $3")
        .bind(horizon)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await
}

/// Every row, in reading order (tests and tools).
pub async fn all(pool: &Db) -> sqlx::Result<Vec<OutboxRow>> {
    sql::query_as("SELECT xid, seq, doc FROM search_outbox ORDER BY xid, seq").fetch_all(pool).await
}

/// How many outbox rows wait beyond (`xid`, `seq`) (what an index has still to settle).
pub async fn backlog(pool: &Db, xid: i64, seq: i64) -> sqlx::Result<i64> {
    sql::query_scalar("SELECT count(*) FROM search_outbox WHERE (xid, seq) > ($1, $2)")
        .bind(xid)
        .bind(seq)
        .fetch_one(pool)
        .await
}

/// The first transaction id not yet handed out (see `dialect::outbox_next_xid`).
pub async fn next_xid(pool: &Db) -> sqlx::Result<i64> {
    sql::query_scalar(dialect::outbox_next_xid(pool.engine())).fetch_one(pool).await
}

/// The position (`xid`, `seq`, `early`) the snapshot `conn` reflects (see
/// `dialect::outbox_snapshot_position`).
pub async fn snapshot_position(conn: &mut Conn) -> sqlx::Result<(i64, i64, i64)> {
    sql::query_as(dialect::outbox_snapshot_position(conn.engine())).fetch_one(&mut *conn).await
}

/// Deletes rows settled up to (`xid`, `seq`) that are older than `keep_secs`.
pub async fn prune(pool: &Db, xid: i64, seq: i64, keep_secs: i64) -> sqlx::Result<u64> {
    Ok(sql::query("DELETE FROM search_outbox WHERE (xid, seq) <= ($1, $2) AND created_at < unixepoch() - $3")
        .bind(xid)
        .bind(seq)
        .bind(keep_secs)
        .execute(pool)
        .await?
        .rows_affected())
}
