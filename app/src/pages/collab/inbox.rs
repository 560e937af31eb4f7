//! `/org/{slug}/requests?box=inbox|sent&state=…&page=`: an organisation's requests, newest
//! first, filtered by state with counts (members and admins only).

use crate::components::form::with_session;
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::collab::{BOX_PER_PAGE, BoxPage as Page};
use crate::i18n::{collab, format, use_lang};
use crate::server_fns::collab::load_box;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map};

#[component]
pub fn BoxPage() -> impl IntoView {
    let c = use_lang().collab();
    let params = use_params_map();
    let location = use_location();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(move || (slug(), location.search.get()), |(s, q)| load_box(s, q));
    view! {
        <Title text=c.box_title />
        <div class="container">
            {with_session(move |info| {
                let signed_in = info.viewer.is_some();
                view! {
                    <Suspense fallback=Loading>
                        {move || Suspend::new(async move {
                            match (data.await, signed_in) {
                                (_, false) => view! { <SignInPrompt next=format!("/org/{}/requests", slug()) /> }.into_any(),
                                (Ok(Some(p)), true) => view! { <BoxView p /> }.into_any(),
                                (Ok(None), true) => view! { <p class="notice notice-error" data-testid="not-member">{c.not_member}</p> }.into_any(),
                                (Err(_), _) => view! { <LoadError /> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            })}
        </div>
    }
}

#[component]
fn BoxView(p: Page) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    let base = format!("/org/{}/requests", p.slug);
    let bx = if p.inbox { "inbox" } else { "sent" };
    let href = {
        let base = base.clone();
        move |bx: &str, state: Option<&str>, page: u32| {
            let mut q = format!("{base}?box={bx}");
            if let Some(s) = state {
                q.push_str(&format!("&state={s}"));
            }
            if page > 1 {
                q.push_str(&format!("&page={page}"));
            }
            q
        }
    };
    let all: u64 = p.counts.iter().map(|(_, n)| n).sum();
    let current = p.state;
    let pages = p.total.div_ceil(u64::from(BOX_PER_PAGE)).max(1) as u32;
    let h = href.clone();
    let filters = std::iter::once((None, c.all_states, all))
        .chain(p.counts.iter().map(|(s, n)| (Some(*s), collab::state(lang, *s), *n)))
        .map(|(s, label, n)| {
            let link = h(bx, s.map(|s| s.as_str()), 1);
            let here = (s == current).then_some("page");
            view! { <li><a href=link aria-current=here>{label}" ("{format::number(lang, n)}")"</a></li> }
        })
        .collect_view();
    let h = href.clone();
    view! {
        <header class="page-header">
            <h1>{c.box_title}": "{lang.text(&p.org_name)}</h1>
            <nav class="tabs" aria-label=c.box_title>
                <a href=h("inbox", None, 1) aria-current=p.inbox.then_some("page") data-testid="box-inbox">{c.inbox}</a>
                <a href=h("sent", None, 1) aria-current=(!p.inbox).then_some("page") data-testid="box-sent">{c.sent_box}</a>
            </nav>
        </header>
        <nav aria-label=c.filter_label><ul class="chip-list state-filter" data-testid="state-filter">{filters}</ul></nav>
        {if p.rows.is_empty() {
            view! { <p class="empty">{c.box_empty}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="admin-table" data-testid="box-table">
                        <thead><tr>
                            <th scope="col">"#"</th><th scope="col">{c.col_other}</th><th scope="col">{c.target}</th>
                            <th scope="col">{c.intent}</th><th scope="col">{c.state}</th><th scope="col">{c.col_updated}</th>
                        </tr></thead>
                        <tbody>
                            {p.rows.into_iter().map(|r| view! {
                                <tr>
                                    <td><a href=format!("/collab/{}", r.id)>{format!("#{}", r.id)}</a></td>
                                    <td><a href=format!("/collab/{}", r.id)>{lang.text(&r.other)}</a></td>
                                    <td>{r.target.map(|t| lang.text(&t)).unwrap_or_default()}</td>
                                    <td>{collab::intent(lang, r.intent)}</td>
                                    <td>{collab::state(lang, r.state)}</td>
                                    <td>{format::date(&r.updated_at)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        {(pages > 1).then(|| {
            let t = lang.t();
            let state = current.map(|s| s.as_str());
            view! {
                <nav class="pager" aria-label=t.pagination>
                    {(p.page > 1).then(|| view! { <a rel="prev" href=href(bx, state, p.page - 1)>"← "{t.prev_page}</a> })}
                    <span class="pager-status">{format!("{} {} {} {}", t.page_word, p.page, t.of_word, pages)}</span>
                    {(p.page < pages).then(|| view! { <a rel="next" href=href(bx, state, p.page + 1)>{t.next_page}" →"</a> })}
                </nav>
            }
        })}
    }
}
