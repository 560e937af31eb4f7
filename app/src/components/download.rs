//! "Tải CSV" / "Tải Excel": the current list, with its filters and sort but every page, as a
//! file (`/export/{list}.csv?…`, served by `backend/export`).

use crate::domain::ListQuery;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// The export address of the list at `path` (`/startups`) with `query`, in the page's language.
pub fn export_href(path: &str, query: &ListQuery, ext: &str, lang: &str) -> String {
    let mut all = query.clone();
    all.page = 1;
    let qs = all.to_query_string();
    let sep = if qs.is_empty() { '?' } else { '&' };
    format!("/export/{}.{ext}{qs}{sep}lang={lang}", path.trim_start_matches('/'))
}

#[component]
pub fn DownloadLinks(path: &'static str, query: ListQuery) -> impl IntoView {
    let lang = use_lang();
    let t = lang.transfer();
    let csv = export_href(path, &query, "csv", lang.code());
    let xlsx = export_href(path, &query, "xlsx", lang.code());
    view! {
        <p class="downloads" data-testid="downloads">
            <span class="visually-hidden">{t.download_label}": "</span>
            <a href=csv download data-testid="download-csv" title=t.download_note>{t.download_csv}</a>
            " · "
            <a href=xlsx download data-testid="download-xlsx" title=t.download_note>{t.download_xlsx}</a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_filters_drops_the_page() {
        let q = ListQuery::parse("?sector=energy&page=3&sort=newest");
        assert_eq!(
            super::export_href("/startups", &q, "xlsx", "vi"),
            "/export/startups.xlsx?sector=energy&sort=newest&lang=vi"
        );
        assert_eq!(super::export_href("/kpi", &ListQuery::parse(""), "csv", "en"), "/export/kpi.csv?lang=en");
    }
    use crate::domain::ListQuery;
}
