//! What the import checks rows against: places, owners, offers, and the keys of what exists
//! already (for duplicate detection), each one read of the whole table per import.

use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::domain::listing::ListingKind;

/// Wards and communes: (code, Vietnamese name).
pub async fn places(pool: &Db) -> sqlx::Result<Vec<(String, String)>> {
    sql::query_as("SELECT code, name_vi FROM locations WHERE level <> 'province'").fetch_all(pool).await
}

/// An organisation as an owner column may name it.
#[derive(Debug, sqlx::FromRow)]
pub struct OwnerRow {
    pub id: i64,
    pub kind: String,
    pub slug: String,
    pub name_vi: String,
    pub tax_code: Option<String>,
}

pub async fn owners(pool: &Db) -> sqlx::Result<Vec<OwnerRow>> {
    sql::query_as("SELECT id, kind, slug, name_vi, tax_code FROM organizations").fetch_all(pool).await
}

/// An organisation's duplicate keys.
#[derive(Debug, sqlx::FromRow)]
pub struct OrgKeys {
    pub name_vi: String,
    pub name_folded: String,
    pub tax_code: Option<String>,
    pub website: Option<String>,
}

pub async fn org_keys(conn: &mut Conn) -> sqlx::Result<Vec<OrgKeys>> {
    sql::query_as("SELECT name_vi, name_folded, tax_code, website FROM organizations").fetch_all(conn).await
}

/// Every offer: (owner's id, slug).
pub async fn offer_slugs(pool: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sql::query_as("SELECT org_id, slug FROM technology_offers").fetch_all(pool).await
}

/// Every listing of `kind`: (owner's id, folded title, title).
pub async fn listing_titles(conn: &mut Conn, kind: ListingKind) -> sqlx::Result<Vec<(i64, String, String)>> {
    let statement =
        crate::backend::store::statements::listings::by_table!(kind, "SELECT org_id, title_folded, title_vi FROM ", "");
    sql::query_as(statement).fetch_all(conn).await
}

/// Every research output's DOI (lower case) with its title.
pub async fn research_dois(conn: &mut Conn) -> sqlx::Result<Vec<(String, String)>> {
    sql::query_as("SELECT lower(doi), title_vi FROM research_outputs WHERE doi IS NOT NULL AND doi <> ''")
        .fetch_all(conn)
        .await
}
