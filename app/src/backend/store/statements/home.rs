//! The home page: counts by kind, catalogue totals and the latest entries.

use super::catalogues;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::store::StoreError;
use crate::domain::dto::{Catalogue, HomeData, KindCount};
use crate::domain::query::Sort;
use crate::domain::{FacetKey, ListQuery};

/// The home page's data on `today` (an ISO date: expired offers are not counted), with the
/// organisations counted by kind (`kinds`, from the directory's table).
pub async fn home(pool: &Db, today: &str, kinds: Vec<KindCount>) -> Result<HomeData, StoreError> {
    let latest = |cat, filters: Vec<(FacetKey, String)>| {
        let q = ListQuery { page: 1, per_page: 3, sort: Sort::Newest, q: None, filters };
        async move { catalogues::hits(pool, cat, &q, today).await }
    };
    let upcoming =
        ListQuery { page: 1, per_page: 3, filters: vec![(FacetKey::When, "upcoming".into())], ..Default::default() };
    let agreements =
        async { Ok::<i64, StoreError>(sql::query_scalar("SELECT COUNT(*) FROM agreements").fetch_one(pool).await?) };
    // the catalogue counts come from the lists' own SQL, so the home page never promises more
    // than a list shows; the statements run side by side on the pool's connections
    let (offers, challenges, research, agreements, latest_offers, latest_challenges, upcoming_events) = tokio::try_join!(
        catalogues::total(pool, Catalogue::Offers, today),
        catalogues::total(pool, Catalogue::Challenges, today),
        catalogues::total(pool, Catalogue::Research, today),
        agreements,
        latest(Catalogue::Offers, vec![]),
        latest(Catalogue::Challenges, vec![(FacetKey::Status, "open".into())]),
        catalogues::hits(pool, Catalogue::Events, &upcoming, today),
    )?;
    Ok(HomeData {
        kinds,
        offers,
        challenges,
        research,
        agreements: u64::try_from(agreements).unwrap_or(0),
        latest_offers,
        latest_challenges,
        upcoming_events,
    })
}
