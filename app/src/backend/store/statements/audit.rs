//! The audit log of privileged and membership actions: who, what, when, before and after.
//! Written in the same transaction as the change it records, so neither exists without the other.

use crate::backend::db::Conn;
use crate::backend::db::now_iso;
use crate::backend::db::sql;

pub struct Entry<'a> {
    pub actor: Option<i64>,
    /// `org.verify`, `claim.approve`, `user.disable`, `member.invite`…
    pub action: &'a str,
    /// `organization`, `user`, `claim`, `membership`…
    pub entity_type: &'a str,
    pub entity_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record(conn: &mut Conn, e: Entry<'_>) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO audit_log (at, actor_user_id, action, entity_type, entity_id, before_json, after_json)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(now_iso())
    .bind(e.actor)
    .bind(e.action)
    .bind(e.entity_type)
    .bind(e.entity_id)
    .bind(e.before)
    .bind(e.after)
    .execute(conn)
    .await?;
    Ok(())
}

/// An entry about an organisation (its profile, members, claims), by a user.
pub async fn org_event(
    conn: &mut Conn,
    actor: i64,
    action: &str,
    org_id: i64,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> sqlx::Result<()> {
    record(
        conn,
        Entry { actor: Some(actor), action, entity_type: "organization", entity_id: org_id.to_string(), before, after },
    )
    .await
}
