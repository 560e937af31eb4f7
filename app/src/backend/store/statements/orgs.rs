//! The organisation directories' rows: every public organisation with what its card shows
//! and what the directory filters and counts by, in one statement. The filtering, counting
//! and paging happen in memory (`store::directory`): a directory holds hundreds to tens of
//! thousands of organisations, and a page asked nine aggregate queries of the database.

use super::rows::{OrgCardRow, split_codes};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::store::StoreError;
use crate::domain::dto::{FacetValue, OrgCard};

/// One public organisation as the directory reads it.
pub struct DirectoryOrg {
    pub id: i64,
    pub card: OrgCard,
    pub name_folded: String,
    pub location_code: Option<String>,
    pub size: Option<String>,
    /// An investor's stages (a startup's own stage is the card's).
    pub investor_stages: Vec<String>,
    pub needs: Vec<String>,
    /// Incubator and intermediary services, one entry per row of either table.
    pub services: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(sqlx::FromRow)]
struct DirectoryRow {
    #[sqlx(flatten)]
    card: OrgCardRow,
    id: i64,
    name_folded: String,
    location_code: Option<String>,
    size: Option<String>,
    stages: Option<String>,
    needs: Option<String>,
    incubator_services: Option<String>,
    intermediary_services: Option<String>,
    created_at: String,
    updated_at: String,
}

const DIRECTORY_SQL: &str = "
    SELECT o.id, o.slug, o.kind, o.name_vi, o.name_en, o.short_vi, o.short_en, o.name_folded,
           o.location_code, l.name_vi AS location, o.founded_year, o.verified, o.sample, sp.stage,
           ip.investor_type, ep.size, o.logo_path AS logo, o.created_at, o.updated_at,
           (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM org_sectors s WHERE s.org_id = o.id) AS sectors,
           (SELECT group_concat(stage, ',' ORDER BY stage) FROM investor_stages st WHERE st.org_id = o.id) AS stages,
           (SELECT group_concat(need, ',' ORDER BY need) FROM startup_needs n WHERE n.org_id = o.id) AS needs,
           (SELECT group_concat(service, ',' ORDER BY service) FROM incubator_services x WHERE x.org_id = o.id)
             AS incubator_services,
           (SELECT group_concat(service, ',' ORDER BY service) FROM intermediary_services y WHERE y.org_id = o.id)
             AS intermediary_services
      FROM organizations o
      LEFT JOIN startup_profiles sp ON sp.org_id = o.id
      LEFT JOIN investor_profiles ip ON ip.org_id = o.id
      LEFT JOIN enterprise_profiles ep ON ep.org_id = o.id
      LEFT JOIN locations l ON l.code = o.location_code
     WHERE o.hidden = FALSE";

/// Every public organisation, in no particular order.
pub async fn directory(pool: &Db) -> Result<Vec<DirectoryOrg>, StoreError> {
    let rows: Vec<DirectoryRow> = sql::query_as(DIRECTORY_SQL).fetch_all(pool).await?;
    rows.into_iter()
        .map(|r| {
            let mut services = split_codes(r.incubator_services);
            services.extend(split_codes(r.intermediary_services));
            Ok(DirectoryOrg {
                id: r.id,
                card: r.card.into_card()?,
                name_folded: r.name_folded,
                location_code: r.location_code,
                size: r.size,
                investor_stages: split_codes(r.stages),
                needs: split_codes(r.needs),
                services,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
        })
        .collect()
}

/// Sorts facet values by count (then value) and drops empty ones.
pub fn facet_values(rows: Vec<(Option<String>, Option<String>, i64)>) -> Vec<FacetValue> {
    let mut values: Vec<FacetValue> = rows
        .into_iter()
        .filter_map(|(v, label, n)| Some(FacetValue { value: v?, label, count: u64::try_from(n).ok()? }))
        .filter(|v| v.count > 0)
        .collect();
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    values
}

/// An organisation's name in both languages, by id.
pub async fn names(pool: &Db, id: i64) -> sqlx::Result<Option<(String, Option<String>)>> {
    sql::query_as("SELECT name_vi, name_en FROM organizations WHERE id = $1").bind(id).fetch_optional(pool).await
}

/// An organisation's kind code, by id.
pub async fn kind(pool: &Db, id: i64) -> sqlx::Result<Option<String>> {
    sql::query_scalar("SELECT kind FROM organizations WHERE id = $1").bind(id).fetch_optional(pool).await
}
