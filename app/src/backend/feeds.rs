//! Atom feeds of the public lists: `/feeds/{name}.atom` for every directory and catalogue
//! (`startups`, `offers`, `challenges`, …, the names of `/export/{name}.csv`), the newest
//! entries first. Feed readers and other systems follow the province's ecosystem without an
//! account; each list page links its feed with `<link rel="alternate">`. Entries come from
//! the lists' own statements, so a feed never shows what the list would not (hidden
//! organisations, drafts, expired offers). `?lang=en` gives the English feed.

use super::export::lists::List;
use super::state::AppState;
use super::store::statements::{Dated, catalogues};
use super::web::{Failure, WebResult};
use crate::domain::dto::{ItemCard, OrgCard};
use crate::i18n::{Label, Lang};
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::Extension;
use axum::extract::{Path, State};
use axum::response::IntoResponse;
use http::{HeaderValue, header};

/// Entries per feed: about a month of new listings in a province.
pub const ENTRIES: u32 = 30;

pub(crate) async fn feed(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(file): Path<String>,
) -> WebResult {
    let list = file.strip_suffix(".atom").and_then(List::parse);
    let db = state.store.db();
    let (title, page, entries) = match list {
        Some(List::Directory(dir)) => {
            let rows = state.store.newest_orgs(dir.kinds(), ENTRIES).await?;
            (dir.label(lang), dir.path(), rows.into_iter().filter_map(|r| org_entry(&state, lang, r)).collect())
        }
        Some(List::Catalogue(cat)) => {
            let rows = catalogues::newest(db, cat, &crate::backend::today(), ENTRIES).await?;
            (cat.label(lang), cat.path(), rows.into_iter().filter_map(|r| item_entry(&state, lang, r)).collect())
        }
        _ => return Err(Failure::NotFound),
    };
    let name = list.map(List::name).unwrap_or_default();
    let site = state.site_url();
    let feed = assemble(&site, lang, name, title, page, entries);
    let mut res = feed.to_string().into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/atom+xml; charset=utf-8"));
    Ok(res)
}

/// The feed around its entries; updated when its newest change was (today when it is empty).
fn assemble(site: &str, lang: Lang, name: &str, title: &str, page: &str, entries: Vec<Entry>) -> Feed {
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| timestamp(&format!("{}T00:00:00Z", crate::backend::today())).unwrap_or_default());
    let feed_url = format!("{site}/feeds/{name}.atom");
    Feed {
        title: Text::plain(format!("Kết Nối — {title}")),
        id: feed_url.clone(),
        updated,
        links: vec![
            link(&with_lang(&feed_url, lang), "self", "application/atom+xml"),
            link(&with_lang(&format!("{site}{page}"), lang), "alternate", "text/html"),
        ],
        lang: Some(lang.code().to_string()),
        entries,
        ..Default::default()
    }
}

fn org_entry(state: &AppState, lang: Lang, row: Dated<OrgCard>) -> Option<Entry> {
    let org = row.item;
    let url = format!("{}/org/{}", state.site_url(), org.slug);
    Some(Entry {
        title: Text::plain(lang.text(&org.name)),
        summary: Some(Text::plain(lang.text(&org.short_description))),
        authors: vec![Person { name: lang.text(&org.name), ..Default::default() }],
        ..entry(url, lang, &row.published, &row.updated)?
    })
}

fn item_entry(state: &AppState, lang: Lang, row: Dated<ItemCard>) -> Option<Entry> {
    let item = row.item;
    let url = format!("{}{}/{}", state.site_url(), item.catalogue.path(), item.slug);
    Some(Entry {
        title: Text::plain(lang.text(&item.title)),
        summary: Some(Text::plain(lang.text(&item.summary))),
        authors: vec![Person { name: lang.text(&item.org.name), ..Default::default() }],
        ..entry(url, lang, &row.published, &row.updated)?
    })
}

/// An entry's identity and dates: its page (the address without the language, which never
/// changes) and when it was published and last changed. None when a date is not a timestamp.
fn entry(url: String, lang: Lang, published: &str, updated: &str) -> Option<Entry> {
    let published = timestamp(published)?;
    // a row's last change is never before its publication (seeded rows may say otherwise)
    let updated = timestamp(updated)?.max(published);
    Some(Entry {
        links: vec![link(&with_lang(&url, lang), "alternate", "text/html")],
        id: url,
        published: Some(published),
        updated,
        ..Default::default()
    })
}

fn link(href: &str, rel: &str, mime: &str) -> Link {
    Link { href: href.to_string(), rel: rel.to_string(), mime_type: Some(mime.to_string()), ..Default::default() }
}

/// The English feed links the English pages (a reader opening them has no language cookie).
fn with_lang(url: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => url.to_string(),
        Lang::En => format!("{url}?lang=en"),
    }
}

/// The stored timestamps are RFC 3339 (`2026-06-01T00:00:00Z`).
fn timestamp(s: &str) -> Option<FixedDateTime> {
    chrono::DateTime::parse_from_rfc3339(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_feed_links_english_pages_and_keeps_stable_ids() {
        let e = entry("https://x.vn/offers/a".into(), Lang::En, "2026-06-01T00:00:00Z", "2026-05-01T00:00:00Z")
            .expect("entry");
        assert_eq!(e.id, "https://x.vn/offers/a");
        assert_eq!(e.links[0].href, "https://x.vn/offers/a?lang=en");
        assert_eq!(e.updated, timestamp("2026-06-01T00:00:00Z").expect("date"), "never before publication");
        assert!(entry("u".into(), Lang::Vi, "yesterday", "2026-05-01T00:00:00Z").is_none());
    }
}
