//! Merging a duplicate organisation into the one that stays: everything that hangs off the
//! duplicate moves over, its slug keeps answering with a redirect, and the duplicate goes.

use super::{AdminError, commit_audited};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use serde_json::{Map, json};

/// What moves, in order: `$1` is the duplicate, `$2` the organisation that stays. Rows that
/// would collide with one the survivor has (the same member, sector, application…) or that
/// would point the survivor at itself (a request between the two) stay behind and go with the
/// duplicate: its foreign keys cascade.
const MOVES: &[(&str, &str)] = &[
    // a member of both keeps the stronger role
    (
        "memberships",
        "INSERT INTO memberships (user_id, org_id, role, created_at)
         SELECT user_id, $2, role, created_at FROM memberships WHERE org_id = $1
         ON CONFLICT (user_id, org_id) DO UPDATE SET
             role = CASE WHEN excluded.role = 'owner' THEN 'owner' ELSE memberships.role END",
    ),
    (
        "org_claims",
        "UPDATE org_claims SET org_id = $2 WHERE org_id = $1 AND NOT (status = 'pending' AND EXISTS (
             SELECT 1 FROM org_claims c WHERE c.org_id = $2 AND c.user_id = org_claims.user_id AND c.status = 'pending'))",
    ),
    (
        "org_invitations",
        "UPDATE org_invitations SET org_id = $2 WHERE org_id = $1 AND NOT EXISTS (
             SELECT 1 FROM org_invitations i WHERE i.org_id = $2 AND i.email = org_invitations.email)",
    ),
    (
        "org_sectors",
        "INSERT INTO org_sectors (org_id, sector_code) SELECT $2, sector_code FROM org_sectors WHERE org_id = $1
         ON CONFLICT DO NOTHING",
    ),
    // the kinds' lists, where the survivor has the profile they belong to
    (
        "startup_needs",
        "INSERT INTO startup_needs (org_id, need) SELECT $2, need FROM startup_needs WHERE org_id = $1
         AND EXISTS (SELECT 1 FROM startup_profiles WHERE org_id = $2) ON CONFLICT DO NOTHING",
    ),
    (
        "incubator_services",
        "INSERT INTO incubator_services (org_id, service) SELECT $2, service FROM incubator_services WHERE org_id = $1
         AND EXISTS (SELECT 1 FROM incubator_profiles WHERE org_id = $2) ON CONFLICT DO NOTHING",
    ),
    (
        "investor_stages",
        "INSERT INTO investor_stages (org_id, stage) SELECT $2, stage FROM investor_stages WHERE org_id = $1
         AND EXISTS (SELECT 1 FROM investor_profiles WHERE org_id = $2) ON CONFLICT DO NOTHING",
    ),
    (
        "intermediary_services",
        "INSERT INTO intermediary_services (org_id, kind, service)
         SELECT $2, kind, service FROM intermediary_services WHERE org_id = $1 ON CONFLICT DO NOTHING",
    ),
    (
        "investments_made",
        "UPDATE investments SET investor_id = $2 WHERE investor_id = $1
         AND EXISTS (SELECT 1 FROM investor_profiles WHERE org_id = $2) AND NOT EXISTS (
             SELECT 1 FROM investments i WHERE i.investor_id = $2 AND i.startup_id = investments.startup_id
             AND i.round = investments.round)",
    ),
    (
        "investments_received",
        "UPDATE investments SET startup_id = $2 WHERE startup_id = $1
         AND EXISTS (SELECT 1 FROM startup_profiles WHERE org_id = $2) AND NOT EXISTS (
             SELECT 1 FROM investments i WHERE i.startup_id = $2 AND i.investor_id = investments.investor_id
             AND i.round = investments.round)",
    ),
    (
        "incubated_startups",
        "UPDATE startup_profiles SET incubated_by = CASE WHEN org_id = $2 THEN NULL ELSE $2 END WHERE incubated_by = $1",
    ),
    ("technology_offers", "UPDATE technology_offers SET org_id = $2 WHERE org_id = $1"),
    // same kind, so the composite key (org_id, org_kind) still holds
    ("challenges", "UPDATE challenges SET org_id = $2 WHERE org_id = $1"),
    ("research_outputs", "UPDATE research_outputs SET org_id = $2 WHERE org_id = $1"),
    ("programmes", "UPDATE programmes SET org_id = $2 WHERE org_id = $1"),
    (
        "applications",
        "UPDATE applications SET applicant_org_id = $2 WHERE applicant_org_id = $1 AND NOT EXISTS (
             SELECT 1 FROM applications a WHERE a.applicant_org_id = $2 AND a.programme_id = applications.programme_id)",
    ),
    ("events", "UPDATE events SET organiser_org_id = $2 WHERE organiser_org_id = $1"),
    ("event_registrations", "UPDATE event_registrations SET org_id = $2 WHERE org_id = $1"),
    (
        "requests_sent",
        "UPDATE collaboration_requests SET from_org_id = $2 WHERE from_org_id = $1 AND to_org_id <> $2",
    ),
    (
        "requests_received",
        "UPDATE collaboration_requests SET to_org_id = $2 WHERE to_org_id = $1 AND from_org_id <> $2",
    ),
    ("collaboration_messages", "UPDATE collaboration_messages SET author_org_id = $2 WHERE author_org_id = $1"),
    // slugs merged into the duplicate earlier now lead to the survivor
    ("org_redirects", "UPDATE org_redirects SET org_id = $2 WHERE org_id = $1"),
];

