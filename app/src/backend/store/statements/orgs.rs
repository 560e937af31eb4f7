//! The organisation directories: one filtered list, its total and facet counts.
//! Every query shares `org_filter!()`; a facet's own count query binds NULL for its own
//! parameter, so each value's count is what clicking it would show.

use super::rows::{Dated, OrgCardRow, like_pattern};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::store::StoreError;
use crate::domain::dto::{DirectoryPage, Facet, FacetValue, OrgCard, Page};
use crate::domain::query::Sort;
use crate::domain::{FacetKey, ListQuery, OrgKind};

/// FROM … WHERE for public organisations. Parameters: $1–$3 kinds (NULL: every kind), $4 kind, $5 sector,
/// $6 location, $7 stage, $8 need, $9 investor type, $10 size, $11 service, $12 verified,
/// $13 name pattern (folded, LIKE).
macro_rules! org_filter {
    () => {
        " FROM organizations o
          LEFT JOIN startup_profiles sp ON sp.org_id = o.id
          LEFT JOIN investor_profiles ip ON ip.org_id = o.id
          LEFT JOIN enterprise_profiles ep ON ep.org_id = o.id
          LEFT JOIN locations l ON l.code = o.location_code
         WHERE o.hidden = FALSE AND ($1 IS NULL OR o.kind IN ($1, $2, $3))
           AND ($4 IS NULL OR o.kind = $4)
           AND ($5 IS NULL OR EXISTS (SELECT 1 FROM org_sectors s WHERE s.org_id = o.id AND s.sector_code = $5))
           AND ($6 IS NULL OR o.location_code = $6)
           AND ($7 IS NULL OR sp.stage = $7
                OR EXISTS (SELECT 1 FROM investor_stages st WHERE st.org_id = o.id AND st.stage = $7))
           AND ($8 IS NULL OR EXISTS (SELECT 1 FROM startup_needs n WHERE n.org_id = o.id AND n.need = $8))
           AND ($9 IS NULL OR ip.investor_type = $9)
           AND ($10 IS NULL OR ep.size = $10)
           AND ($11 IS NULL
                OR EXISTS (SELECT 1 FROM incubator_services x WHERE x.org_id = o.id AND x.service = $11)
                OR EXISTS (SELECT 1 FROM intermediary_services y WHERE y.org_id = o.id AND y.service = $11))
           AND ($12 IS NULL OR o.verified = $12)
           AND ($13 IS NULL OR o.name_folded LIKE $13 ESCAPE '\\') "
    };
}

const COUNT_SQL: &str = concat!("SELECT COUNT(*)", org_filter!());

const PAGE_SQL: &str = concat!(
    "SELECT o.slug, o.kind, o.name_vi, o.name_en, o.short_vi, o.short_en, l.name_vi AS location,
            o.founded_year, o.verified, o.sample, sp.stage, ip.investor_type,
            (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM org_sectors s WHERE s.org_id = o.id) AS sectors, o.logo_path AS logo",
    org_filter!(),
    " ORDER BY CASE WHEN $14 = 'newest' THEN o.created_at END DESC, o.name_folded, o.id
      LIMIT $15 OFFSET $16"
);

/// The directory's organisations, newest first, with when each joined and last changed (the
/// Atom feeds): the filter binds all empty, $14 limit.
const NEWEST_SQL: &str = concat!(
    "SELECT o.slug, o.kind, o.name_vi, o.name_en, o.short_vi, o.short_en, l.name_vi AS location,
            o.founded_year, o.verified, o.sample, sp.stage, ip.investor_type,
            (SELECT group_concat(sector_code, ',' ORDER BY sector_code) FROM org_sectors s WHERE s.org_id = o.id) AS sectors, o.logo_path AS logo,
            o.created_at AS published, o.updated_at AS updated",
    org_filter!(),
    " ORDER BY o.created_at DESC, o.id DESC LIMIT $14"
);

