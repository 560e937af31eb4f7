//! Who runs an organisation: owners invite people by e-mail and remove members; an invitation
//! is accepted by the signed-in user whose e-mail it was sent to.

use super::audit;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use crate::backend::secrets::tokens;
use crate::backend::store::Conflict;
use crate::domain::account::MemberRole;
use serde_json::json;

pub const INVITATION_TTL: i64 = 7 * 24 * 3600;

/// Records an invitation (replacing an open one to the same address) and returns its token.
pub async fn invite(
    pool: &Db,
    actor: i64,
    org_id: i64,
    email: &str,
    role: MemberRole,
) -> sqlx::Result<Result<String, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let member: Option<(i64,)> = sql::query_as(
        "SELECT CAST(1 AS BIGINT) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2",
    )
    .bind(org_id)
    .bind(email)
    .fetch_optional(&mut *tx)
    .await?;
    if member.is_some() {
        return Ok(Err(Conflict::AlreadyMember));
    }
    let token = tokens::new_token();
    sql::query(
        "INSERT INTO org_invitations (org_id, email, role, token_hash, invited_by, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (org_id, email) DO UPDATE SET role = excluded.role, token_hash = excluded.token_hash,
             invited_by = excluded.invited_by, expires_at = excluded.expires_at, accepted_at = NULL,
             created_at = excluded.created_at",
    )
    .bind(org_id)
    .bind(email)
    .bind(role.as_str())
    .bind(tokens::hash(&token))
    .bind(actor)
    .bind(tokens::now_unix() + INVITATION_TTL)
    .bind(now_iso())
    .execute(&mut *tx)
    .await?;
    audit::org_event(
        &mut tx,
        actor,
        "member.invite",
        org_id,
        None,
        Some(json!({ "email": email, "role": role.as_str() })),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(token))
}

/// Removes a member; the last owner stays (`Err(LastOwner)`).
pub async fn remove(pool: &Db, actor: i64, org_id: i64, user: i64) -> sqlx::Result<Result<(), Conflict>> {
    let mut tx = begin_write(pool).await?;
    let role: Option<(String,)> = sql::query_as("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?;
    let Some((role,)) = role else { return Ok(Err(Conflict::NotFound)) };
    if role == "owner" {
        let (owners,): (i64,) = sql::query_as("SELECT count(*) FROM memberships WHERE org_id = $1 AND role = 'owner'")
            .bind(org_id)
            .fetch_one(&mut *tx)
            .await?;
        if owners <= 1 {
            return Ok(Err(Conflict::LastOwner));
        }
    }
    sql::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user)
        .execute(&mut *tx)
        .await?;
    audit::org_event(&mut tx, actor, "member.remove", org_id, Some(json!({ "user_id": user, "role": role })), None)
        .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// An open invitation; `slug` is the organisation's.
#[derive(sqlx::FromRow)]
struct InvitationRow {
    id: i64,
    org_id: i64,
    role: String,
    slug: String,
}

/// Accepts an open invitation addressed to `email`; the organisation's slug on success.
pub async fn accept(pool: &Db, user: i64, email: &str, token: &str) -> sqlx::Result<Option<String>> {
    let mut tx = begin_write(pool).await?;
    let row: Option<InvitationRow> = sql::query_as(
        "SELECT i.id, i.org_id, i.role, o.slug FROM org_invitations i JOIN organizations o ON o.id = i.org_id
         WHERE i.token_hash = $1 AND i.email = $2 AND i.accepted_at IS NULL AND i.expires_at > $3",
    )
    .bind(tokens::hash(token))
    .bind(email)
    .bind(tokens::now_unix())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(InvitationRow { id: inv, org_id, role, slug }) = row else { return Ok(None) };
    let now = now_iso();
    sql::query(
        "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role",
    )
    .bind(user)
    .bind(org_id)
    .bind(&role)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    sql::query("UPDATE org_invitations SET accepted_at = $2 WHERE id = $1")
        .bind(inv)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    audit::org_event(&mut tx, user, "member.join", org_id, None, Some(json!({ "user_id": user, "role": role })))
        .await?;
    tx.commit().await?;
    Ok(Some(slug))
}
