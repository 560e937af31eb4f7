//! What each exportable list holds: its column headers in the user's language, and its rows
//! fetched a batch at a time with exactly the page's filters and sort. Rows come from the same
//! queries as the pages, so only public data is ever exported (no hidden organisations, no
//! drafts, no confidential details).

use super::cell::Cell;
use crate::backend::db::Db;
use crate::backend::search::Searcher;
use crate::backend::store::OrgTable;
use crate::backend::store::StoreError;
use crate::backend::store::statements::{catalogues, kpi, orgs};
use crate::domain::dto::{Catalogue, ItemCard, OrgCard};
use crate::domain::search::SearchHit;
use crate::domain::{Directory, FacetKey, ListQuery};
use crate::i18n::{Label, Lang, labels};

/// Most rows one export holds; a larger list is cut there (search stops at the engine's
/// deepest page, 10,000).
pub const MAX_ROWS: u32 = 50_000;
/// Rows read from the database per query.
pub const BATCH: u32 = 1_000;

/// The lists that can be downloaded, by the name in `/export/{name}.csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Directory(Directory),
    Catalogue(Catalogue),
    Search,
    Kpi,
}

impl List {
    pub fn parse(name: &str) -> Option<List> {
        match name {
            "search" => Some(List::Search),
            "kpi" => Some(List::Kpi),
            _ => Directory::parse(name).map(List::Directory).or_else(|| {
                Catalogue::ALL.iter().copied().find(|c| c.path() == format!("/{name}")).map(List::Catalogue)
            }),
        }
    }

    /// The name in addresses and file names.
    pub fn name(self) -> &'static str {
        match self {
            List::Directory(d) => d.as_str(),
            List::Catalogue(c) => c.path().trim_start_matches('/'),
            List::Search => "search",
            List::Kpi => "kpi",
        }
    }

    /// Every list's name.
    pub fn names() -> Vec<&'static str> {
        let mut out: Vec<&str> = Directory::ALL.iter().map(|d| d.as_str()).collect();
        out.extend(Catalogue::ALL.iter().map(|c| c.path().trim_start_matches('/')));
        out.extend(["search", "kpi"]);
        out
    }
}

/// One export in progress: the list, its query and language, and how far it has read.
pub struct Export {
    pub list: List,
    query: ListQuery,
    lang: Lang,
    today: String,
    next_page: u32,
    done: bool,
    /// The organisations a directory export pages through, read once so that every batch
    /// comes from the same state.
    orgs: Option<OrgTable>,
}

impl Export {
    pub fn new(list: List, query: &ListQuery, lang: Lang) -> Export {
        let mut query = query.clone();
        query.per_page = BATCH;
        Export { list, query, lang, today: crate::backend::today(), next_page: 1, done: false, orgs: None }
    }

    /// The column headers; the KPI table adds one "Actual {year}" column per year with figures.
    pub async fn headers(&self, pool: &Db) -> Result<Vec<String>, StoreError> {
        let t = self.lang.transfer();
        let cols: &[&str] = match self.list {
            List::Directory(_) => &[
                t.col_name,
                t.col_name_en,
                t.col_kind,
                t.col_short,
                t.col_sectors,
                t.col_location,
                t.col_founded,
                t.col_stage,
                t.col_investor_type,
                t.col_verified,
                t.col_sample,
                t.col_url,
            ],
            List::Catalogue(Catalogue::Offers) => &[
                t.col_title,
                t.col_org,
                t.col_ip,
                t.col_trl,
                t.col_sectors,
                t.col_price,
                t.col_published,
                t.col_expires,
                t.col_summary,
                t.col_sample,
                t.col_url,
            ],
            List::Catalogue(Catalogue::Challenges) => &[
                t.col_title,
                t.col_org,
                t.col_type,
                t.col_status,
                t.col_trl,
                t.col_sectors,
                t.col_budget,
                t.col_deadline,
                t.col_summary,
                t.col_sample,
                t.col_url,
            ],
            List::Catalogue(Catalogue::Research) => {
                &[t.col_title, t.col_org, t.col_type, t.col_year, t.col_sectors, t.col_summary, t.col_sample, t.col_url]
            }
            List::Catalogue(Catalogue::Programmes) => &[
                t.col_title,
                t.col_org,
                t.col_type,
                t.col_status,
                t.col_sectors,
                t.col_budget,
                t.col_opens,
                t.col_closes,
                t.col_summary,
                t.col_sample,
                t.col_url,
            ],
            List::Catalogue(Catalogue::Events) => {
                &[t.col_title, t.col_org, t.col_type, t.col_starts, t.col_ends, t.col_summary, t.col_sample, t.col_url]
            }
            List::Search => &[
                t.col_title,
                t.col_group,
                t.col_owner,
                t.col_sectors,
                t.col_location,
                t.col_type,
                t.col_trl,
                t.col_date,
                t.col_verified,
                t.col_url,
            ],
            List::Kpi => &[
                t.col_position,
                t.col_indicator,
                t.col_unit,
                t.col_baseline,
                t.col_baseline_year,
                t.col_target,
                t.col_target_year,
                t.col_derived,
            ],
        };
        let mut out: Vec<String> = cols.iter().map(|s| s.to_string()).collect();
        if self.list == List::Kpi {
            let years = kpi_years(&kpi::all(pool, crate::backend::this_year()).await?);
            out.extend(years.into_iter().map(|y| format!("{} {y}", t.col_actual)));
        }
        Ok(out)
    }

