//! `/admin`: the Department of S&T's area — an overview with what waits for a decision, and
//! the users, claims, organisations and audit log pages. Every list is a table driven by the
//! URL (GET filter forms, page links); every action is a small POST form that works without
//! JavaScript. Non-admins see why they cannot enter; the server refuses them in any case.

mod audit;
mod claims;
mod import;
mod kpi;
mod list;
mod moderation;
mod orgs;
mod users;

pub use audit::AdminAuditPage;
pub use claims::AdminClaimsPage;
pub use import::AdminImportPage;
pub use kpi::AdminKpiPage;
pub use moderation::ModerationPage;
pub use orgs::AdminOrgsPage;
pub use users::AdminUsersPage;

use crate::components::form::ErrorSummary;
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::account::{FormState, Viewer};
use crate::domain::admin::AdminCounts;
use crate::i18n::{format, use_lang};
use crate::server_fns::admin::admin_overview;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The frame of every admin page: waits for the session and `data`; a signed-out visitor is
/// asked to sign in, a non-admin is told this is not for them, an admin gets the navigation,
/// the heading, any refused action's message and `render`'s content.
fn admin_frame<T, V, F>(
    path: &'static str,
    title: &'static str,
    lead: &'static str,
    data: Resource<Result<T, ServerFnError>>,
    render: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(Viewer, T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let session = crate::server_fns::account::use_session();
    let s = use_lang().admin();
    view! {
        <Title text=title />
        <Meta name="robots" content="noindex, nofollow" />
        <div class="container admin">
            <Suspense fallback=Loading>
                {move || {
                    let render = render.clone();
                    Suspend::new(async move {
                        let Ok(info) = session.await else { return view! { <LoadError /> }.into_any() };
                        match info.viewer.clone() {
                            None => view! {
                                <header class="page-header"><h1>{s.title}</h1></header>
                                <SignInPrompt next=path.into() />
                            }
                            .into_any(),
                            Some(v) if !v.role.is_admin() => view! {
                                <header class="page-header"><h1>{s.not_allowed_title}</h1></header>
                                <div class="notice notice-error" role="alert" data-testid="admin-not-allowed">
                                    <p>{s.not_allowed}</p>
                                </div>
                            }
                            .into_any(),
                            Some(v) => {
                                let form: FormState = info.form("admin");
                                let body = match data.await {
                                    Ok(d) => render(v, d).into_any(),
                                    Err(_) => view! { <LoadError /> }.into_any(),
                                };
                                view! {
                                    <AdminNav current=path />
                                    <header class="page-header">
                                        <h1>{title}</h1>
                                        <p class="lead">{lead}</p>
                                    </header>
                                    <ErrorSummary form />
                                    {body}
                                }
                                .into_any()
                            }
                        }
                    })
                }}
            </Suspense>
        </div>
    }
}

#[component]
pub(crate) fn AdminNav(current: &'static str) -> impl IntoView {
    let s = use_lang().admin();
    let links = [
        ("/admin", s.overview),
        ("/admin/moderation", use_lang().listing().moderation_title),
        ("/admin/claims", s.claims_title),
        ("/admin/orgs", s.orgs_title),
        ("/admin/users", s.users_title),
        ("/admin/audit", s.audit_title),
        ("/admin/kpi", use_lang().kpi().admin_nav),
        ("/admin/import", use_lang().transfer().import_title),
    ];
    view! {
        <nav class="admin-nav" aria-label=s.nav_label>
            <ul>
                {links
                    .into_iter()
                    .map(|(href, label)| {
                        view! { <li><a href=href aria-current=(href == current).then_some("page")>{label}</a></li> }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// A one-button POST form for a row's action; `back` returns to the list as it was.
#[component]
fn ActionButton(
    action: String,
    back: String,
    label: &'static str,
    #[prop(optional)] secondary: bool,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name="back" value=back />
            <button type="submit" class=if secondary { "button-secondary button-small" } else { "button button-small" }
                data-testid=(!testid.is_empty()).then_some(testid)>{label}</button>
        </form>
    }
}

/// `/admin`: what waits for a decision, each figure a link to its list.
#[component]
pub fn AdminPage() -> impl IntoView {
    let s = use_lang().admin();
    let data = Resource::new(|| (), |_| admin_overview());
    admin_frame("/admin", s.title, s.lead, data, |_, counts: AdminCounts| view! { <Overview counts /> })
}

#[component]
fn Overview(counts: AdminCounts) -> impl IntoView {
    let lang = use_lang();
    let s = lang.admin();
    let tiles = [
        ("/admin/claims", counts.pending_claims, s.tile_pending_claims),
        ("/admin/orgs?filter=unverified", counts.unverified_orgs, s.tile_unverified),
        ("/admin/orgs?filter=hidden", counts.hidden_orgs, s.tile_hidden),
        ("/admin/users", counts.users, s.tile_users),
        ("/admin/users?filter=disabled", counts.disabled_users, s.tile_disabled),
        ("/admin/audit", counts.audit_entries, s.tile_audit),
    ];
    view! {
        <ul class="count-grid" data-testid="admin-counts">
            {tiles
                .into_iter()
                .map(|(href, n, label)| {
                    view! {
                        <li>
                            <a class="count-tile" href=href>
                                <span class="count">{format::number(lang, n)}</span>
                                <span class="count-label">{label}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
