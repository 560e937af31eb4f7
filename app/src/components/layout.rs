//! The frame of every page: header (brand, search, language, navigation) and footer.

use super::form::{NoticeBanner, with_session};
use super::icons;
use super::search_box::SearchBox;
use crate::domain::Directory;
use crate::domain::dto::Catalogue;
use crate::i18n::{Label, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let location = use_location();
    // Switching language reloads the page (rel=external) so the server sets the cookie.
    let toggle_href = move || {
        let search = location.search.get();
        let mut params: Vec<&str> =
            search.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).collect();
        let lang_param = format!("lang={}", lang.other().code());
        params.push(&lang_param);
        format!("{}?{}", location.pathname.get(), params.join("&"))
    };
    let (menu_open, set_menu_open) = signal(false);
    let nav: Vec<(&'static str, &'static str)> = vec![
        (Directory::Incubators.path(), t.nav_incubators),
        (Directory::Startups.path(), t.nav_startups),
        (Directory::Investors.path(), t.nav_investors),
        (Directory::Institutes.path(), t.nav_institutes),
        (Directory::Enterprises.path(), t.nav_enterprises),
        (Directory::Agencies.path(), t.nav_agencies),
        (Catalogue::Offers.path(), t.nav_offers),
        (Catalogue::Challenges.path(), t.nav_challenges),
        (Catalogue::Research.path(), t.nav_research),
        (Catalogue::Programmes.path(), t.nav_programmes),
        (Catalogue::Events.path(), t.nav_events),
        ("/kpi", t.nav_kpi),
    ];
    let current = move |href: &'static str| {
        let path = location.pathname.get();
        (path == href || path.starts_with(&format!("{href}/"))).then_some("page")
    };
    view! {
        <header class="site-header">
            <div class="header-bar container">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"KN"</span>
                    <span class="brand-text">
                        <strong>{t.site_name}</strong>
                        <small>{t.site_tagline}</small>
                    </span>
                </a>
                <SearchBox />
                <a class="lang-toggle" data-testid="lang-toggle" rel="external" href=toggle_href
                    hreflang=lang.other().code() lang=lang.other().code() title=t.other_language_title>
                    {icons::world()}
                    <span>{t.other_language}</span>
                </a>
                <AccountMenu />
                <button class="menu-toggle" type="button" aria-controls="main-nav"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| set_menu_open.update(|o| *o = !*o)>
                    {t.menu}
                </button>
            </div>
            <nav id="main-nav" class="main-nav" class:open=menu_open aria-label=t.main_nav>
                <ul class="container">
                    {nav
                        .into_iter()
                        .map(|(href, label)| {
                            view! { <li><a href=href aria-current=move || current(href)>{label}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    view! {
        <footer class="site-footer">
            <div class="container footer-grid">
                <div>
                    <p class="footer-brand">{t.site_name}</p>
                    <p>{t.footer_about}</p>
                    <p>{t.footer_operator}</p>
                </div>
                <ul class="footer-links">
                    {Directory::ALL
                        .iter()
                        .map(|d| view! { <li><a href=d.path()>{d.label(lang)}</a></li> })
                        .collect_view()}
                </ul>
                <ul class="footer-links">
                    {Catalogue::ALL
                        .iter()
                        .map(|c| view! { <li><a href=c.path()>{c.label(lang)}</a></li> })
                        .collect_view()}
                    <li><a href="/api/docs">{t.footer_open_data}</a></li>
                </ul>
            </div>
            <p class="container sample-notice">{t.sample_notice}</p>
        </footer>
    }
}

/// Sign-in link, or the signed-in user's name with their account and sign-out.
#[component]
fn AccountMenu() -> impl IntoView {
    let a = use_lang().account();
    view! {
        <div class="account-menu" data-testid="account-menu">
            {with_session(move |info| match info.viewer {
                Some(v) => view! {
                    <NotificationBadge unread=info.unread />
                    <a href="/dashboard" class="account-link" data-testid="dashboard-link">{use_lang().matching().dashboard}</a>
                    <a href="/account" class="account-link" data-testid="account-link">{icons::user()}<span>{v.display_name}</span></a>
                    {v.role.is_admin().then(|| view! { <a href="/admin" class="account-link">{a.admin_area}</a> })}
                    <form method="post" action="/auth/logout" class="inline-form">
                        <button type="submit" class="link-button" data-testid="sign-out">{a.sign_out}</button>
                    </form>
                }
                .into_any(),
                None => view! { <a href="/login" class="account-link" data-testid="sign-in-link">{icons::user()}<span>{a.sign_in}</span></a> }.into_any(),
            })}
        </div>
    }
}

/// The confirmation a POST left behind, on the page it redirected to (not after navigating on).
#[component]
pub fn FlashNotice() -> impl IntoView {
    let location = use_location();
    let first = location.pathname.get_untracked();
    view! {
        <div class="container flash-area">
            {with_session(move |info| {
                let first = first.clone();
                let form = info.flash.clone().unwrap_or_default();
                move || (location.pathname.get() == first).then(|| view! { <NoticeBanner form=form.clone() /> })
            })}
        </div>
    }
}

/// The bell with the signed-in user's unread count (from the session read, one indexed count).
#[component]
fn NotificationBadge(unread: u64) -> impl IntoView {
    let lang = use_lang();
    let c = lang.collab();
    let label = format!("{}: {} {}", c.notif_title, unread, c.unread_count);
    view! {
        <a href="/notifications" class="account-link notification-link" data-testid="notification-link" aria-label=label>
            {icons::bell()}
            {(unread > 0).then(|| view! { <span class="badge-count" data-testid="notification-badge">{crate::i18n::format::number(lang, unread)}</span> })}
        </a>
    }
}
