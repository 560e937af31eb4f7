//! Search tests on the demo data (seed 2030, scale 1) plus a few documents built to isolate one
//! ranking rule each: a relevance table (`relevance.rs`), facets, paging and suggestions
//! (`behaviour.rs`), and keeping the index in step with the database (`freshness.rs`).

mod behaviour;
mod freshness;
mod nodes;
mod relevance;

use super::{Searcher, rebuild};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::store::testing::{self, TestDb};
use crate::backend::text::fold;
use crate::domain::ListQuery;
use crate::domain::search::{SearchHit, SearchResults};
use std::path::PathBuf;

/// An organisation made for one ranking rule.
struct Made {
    slug: &'static str,
    name: &'static str,
    short: &'static str,
    name_en: Option<&'static str>,
    short_en: Option<&'static str>,
}

const fn made(slug: &'static str, name: &'static str, short: &'static str) -> Made {
    Made { slug, name, short, name_en: None, short_en: None }
}

/// Pairs differ in one respect only (same number of words in name and description), so that
/// only the rule under test can order them.
const MADE: &[Made] = &[
    // lụa (silk) and lúa (rice) fold alike: the spelling typed decides which comes first
    made("kt-lua-gao", "Làng nghề lúa Kiểm Thử", "Trồng lúa gạo nếp truyền thống."),
    made("kt-lua-to-tam", "Làng nghề lụa Kiểm Thử", "Dệt lụa tơ tằm truyền thống."),
    // "công nghệ" as a phrase against "công" … "nghệ" (turmeric) apart; the scattered one is
    // inserted first so that it would win a tie
    made("kt-zentra-nghe", "Zentra công ty tinh bột nghệ", "Doanh nghiệp mẫu cho kiểm thử."),
    made("kt-zentra-cong-nghe", "Zentra công nghệ tinh bột sắn", "Doanh nghiệp mẫu cho kiểm thử."),
    Made {
        name_en: Some("Tam Điệp Drone Co."),
        short_en: Some("Crop-spraying drones for rice fields."),
        ..made("kt-drone", "Công ty Bay Drone Tam Điệp", "Drone phun thuốc bảo vệ thực vật cho ruộng lúa.")
    },
    Made {
        name_en: Some("Vạn Xuân Bioproducts"),
        short_en: Some("A biotechnology company making microbial products for crops."),
        ..made("kt-biotech", "Công ty Sinh phẩm Vạn Xuân", "Chế phẩm vi sinh cho cây trồng.")
    },
];

/// The slug of the constructed offer whose listing expired long ago.
const EXPIRED_OFFER: &str = "kt-may-say-het-han";

/// The constructed documents, added to each test's copy of the demo data.
async fn add_made(pool: &Db) {
    for m in MADE {
        insert_org(pool, m.slug, m.name, m.short, m.name_en, m.short_en).await;
    }
    let owner = org_id(pool, "kt-drone").await;
    insert_offer(pool, owner, EXPIRED_OFFER, "Máy sấy nông sản Kiểm Thử hết hạn", Some("2001-01-31")).await;
    // Demo listings expire relative to the seed's anchor date while the search compares with
    // the real today: keep them listed so that results do not depend on when the tests run
    // (the constructed offer above covers expiry).
    sql::query("UPDATE technology_offers SET expires_at = NULL WHERE slug NOT LIKE 'kt-%'")
        .execute(pool)
        .await
        .expect("unexpire");
}

/// A copy of the demo data with the constructed documents, a freshly built index and a
/// `Searcher` on it.
pub(super) struct Fixture {
    pub pool: Db,
    pub searcher: Searcher,
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub async fn new() -> Fixture {
        let TestDb { db: pool, dir, .. } = TestDb::new(testing::Fixture::Demo).await;
        add_made(&pool).await;
        let root = dir.path().join("index");
        rebuild(&pool, &root, |_, _| {}).await.expect("rebuild");
        let searcher = Searcher::open(&root).expect("open index");
        Fixture { pool, searcher, dir }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// Searches with a URL query string such as `q=nông nghiệp&kind=startup`.
    pub fn search(&self, raw: &str) -> SearchResults {
        search(&self.searcher, raw)
    }

    /// Runs test-written SQL (sqlx wants `'static` text unless it is vouched for).
    pub async fn exec(&self, sql: &str) {
        let query = sql::query(sqlx::AssertSqlSafe(sql.to_string()));
        query.execute(&self.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}

pub(super) fn search(searcher: &Searcher, raw: &str) -> SearchResults {
    searcher.search(&ListQuery::parse(raw), false).unwrap_or_else(|e| panic!("search {raw:?} failed: {e}"))
}

/// Whether a search for `raw` lists the document with this slug (on its first 100 hits).
pub(super) fn finds(searcher: &Searcher, raw: &str, slug: &str) -> bool {
    search(searcher, &format!("{raw}&per_page=100")).hits.iter().any(|h| h.slug == slug)
}

pub(super) async fn insert_org(
    pool: &Db,
    slug: &str,
    name: &str,
    short: &str,
    name_en: Option<&str>,
    short_en: Option<&str>,
) -> i64 {
    sql::query_scalar(
        "INSERT INTO organizations (slug, kind, name_vi, name_en, name_folded, short_vi, short_en,
                                    created_at, updated_at)
         VALUES ($1, 'enterprise', $2, $3, $4, $5, $6, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
         RETURNING id",
    )
    .bind(slug)
    .bind(name)
    .bind(name_en)
    .bind(fold(name))
    .bind(short)
    .bind(short_en)
    .fetch_one(pool)
    .await
    .unwrap_or_else(|e| panic!("insert org {slug}: {e}"))
}

/// A published offer of `org`, negotiable price, TRL 6, no IP.
pub(super) async fn insert_offer(pool: &Db, org: i64, slug: &str, title: &str, expires: Option<&str>) -> i64 {
    sql::query_scalar(
        "INSERT INTO technology_offers (slug, org_id, title_vi, title_folded, summary_vi, trl, ip_status,
                                        price_negotiable, status, published_at, expires_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'Chào bán công nghệ mẫu.', 6, 'none', TRUE, 'published',
                 '2026-01-02T00:00:00Z', $5, '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')
         RETURNING id",
    )
    .bind(slug)
    .bind(org)
    .bind(title)
    .bind(fold(title))
    .bind(expires)
    .fetch_one(pool)
    .await
    .unwrap_or_else(|e| panic!("insert offer {slug}: {e}"))
}

pub(super) async fn org_id(pool: &Db, slug: &str) -> i64 {
    sql::query_scalar("SELECT id FROM organizations WHERE slug = $1")
        .bind(slug)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("org {slug}: {e}"))
}

/// `title (slug)` of the first hits, for failure messages.
pub(super) fn top(hits: &[SearchHit], n: usize) -> String {
    hits.iter().take(n).map(|h| format!("{} ({})", h.title, h.slug)).collect::<Vec<_>>().join("; ")
}
