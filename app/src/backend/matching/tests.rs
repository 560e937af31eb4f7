//! Matching on the demo data (seed 2030, scale 1): a labelled set of good and bad pairs with
//! precision@5, the exclusion rules, and the reasons.

mod eval;
mod rules;

use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::search::{Searcher, rebuild};
use crate::backend::store::testing::{self, TestDb};
use crate::domain::search::DocGroup;
use std::sync::Arc;

/// The day the tests match on: the seed's anchor plus half a year, so that programmes and
/// listings are open or closed the same way whenever the tests run.
pub const TODAY: &str = "2026-11-27";

pub(super) struct Fixture {
    pub pool: Db,
    pub searcher: Arc<Searcher>,
    pub _db: TestDb,
}

impl Fixture {
    pub async fn new() -> Fixture {
        let test_db = TestDb::new(testing::Fixture::Demo).await;
        let root = test_db.dir.path().join("index");
        rebuild(&test_db.db, &root, |_, _| {}).await.expect("rebuild");
        let searcher = Arc::new(Searcher::open(&root).expect("open index"));
        Fixture { pool: test_db.db.clone(), searcher, _db: test_db }
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
