//! Who writes what: demo accounts and the things each may change, read from the database
//! before the soak starts. Each profile, registration and application has a single writer, so
//! its final state can be checked against that writer's answers.

use app::backend::db::Db;
use app::backend::db::sql;
use app::backend::store::statements::applications;
use app::domain::kind::OrgKind;
use std::collections::HashSet;

/// An organisation's profile as its form shows it, to post back with one field changed.
#[derive(sqlx::FromRow, Clone)]
pub struct Profile {
    pub slug: String,
    pub name_vi: String,
    pub name_en: Option<String>,
    pub short_vi: String,
    pub short_en: Option<String>,
    pub description_en: Option<String>,
    pub location_code: Option<String>,
    pub address: Option<String>,
    pub founded_year: Option<i64>,
    pub website: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    #[sqlx(skip)]
    pub sectors: Vec<String>,
}

pub struct Draft {
    pub org: String,
    pub programme: String,
    pub questions: Vec<i64>,
}

#[derive(Default)]
pub struct Plan {
    /// (account, collaboration request id)
    pub messages: Vec<(String, i64)>,
    /// (account, organisation slug) of an editor whose organisation may publish offers
    pub offers: Vec<(String, String)>,
    pub profiles: Vec<(String, Profile)>,
    /// (account, event slug): future published events the account has no registration for
    pub registrations: Vec<(String, String)>,
    pub drafts: Vec<(String, Draft)>,
    pub admin: String,
}

const EDITORS: &str = "SELECT u.email, o.slug, o.kind FROM memberships m
      JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id
     WHERE m.role IN ('owner', 'editor') AND u.disabled = FALSE AND u.password_hash IS NOT NULL
       AND u.email LIKE 'demo.%' AND o.hidden = FALSE
     ORDER BY o.id, u.id";

pub async fn plan(pool: &Db, per_kind: usize) -> anyhow::Result<Plan> {
    let mut p = Plan { messages: crate::bench::writes::pick_pairs(pool, per_kind).await?, ..Plan::default() };
    p.admin = sql::query_scalar(
        "SELECT email FROM users WHERE role = 'admin' AND disabled = FALSE AND email LIKE 'demo.%' ORDER BY id LIMIT 1",
    )
    .fetch_optional(pool)
    .await?
    .ok_or_else(|| anyhow::anyhow!("no demo administrator: seed the database (ketnoi seed-demo)"))?;

    let editors: Vec<(String, String, String)> = sql::query_as(EDITORS).fetch_all(pool).await?;
    let publishers = ["institute", "university", "rnd_center", "startup", "enterprise"];
    p.offers = editors
        .iter()
        .filter(|(_, _, kind)| publishers.contains(&kind.as_str()))
        .map(|(email, slug, _)| (email.clone(), slug.clone()))
        .take(per_kind)
        .collect();

    // one writer per profile, the organisations after those that publish offers
    let mut orgs = HashSet::new();
    for (email, slug, _) in editors.iter().rev() {
        if p.profiles.len() == per_kind || !orgs.insert(slug.clone()) {
            continue;
        }
        let mut profile: Profile = sql::query_as(
            "SELECT slug, name_vi, name_en, short_vi, short_en, description_en, location_code,
                    address, founded_year, website, contact_name, contact_email, contact_phone
               FROM organizations WHERE slug = $1",
        )
        .bind(slug)
        .fetch_one(pool)
        .await?;
        profile.sectors = sql::query_scalar(
            "SELECT s.sector_code FROM org_sectors s JOIN organizations o ON o.id = s.org_id WHERE o.slug = $1",
        )
        .bind(slug)
        .fetch_all(pool)
        .await?;
        p.profiles.push((email.clone(), profile));
    }

    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let pairs: Vec<(String, String)> = sql::query_as(
        "SELECT u.email, e.slug FROM events e CROSS JOIN users u
          WHERE e.published = TRUE AND e.starts_at > $1 AND u.email LIKE 'demo.%' AND u.disabled = FALSE
            AND u.email_verified_at IS NOT NULL AND u.password_hash IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM event_registrations r WHERE r.event_id = e.id AND r.email = u.email)
          ORDER BY u.id, e.starts_at",
    )
    .bind(&now)
    .fetch_all(pool)
    .await?;
    let mut users = HashSet::new();
    p.registrations = pairs.into_iter().filter(|(email, _)| users.insert(email.clone())).take(per_kind).collect();

    let today = app::backend::vn_time::today();
    let open: Vec<String> = sql::query_scalar(
        "SELECT slug FROM programmes WHERE published = TRUE AND opens_on <= $1 AND closes_on >= $1 ORDER BY id",
    )
    .bind(&today)
    .fetch_all(pool)
    .await?;
    let mut taken = HashSet::new();
    for slug in open {
        let Some(programme) = applications::published(pool, &slug).await? else { continue };
        let questions: Vec<i64> =
            sql::query_scalar("SELECT id FROM programme_questions WHERE programme_id = $1 ORDER BY position")
                .bind(programme.id)
                .fetch_all(pool)
                .await?;
        if questions.is_empty() {
            continue;
        }
        for (email, org, kind) in &editors {
            let org_id: i64 =
                sql::query_scalar("SELECT id FROM organizations WHERE slug = $1").bind(org).fetch_one(pool).await?;
            let applied: i64 = sql::query_scalar(
                "SELECT count(*) FROM applications WHERE programme_id = $1 AND applicant_org_id = $2",
            )
            .bind(programme.id)
            .bind(org_id)
            .fetch_one(pool)
            .await?;
            let admitted = OrgKind::parse(kind).is_some_and(|k| programme.admits(org_id, k));
            if p.drafts.len() < per_kind && admitted && applied == 0 && taken.insert(org.clone()) {
                let draft = Draft { org: org.clone(), programme: slug.clone(), questions: questions.clone() };
                p.drafts.push((email.clone(), draft));
            }
        }
    }
    Ok(p)
}
