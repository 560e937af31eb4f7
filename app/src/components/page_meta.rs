//! Canonical address, OpenGraph and Twitter card of a public page. The site's public address
//! comes from the server's configuration; the browser reads the same value from
//! `<html data-site>` (rendered by the shell), so hydration sees identical markup.

use crate::domain::ListQuery;
use crate::i18n::{Lang, use_lang};
use leptos::prelude::*;
use leptos_meta::{Link, Meta};
use leptos_router::hooks::use_location;

/// The configured public address without a trailing slash (`https://ketnoi.example.vn`).
pub fn site_url() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::domain::dto::SiteUrl>().map(|s| s.0).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document().document_element().and_then(|e| e.get_attribute("data-site")).unwrap_or_default()
    }
}

/// The canonical form of a page's query: the filters a list understands in a stable order,
/// without defaults (`page=1`), tracking parameters or the language.
pub fn canonical(site: &str, path: &str, search: &str) -> String {
    format!("{site}{path}{}", ListQuery::parse(search).to_query_string())
}

/// A description fit for a card preview: one line, at most ~200 characters, cut at a word.
fn excerpt(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= 200 {
        return one_line;
    }
    let cut: String = one_line.chars().take(200).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

#[component]
pub fn PageMeta(
    title: String,
    description: String,
    /// `website` (lists, home, an organisation) or `article` (an entry's page).
    #[prop(default = "website")]
    kind: &'static str,
    /// A path on this site (`/media/logos/…`) or an absolute URL.
    #[prop(default = None)]
    image: Option<String>,
    /// The list's Atom feed (`offers` for `/feeds/offers.atom`), announced to feed readers.
    #[prop(default = None)]
    feed: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let site = site_url();
    let location = use_location();
    let url = canonical(&site, &location.pathname.get_untracked(), &location.search.get_untracked());
    let description = excerpt(&description);
    let (locale, alternate) = match lang {
        Lang::Vi => ("vi_VN", "en_US"),
        Lang::En => ("en_US", "vi_VN"),
    };
    let image = image.map(|i| if i.starts_with('/') { format!("{site}{i}") } else { i });
    let site_name = lang.t().site_name;
    let feed = feed.map(|name| {
        let href = match lang {
            Lang::Vi => format!("{site}/feeds/{name}.atom"),
            Lang::En => format!("{site}/feeds/{name}.atom?lang=en"),
        };
        view! { <Link rel="alternate" type_="application/atom+xml" href=href title=format!("{site_name} — {title}") /> }
    });
    view! {
        <Link rel="canonical" href=url.clone() />
        {feed}
        <Meta name="description" content=description.clone() />
        <Meta property="og:site_name" content=site_name />
        <Meta property="og:type" content=kind />
        <Meta property="og:title" content=title.clone() />
        <Meta property="og:description" content=description.clone() />
        <Meta property="og:url" content=url />
        <Meta property="og:locale" content=locale />
        <Meta property="og:locale:alternate" content=alternate />
        {image.clone().map(|src| view! { <Meta property="og:image" content=src /> })}
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=title />
        <Meta name="twitter:description" content=description />
        {image.map(|src| view! { <Meta name="twitter:image" content=src /> })}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn canonical_drops_defaults_tracking_and_language() {
        let site = "https://ketnoi.example.vn";
        assert_eq!(
            super::canonical(site, "/startups", "?utm_source=x&page=1&lang=en&stage=mvp&sector=energy"),
            "https://ketnoi.example.vn/startups?sector=energy&stage=mvp"
        );
        assert_eq!(super::canonical(site, "/offers", "?page=2"), "https://ketnoi.example.vn/offers?page=2");
        assert_eq!(super::canonical(site, "/org/abc", ""), "https://ketnoi.example.vn/org/abc");
    }
}
