//! The catalogues beside the organisations — offers, challenges, research outputs,
//! programmes, events — share one list/detail machinery; each file holds its SQL.
//!
//! Bind layout shared by every filter: $1 sector, $2 type, $3 status, $4 trl, $5 ip,
//! $6 coop, $7 year, $8 when (upcoming | past), $9 today (ISO date), $10 title pattern.
//! Each filter mentions every parameter (unused ones in an always-true `coalesce`), so the
//! same binds fit all of them.

mod challenges;
mod events;
mod offers;
mod programmes;
mod research;

use super::orgs::facet_values;
use super::rows::{Dated, OrgRefRow, like_pattern, split_codes};
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::markdown::to_safe_html;
use crate::backend::store::StoreError;
use crate::domain::dto::*;
use crate::domain::query::Sort;
use crate::domain::{FacetKey, ListQuery};

/// The SQL of one catalogue. Every SELECT returns the columns of [`ItemRow`].
pub struct CatalogueSql {
    pub count: &'static str,
    /// $11 sort ('name' | 'newest'), $12 limit, $13 offset.
    pub page: &'static str,
    /// (facet, query returning (value, label, count)).
    pub facets: &'static [(FacetKey, &'static str)],
    /// $1 org id, $2 limit.
    pub by_org: &'static str,
    /// $1 slug; returns ItemRow columns plus `id`, `body_*` columns named by `sections`.
    pub detail: &'static str,
    /// Markdown columns shown as sections on the detail page, (key, vi column, en column).
    pub sections: &'static [&'static str],
    /// Items related to the one shown: $1 item id, $2 org id.
    pub related: &'static str,
    /// The list's items, newest first, with `published` and `updated` (the Atom feeds): the
    /// filter binds all empty, $11 limit.
    pub newest: &'static str,
}

fn sql(cat: Catalogue) -> &'static CatalogueSql {
    match cat {
        Catalogue::Offers => &offers::SQL,
        Catalogue::Challenges => &challenges::SQL,
        Catalogue::Research => &research::SQL,
        Catalogue::Programmes => &programmes::SQL,
        Catalogue::Events => &events::SQL,
    }
}

/// An item with when it was published and last changed (ISO timestamps).
#[derive(sqlx::FromRow)]
struct DatedRow {
    #[sqlx(flatten)]
    item: ItemRow,
    published: String,
    updated: String,
}

#[derive(sqlx::FromRow)]
pub struct ItemRow {
    slug: String,
    title_vi: String,
    title_en: Option<String>,
    summary_vi: String,
    summary_en: Option<String>,
    org_slug: String,
    org_kind: String,
    org_name_vi: String,
    org_name_en: Option<String>,
    org_verified: bool,
    sectors: Option<String>,
    type_code: Option<String>,
    status: Option<String>,
    trl: Option<i64>,
    date: Option<String>,
    end_date: Option<String>,
    amount_vnd: Option<i64>,
    sample: bool,
}

impl ItemRow {
    fn into_card(self, catalogue: Catalogue) -> Result<ItemCard, StoreError> {
        let mut sectors = split_codes(self.sectors);
        sectors.sort();
        Ok(ItemCard {
            catalogue,
            slug: self.slug,
            title: Text::new(self.title_vi, self.title_en),
            summary: Text::new(excerpt(&self.summary_vi), self.summary_en.as_deref().map(excerpt)),
            org: OrgRefRow {
                slug: self.org_slug,
                kind: self.org_kind,
                name_vi: self.org_name_vi,
                name_en: self.org_name_en,
                verified: self.org_verified,
            }
            .into_ref()?,
            sectors,
            type_code: self.type_code,
            status: self.status,
            trl: self.trl,
            date: self.date,
            end_date: self.end_date,
            amount_vnd: self.amount_vnd,
            sample: self.sample,
        })
    }
}

fn cards(rows: Vec<ItemRow>, cat: Catalogue) -> Result<Vec<ItemCard>, StoreError> {
    rows.into_iter().map(|r| r.into_card(cat)).collect()
}

