//! The notification e-mail queue: what the mail worker (`notify::mailer`) takes and marks.
//! A notification is mailed once: `emailed_at` is set after the send, or to `off` for users
//! who want no mail. With several servers on one database, a worker leases each item before
//! sending it (`lease`, `lease_digest`): of the workers that listed it, one sends.

use crate::backend::db::Db;
use crate::backend::db::sql;

/// A notification to mail now, with its addressee.
#[derive(Debug, sqlx::FromRow)]
pub struct DueMail {
    pub id: i64,
    /// The stored payload, JSON text.
    pub payload: String,
    pub email: String,
    pub lang: String,
}

/// A user whose daily digest is due.
#[derive(Debug, sqlx::FromRow)]
pub struct DigestUser {
    pub id: i64,
    pub email: String,
    pub lang: String,
    /// When the previous digest went, as listed (the lease checks it has not moved).
    pub digest_sent_at: Option<String>,
}

/// One line of a digest.
#[derive(Debug, sqlx::FromRow)]
pub struct DigestItem {
    pub id: i64,
    pub payload: String,
    pub created_at: String,
}

/// Marks (`marker`) the unmailed notifications of users who want no mail, or are disabled.
pub async fn skip_unwanted(pool: &Db, marker: &str) -> sqlx::Result<u64> {
    Ok(sql::query(
        "UPDATE notifications SET emailed_at = $1 WHERE emailed_at IS NULL
            AND user_id IN (SELECT id FROM users WHERE notify_email = 'off' OR disabled = TRUE)",
    )
    .bind(marker)
    .execute(pool)
    .await?
    .rows_affected())
}

/// Notifications of `immediate` users still to be mailed: the mail queue's length.
pub async fn waiting(pool: &Db) -> sqlx::Result<i64> {
    sql::query_scalar(
        "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.emailed_at IS NULL AND u.notify_email = 'immediate'",
    )
    .fetch_one(pool)
    .await
}

/// The oldest unmailed notifications of `immediate` users, `limit` at most.
pub async fn due_immediate(pool: &Db, limit: i64) -> sqlx::Result<Vec<DueMail>> {
    sql::query_as(
        "SELECT n.id, CAST(n.payload AS TEXT) AS payload, u.email, u.lang
           FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.emailed_at IS NULL AND u.notify_email = 'immediate' ORDER BY n.id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Leases unmailed notification `id` to the caller for `secs`: true when no other worker holds
/// it and it is still unmailed (one statement: of several callers, one gets it).
pub async fn lease(pool: &Db, id: i64, secs: i64) -> sqlx::Result<bool> {
    let leased = sql::query(
        "UPDATE notifications SET mail_lease = unixepoch() + $2
          WHERE id = $1 AND emailed_at IS NULL AND (mail_lease IS NULL OR mail_lease < unixepoch())",
    )
    .bind(id)
    .bind(secs)
    .execute(pool)
    .await?;
    Ok(leased.rows_affected() == 1)
}

/// Leases `user`'s digest to the caller for `secs`: true when no other worker holds it and no
/// digest went since `sent_at` (what the listing saw).
pub async fn lease_digest(pool: &Db, user: i64, sent_at: Option<&str>, secs: i64) -> sqlx::Result<bool> {
    let leased = sql::query(
        "UPDATE users SET digest_lease = unixepoch() + $2
          WHERE id = $1 AND coalesce(digest_sent_at, '') = coalesce($3, '')
            AND (digest_lease IS NULL OR digest_lease < unixepoch())",
    )
    .bind(user)
    .bind(secs)
    .bind(sent_at)
    .execute(pool)
    .await?;
    Ok(leased.rows_affected() == 1)
}

/// Gives back the leases of a failed send, so the next round tries again at once.
pub async fn release(pool: &Db, notification: Option<i64>, digest_of: Option<i64>) -> sqlx::Result<()> {
    sql::query("UPDATE notifications SET mail_lease = NULL WHERE id = $1").bind(notification).execute(pool).await?;
    sql::query("UPDATE users SET digest_lease = NULL WHERE id = $1").bind(digest_of).execute(pool).await?;
    Ok(())
}

pub async fn mark_mailed(pool: &Db, id: i64, at: &str) -> sqlx::Result<()> {
    sql::query("UPDATE notifications SET emailed_at = $2 WHERE id = $1").bind(id).bind(at).execute(pool).await?;
    Ok(())
}

/// `daily` users with unmailed notifications whose last digest (or, without one, oldest
/// unmailed notification) is older than `cutoff`.
pub async fn due_digests(pool: &Db, cutoff: &str) -> sqlx::Result<Vec<DigestUser>> {
    sql::query_as(
        "SELECT u.id, u.email, u.lang, u.digest_sent_at FROM users u
          WHERE u.notify_email = 'daily' AND u.disabled = FALSE
            AND coalesce(u.digest_sent_at,
                  (SELECT min(n.created_at) FROM notifications n WHERE n.user_id = u.id AND n.emailed_at IS NULL)) <= $1
            AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.emailed_at IS NULL)",
    )
    .bind(cutoff)
    .fetch_all(pool)
    .await
}

/// A user's unmailed notifications, oldest first, 200 at most.
pub async fn digest_items(pool: &Db, user: i64) -> sqlx::Result<Vec<DigestItem>> {
    sql::query_as(
        "SELECT id, CAST(payload AS TEXT) AS payload, created_at FROM notifications
          WHERE user_id = $1 AND emailed_at IS NULL ORDER BY created_at, id LIMIT 200",
    )
    .bind(user)
    .fetch_all(pool)
    .await
}

/// Marks a sent digest's notifications mailed and remembers when it went, together.
pub async fn mark_digest_sent(pool: &Db, user: i64, items: &[DigestItem], at: &str) -> sqlx::Result<()> {
    let mut tx = pool.begin().await?;
    for item in items {
        sql::query("UPDATE notifications SET emailed_at = $2 WHERE id = $1")
            .bind(item.id)
            .bind(at)
            .execute(&mut *tx)
            .await?;
    }
    sql::query("UPDATE users SET digest_sent_at = $2 WHERE id = $1").bind(user).bind(at).execute(&mut *tx).await?;
    tx.commit().await
}
