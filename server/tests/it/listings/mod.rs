//! Publishing through HTTP, each test on an empty database with its own organisations, members
//! and moderator: a member drafts, submits and (after a moderator approves) publishes an offer
//! that search then finds; refused forms come back with every value and translated messages;
//! every step out of turn, by the wrong person or signed out changes nothing; task orders and
//! research links keep their rules; the expiry reminder goes out once.

mod publish;
mod rules;
mod turns;

use crate::builders::{Org, User};
use app::backend::db::Db;
use app::backend::store::statements::listings::read;
use app::backend::store::statements::{admin, notifications};
use app::domain::admin::AdminQuery;
use app::domain::listing::{ListingKind, ListingRow};

/// The offer at `slug`, as the store reads it: (id, stage, moderator's note).
async fn offer_at(db: &Db, slug: &str) -> read::ListingRef {
    read::listing(db, ListingKind::Offer, slug).await.expect("offer").expect("the offer")
}

/// The offer's edit-form values (a draft's unset fields empty).
async fn values(db: &Db, slug: &str) -> std::collections::BTreeMap<String, String> {
    let offer = offer_at(db, slug).await;
    read::values(db, ListingKind::Offer, offer.id).await.expect("values")
}

/// `org`'s listings in every state (the organisation's listings page).
async fn listings_of(db: &Db, org: &Org) -> Vec<ListingRow> {
    read::org_listings(db, org.id, &crate::support::vn_date(0)).await.expect("org listings")
}

/// What a refused step must leave untouched: the offer's stage, note, values and last change,
/// and the audit log's length.
async fn snapshot(db: &Db, org: &Org, slug: &str) -> String {
    let offer = offer_at(db, slug).await;
    let values = read::values(db, ListingKind::Offer, offer.id).await.expect("values");
    let row = listings_of(db, org).await.into_iter().find(|r| r.slug == slug);
    let audit = admin::audit_log(db, &AdminQuery { q: None, filter: None, page: 1 }).await.expect("audit").total;
    format!("{offer:?}|{values:?}|{row:?}|{audit}")
}

/// `who`'s notifications of `kind`: their links.
async fn told(db: &Db, who: &User, kind: &str) -> Vec<String> {
    let (rows, _) = notifications::list(db, who.id, 1).await.expect("notifications");
    rows.into_iter().filter(|n| n.kind == kind).map(|n| n.link).collect()
}

const COMPLETE_OFFER: &[(&str, &str)] = &[
    ("title_vi", "Máy sấy lúa Zephyrix tiết kiệm điện"),
    ("summary_vi", "Máy sấy lúa dùng **bơm nhiệt**. <script>alert(1)</script>"),
    ("problem_vi", "Lúa ướt sau thu hoạch bị hỏng."),
    ("advantages_vi", "Giảm 40% điện năng."),
    ("applications_vi", "Hợp tác xã nông nghiệp."),
    ("trl", "7"),
    ("ip_status", "pending_patent"),
    ("ip_number", "1-2026-01234"),
    ("price_vnd", "1.500.000.000"),
    ("sector", "high-tech-agriculture"),
    ("coop", "licence"),
    ("coop", "pilot"),
];

fn with(
    base: &[(&'static str, &'static str)],
    extra: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    let mut v = base.to_vec();
    v.extend_from_slice(extra);
    v
}
