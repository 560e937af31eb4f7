//! Organisations, created by their owner through the "new organisation" write.

use super::unique;
use super::user::{User, staff, user};
use app::backend::db::Db;
use app::backend::store::statements::{admin, org_manage};
use app::domain::kind::OrgKind;

#[derive(Clone, Debug)]
pub struct Org {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    /// The account that created it (its only owner unless a test adds more).
    pub owner: User,
}

pub struct OrgBuilder {
    kind: OrgKind,
    name: Option<String>,
    short: String,
    location: Option<String>,
    sectors: Vec<String>,
    verified: bool,
    owner: Option<User>,
}

/// An unverified organisation of `kind` in Ninh Bình, with one sector and a fresh owner.
pub fn org(kind: OrgKind) -> OrgBuilder {
    OrgBuilder {
        kind,
        name: None,
        short: "Tổ chức dựng cho một bài kiểm thử".into(),
        location: Some("ninh-binh".into()),
        sectors: vec!["high-tech-agriculture".into()],
        verified: false,
        owner: None,
    }
}

impl OrgBuilder {
    pub fn name(mut self, name: &str) -> Self {
        self.name = Some(name.into());
        self
    }

    pub fn short(mut self, short: &str) -> Self {
        self.short = short.into();
        self
    }

    pub fn sectors(mut self, sectors: &[&str]) -> Self {
        self.sectors = sectors.iter().map(|s| s.to_string()).collect();
        self
    }

    /// Verified by the Department's staff (the admin write, with its audit entry).
    pub fn verified(mut self) -> Self {
        self.verified = true;
        self
    }

    /// Created by this account rather than a new one.
    pub fn owner(mut self, owner: &User) -> Self {
        self.owner = Some(owner.clone());
        self
    }

    pub async fn create(self, db: &Db) -> Org {
        let owner = match self.owner {
            Some(owner) => owner,
            None => user().create(db).await,
        };
        let name = self.name.unwrap_or_else(|| format!("Tổ chức thử {} {}", self.kind.as_str(), unique()));
        let new = org_manage::NewOrg {
            kind: self.kind,
            name_vi: name.clone(),
            short_vi: self.short,
            location_code: self.location,
            website: None,
            sectors: self.sectors,
        };
        let slug = org_manage::create(db, owner.id, &new).await.expect("create org").expect("a new name");
        let id = org_manage::id_by_slug(db, &slug).await.expect("org id").expect("the new org");
        if self.verified {
            let staff = staff(db).await;
            admin::set_verified(db, staff.id, id, true).await.expect("verify");
        }
        Org { id, slug, name, kind: self.kind, owner }
    }
}
