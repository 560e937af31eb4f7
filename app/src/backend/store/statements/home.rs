//! The home page: counts by kind, catalogue totals and the latest entries.

use super::catalogues;
use super::rows::kind;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::store::StoreError;
use crate::domain::dto::{Catalogue, HomeData, KindCount};
use crate::domain::query::Sort;
use crate::domain::{FacetKey, ListQuery};

/// The home page's data on `today` (an ISO date: expired offers are not counted).
pub async fn home(pool: &Db, today: &str) -> Result<HomeData, StoreError> {
    let rows: Vec<(String, i64)> =
        sql::query_as("SELECT kind, COUNT(*) FROM organizations WHERE hidden = FALSE GROUP BY kind")
            .fetch_all(pool)
            .await?;
    let kinds = rows
        .into_iter()
        .map(|(k, n)| Ok(KindCount { kind: kind(&k)?, count: u64::try_from(n).unwrap_or(0) }))
        .collect::<Result<Vec<_>, StoreError>>()?;
    // the catalogue counts come from the lists' own SQL, so the home page never promises more
    // than a list shows
    let agreements: i64 = sql::query_scalar("SELECT COUNT(*) FROM agreements").fetch_one(pool).await?;
    let latest = |cat, filters: Vec<(FacetKey, String)>| {
        let q = ListQuery { page: 1, per_page: 3, sort: Sort::Newest, q: None, filters };
        async move { catalogues::list(pool, cat, &q, today).await.map(|p| p.page.hits) }
    };
    let mut upcoming_q = ListQuery { page: 1, per_page: 3, ..Default::default() };
    upcoming_q.filters.push((FacetKey::When, "upcoming".into()));
    Ok(HomeData {
        kinds,
        offers: catalogues::total(pool, Catalogue::Offers, today).await?,
        challenges: catalogues::total(pool, Catalogue::Challenges, today).await?,
        research: catalogues::total(pool, Catalogue::Research, today).await?,
        agreements: u64::try_from(agreements).unwrap_or(0),
        latest_offers: latest(Catalogue::Offers, vec![]).await?,
        latest_challenges: latest(Catalogue::Challenges, vec![(FacetKey::Status, "open".into())]).await?,
        upcoming_events: catalogues::list(pool, Catalogue::Events, &upcoming_q, today).await?.page.hits,
    })
}
