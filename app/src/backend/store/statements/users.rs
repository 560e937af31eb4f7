//! Accounts: users, their memberships, one-time e-mail tokens, sign-in throttling and sessions.
//! Plain functions over the pool (SQLite), in SQL that PostgreSQL also accepts.

use crate::backend::db::Db;
use crate::backend::db::now_iso;
use crate::backend::db::sql;
use crate::backend::secrets::tokens;
use crate::domain::account::{MemberRole, Membership, PlatformRole, Viewer};
use crate::domain::dto::Text;
use sqlx::FromRow;

/// A user row as sign-in needs it. Holds the password hash: no `Debug`, never serialised.
#[derive(FromRow)]
pub struct UserAuth {
    pub id: i64,
    pub email: String,
    pub password_hash: Option<String>,
    pub email_verified_at: Option<String>,
    pub disabled: bool,
    pub locked_until: Option<i64>,
}

pub async fn find_by_email(pool: &Db, email: &str) -> sqlx::Result<Option<UserAuth>> {
    sql::query_as(
        "SELECT id, email, password_hash, email_verified_at, disabled, locked_until FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(pool)
    .await
}

pub async fn find_by_id(pool: &Db, id: i64) -> sqlx::Result<Option<UserAuth>> {
    sql::query_as("SELECT id, email, password_hash, email_verified_at, disabled, locked_until FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Creates an account; `None` when the e-mail is taken. `verified` for addresses a provider
/// vouched for.
pub async fn create(
    pool: &Db,
    email: &str,
    display_name: &str,
    password_hash: Option<&str>,
    verified: bool,
) -> sqlx::Result<Option<i64>> {
    let now = now_iso();
    let id: Option<(i64,)> = sql::query_as(
        "INSERT INTO users (email, display_name, password_hash, email_verified_at, role, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'member', $5, $5) ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email)
    .bind(display_name)
    .bind(password_hash)
    .bind(verified.then_some(&now))
    .bind(&now)
    .fetch_optional(pool)
    .await?;
    Ok(id.map(|(id,)| id))
}

/// A session's user, as the viewer needs it.
#[derive(FromRow)]
struct ViewerRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    email_verified_at: Option<String>,
}

/// One of a user's organisations; `id` is the organisation's, `role` the user's in it.
#[derive(FromRow)]
struct MembershipRow {
    id: i64,
    slug: String,
    name_vi: String,
    name_en: Option<String>,
    role: String,
    verified: bool,
}

/// The viewer of a session: `None` for unknown or disabled users (their session ends).
pub async fn viewer(pool: &Db, id: i64) -> sqlx::Result<Option<Viewer>> {
    let row: Option<ViewerRow> = sql::query_as(
        "SELECT id, email, display_name, role, email_verified_at FROM users WHERE id = $1 AND disabled = FALSE",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some(ViewerRow { id, email, display_name, role, email_verified_at }) = row else { return Ok(None) };
    let memberships: Vec<MembershipRow> = sql::query_as(
        "SELECT o.id, o.slug, o.name_vi, o.name_en, m.role, o.verified FROM memberships m
         JOIN organizations o ON o.id = m.org_id WHERE m.user_id = $1 ORDER BY o.name_folded",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    Ok(Some(Viewer {
        id,
        email,
        display_name,
        role: PlatformRole::parse(&role).unwrap_or(PlatformRole::Member),
        email_verified: email_verified_at.is_some(),
        memberships: memberships
            .into_iter()
            .filter_map(|m| {
                Some(Membership {
                    org_id: m.id,
                    slug: m.slug,
                    name: Text::new(m.name_vi, m.name_en),
                    role: MemberRole::parse(&m.role)?,
                    verified: m.verified,
                })
            })
            .collect(),
    }))
}

/// Failures before the account starts to wait, and the longest wait.
pub const FREE_FAILURES: i64 = 5;
const MAX_LOCK_SECS: i64 = 15 * 60;

/// Counts a failed sign-in. From the 5th failure on, the account waits 30 s, doubling each
/// time up to 15 minutes, whatever the client's address.
pub async fn record_failure(pool: &Db, id: i64) -> sqlx::Result<()> {
    let (failures,): (i64,) =
        sql::query_as("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins")
            .bind(id)
            .fetch_one(pool)
            .await?;
    if failures >= FREE_FAILURES {
        let secs = (30_i64 << (failures - FREE_FAILURES).min(10)).min(MAX_LOCK_SECS);
        sql::query("UPDATE users SET locked_until = $2 WHERE id = $1")
            .bind(id)
            .bind(tokens::now_unix() + secs)
            .execute(pool)
            .await?;
    }
    Ok(())
}

pub async fn record_success(pool: &Db, id: i64) -> sqlx::Result<()> {
    sql::query("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now_iso())
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn set_password(pool: &Db, id: i64, hash: &str) -> sqlx::Result<()> {
    sql::query(
        "UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(hash)
    .bind(now_iso())
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn mark_verified(pool: &Db, id: i64) -> sqlx::Result<()> {
    sql::query("UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2), updated_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now_iso())
        .execute(pool)
        .await?;
    Ok(())
}

/// Ends every session of a user (password reset, account disabled), but the one kept.
pub async fn end_sessions(pool: &Db, user_id: i64, keep_id_hash: Option<&str>) -> sqlx::Result<()> {
    sql::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2")
        .bind(user_id)
        .bind(keep_id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

/// Token purposes, as stored.
pub const VERIFY_EMAIL: &str = "verify_email";
pub const RESET_PASSWORD: &str = "reset_password";

/// Issues a one-time link token; older unused tokens of the same purpose stop working.
pub async fn issue_token(pool: &Db, user_id: i64, purpose: &str, ttl_secs: i64) -> sqlx::Result<String> {
    let token = tokens::new_token();
    let now = tokens::now_unix();
    let mut tx = pool.begin().await?;
    sql::query("DELETE FROM auth_tokens WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL")
        .bind(user_id)
        .bind(purpose)
        .execute(&mut *tx)
        .await?;
    sql::query(
        "INSERT INTO auth_tokens (token_hash, user_id, purpose, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(tokens::hash(&token))
    .bind(user_id)
    .bind(purpose)
    .bind(now + ttl_secs)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// Uses a token once: the user it belongs to, or `None` if unknown, used or expired.
pub async fn consume_token(pool: &Db, token: &str, purpose: &str) -> sqlx::Result<Option<i64>> {
    let now = tokens::now_unix();
    let row: Option<(i64,)> = sql::query_as(
        "UPDATE auth_tokens SET used_at = $3 WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL
         AND expires_at > $3 RETURNING user_id",
    )
    .bind(tokens::hash(token))
    .bind(purpose)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// Whether a token is still usable (the reset page checks before showing its form).
pub async fn token_valid(pool: &Db, token: &str, purpose: &str) -> sqlx::Result<bool> {
    let row: Option<(i64,)> = sql::query_as(
        "SELECT user_id FROM auth_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(tokens::hash(token))
    .bind(purpose)
    .bind(tokens::now_unix())
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// Sets a platform role (`admin`, `moderator`, `member`); used by the CLI's first admin.
pub async fn set_role(pool: &Db, id: i64, role: &str) -> sqlx::Result<()> {
    sql::query("UPDATE users SET role = $2, disabled = FALSE, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(role)
        .bind(now_iso())
        .execute(pool)
        .await?;
    Ok(())
}
