//! The search outbox: every searchable write adds a row (`search_outbox`, filled by triggers);
//! each server's indexer applies the rows after the position its index has reached.

use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::store::dialect;

/// Outbox rows after `after`, in order, `limit` at most: (sequence number, document key).
pub async fn after(pool: &Db, after: i64, limit: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sql::query_as("SELECT seq, doc FROM search_outbox WHERE seq > $1 ORDER BY seq LIMIT $2")
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await
}

/// How many outbox rows wait beyond `applied` (what an index has still to apply).
pub async fn backlog(pool: &Db, applied: i64) -> sqlx::Result<i64> {
    sql::query_scalar("SELECT count(*) FROM search_outbox WHERE seq > $1").bind(applied).fetch_one(pool).await
}

/// The last sequence number handed out (see `dialect::outbox_high_water`), read in the
/// rebuild's snapshot.
pub async fn high_water(conn: &mut Conn) -> sqlx::Result<i64> {
    sql::query_scalar(dialect::outbox_high_water(conn.engine())).fetch_one(&mut *conn).await
}

/// Deletes rows applied up to `applied` that are older than `keep_secs`.
pub async fn prune(pool: &Db, applied: i64, keep_secs: i64) -> sqlx::Result<u64> {
    Ok(sql::query("DELETE FROM search_outbox WHERE seq <= $1 AND created_at < unixepoch() - $2")
        .bind(applied)
        .bind(keep_secs)
        .execute(pool)
        .await?
        .rows_affected())
}
