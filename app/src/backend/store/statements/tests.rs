//! Store tests on a real, seeded SQLite file.

use crate::backend::db;
use crate::backend::db::sql;
use crate::backend::store::Store;
use crate::backend::store::seed::{SeedOptions, seed_demo};
use crate::backend::store::testing::{Fixture, TestDb};
use crate::domain::dto::{Catalogue, Profile};
use crate::domain::{Directory, FacetKey, ListQuery, OrgKind};

async fn seeded() -> (Store, TestDb) {
    let test_db = TestDb::new(Fixture::Empty).await;
    seed_demo(&test_db.db, &SeedOptions::new(11, 1), &|_, _| {}).await.expect("seed");
    (Store::new(test_db.db.clone()), test_db)
}

fn query(pairs: &[(&str, &str)]) -> ListQuery {
    ListQuery::from_pairs(pairs.iter().copied())
}

/// A facet value's count is exactly what filtering by it lists, in every directory.
#[tokio::test]
async fn facet_counts_match_filtered_totals() {
    let (store, _dir) = seeded().await;
    for dir in Directory::ALL {
        let all = store.list_orgs(dir.kinds(), dir.facets(), &query(&[])).await.expect("list");
        assert!(all.page.total_hits > 0, "{dir}");
        for facet in &all.facets {
            for value in &facet.values {
                let q = query(&[(facet.key.as_str(), value.value.as_str())]);
                let filtered = store.list_orgs(dir.kinds(), dir.facets(), &q).await.expect("filtered");
                assert_eq!(filtered.page.total_hits, value.count, "{dir} {}={}", facet.key, value.value);
            }
        }
    }
}

#[tokio::test]
async fn catalogue_facets_match_too() {
    let (store, _dir) = seeded().await;
    for cat in Catalogue::ALL {
        let all = store.list_items(*cat, &query(&[]), "2026-11-25").await.expect("list");
        assert!(all.page.total_hits > 0, "{cat:?}");
        for facet in &all.facets {
            for value in facet.values.iter().take(4) {
                let q = query(&[(facet.key.as_str(), value.value.as_str())]);
                let filtered = store.list_items(*cat, &q, "2026-11-25").await.expect("filtered");
                assert_eq!(filtered.page.total_hits, value.count, "{cat:?} {}={}", facet.key, value.value);
            }
        }
        let first = &all.page.hits[0];
        let detail = store.item(*cat, &first.slug).await.expect("detail").expect("found");
        assert_eq!(detail.card.slug, first.slug);
        assert!(!detail.sections.is_empty(), "{cat:?} has sections");
    }
}

/// The home page promises what the lists show, whatever the date: offers that expired by
/// then leave both (issue 21 found the home page saying 107 offers where /offers listed 97).
#[tokio::test]
async fn home_counts_are_the_lists_totals_on_any_date() {
    let (store, _dir) = seeded().await;
    let published: i64 =
        sql::query_scalar("SELECT COUNT(*) FROM technology_offers WHERE status IN ('published', 'transferred')")
            .fetch_one(store.db())
            .await
            .expect("count");
    for today in ["2026-11-25", "2027-06-30", "2031-01-01"] {
        let home = store.home(today).await.expect("home");
        let total = |cat| {
            let store = &store;
            async move { store.list_items(cat, &query(&[]), today).await.expect("list").page.total_hits }
        };
        assert_eq!(home.offers, total(Catalogue::Offers).await, "offers on {today}");
        assert_eq!(home.challenges, total(Catalogue::Challenges).await, "challenges on {today}");
        assert_eq!(home.research, total(Catalogue::Research).await, "research on {today}");
        if today == "2031-01-01" {
            assert!(home.offers < u64::try_from(published).expect("count"), "some offers have expired by {today}");
        }
    }
}

#[tokio::test]
async fn pages_partition_the_list_and_names_match_without_diacritics() {
    let (store, _dir) = seeded().await;
    let kinds = Directory::Startups.kinds();
    let mut seen = std::collections::HashSet::new();
    let total = store.list_orgs(kinds, &[], &query(&[])).await.expect("list").page.total_hits;
    let pages = ListQuery { per_page: 50, ..query(&[]) }.total_pages(total);
    for page in 1..=pages {
        let q = query(&[("per_page", "50"), ("page", &page.to_string())]);
        for hit in store.list_orgs(kinds, &[], &q).await.expect("page").page.hits {
            assert!(seen.insert(hit.slug), "a startup appears twice");
        }
    }
    assert_eq!(seen.len() as u64, total);
    let some = store.list_orgs(kinds, &[], &query(&[("per_page", "1")])).await.expect("one").page.hits.remove(0);
    let folded = crate::backend::text::fold(&some.name.vi);
    let found = store.list_orgs(kinds, &[], &query(&[("q", &folded)])).await.expect("search");
    assert!(found.page.hits.iter().any(|h| h.slug == some.slug));
}

