//! Accounts behind provider identities: which user a (provider, subject) pair signs in as,
//! linking or creating one on first use.

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};

/// Whom a provider identity signs in as.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// Known identity, or one just linked to the account with its e-mail address, or a new one.
    User(i64),
    Disabled,
}

/// The user for a provider identity. Call only with an e-mail address the provider has
/// verified: an existing account with that address is linked on that word alone (and counts as
/// verified from then on). Otherwise a new account, verified and without a password, is made.
#[tracing::instrument(skip(pool, subject, email, display_name))]
pub async fn resolve(
    pool: &Db,
    provider: &str,
    subject: &str,
    email: &str,
    display_name: &str,
) -> sqlx::Result<Resolved> {
    let mut tx = begin_write(pool).await?;
    let known: Option<(i64, bool)> = sql::query_as(
        "SELECT u.id, u.disabled FROM user_identities i JOIN users u ON u.id = i.user_id
         WHERE i.provider = $1 AND i.subject = $2",
    )
    .bind(provider)
    .bind(subject)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((id, disabled)) = known {
        return Ok(if disabled { Resolved::Disabled } else { Resolved::User(id) });
    }
    let now = now_iso();
    let by_email: Option<(i64, bool)> =
        sql::query_as("SELECT id, disabled FROM users WHERE email = $1").bind(email).fetch_optional(&mut *tx).await?;
    let id = match by_email {
        Some((_, true)) => return Ok(Resolved::Disabled),
        Some((id, false)) => {
            sql::query(
                "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2), updated_at = $2 WHERE id = $1",
            )
            .bind(id)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => {
            let (id,): (i64,) = sql::query_as(
                "INSERT INTO users (email, display_name, password_hash, email_verified_at, role, created_at, updated_at)
                 VALUES ($1, $2, NULL, $3, 'member', $3, $3) RETURNING id",
            )
            .bind(email)
            .bind(display_name)
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?;
            id
        }
    };
    sql::query("INSERT INTO user_identities (user_id, provider, subject, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(provider)
        .bind(subject)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Resolved::User(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::store::testing::{Fixture, TestDb};

    async fn pool() -> (TestDb, Db) {
        let test_db = TestDb::new(Fixture::Empty).await;
        let pool = test_db.db.clone();
        (test_db, pool)
    }

    #[tokio::test]
    async fn creates_then_finds_then_links_by_email() {
        let (_dir, pool) = pool().await;
        let Resolved::User(a) = resolve(&pool, "test", "sub-a", "a@example.org", "A").await.expect("resolve") else {
            panic!("refused")
        };
        assert_eq!(
            resolve(&pool, "test", "sub-a", "changed@example.org", "A").await.expect("again"),
            Resolved::User(a)
        );

        let local = crate::backend::store::statements::users::create(&pool, "b@example.org", "B", Some("x"), false)
            .await
            .expect("create")
            .expect("new");
        assert_eq!(resolve(&pool, "other", "sub-b", "b@example.org", "B").await.expect("link"), Resolved::User(local));
        let verified: Option<String> = sql::query_scalar("SELECT email_verified_at FROM users WHERE id = $1")
            .bind(local)
            .fetch_one(&pool)
            .await
            .expect("row");
        assert!(verified.is_some());

        sql::query("UPDATE users SET disabled = TRUE WHERE id = $1").bind(local).execute(&pool).await.expect("disable");
        assert_eq!(resolve(&pool, "other", "sub-b", "b@example.org", "B").await.expect("known"), Resolved::Disabled);
        assert_eq!(resolve(&pool, "third", "sub-c", "b@example.org", "B").await.expect("email"), Resolved::Disabled);
    }
}