    /// The next batch of rows, `None` when the list is exhausted or the cap reached.
    pub async fn next_batch(
        &mut self,
        pool: &Db,
        searcher: Option<&Searcher>,
    ) -> Result<Option<Vec<Vec<Cell>>>, StoreError> {
        if self.done || (self.next_page - 1) * BATCH >= MAX_ROWS {
            return Ok(None);
        }
        self.query.page = self.next_page;
        self.next_page += 1;
        let lang = self.lang;
        let rows = match self.list {
            List::Directory(d) => {
                let table = match self.orgs.take() {
                    Some(table) => table,
                    None => OrgTable::new(orgs::directory(pool).await?),
                };
                let page = table.list(d.kinds(), &[], &self.query);
                self.orgs = Some(table);
                page.page.hits.iter().map(|o| org_row(lang, o)).collect::<Vec<_>>()
            }
            List::Catalogue(cat) => {
                let page = catalogues::list(pool, cat, &self.query, &self.today).await?;
                page.page.hits.iter().map(|i| item_row(lang, cat, i)).collect()
            }
            List::Search => {
                let Some(searcher) = searcher else { return Ok(None) };
                if self.query.q.is_none() && self.query.filters.is_empty() {
                    return Ok(None);
                }
                let results = searcher
                    .search(&self.query, lang == Lang::En)
                    .map_err(|e| StoreError::Corrupt(format!("search failed: {e}")))?;
                results.hits.iter().map(|h| hit_row(lang, h)).collect()
            }
            List::Kpi => {
                self.done = true;
                return Ok(Some(kpi_rows(lang, pool).await?));
            }
        };
        if rows.len() < BATCH as usize {
            self.done = true;
        }
        Ok(if rows.is_empty() { None } else { Some(rows) })
    }
}

fn yes_no(lang: Lang, b: bool) -> Cell {
    Cell::text(if b { lang.transfer().yes } else { lang.transfer().no })
}

fn sectors(lang: Lang, codes: &[String]) -> Cell {
    Cell::text(codes.iter().map(|c| labels::sector(lang, c)).collect::<Vec<_>>().join("; "))
}

fn org_row(lang: Lang, o: &OrgCard) -> Vec<Cell> {
    vec![
        Cell::text(&o.name.vi),
        Cell::opt_text(o.name.en.as_deref()),
        Cell::text(o.kind.label(lang)),
        Cell::text(lang.text(&o.short_description)),
        sectors(lang, &o.sectors),
        Cell::opt_text(o.location.as_deref()),
        Cell::opt_int(o.founded_year.map(i64::from)),
        Cell::opt_text(o.stage.map(|s| s.label(lang))),
        Cell::opt_text(o.investor_type.map(|s| s.label(lang))),
        yes_no(lang, o.verified),
        yes_no(lang, o.sample),
        Cell::text(format!("/org/{}", o.slug)),
    ]
}

