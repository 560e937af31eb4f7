//! The home page: counts by kind, catalogue totals and the latest entries.

use super::catalogues;
use super::rows::kind;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::store::StoreError;
use crate::domain::dto::{Catalogue, HomeData, KindCount};
use crate::domain::query::Sort;
use crate::domain::{FacetKey, ListQuery};

/// The catalogues' totals.
#[derive(sqlx::FromRow)]
struct TotalsRow {
    offers: i64,
    challenges: i64,
    research: i64,
    agreements: i64,
}

pub async fn home(pool: &Db, today: &str) -> Result<HomeData, StoreError> {
    let rows: Vec<(String, i64)> =
        sql::query_as("SELECT kind, COUNT(*) FROM organizations WHERE hidden = FALSE GROUP BY kind")
            .fetch_all(pool)
            .await?;
    let kinds = rows
        .into_iter()
        .map(|(k, n)| Ok(KindCount { kind: kind(&k)?, count: u64::try_from(n).unwrap_or(0) }))
        .collect::<Result<Vec<_>, StoreError>>()?;
    let totals: TotalsRow = sql::query_as(
        "SELECT (SELECT COUNT(*) FROM technology_offers WHERE status IN ('published', 'transferred')) AS offers,
                (SELECT COUNT(*) FROM challenges WHERE status <> 'draft') AS challenges,
                (SELECT COUNT(*) FROM research_outputs WHERE status = 'published') AS research,
                (SELECT COUNT(*) FROM agreements) AS agreements",
    )
    .fetch_one(pool)
    .await?;
    let latest = |cat, filters: Vec<(FacetKey, String)>| {
        let q = ListQuery { page: 1, per_page: 3, sort: Sort::Newest, q: None, filters };
        async move { catalogues::list(pool, cat, &q, today).await.map(|p| p.page.hits) }
    };
    let mut upcoming_q = ListQuery { page: 1, per_page: 3, ..Default::default() };
    upcoming_q.filters.push((FacetKey::When, "upcoming".into()));
    Ok(HomeData {
        kinds,
        offers: u64::try_from(totals.offers).unwrap_or(0),
        challenges: u64::try_from(totals.challenges).unwrap_or(0),
        research: u64::try_from(totals.research).unwrap_or(0),
        agreements: u64::try_from(totals.agreements).unwrap_or(0),
        latest_offers: latest(Catalogue::Offers, vec![]).await?,
        latest_challenges: latest(Catalogue::Challenges, vec![(FacetKey::Status, "open".into())]).await?,
        upcoming_events: catalogues::list(pool, Catalogue::Events, &upcoming_q, today).await?.page.hits,
    })
}
