//! `/notifications`: the signed-in user's notifications, newest first; opening one marks it
//! read (a POST that redirects to where it points). Also the e-mail preference form shown on
//! `/account`.

use crate::components::form::{ErrorSummary, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::account::FormState;
use crate::domain::collab::{NOTIFICATIONS_PER_PAGE, NotificationPage};
use crate::i18n::{collab, format, use_lang};
use crate::server_fns::collab::load_notifications;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let c = use_lang().collab();
    let query = use_query_map();
    let page = move || query.with(|q| q.get("page")).and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let data = Resource::new(page, load_notifications);
    view! {
        <Title text=c.notif_title />
        <div class="container narrow">
            <h1>{c.notif_title}</h1>
            <p class="lead">{c.notif_lead}</p>
            {with_session(move |info| {
                let signed_in = info.viewer.is_some();
                view! {
                    <Suspense fallback=Loading>
                        {move || Suspend::new(async move {
                            match data.await {
                                Ok(Some(p)) => view! { <NotificationList p /> }.into_any(),
                                Ok(None) if !signed_in => view! { <SignInPrompt next="/notifications".into() /> }.into_any(),
                                _ => view! { <LoadError /> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            })}
        </div>
    }
}

#[component]
fn NotificationList(p: NotificationPage) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    let t = lang.t();
    let pages = p.total.div_ceil(u64::from(NOTIFICATIONS_PER_PAGE)).max(1) as u32;
    if p.rows.is_empty() {
        return view! { <p class="empty" data-testid="notifications-empty">{c.notif_empty}</p> }.into_any();
    }
    view! {
        <p>
            <strong data-testid="unread-total">{format::number(lang, p.unread)}</strong>" "{c.unread_count}
        </p>
        {(p.unread > 0).then(|| view! {
            <form method="post" action="/notifications/read-all" class="inline-form">
                <button type="submit" class="button button-secondary" data-testid="mark-all-read">{c.mark_all}</button>
            </form>
        })}
        <ol class="notification-list" data-testid="notifications">
            {p.rows.into_iter().map(|n| view! {
                <li class:unread=!n.read data-testid="notification">
                    <form method="post" action=format!("/notifications/{}/open", n.id) class="inline-form">
                        <button type="submit" class="link-button notification-open">
                            {(!n.read).then(|| view! { <span class="unread-dot">{c.unread}": "</span> })}
                            {lang.text(&n.text)}
                        </button>
                    </form>
                    <time datetime=n.at.clone()>{format::date_time(&n.at)}</time>
                </li>
            }).collect_view()}
        </ol>
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=t.pagination>
                {(p.page > 1).then(|| view! { <a rel="prev" href=format!("/notifications?page={}", p.page - 1)>"← "{t.prev_page}</a> })}
                <span class="pager-status">{format!("{} {} {} {}", t.page_word, p.page, t.of_word, pages)}</span>
                {(p.page < pages).then(|| view! { <a rel="next" href=format!("/notifications?page={}", p.page + 1)>{t.next_page}" →"</a> })}
            </nav>
        })}
    }
    .into_any()
}

/// On `/account`: how notification e-mail arrives.
#[component]
pub fn NotifyPreferences(form: FormState) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    let data = Resource::new(|| 1u32, load_notifications);
    view! {
        <section class="panel" aria-labelledby="notify-h" data-testid="notify-prefs">
            <h2 id="notify-h">{c.prefs_h}</h2>
            <p><a href="/notifications">{c.notif_title}</a></p>
            <ErrorSummary form=form />
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    let current = data.await.ok().flatten().map(|p| p.preference).unwrap_or_else(|| "immediate".into());
                    view! {
                        <form method="post" action="/account/notifications" class="stack" novalidate>
                            <fieldset>
                                <legend>{c.prefs_h}</legend>
                                {["immediate", "daily", "off"].into_iter().map(|code| view! {
                                    <label class="radio">
                                        <input type="radio" name="notify_email" value=code checked=current == code />
                                        {collab::preference(lang, code)}
                                    </label>
                                }).collect_view()}
                            </fieldset>
                            <button type="submit" class="button button-secondary" data-testid="save-prefs">{c.save_prefs}</button>
                        </form>
                    }
                })}
            </Suspense>
        </section>
    }
}
