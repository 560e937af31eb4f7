use crate::domain::ListQuery;
use crate::i18n::{format, use_lang};
use leptos::prelude::*;

/// Previous / next links and "page N of M"; links keep every other parameter.
#[component]
pub fn Pager(path: &'static str, query: ListQuery, total: u64) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let pages = query.total_pages(total);
    let page = query.page.min(pages.max(1));
    (pages > 1).then(|| {
        let prev = (page > 1).then(|| format!("{path}{}", query.with_page(page - 1)));
        let next = (page < pages).then(|| format!("{path}{}", query.with_page(page + 1)));
        view! {
            <nav class="pager" data-testid="pager" aria-label=t.pagination>
                {prev.map(|href| view! { <a rel="prev" href=href>"← " {t.prev_page}</a> })}
                <span class="pager-status">
                    {format!("{} {} {} {}", t.page_word, format::number(lang, page.into()), t.of_word, format::number(lang, pages.into()))}
                </span>
                {next.map(|href| view! { <a rel="next" href=href>{t.next_page} " →"</a> })}
            </nav>
        }
    })
}