/// One side of a merge, as the checks and the audit entry need it.
#[derive(sqlx::FromRow)]
struct MergedOrgRow {
    slug: String,
    name_vi: String,
    kind: String,
    verified: bool,
}

/// Merges organisation `dup` into the one at `into_slug`, in one transaction with its audit
/// entry.
/// Refused for the same organisation twice or for two of different kinds (their profiles and
/// challenges are kind-specific; a wrongly classified duplicate is fixed first).
#[tracing::instrument(skip(pool))]
pub async fn merge_orgs(pool: &Db, actor: i64, dup: i64, into_slug: &str) -> Result<(), AdminError> {
    let mut tx = begin_write(pool).await?;
    let into: Option<(i64,)> =
        sql::query_as("SELECT id FROM organizations WHERE slug = $1").bind(into_slug).fetch_optional(&mut *tx).await?;
    let Some((into,)) = into else { return Err(AdminError::Refused("no organisation at that slug")) };
    if dup == into {
        return Err(AdminError::Refused("an organisation cannot be merged into itself"));
    }
    let find = "SELECT slug, name_vi, kind, verified FROM organizations WHERE id = $1";
    let d: Option<MergedOrgRow> = sql::query_as(find).bind(dup).fetch_optional(&mut *tx).await?;
    let t: Option<MergedOrgRow> = sql::query_as(find).bind(into).fetch_optional(&mut *tx).await?;
    let (Some(d), Some(t)) = (d, t) else {
        return Err(AdminError::NotFound);
    };
    if d.kind != t.kind {
        return Err(AdminError::Refused("organisations of different kinds"));
    }
    let mut moved = Map::new();
    for (what, sql) in MOVES {
        let n = sql::query(*sql).bind(dup).bind(into).execute(&mut *tx).await?.rows_affected();
        if n > 0 {
            moved.insert((*what).to_string(), json!(n));
        }
    }
    sql::query(
        "INSERT INTO org_redirects (slug, org_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (slug) DO UPDATE SET org_id = excluded.org_id",
    )
    .bind(&d.slug)
    .bind(into)
    .bind(now_iso())
    .execute(&mut *tx)
    .await?;
    sql::query("DELETE FROM organizations WHERE id = $1").bind(dup).execute(&mut *tx).await?;
    let before = json!({ "id": dup, "slug": d.slug, "name": d.name_vi, "kind": d.kind, "verified": d.verified });
    let after = json!({ "merged_into": into, "slug": t.slug, "name": t.name_vi, "moved": moved });
    commit_audited(tx, actor, "org.merge", ("organization", dup), before, after).await
}
