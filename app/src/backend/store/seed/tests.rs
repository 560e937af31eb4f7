use super::{SeedOptions, SeedReport, seed_demo};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::store::testing::{Fixture, TestDb};
use std::sync::atomic::{AtomicU64, Ordering};

/// A migrated, empty database on the suite's engine.
struct TempDb {
    pool: Db,
    _db: TestDb,
}

impl TempDb {
    async fn new() -> TempDb {
        let test_db = TestDb::new(Fixture::Empty).await;
        TempDb { pool: test_db.db.clone(), _db: test_db }
    }

    async fn seed(&self, seed: u64, scale: u32) -> SeedReport {
        let calls = AtomicU64::new(0);
        let last = AtomicU64::new(0);
        let progress = |done: u64, total: u64| {
            assert!(done <= total);
            calls.fetch_add(1, Ordering::Relaxed);
            last.store(done, Ordering::Relaxed);
        };
        let report = seed_demo(&self.pool, &SeedOptions::new(seed, scale), &progress).await.expect("seed");
        assert!(calls.load(Ordering::Relaxed) > 1, "progress is reported along the way");
        assert!(last.load(Ordering::Relaxed) > 1000);
        report
    }

    async fn count(&self, sql: &'static str) -> i64 {
        sql::query_scalar(sql).fetch_one(&self.pool).await.expect(sql)
    }

    async fn text(&self, sql: &'static str) -> String {
        sql::query_scalar::<Option<String>>(sql).fetch_one(&self.pool).await.expect(sql).unwrap_or_default()
    }

    /// Everything a reader would notice, in id order.
    async fn snapshot(&self) -> String {
        let mut out = String::new();
        for sql in [
            "SELECT group_concat(concat_ws('|', id, slug, name_vi, name_en, description_vi, location_code, verified, created_at), '\n') FROM (SELECT * FROM organizations ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', id, slug, title_vi, summary_vi, status, published_at, price_vnd), '\n') FROM (SELECT * FROM technology_offers ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', id, slug, title_vi, status, deadline), '\n') FROM (SELECT * FROM challenges ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', id, slug, authors, abstract_vi), '\n') FROM (SELECT * FROM research_outputs ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', id, from_org_id, to_org_id, state, message, created_at), '\n') FROM (SELECT * FROM collaboration_requests ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', request_id, from_state, to_state, at), '\n') FROM (SELECT * FROM collaboration_transitions ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', slug, starts_at, venue), '\n') FROM (SELECT * FROM events ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', slug, opens_on, closes_on), '\n') FROM (SELECT * FROM programmes ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', programme_id, applicant_org_id, state), '\n') FROM (SELECT * FROM applications ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', email, display_name, role), '\n') FROM (SELECT * FROM users ORDER BY id) AS t",
            "SELECT group_concat(concat_ws('|', investor_id, startup_id, round, amount_vnd), '\n') FROM (SELECT * FROM investments ORDER BY id) AS t",
        ] {
            out.push_str(&self.text(sql).await);
            out.push('\u{1e}');
        }
        out
    }
}

