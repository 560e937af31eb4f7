//! Notifications. Every feature that tells someone something inserts rows here, in the same
//! transaction as the change itself, so a rolled-back change notifies no one. What a
//! notification says is fixed when it is written (both languages), so the list, the badge and
//! the e-mail worker never need to know the feature that wrote it.

pub mod mailer;

use crate::backend::db::Conn;
use crate::backend::db::now_iso;
use crate::backend::db::sql;
use serde::{Deserialize, Serialize};

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
