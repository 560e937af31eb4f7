//! People: an account with a known password, a platform role and memberships.

use super::{Org, unique};
use crate::browser::Browser;
use crate::support::TestApp;
use app::backend::db::Db;
use app::backend::secrets::password;
use app::backend::store::statements::{members, users};
use app::domain::account::{MemberRole, PlatformRole};
use tokio::sync::OnceCell;

/// Every built account's password.
pub const PASSWORD: &str = "Builder-Tràng-An-2030";

/// The argon2 hash of [`PASSWORD`], computed once per process (it costs a second in debug).
async fn hash() -> &'static str {
    static HASH: OnceCell<String> = OnceCell::const_new();
    HASH.get_or_init(|| password::hash(PASSWORD.to_string())).await
}

#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
}

impl User {
    /// A browser signed in as this user.
    pub async fn browser(&self, app: &TestApp) -> Browser {
        let b = Browser::new(app);
        b.sign_in(&self.email, PASSWORD).await;
        b
    }
}

pub struct UserBuilder {
    name: Option<String>,
    email: Option<String>,
    role: PlatformRole,
    verified: bool,
    memberships: Vec<(i64, i64, MemberRole)>,
}

/// A confirmed member account with no organisation.
pub fn user() -> UserBuilder {
    UserBuilder { name: None, email: None, role: PlatformRole::Member, verified: true, memberships: Vec::new() }
}

impl UserBuilder {
    pub fn name(mut self, name: &str) -> Self {
        self.name = Some(name.into());
        self
    }

    pub fn email(mut self, email: &str) -> Self {
        self.email = Some(email.into());
        self
    }

    /// The platform role (admin, moderator); members by default.
    pub fn role(mut self, role: PlatformRole) -> Self {
        self.role = role;
        self
    }

    /// An account whose e-mail address is not confirmed yet.
    pub fn unverified(mut self) -> Self {
        self.verified = false;
        self
    }

    /// A member of `org` with `role`, joined the way people join: the owner's invitation,
    /// accepted.
    pub fn member_of(mut self, org: &Org, role: MemberRole) -> Self {
        self.memberships.push((org.id, org.owner.id, role));
        self
    }

    pub async fn create(self, db: &Db) -> User {
        let n = unique();
        let name = self.name.unwrap_or_else(|| format!("Người thử {n}"));
        let email = self.email.unwrap_or_else(|| format!("nguoi.thu.{n}@builders.test"));
        let id = users::create(db, &email, &name, Some(hash().await), self.verified)
            .await
            .expect("create user")
            .expect("a new e-mail");
        if self.role != PlatformRole::Member {
            users::set_role(db, id, self.role.as_str()).await.expect("platform role");
        }
        for (org, owner, role) in self.memberships {
            let token = members::invite(db, owner, org, &email, role).await.expect("invite").expect("not a member yet");
            members::accept(db, id, &email, &token).await.expect("accept").expect("an open invitation");
        }
        User { id, email, name }
    }
}

/// The Department's staff account (an admin) that verifies organisations and approves
/// listings for the builders; created on first use.
pub async fn staff(db: &Db) -> User {
    const EMAIL: &str = "can.bo.so@builders.test";
    match users::find_by_email(db, EMAIL).await.expect("look up staff") {
        Some(found) => User { id: found.id, email: EMAIL.into(), name: "Cán bộ Sở".into() },
        None => user().name("Cán bộ Sở").email(EMAIL).role(PlatformRole::Admin).create(db).await,
    }
}