fn item_row(lang: Lang, cat: Catalogue, i: &ItemCard) -> Vec<Cell> {
    let title = Cell::text(lang.text(&i.title));
    let org = Cell::text(lang.text(&i.org.name));
    let code = |key: FacetKey, v: &Option<String>| Cell::opt_text(v.as_deref().map(|v| labels::code(lang, key, v)));
    let summary = Cell::text(lang.text(&i.summary));
    let tail = [summary, yes_no(lang, i.sample), Cell::text(format!("{}/{}", cat.path(), i.slug))];
    let head: Vec<Cell> = match cat {
        Catalogue::Offers => vec![
            title,
            org,
            code(FacetKey::Ip, &i.type_code),
            Cell::opt_int(i.trl),
            sectors(lang, &i.sectors),
            Cell::opt_int(i.amount_vnd),
            Cell::date(i.date.as_deref()),
            Cell::date(i.end_date.as_deref()),
        ],
        Catalogue::Challenges => vec![
            title,
            org,
            code(FacetKey::Type, &i.type_code),
            code(FacetKey::Status, &i.status),
            Cell::opt_int(i.trl),
            sectors(lang, &i.sectors),
            Cell::opt_int(i.amount_vnd),
            Cell::date(i.date.as_deref()),
        ],
        Catalogue::Research => {
            vec![
                title,
                org,
                code(FacetKey::Type, &i.type_code),
                Cell::date(i.date.as_deref()),
                sectors(lang, &i.sectors),
            ]
        }
        Catalogue::Programmes => vec![
            title,
            org,
            code(FacetKey::Type, &i.type_code),
            code(FacetKey::Status, &i.status),
            sectors(lang, &i.sectors),
            Cell::opt_int(i.amount_vnd),
            Cell::date(i.date.as_deref()),
            Cell::date(i.end_date.as_deref()),
        ],
        Catalogue::Events => vec![
            title,
            org,
            code(FacetKey::Type, &i.type_code),
            Cell::date(i.date.as_deref()),
            Cell::date(i.end_date.as_deref()),
        ],
    };
    head.into_iter().chain(tail).collect()
}

fn hit_row(lang: Lang, h: &SearchHit) -> Vec<Cell> {
    let title = lang.pick(&h.title, h.title_en.as_deref()).to_string();
    vec![
        Cell::text(title),
        Cell::text(labels::code(lang, FacetKey::Kind, &h.kind)),
        Cell::opt_text(h.owner.as_deref()),
        sectors(lang, &h.sectors),
        Cell::opt_text(h.location.as_deref()),
        Cell::opt_text(h.type_code.as_deref().map(|v| labels::code(lang, FacetKey::Type, v))),
        Cell::opt_int(h.trl.map(i64::from)),
        Cell::date(h.date.as_deref()),
        yes_no(lang, h.verified),
        Cell::text(&h.url),
    ]
}

/// The KPI table: the fixed columns, then one column per year with figures.
async fn kpi_rows(lang: Lang, pool: &Db) -> Result<Vec<Vec<Cell>>, StoreError> {
    let rows = kpi::all(pool, crate::backend::this_year()).await?;
    let years = kpi_years(&rows);
    Ok(rows
        .iter()
        .map(|k| {
            let mut r = vec![
                Cell::Int(k.position),
                Cell::text(lang.text(&k.name)),
                Cell::text(lang.text(&k.unit)),
                k.baseline.as_ref().map(|b| Cell::Num(b.value)).unwrap_or(Cell::Empty),
                Cell::opt_int(k.baseline.as_ref().map(|b| b.year)),
                Cell::Num(k.target.value),
                Cell::Int(k.target.year),
                yes_no(lang, k.source == crate::domain::kpi::KpiSource::Derived),
            ];
            r.extend(
                years.iter().map(|y| {
                    k.actuals.iter().find(|a| a.year == *y).map(|a| Cell::Num(a.value)).unwrap_or(Cell::Empty)
                }),
            );
            r
        })
        .collect())
}

fn kpi_years(rows: &[crate::domain::kpi::KpiIndicator]) -> Vec<i64> {
    let mut years: Vec<i64> = rows.iter().flat_map(|k| k.actuals.iter().map(|a| a.year)).collect();
    years.sort_unstable();
    years.dedup();
    years
}
