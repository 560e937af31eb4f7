//! What crawlers read: `robots.txt` and `sitemap.xml`. The sitemap lists every public page;
//! beyond 50,000 addresses (the protocol's limit per file) `/sitemap.xml` becomes an index of
//! `/sitemap/{n}.xml` files, each one page of a single ordered query.

use super::state::AppState;
use crate::backend::db::Db;
use crate::backend::store::statements::sitemap;
use crate::backend::web::{Failure, WebResult};
use crate::domain::Directory;
use crate::domain::dto::Catalogue;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, header};

/// Addresses per sitemap file (the protocol's maximum).
pub const PER_FILE: u64 = 50_000;

pub(crate) async fn robots(State(state): State<AppState>) -> WebResult {
    let body = format!(
        "User-agent: *\n\
         Allow: /\n\
         Allow: /api/docs\n\
         Disallow: /api/\n\
         Disallow: /srv/\n\
         Disallow: /admin\n\
         Disallow: /account\n\
         Disallow: /login\n\
         Disallow: /signup\n\
         Disallow: /password/\n\
         Disallow: /auth/\n\
         Disallow: /invitations/\n\
         Disallow: /orgs/new\n\
         Disallow: /org/*/manage\n\
         Disallow: /actions/\n\
         \n\
         Sitemap: {}/sitemap.xml\n",
        state.site_url()
    );
    Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response())
}

/// The pages that are not rows: home, directories, catalogues, KPI, the API's docs.
fn fixed_pages() -> Vec<String> {
    let mut out = vec!["/".to_string()];
    out.extend(Directory::ALL.iter().map(|d| d.path().to_string()));
    out.extend(Catalogue::ALL.iter().map(|c| c.path().to_string()));
    out.extend(["/kpi".to_string(), "/api/docs".to_string()]);
    out
}

pub async fn count(pool: &Db, today: &str) -> Result<u64, sqlx::Error> {
    Ok(fixed_pages().len() as u64 + sitemap::count(pool, today).await?)
}

/// File `n` (from 1) of `per_file` addresses: the fixed pages first, then rows by address.
pub async fn file(pool: &Db, today: &str, n: u64, per_file: u64) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
    let fixed = fixed_pages();
    let start = (n - 1) * per_file;
    let mut out: Vec<(String, Option<String>)> =
        fixed.iter().skip(start as usize).take(per_file as usize).map(|p| (p.clone(), None)).collect();
    let row_start = start.saturating_sub(fixed.len() as u64);
    let want = per_file - out.len() as u64;
    let rows = sitemap::page(pool, today, want, row_start).await?;
    out.extend(rows.into_iter().map(|(path, lastmod)| (path, Some(lastmod.chars().take(10).collect()))));
    Ok(out)
}

fn xml(body: String) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/xml; charset=utf-8"));
    res
}

/// Escapes the five XML specials (slugs are ASCII codes already; this is belt and braces).
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

pub fn urlset(site: &str, urls: &[(String, Option<String>)]) -> String {
    let mut out = String::with_capacity(urls.len() * 96 + 128);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, lastmod) in urls {
        out.push_str("<url><loc>");
        out.push_str(&esc(&format!("{site}{path}")));
        out.push_str("</loc>");
        if let Some(d) = lastmod {
            out.push_str("<lastmod>");
            out.push_str(&esc(d));
            out.push_str("</lastmod>");
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

pub fn index(site: &str, files: u64) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=files {
        out.push_str(&format!("<sitemap><loc>{}/sitemap/{n}.xml</loc></sitemap>\n", esc(site)));
    }
    out.push_str("</sitemapindex>\n");
    out
}

/// The body of `/sitemap.xml` with `per_file` addresses per file: the addresses themselves, or
/// an index of the files when there are more than one file's worth.
pub async fn root(pool: &Db, site: &str, today: &str, per_file: u64) -> Result<String, sqlx::Error> {
    let total = count(pool, today).await?;
    if total > per_file {
        Ok(index(site, total.div_ceil(per_file)))
    } else {
        Ok(urlset(site, &file(pool, today, 1, per_file).await?))
    }
}

pub(crate) async fn sitemap(State(state): State<AppState>) -> WebResult {
    Ok(xml(root(state.store.db(), &state.site_url(), &crate::backend::today(), PER_FILE).await?))
}

pub(crate) async fn sitemap_file(State(state): State<AppState>, Path(file_name): Path<String>) -> WebResult {
    let today = crate::backend::today();
    let n = file_name.strip_suffix(".xml").and_then(|n| n.parse::<u64>().ok()).filter(|n| *n >= 1);
    let total = count(state.store.db(), &today).await?;
    match n {
        Some(n) if n <= total.div_ceil(PER_FILE).max(1) => {
            Ok(xml(urlset(&state.site_url(), &file(state.store.db(), &today, n, PER_FILE).await?)))
        }
        _ => Err(Failure::NotFound),
    }
}
