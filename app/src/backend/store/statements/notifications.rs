//! Notifications: writing them (in the transaction of the change they tell about), and a
//! user's side: the unread count (the header badge), the list, marking read, and how they want
//! notification e-mail. Every query is scoped to the user, so nobody can read or
//! mark another user's notifications by guessing ids.

use crate::backend::db::Conn;
use crate::backend::db::Db;
use crate::backend::db::now_iso;
use crate::backend::db::sql;
use crate::domain::collab::{NOTIFICATIONS_PER_PAGE, NotificationRow};
use crate::domain::dto::Text;
use serde::{Deserialize, Serialize};

/// Unread notifications: one indexed count (`notifications_user`).
pub async fn unread(pool: &Db, user: i64) -> sqlx::Result<u64> {
    let n: i64 = sql::query_scalar("SELECT count(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user)
        .fetch_one(pool)
        .await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// A notification as stored, its JSON payload as text.
#[derive(sqlx::FromRow)]
struct StoredNotification {
    id: i64,
    kind: String,
    payload: String,
    read_at: Option<String>,
    created_at: String,
}

/// One page, newest first, and the total.
pub async fn list(pool: &Db, user: i64, page: u32) -> sqlx::Result<(Vec<NotificationRow>, u64)> {
    let total: i64 =
        sql::query_scalar("SELECT count(*) FROM notifications WHERE user_id = $1").bind(user).fetch_one(pool).await?;
    let offset = i64::from(page.saturating_sub(1)) * i64::from(NOTIFICATIONS_PER_PAGE);
    let rows: Vec<StoredNotification> = sql::query_as(
        "SELECT id, kind, CAST(payload AS TEXT) AS payload, read_at, created_at FROM notifications WHERE user_id = $1
          ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3",
    )
    .bind(user)
    .bind(i64::from(NOTIFICATIONS_PER_PAGE))
    .bind(offset)
    .fetch_all(pool)
    .await?;
    let rows = rows
        .into_iter()
        .map(|n| {
            let p = parse(&n.payload);
            NotificationRow {
                id: n.id,
                kind: n.kind,
                link: p.link,
                text: Text::new(p.vi, Some(p.en)),
                read: n.read_at.is_some(),
                at: n.created_at,
            }
        })
        .collect();
    Ok((rows, u64::try_from(total).unwrap_or(0)))
}

/// A stored payload; an unreadable one opens the list itself.
pub fn parse(payload: &str) -> Payload {
    serde_json::from_str(payload).unwrap_or(Payload {
        link: "/notifications".into(),
        vi: "Thông báo".into(),
        en: "Notification".into(),
    })
}

/// Marks one of `user`'s notifications read and answers where it leads (`None`: not theirs).
pub async fn open(pool: &Db, user: i64, id: i64) -> sqlx::Result<Option<String>> {
    let payload: Option<String> = sql::query_scalar(
        "UPDATE notifications SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING CAST(payload AS TEXT)",
    )
    .bind(id)
    .bind(user)
    .bind(now_iso())
    .fetch_optional(pool)
    .await?;
    Ok(payload.map(|p| parse(&p).link))
}

pub async fn mark_all_read(pool: &Db, user: i64) -> sqlx::Result<u64> {
    let done = sql::query("UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL")
        .bind(user)
        .bind(now_iso())
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// The user's e-mail preference (`immediate` | `daily` | `off`).
pub async fn preference(pool: &Db, user: i64) -> sqlx::Result<String> {
    sql::query_scalar("SELECT notify_email FROM users WHERE id = $1").bind(user).fetch_one(pool).await
}

/// Saves the preference and the language mail is written in.
pub async fn set_preference(pool: &Db, user: i64, pref: &str, lang: &str) -> sqlx::Result<()> {
    sql::query("UPDATE users SET notify_email = $2, lang = $3 WHERE id = $1")
        .bind(user)
        .bind(pref)
        .bind(lang)
        .execute(pool)
        .await?;
    Ok(())
}

/// The stored payload (`notifications.payload`, JSON).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Payload {
    /// Site-relative address the notification opens, e.g. `/collab/42`.
    pub link: String,
    /// One line in Vietnamese and in English.
    pub vi: String,
    pub en: String,
}

/// Notifies one user. `kind` names the event (`collab.sent`, `listing.approved`,
/// `application.accepted`…) for filtering and e-mail subjects.
pub async fn user(conn: &mut Conn, user_id: i64, kind: &str, payload: &Payload) -> sqlx::Result<()> {
    sql::query("INSERT INTO notifications (user_id, kind, payload, created_at) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(kind)
        .bind(serde_json::to_value(payload).unwrap_or_else(|_| serde_json::json!({})))
        .bind(now_iso())
        .execute(conn)
        .await?;
    Ok(())
}

/// Notifies every member (owners and editors) of an organisation, except `skip` (the actor,
/// who already knows). Returns how many users were notified.
pub async fn org(conn: &mut Conn, org_id: i64, skip: Option<i64>, kind: &str, payload: &Payload) -> sqlx::Result<u64> {
    let done = sql::query(
        "INSERT INTO notifications (user_id, kind, payload, created_at)
         SELECT m.user_id, $2, $3, $4 FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.org_id = $1 AND u.disabled = FALSE AND ($5 IS NULL OR m.user_id <> $5)",
    )
    .bind(org_id)
    .bind(kind)
    .bind(serde_json::to_value(payload).unwrap_or_else(|_| serde_json::json!({})))
    .bind(now_iso())
    .bind(skip)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
