//! Users: the list, platform roles, disabling and enabling accounts.

use super::{AdminError, commit_audited, contains_pattern, existing, page_of};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use crate::domain::account::PlatformRole;
use crate::domain::admin::{AdminPage, AdminQuery, UserRow};
use serde_json::json;

/// An account as the admin list shows it.
#[derive(sqlx::FromRow)]
struct UserSqlRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    disabled: bool,
    email_verified_at: Option<String>,
    created_at: String,
    last_login_at: Option<String>,
}

/// Users matching `q` (in the e-mail or the name) and `filter` (a role or `disabled`).
#[tracing::instrument(skip(pool))]
pub async fn list_users(pool: &Db, q: &AdminQuery) -> sqlx::Result<AdminPage<UserRow>> {
    const SQL: [&str; 2] = paged!(
        "id, email, display_name, role, disabled, email_verified_at, created_at, last_login_at",
        "FROM users WHERE ($1 IS NULL OR email LIKE $1 ESCAPE '\\' OR display_name LIKE $1 ESCAPE '\\')
         AND ($2 IS NULL OR role = $2) AND ($3 = FALSE OR disabled = TRUE)",
        "ORDER BY email LIMIT $4 OFFSET $5"
    );
    // Names are matched as typed: SQLite's LIKE ignores case for ASCII only, and users have no
    // folded copy of their name (there are a few hundred, not worth one).
    let text = q.q.as_deref().map(|s| contains_pattern(&s.to_lowercase()));
    let role = q.filter.as_deref().and_then(PlatformRole::parse).map(|r| r.as_str());
    let disabled = q.filter.as_deref() == Some("disabled");
    page_of(
        pool,
        q,
        SQL,
        |s| s.bind(&text).bind(role).bind(disabled),
        |r: UserSqlRow| UserRow {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            role: PlatformRole::parse(&r.role).unwrap_or(PlatformRole::Member),
            disabled: r.disabled,
            email_verified: r.email_verified_at.is_some(),
            created_at: r.created_at,
            last_login_at: r.last_login_at,
        },
    )
    .await
}

/// Gives `user` the platform role `role`.
#[tracing::instrument(skip(pool))]
pub async fn set_role(pool: &Db, actor: i64, user: i64, role: PlatformRole) -> Result<(), AdminError> {
    let mut tx = begin_write(pool).await?;
    let (before,): (String,) = existing(&mut tx, "SELECT role FROM users WHERE id = $1", user).await?;
    sql::query("UPDATE users SET role = $2, updated_at = $3 WHERE id = $1")
        .bind(user)
        .bind(role.as_str())
        .bind(now_iso())
        .execute(&mut *tx)
        .await?;
    let (before, after) = (json!({ "role": before }), json!({ "role": role.as_str() }));
    commit_audited(tx, actor, "user.role", ("user", user), before, after).await
}

/// Disables (or enables again) `user`. Disabling also deletes their sessions, so they are
/// signed out at once, wherever they are.
#[tracing::instrument(skip(pool))]
pub async fn set_disabled(pool: &Db, actor: i64, user: i64, disabled: bool) -> Result<(), AdminError> {
    let mut tx = begin_write(pool).await?;
    let (before,): (bool,) = existing(&mut tx, "SELECT disabled FROM users WHERE id = $1", user).await?;
    sql::query("UPDATE users SET disabled = $2, updated_at = $3 WHERE id = $1")
        .bind(user)
        .bind(disabled)
        .bind(now_iso())
        .execute(&mut *tx)
        .await?;
    let ended = if disabled {
        sql::query("DELETE FROM sessions WHERE user_id = $1").bind(user).execute(&mut *tx).await?.rows_affected()
    } else {
        0
    };
    let action = if disabled { "user.disable" } else { "user.enable" };
    let (before, after) = (json!({ "disabled": before }), json!({ "disabled": disabled, "sessions_ended": ended }));
    commit_audited(tx, actor, action, ("user", user), before, after).await
}