/// Plain text of at most ~220 characters from markdown, for cards.
fn excerpt(markdown: &str) -> String {
    let plain: String = markdown
        .lines()
        .map(|l| l.trim_start_matches(['#', '-', '*', '>', ' ']).trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .replace("**", "")
        .replace('*', "");
    if plain.chars().count() <= 220 {
        return plain;
    }
    let cut: String = plain.chars().take(220).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

struct Binds {
    values: [Option<String>; 8],
    today: String,
    title: Option<String>,
}

const KEYS: [FacetKey; 8] = [
    FacetKey::Sector,
    FacetKey::Type,
    FacetKey::Status,
    FacetKey::Trl,
    FacetKey::Ip,
    FacetKey::Coop,
    FacetKey::Year,
    FacetKey::When,
];

impl Binds {
    fn new(cat: Catalogue, q: &ListQuery, today: &str, skip: Option<FacetKey>) -> Self {
        let mut values: [Option<String>; 8] = Default::default();
        for (slot, key) in KEYS.iter().enumerate() {
            if Some(*key) != skip && cat.facets().contains(key) {
                values[slot] = q.filter(*key).map(str::to_string);
            }
        }
        Binds { values, today: today.to_string(), title: q.q.as_deref().map(like_pattern) }
    }

    fn apply<O: sql::Row>(&self, mut query: sql::QueryAs<O>) -> sql::QueryAs<O> {
        for v in &self.values {
            query = query.bind(v.as_deref());
        }
        query.bind(self.today.as_str()).bind(self.title.as_deref())
    }
}

/// The `limit` newest items the catalogue's list shows on `today` (the Atom feeds).
pub async fn newest(pool: &Db, cat: Catalogue, today: &str, limit: u32) -> Result<Vec<Dated<ItemCard>>, StoreError> {
    let q = ListQuery::default();
    let rows: Vec<DatedRow> = Binds::new(cat, &q, today, None)
        .apply(sql::query_as(sql(cat).newest))
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await?;
    rows.into_iter()
        .map(|r| Ok(Dated { item: r.item.into_card(cat)?, published: r.published, updated: r.updated }))
        .collect()
}

/// How many items the catalogue's list shows without filters: the home page's counts, which
/// must agree with the lists (expiry, hidden organisations and drafts left out alike).
pub async fn total(pool: &Db, cat: Catalogue, today: &str) -> Result<u64, StoreError> {
    let q = ListQuery::default();
    let (n,): (i64,) = Binds::new(cat, &q, today, None).apply(sql::query_as(sql(cat).count)).fetch_one(pool).await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// One page of the catalogue's cards, without the total and the facets (the home page's latest).
pub async fn hits(pool: &Db, cat: Catalogue, q: &ListQuery, today: &str) -> Result<Vec<ItemCard>, StoreError> {
    let rows: Vec<ItemRow> = Binds::new(cat, q, today, None)
        .apply(sql::query_as(sql(cat).page))
        .bind(if q.sort == Sort::Newest { "newest" } else { "name" })
        .bind(i64::from(q.per_page))
        .bind(i64::try_from(q.offset()).unwrap_or(i64::MAX))
        .fetch_all(pool)
        .await?;
    cards(rows, cat)
}

pub async fn list(pool: &Db, cat: Catalogue, q: &ListQuery, today: &str) -> Result<CatalogPage, StoreError> {
    let s = sql(cat);
    let binds = Binds::new(cat, q, today, None);
    let (total,): (i64,) = binds.apply(sql::query_as(s.count)).fetch_one(pool).await?;
    let hits = hits(pool, cat, q, today).await?;
    let mut facets = Vec::with_capacity(s.facets.len());
    for (key, facet_sql) in s.facets {
        let binds = Binds::new(cat, q, today, Some(*key));
        let rows: Vec<(Option<String>, Option<String>, i64)> =
            binds.apply(sql::query_as(*facet_sql)).fetch_all(pool).await?;
        let mut values = facet_values(rows);
        if matches!(key, FacetKey::Trl | FacetKey::Year) {
            values.sort_by(|a, b| b.value.cmp(&a.value));
        }
        facets.push(Facet { key: *key, values });
    }
    Ok(CatalogPage {
        page: Page { hits, total_hits: u64::try_from(total).unwrap_or(0), page: q.page, per_page: q.per_page },
        facets,
    })
}

pub async fn by_org(pool: &Db, cat: Catalogue, org_id: i64, limit: i64) -> Result<Vec<ItemCard>, StoreError> {
    let rows: Vec<ItemRow> = sql::query_as(sql(cat).by_org).bind(org_id).bind(limit).fetch_all(pool).await?;
    cards(rows, cat)
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    id: i64,
    org_id: i64,
    #[sqlx(flatten)]
    item: ItemRow,
    body_1_vi: String,
    body_1_en: Option<String>,
    body_2_vi: String,
    body_3_vi: String,
    body_4_vi: String,
    fact_1: Option<String>,
    fact_2: Option<String>,
}

pub async fn detail(pool: &Db, cat: Catalogue, slug: &str) -> Result<Option<ItemDetail>, StoreError> {
    let s = sql(cat);
    let Some(row) = sql::query_as::<DetailRow>(s.detail).bind(slug).fetch_optional(pool).await? else {
        return Ok(None);
    };
    let bodies = [
        Text::new(row.body_1_vi, row.body_1_en),
        Text::new(row.body_2_vi, None),
        Text::new(row.body_3_vi, None),
        Text::new(row.body_4_vi, None),
    ];
    let sections = s
        .sections
        .iter()
        .zip(bodies)
        .filter(|(_, body)| !body.vi.trim().is_empty())
        .map(|(key, body)| Section {
            key: (*key).to_string(),
            html: Text::new(to_safe_html(&body.vi), body.en.as_deref().map(to_safe_html)),
        })
        .collect();
    let facts = [("fact_1", row.fact_1), ("fact_2", row.fact_2)]
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_string(), v?)))
        .collect();
    let related: Vec<ItemRow> = sql::query_as(s.related).bind(row.id).bind(row.org_id).fetch_all(pool).await?;
    let related_cat = if cat == Catalogue::Offers {
        Catalogue::Research
    } else if cat == Catalogue::Research {
        Catalogue::Offers
    } else {
        cat
    };
    Ok(Some(ItemDetail { card: row.item.into_card(cat)?, sections, facts, related: cards(related, related_cat)? }))
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpt_strips_markdown_and_cuts_at_a_word() {
        assert_eq!(excerpt("## Tiêu đề\n\n- **một** hai"), "Tiêu đề một hai");
        let long = "từ ".repeat(200);
        let e = excerpt(&long);
        assert!(e.ends_with('…') && e.chars().count() <= 221);
    }
}