#[tokio::test]
async fn each_kind_gets_its_profile() {
    let (store, _dir) = seeded().await;
    let mut checked = 0;
    for kind in OrgKind::ALL {
        let list = store.list_orgs(&[*kind], &[], &query(&[("per_page", "1")])).await.expect("list");
        // a seed may draw no organisation of a rare kind (R&D centres)
        let Some(first) = list.page.hits.first() else { continue };
        checked += 1;
        let slug = &first.slug;
        let org = store.org(slug).await.expect("org").expect("found");
        let ok = matches!(
            (kind, &org.profile),
            (OrgKind::Startup, Profile::Startup { .. })
                | (OrgKind::Incubator | OrgKind::InnovationSpace, Profile::Incubator { .. })
                | (OrgKind::Investor, Profile::Investor { .. })
                | (OrgKind::Institute | OrgKind::University | OrgKind::RndCenter, Profile::Institute { .. })
                | (OrgKind::Enterprise, Profile::Enterprise { .. })
                | (OrgKind::Intermediary, Profile::Intermediary { .. })
                | (OrgKind::Agency, Profile::None)
        );
        assert!(ok, "{kind}: {:?}", org.profile);
    }
    assert!(checked >= 9, "only {checked} kinds seeded");
    assert!(store.org("khong-ton-tai").await.expect("lookup").is_none());
}

#[tokio::test]
async fn schema_rejects_impossible_states() {
    let (store, _dir) = seeded().await;
    let pool = store.db();
    let startup: (i64,) = sql::query_as("SELECT id FROM organizations WHERE kind = 'startup' LIMIT 1")
        .fetch_one(pool)
        .await
        .expect("startup");
    let enterprise: (i64,) = sql::query_as("SELECT id FROM organizations WHERE kind = 'enterprise' LIMIT 1")
        .fetch_one(pool)
        .await
        .expect("enterprise");
    // an investor profile on a startup
    refused(pool, "INSERT INTO investor_profiles (org_id, investor_type) VALUES ($1, 'vc')", &[startup.0]).await;
    // a task order posted by an enterprise
    refused(
        pool,
        "INSERT INTO challenges (slug, org_id, org_kind, is_task_order, title_vi, title_folded, funding_vnd,
             evaluation_criteria_vi, status, created_at, updated_at)
         VALUES ('x', $1, 'enterprise', TRUE, 'x', 'x', 1, 'x', 'draft', 'now', 'now')",
        &[enterprise.0],
    )
    .await;
    // a collaboration request to oneself
    refused(
        pool,
        "INSERT INTO collaboration_requests (from_org_id, to_org_id, target_type, intent, message, created_at, updated_at)
         VALUES ($1, $1, 'org', 'other', 'hi', 'now', 'now')",
        &[startup.0],
    )
    .await;
    // a declined request without a reason
    refused(
        pool,
        "INSERT INTO collaboration_requests (from_org_id, to_org_id, target_type, intent, message, state, created_at, updated_at)
         VALUES ($1, $2, 'org', 'other', 'hi', 'declined', 'now', 'now')",
        &[startup.0, enterprise.0],
    )
    .await;
}

/// Runs one insert in its own transaction (on PostgreSQL a failed statement spoils the rest of
/// its transaction) and asserts the schema refused it by a constraint, not by a mistake in the
/// statement.
async fn refused(pool: &db::Db, statement: &'static str, ids: &[i64]) {
    use sqlx::error::ErrorKind;
    let mut tx = db::begin_write(pool).await.expect("begin");
    let mut q = sql::query(statement);
    for id in ids {
        q = q.bind(*id);
    }
    let r = q.execute(&mut *tx).await;
    tx.rollback().await.expect("rollback");
    match r {
        Err(sqlx::Error::Database(e))
            if matches!(
                e.kind(),
                ErrorKind::CheckViolation | ErrorKind::ForeignKeyViolation | ErrorKind::NotNullViolation
            ) => {}
        other => panic!("{statement}: expected a constraint to refuse it, got {other:?}"),
    }
}

/// Two nodes on one database (README, "Running several nodes"): the writing node's lists show
/// a write at once; another node's cached lists may show the old state for at most `LIST_TTL`.
#[tokio::test]
async fn another_nodes_lists_are_stale_at_most_the_list_ttl() {
    let (a, test_db) = seeded().await;
    let b = Store::new(test_db.db.clone());
    let kinds = Directory::Enterprises.kinds();
    let q = query(&[("q", "zyqcache")]);
    let total = async |s: &Store| s.list_orgs(kinds, &[], &q).await.expect("list").page.total_hits;
    assert_eq!(total(&b).await, 0, "nothing is named so yet");
    // node A renames an enterprise, as its profile form does, and forgets its own lists
    sql::query(
        "UPDATE organizations SET name_vi = 'Công ty Zyqcache', name_folded = 'cong ty zyqcache'
         WHERE id = (SELECT MIN(id) FROM organizations WHERE kind = 'enterprise' AND hidden = FALSE)",
    )
    .execute(a.db())
    .await
    .expect("rename");
    a.invalidate();
    assert_eq!(total(&a).await, 1, "the writing node shows its write at once");
    tokio::time::sleep(super::super::LIST_TTL + std::time::Duration::from_millis(200)).await;
    assert_eq!(total(&b).await, 1, "another node shows it once its cached list has expired");
}