#[tokio::test]
async fn seeds_at_least_the_demo_sizes() {
    let db = TempDb::new().await;
    let r = db.seed(42, 1).await;
    println!("{r:?}");
    let at_least = [
        (8, "SELECT count(*) FROM organizations WHERE kind IN ('incubator', 'innovation_space')"),
        (8, "SELECT count(*) FROM incubator_profiles"),
        (160, "SELECT count(*) FROM startup_profiles"),
        (90, "SELECT count(*) FROM startup_profiles WHERE incubated_by IS NOT NULL"),
        (22, "SELECT count(*) FROM investor_profiles"),
        (
            1,
            "SELECT count(*) FROM investor_profiles p JOIN organizations o ON o.id = p.org_id \
             WHERE p.investor_type = 'public_fund' AND o.name_vi = 'Quỹ Đầu tư mạo hiểm tỉnh Ninh Bình (mẫu)'",
        ),
        (80, "SELECT count(*) FROM investments"),
        (14, "SELECT count(*) FROM institute_profiles"),
        (65, "SELECT count(*) FROM enterprise_profiles"),
        (6, "SELECT count(*) FROM organizations WHERE kind = 'agency'"),
        (1, "SELECT count(*) FROM organizations WHERE kind = 'agency' AND name_vi LIKE 'Sở Khoa học và Công nghệ%'"),
        (8, "SELECT count(DISTINCT org_id) FROM intermediary_services"),
        (160, "SELECT count(*) FROM technology_offers"),
        (100, "SELECT count(*) FROM technology_offers WHERE status = 'published'"),
        (6, "SELECT count(DISTINCT status) FROM technology_offers"),
        (30, "SELECT count(DISTINCT offer_id) FROM offer_research"),
        (45, "SELECT count(*) FROM challenges"),
        (12, "SELECT count(*) FROM challenges WHERE is_task_order = TRUE"),
        (5, "SELECT count(DISTINCT status) FROM challenges"),
        (220, "SELECT count(*) FROM research_outputs"),
        (5, "SELECT count(DISTINCT output_type) FROM research_outputs"),
        (12, "SELECT count(*) FROM programmes"),
        (3, "SELECT count(*) FROM programmes WHERE closes_on >= '2027-01-01'"),
        (6, "SELECT count(DISTINCT state) FROM applications"),
        (5, "SELECT count(*) FROM application_reviews"),
        (18, "SELECT count(*) FROM events"),
        (5, "SELECT count(DISTINCT event_type) FROM events"),
        (5, "SELECT count(*) FROM events WHERE starts_at < '2026-06-01'"),
        (5, "SELECT count(*) FROM events WHERE starts_at > '2026-12-01'"),
        (100, "SELECT count(*) FROM event_registrations"),
        (40, "SELECT count(*) FROM users WHERE sample = TRUE"),
        (40, "SELECT count(*) FROM memberships"),
        (60, "SELECT count(*) FROM collaboration_requests"),
        (8, "SELECT count(DISTINCT state) FROM collaboration_requests"),
        (3, "SELECT count(DISTINCT target_type) FROM collaboration_requests"),
        (60, "SELECT count(*) FROM collaboration_messages"),
        (24, "SELECT count(*) FROM kpi_actuals"),
    ];
    for (min, sql) in at_least {
        let n = db.count(sql).await;
        assert!(n >= min, "{sql}: {n} < {min}");
    }
    assert_eq!(r.organizations, 283);
    assert_eq!((r.offers, r.challenges, r.research), (160, 45, 220));
    assert_eq!((r.programmes, r.events, r.collaborations, r.users), (12, 18, 60, 40));
    assert_eq!(db.count("SELECT count(*) FROM organizations WHERE sample = FALSE").await, 0);
    // ~40 % verified
    let verified = db.count("SELECT count(*) FROM organizations WHERE verified = TRUE").await;
    assert!((70..=170).contains(&verified), "{verified} verified");
    // every agreement request has its agreement, every trail starts with NULL → sent and ends in the state
    assert_eq!(
        db.count("SELECT count(*) FROM collaboration_requests WHERE state = 'agreement'").await,
        db.count("SELECT count(*) FROM agreements").await
    );
    assert_eq!(
        db.count("SELECT count(*) FROM collaboration_transitions WHERE from_state IS NULL AND to_state = 'sent'").await,
        60
    );
    assert_eq!(
        db.count("SELECT count(*) FROM collaboration_requests r WHERE r.state = (SELECT to_state FROM collaboration_transitions t \
                  WHERE t.request_id = r.id ORDER BY at DESC, id DESC LIMIT 1)").await,
        60
    );
    assert_eq!(
        db.count("SELECT count(*) FROM agreements WHERE signed_on NOT BETWEEN '2025-01-01' AND '2026-12-31'").await,
        0
    );
    // text is NFC, folded names match, contacts use reserved domains
    let names: Vec<(String, String)> =
        sql::query_as("SELECT name_vi, name_folded FROM organizations").fetch_all(&db.pool).await.expect("names");
    for (name, folded) in names {
        assert_eq!(crate::backend::text::nfc(&name), name);
        assert_eq!(crate::backend::text::fold(&name), folded);
    }
    assert_eq!(db.count("SELECT count(*) FROM organizations WHERE contact_email NOT LIKE '%.example.com'").await, 0);
    assert_eq!(db.count("SELECT count(*) FROM organizations WHERE contact_phone NOT LIKE '0229 555 %'").await, 0);
    assert_eq!(
        db.count("SELECT count(*) FROM technology_offers WHERE status = 'published' AND expires_at IS NULL").await,
        0
    );
}