/// Facet count queries: (value, label, count).
const FACET_KIND: &str = concat!("SELECT o.kind, NULL, COUNT(*)", org_filter!(), " GROUP BY o.kind");
const FACET_SECTOR: &str = concat!(
    "SELECT s.sector_code, NULL, COUNT(*) FROM org_sectors s WHERE s.org_id IN (SELECT o.id",
    org_filter!(),
    ") GROUP BY s.sector_code"
);
const FACET_LOCATION: &str = concat!(
    "SELECT o.location_code, l.name_vi, COUNT(*)",
    org_filter!(),
    " AND o.location_code IS NOT NULL GROUP BY o.location_code, l.name_vi"
);
const FACET_STAGE: &str = concat!(
    "SELECT stage, NULL, COUNT(*) FROM (
        SELECT sp.stage AS stage",
    org_filter!(),
    " AND sp.stage IS NOT NULL
        UNION ALL
        SELECT st.stage FROM investor_stages st WHERE st.org_id IN (SELECT o.id",
    org_filter!(),
    ")) AS stages GROUP BY stage"
);
const FACET_NEED: &str = concat!(
    "SELECT n.need, NULL, COUNT(*) FROM startup_needs n WHERE n.org_id IN (SELECT o.id",
    org_filter!(),
    ") GROUP BY n.need"
);
const FACET_TYPE: &str = concat!(
    "SELECT ip.investor_type, NULL, COUNT(*)",
    org_filter!(),
    " AND ip.investor_type IS NOT NULL GROUP BY ip.investor_type"
);
const FACET_SIZE: &str =
    concat!("SELECT ep.size, NULL, COUNT(*)", org_filter!(), " AND ep.size IS NOT NULL GROUP BY ep.size");
const FACET_SERVICE: &str = concat!(
    "SELECT service, NULL, COUNT(*) FROM (
        SELECT x.org_id, x.service FROM incubator_services x
        UNION ALL SELECT y.org_id, y.service FROM intermediary_services y
     ) sv WHERE sv.org_id IN (SELECT o.id",
    org_filter!(),
    ") GROUP BY service"
);
const FACET_VERIFIED: &str =
    concat!("SELECT CASE WHEN o.verified THEN '1' ELSE '0' END, NULL, COUNT(*)", org_filter!(), " GROUP BY o.verified");

/// The filter's bind values, in parameter order $1..$13.
struct Binds {
    kinds: [Option<String>; 3],
    values: [Option<String>; 8],
    verified: Option<bool>,
    name: Option<String>,
}

const FILTER_KEYS: [FacetKey; 8] = [
    FacetKey::Kind,
    FacetKey::Sector,
    FacetKey::Location,
    FacetKey::Stage,
    FacetKey::Need,
    FacetKey::Type,
    FacetKey::Size,
    FacetKey::Service,
];

impl Binds {
    fn new(kinds: &[OrgKind], q: &ListQuery, skip: Option<FacetKey>) -> Self {
        // The SQL has three kind slots; more kinds than that means "all of them".
        let k = |i: usize| {
            if kinds.len() > 3 { None } else { kinds.get(i).or(kinds.first()).map(|k| k.as_str().to_string()) }
        };
        let mut values: [Option<String>; 8] = Default::default();
        for (slot, key) in FILTER_KEYS.iter().enumerate() {
            if Some(*key) != skip {
                values[slot] = q.filter(*key).map(str::to_string);
            }
        }
        let verified = if skip == Some(FacetKey::Verified) {
            None
        } else {
            q.filter(FacetKey::Verified).and_then(|v| match v {
                "1" => Some(true),
                "0" => Some(false),
                _ => None,
            })
        };
        Binds { kinds: [k(0), k(1), k(2)], values, verified, name: q.q.as_deref().map(like_pattern) }
    }

    fn apply<O: sql::Row>(&self, mut query: sql::QueryAs<O>) -> sql::QueryAs<O> {
        for k in &self.kinds {
            query = query.bind(k.as_deref());
        }
        for v in &self.values {
            query = query.bind(v.as_deref());
        }
        query.bind(self.verified).bind(self.name.as_deref())
    }
}

pub async fn list(
    pool: &Db,
    kinds: &[OrgKind],
    facets: &[FacetKey],
    q: &ListQuery,
) -> Result<DirectoryPage, StoreError> {
    let binds = Binds::new(kinds, q, None);
    let (total,): (i64,) = binds.apply(sql::query_as(COUNT_SQL)).fetch_one(pool).await?;
    let sort = if q.sort == Sort::Newest { "newest" } else { "name" };
    let rows: Vec<OrgCardRow> = binds
        .apply(sql::query_as(PAGE_SQL))
        .bind(sort)
        .bind(i64::from(q.per_page))
        .bind(i64::try_from(q.offset()).unwrap_or(i64::MAX))
        .fetch_all(pool)
        .await?;
    let mut out = Vec::with_capacity(facets.len());
    for key in facets {
        out.push(facet(pool, kinds, *key, q).await?);
    }
    Ok(DirectoryPage {
        page: Page {
            hits: rows.into_iter().map(OrgCardRow::into_card).collect::<Result<_, _>>()?,
            total_hits: u64::try_from(total).unwrap_or(0),
            page: q.page,
            per_page: q.per_page,
        },
        facets: out,
    })
}

/// An organisation card with when it joined and last changed.
#[derive(sqlx::FromRow)]
struct DatedCardRow {
    #[sqlx(flatten)]
    card: OrgCardRow,
    published: String,
    updated: String,
}

/// The `limit` organisations of `kinds` that joined last, as the directory shows them (the
/// Atom feeds).
pub async fn newest(pool: &Db, kinds: &[OrgKind], limit: u32) -> Result<Vec<Dated<OrgCard>>, StoreError> {
    let rows: Vec<DatedCardRow> = Binds::new(kinds, &ListQuery::default(), None)
        .apply(sql::query_as(NEWEST_SQL))
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await?;
    rows.into_iter()
        .map(|r| Ok(Dated { item: r.card.into_card()?, published: r.published, updated: r.updated }))
        .collect()
}

async fn facet(pool: &Db, kinds: &[OrgKind], key: FacetKey, q: &ListQuery) -> Result<Facet, StoreError> {
    let sql = match key {
        FacetKey::Kind => FACET_KIND,
        FacetKey::Sector => FACET_SECTOR,
        FacetKey::Location => FACET_LOCATION,
        FacetKey::Stage => FACET_STAGE,
        FacetKey::Need => FACET_NEED,
        FacetKey::Type => FACET_TYPE,
        FacetKey::Size => FACET_SIZE,
        FacetKey::Service => FACET_SERVICE,
        FacetKey::Verified => FACET_VERIFIED,
        _ => return Ok(Facet { key, values: Vec::new() }),
    };
    let binds = Binds::new(kinds, q, Some(key));
    let rows: Vec<(Option<String>, Option<String>, i64)> = binds.apply(sql::query_as(sql)).fetch_all(pool).await?;
    Ok(Facet { key, values: facet_values(rows) })
}

/// Sorts facet values by count (then value) and drops empty ones.
pub(super) fn facet_values(rows: Vec<(Option<String>, Option<String>, i64)>) -> Vec<FacetValue> {
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
