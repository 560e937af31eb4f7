//! `/org/{slug}/listings`: every offer, challenge and research output of an organisation in
//! every state, with its status, the moderator's message and the steps its members may take.

use crate::components::form::{ErrorSummary, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::listing::{EditState, ListingKind, OrgListings, Stage, member_actions};
use crate::i18n::listing::{action_label, kind_label, stage_label};
use crate::i18n::{format, use_lang};
use crate::server_fns::listings::load_org_listings;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn OrgListingsPage() -> impl IntoView {
    let lang = use_lang();
    let s = lang.listing();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(slug, load_org_listings);
    view! {
        <Title text=s.listings_title />
        <Meta name="robots" content="noindex, nofollow" />
        <div class="container">
            {with_session(move |info| {
                let info = info.clone();
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let info = info.clone();
                            Suspend::new(async move {
                                match (data.await, info.viewer.is_some()) {
                                    (Ok(Some(l)), _) => view! {
                                        <ErrorSummary form=info.form("listings") />
                                        <Listings l />
                                    }.into_any(),
                                    (Ok(None), false) => view! { <SignInPrompt next=format!("/org/{}/listings", slug()) /> }.into_any(),
                                    (Ok(None), true) => view! { <p class="notice notice-error" data-testid="not-manager">{lang.account().not_manager}</p> }.into_any(),
                                    (Err(_), _) => view! { <LoadError /> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
            })}
        </div>
    }
}

#[component]
fn Listings(l: OrgListings) -> impl IntoView {
    let lang = use_lang();
    let s = lang.listing();
    let org = l.org_slug.clone();
    let new_links = ListingKind::ALL
        .iter()
        .filter(|k| k.allowed_org(l.org_kind))
        .map(|k| {
            let label = match k {
                ListingKind::Offer => s.new_offer,
                ListingKind::Challenge => s.new_challenge,
                ListingKind::Research => s.new_research,
            };
            view! { <a class="button button-secondary" href=format!("/{}/new?org={org}", k.path())>{label}</a>" " }
        })
        .collect_view();
    let empty = l.rows.is_empty();
    view! {
        <header class="page-header">
            <h1>{s.listings_title}": "{lang.text(&l.org_name)}</h1>
            <p class="lead">{s.listings_lead}</p>
            <p><a href=format!("/org/{}/manage", l.org_slug)>{lang.account().manage}</a></p>
            <p class="button-row">{new_links}</p>
        </header>
        {if empty {
            view! { <p>{s.no_listings}</p> }.into_any()
        } else {
            view! {
                <table class="data-table" data-testid="listings">
                    <thead><tr>
                        <th scope="col">{s.col_title}</th><th scope="col">{s.col_kind}</th>
                        <th scope="col">{s.col_status}</th><th scope="col">{s.col_expires}</th><th scope="col">{s.col_actions}</th>
                    </tr></thead>
                    <tbody>
                        {l.rows.into_iter().map(|r| {
                            let base = format!("/{}/{}", r.kind.path(), r.slug);
                            let public = r.stage.public() && !r.expired;
                            let actions = member_actions(r.kind, r.stage);
                            let status_url = format!("{base}/status");
                            view! {
                                <tr data-testid=format!("listing-{}", r.slug)>
                                    <td>
                                        {if public { view! { <a href=base.clone()>{lang.text(&r.title)}</a> }.into_any() } else { view! { <span>{lang.text(&r.title)}</span> }.into_any() }}
                                        {r.review_note.clone().filter(|_| matches!(r.stage, Stage::Draft | Stage::Rejected)).map(|n| view! {
                                            <p class="hint" data-testid="review-note">{s.moderator_said}": "{n}</p>
                                        })}
                                    </td>
                                    <td>{kind_label(lang, r.kind)}{r.task_order.then(|| view! { " · "{s.task_order} })}</td>
                                    <td><span class="badge" data-stage=r.stage.as_str()>{stage_label(lang, r.stage)}</span>
                                        {r.expired.then(|| view! { " "<span class="badge badge-warning">{s.expired}</span> })}
                                        {match r.edit {
                                            Some(EditState::Waiting) => Some(s.edit_waiting_badge),
                                            Some(EditState::ChangesRequested(_)) => Some(s.edit_changes_badge),
                                            _ => None,
                                        }.map(|b| view! { " "<span class="badge badge-warning" data-testid="edit-badge">{b}</span> })}</td>
                                    <td>{r.expires.as_deref().map(format::date)}</td>
                                    <td class="actions">
                                        {r.stage.editable().then(|| view! { <a href=format!("{base}/edit")>{s.edit}</a>" " })}
                                        {actions.into_iter().map(|a| view! {
                                            <form method="post" action=status_url.clone() class="inline-form">
                                                <input type="hidden" name="action" value=a.as_str() />
                                                <button type="submit" class="button-secondary button-small">{action_label(lang, a)}</button>
                                            </form>
                                        }).collect_view()}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}
