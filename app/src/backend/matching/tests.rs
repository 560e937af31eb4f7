//! Matching on the demo data (seed 2030, scale 1): a labelled set of good and bad pairs with
//! precision@5, the exclusion rules, and the reasons.

mod eval;
mod rules;

use crate::backend::db;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::search::{Searcher, rebuild};
use crate::backend::seed::{SeedOptions, seed_demo};
use crate::domain::search::DocGroup;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// The day the tests match on: the seed's anchor plus half a year, so that programmes and
/// listings are open or closed the same way whenever the tests run.
pub const TODAY: &str = "2026-11-27";

fn template() -> &'static PathBuf {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        std::thread::spawn(|| {
            let dir = std::env::temp_dir().join(format!("ketnoi-match-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("temp dir");
            let path = dir.join("template.db");
            let _ = std::fs::remove_file(&path);
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async {
                let pool = db::connect(&format!("sqlite://{}", path.display())).await.expect("connect");
                db::migrate(&pool).await.expect("migrate");
                seed_demo(&pool, &SeedOptions { seed: 2030, scale: 1 }, &|_, _| {}).await.expect("seed");
                sql::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&pool).await.expect("checkpoint");
                pool.close().await;
            });
            path
        })
        .join()
        .expect("seeding thread")
    })
}

pub(super) struct Fixture {
    pub pool: Db,
    pub searcher: Arc<Searcher>,
    pub _dir: tempfile::TempDir,
}

impl Fixture {
    pub async fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let db_path = dir.path().join("t.db");
        std::fs::copy(template(), &db_path).expect("copy template");
        let pool = db::connect(&format!("sqlite://{}", db_path.display())).await.expect("connect");
        let root = dir.path().join("index");
        rebuild(&pool, &root, |_, _| {}).await.expect("rebuild");
        let searcher = Arc::new(Searcher::open(&root).expect("open index"));
        Fixture { pool, searcher, _dir: dir }
    }

    pub async fn id(&self, group: DocGroup, slug: &str) -> i64 {
        let sql = match group {
            DocGroup::Org => "SELECT id FROM organizations WHERE slug = $1",
            DocGroup::Offer => "SELECT id FROM technology_offers WHERE slug = $1",
            DocGroup::Challenge => "SELECT id FROM challenges WHERE slug = $1",
            DocGroup::Programme => "SELECT id FROM programmes WHERE slug = $1",
            _ => unreachable!("no such subject"),
        };
        sql::query_scalar(sql).bind(slug).fetch_one(&self.pool).await.unwrap_or_else(|e| panic!("{slug}: {e}"))
    }
}