/// The directories are filtered, counted and paged in memory (`store::directory`); each rule
/// is checked here against SQL written out on its own, on either engine.
#[tokio::test]
async fn the_directory_in_memory_agrees_with_sql() {
    let (store, _dir) = seeded().await;
    let db = store.db().clone();
    let slugs =
        async |sql: &'static str| -> Vec<String> { sql::query_scalar(sql).fetch_all(&db).await.expect("slugs") };
    let listed = async |kinds: &[OrgKind], pairs: &[(&str, &str)]| {
        store
            .list_orgs(kinds, &[], &query(pairs))
            .await
            .expect("list")
            .page
            .hits
            .into_iter()
            .map(|h| h.slug)
            .collect::<Vec<_>>()
    };
    let startups = Directory::Startups.kinds();
    // order by folded name, then id; and newest first, then by name
    let by_name = "SELECT slug FROM organizations WHERE hidden = FALSE AND kind = 'startup'
                   ORDER BY name_folded, id LIMIT 10 OFFSET 10";
    assert_eq!(listed(startups, &[("per_page", "10"), ("page", "2")]).await, slugs(by_name).await);
    let newest = "SELECT slug FROM organizations WHERE hidden = FALSE AND kind = 'startup'
                  ORDER BY created_at DESC, name_folded, id LIMIT 10";
    assert_eq!(listed(startups, &[("per_page", "10"), ("sort", "newest")]).await, slugs(newest).await);
    // two filters together, and a name fragment (folded, anywhere in the name)
    let all = store.list_orgs(startups, Directory::Startups.facets(), &query(&[])).await.expect("list");
    let top = |key: FacetKey| all.facets.iter().find(|f| f.key == key).expect("facet").values[0].value.clone();
    let (sector, stage) = (top(FacetKey::Sector), top(FacetKey::Stage));
    let both: Vec<String> = sql::query_scalar(
        "SELECT o.slug FROM organizations o JOIN startup_profiles sp ON sp.org_id = o.id
          WHERE o.hidden = FALSE AND o.kind = 'startup' AND sp.stage = $2
            AND EXISTS (SELECT 1 FROM org_sectors s WHERE s.org_id = o.id AND s.sector_code = $1)
          ORDER BY o.name_folded, o.id",
    )
    .bind(&sector)
    .bind(&stage)
    .fetch_all(&db)
    .await
    .expect("filtered");
    assert!(!both.is_empty());
    assert_eq!(listed(startups, &[("sector", &sector), ("stage", &stage), ("per_page", "100")]).await, both);
    let named: Vec<String> = sql::query_scalar(
        "SELECT slug FROM organizations WHERE hidden = FALSE AND kind = 'startup' AND name_folded LIKE '%lab%'
          ORDER BY name_folded, id",
    )
    .fetch_all(&db)
    .await
    .expect("named");
    assert!(!named.is_empty());
    assert_eq!(listed(startups, &[("q", "LAB"), ("per_page", "100")]).await, named);
    // an investor's stages count once each, beside the startups' own
    let investors =
        store.list_orgs(Directory::Investors.kinds(), &[FacetKey::Stage], &query(&[])).await.expect("investors");
    let mut counted: Vec<(String, i64)> = sql::query_as(
        "SELECT st.stage, COUNT(*) FROM investor_stages st JOIN organizations o ON o.id = st.org_id
          WHERE o.hidden = FALSE AND o.kind = 'investor' GROUP BY st.stage",
    )
    .fetch_all(&db)
    .await
    .expect("stages");
    counted.sort();
    let mut shown: Vec<(String, i64)> =
        investors.facets[0].values.iter().map(|v| (v.value.clone(), v.count as i64)).collect();
    shown.sort();
    assert_eq!(shown, counted);
    // a hidden organisation leaves the directory with this node's next read
    let gone = &all.page.hits[0].slug;
    sql::query("UPDATE organizations SET hidden = TRUE WHERE slug = $1").bind(gone).execute(&db).await.expect("hide");
    store.invalidate();
    let after = store.list_orgs(startups, &[], &query(&[])).await.expect("list");
    assert_eq!(after.page.total_hits, all.page.total_hits - 1);
    assert!(after.page.hits.iter().all(|h| &h.slug != gone));
}