#[tokio::test]
async fn same_seed_same_data_and_reseeding_replaces() {
    let a = TempDb::new().await;
    a.seed(7, 1).await;
    let first = a.snapshot().await;
    let orgs = a.count("SELECT count(*) FROM organizations").await;
    let rows = a.count("SELECT (SELECT count(*) FROM org_sectors) + (SELECT count(*) FROM collaboration_transitions) + (SELECT count(*) FROM event_registrations) + (SELECT count(*) FROM kpi_actuals)").await;
    a.seed(7, 1).await;
    assert_eq!(a.count("SELECT count(*) FROM organizations").await, orgs, "re-seeding does not duplicate");
    assert_eq!(a.count("SELECT (SELECT count(*) FROM org_sectors) + (SELECT count(*) FROM collaboration_transitions) + (SELECT count(*) FROM event_registrations) + (SELECT count(*) FROM kpi_actuals)").await, rows);
    assert!(a.snapshot().await == first, "re-seeding gives the same data");
    let b = TempDb::new().await;
    b.seed(7, 1).await;
    assert!(b.snapshot().await == first, "the same seed gives the same data in another database");
    b.seed(8, 1).await;
    assert!(b.snapshot().await != first, "another seed gives other data");
}

#[tokio::test]
async fn scale_multiplies_the_corpus() {
    let db = TempDb::new().await;
    let r = db.seed(1, 3).await;
    assert_eq!(r.organizations, 3 * 283);
    assert_eq!((r.offers, r.challenges, r.research, r.events, r.collaborations), (480, 135, 660, 54, 180));
    assert_eq!(db.count("SELECT count(*) FROM organizations WHERE kind = 'startup'").await, 480);
    assert_eq!(db.count("SELECT count(*) FROM kpi_actuals").await, 24);
    assert_eq!(db.count("SELECT count(*) FROM sectors").await, 15);
}

/// The demo looks as full on any day as on the day it was made: its lists' totals (what the
/// home page counts) at the moment seeded for, now and years ahead.
#[tokio::test]
async fn the_demo_stays_full_whatever_the_date() {
    use crate::backend::store::statements::catalogues;
    use crate::domain::dto::Catalogue;
    let in_2029 = chrono::DateTime::from_timestamp(1_877_569_200, 0).expect("2029-07-01T03:00:00Z");
    for at in [crate::backend::vn_time::now(), in_2029] {
        let db = TempDb::new().await;
        let opts = SeedOptions { now: at.timestamp(), ..SeedOptions::new(2030, 1) };
        seed_demo(&db.pool, &opts, &|_, _| {}).await.expect("seed");
        let today = (at + chrono::Duration::hours(7)).format("%Y-%m-%d").to_string();
        let total = |cat| {
            let (pool, today) = (db.pool.clone(), today.clone());
            async move { catalogues::total(&pool, cat, &today).await.expect("total") }
        };
        let (offers, challenges) = (total(Catalogue::Offers).await, total(Catalogue::Challenges).await);
        let (programmes, events) = (total(Catalogue::Programmes).await, total(Catalogue::Events).await);
        println!("{today}: {offers} offers, {challenges} challenges, {programmes} programmes, {events} events");
        assert!(offers >= 120, "{today}: {offers} live offers");
        assert!(challenges >= 40, "{today}: {challenges} live challenges");
        assert!(programmes >= 6, "{today}: {programmes} programmes listed");
        assert!(events >= 8, "{today}: {events} events listed");
    }
}
