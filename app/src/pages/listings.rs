//! Publishing forms: `/offers/new?org=`, `/offers/{slug}/edit` and the same for challenges and
//! research outputs. One page per listing; "Save draft" keeps unfinished work, "Submit for
//! review" asks for every required field. A refused form comes back with everything typed.

use super::manage::{SectorBoxes, Select};
use crate::components::form::{ErrorSummary, Field, TextArea, with_session};
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::domain::account::FormState;
use crate::domain::listing::{EditState, ListingEdit, ListingKind, Stage};
use crate::domain::{CoopType, IpStatus, ResearchType};
use crate::i18n::listing::stage_label;
use crate::i18n::{Label, Lang, use_lang};
use crate::server_fns::listings::load_listing_edit;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

fn title_of(lang: Lang, kind: ListingKind, new: bool) -> &'static str {
    let s = lang.listing();
    match (kind, new) {
        (ListingKind::Offer, true) => s.new_offer,
        (ListingKind::Offer, false) => s.edit_offer,
        (ListingKind::Challenge, true) => s.new_challenge,
        (ListingKind::Challenge, false) => s.edit_challenge,
        (ListingKind::Research, true) => s.new_research,
        (ListingKind::Research, false) => s.edit_research,
    }
}

/// The page of a new (`new`) or an existing listing of `kind`.
#[component]
pub fn ListingFormPage(kind: ListingKind, new: bool) -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let slug = if new { String::new() } else { params.with(|p| p.get("slug")).unwrap_or_default() };
        let org = query.with(|q| q.get("org")).unwrap_or_default();
        (slug, org)
    };
    let data = Resource::new(key, move |(slug, org)| load_listing_edit(kind, slug, org));
    let here = move || {
        let (slug, org) = key();
        if new { format!("/{}/new?org={org}", kind.path()) } else { format!("/{}/{slug}/edit", kind.path()) }
    };
    view! {
        <Title text=title_of(lang, kind, new) />
        <Meta name="robots" content="noindex, nofollow" />
        <div class="container narrow form-page">
            {with_session(move |info| {
                let info = info.clone();
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let info = info.clone();
                            Suspend::new(async move {
                                match (data.await, info.viewer.is_some()) {
                                    (Ok(Some(edit)), _) => {
                                        let form = info.form("listing");
                                        view! { <ListingForm kind new edit form action=here() /> }.into_any()
                                    }
                                    (Ok(None), false) => view! { <SignInPrompt next=here() /> }.into_any(),
                                    (Ok(None), true) => view! {
                                        <h1>{title_of(lang, kind, new)}</h1>
                                        <p class="notice notice-error" data-testid="not-publisher">{lang.listing().not_member}</p>
                                    }.into_any(),
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

/// A checkbox group; `chosen` are the stored codes (a refused form's values win).
#[component]
fn Checks(
    form: FormState,
    name: &'static str,
    legend: &'static str,
    options: Vec<(String, String)>,
    chosen: String,
) -> impl IntoView {
    let lang = use_lang();
    let chosen = form.values.get(name).cloned().unwrap_or(chosen);
    let chosen: Vec<String> = chosen.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect();
    let error = form.error(name).map(|e| crate::i18n::account::form_error(lang, e));
    view! {
        <fieldset class="field checkbox-group" id=format!("f-{name}") class:field-invalid=error.is_some()>
            <legend>{legend}</legend>
            {error.map(|e| view! { <p class="field-error">{e}</p> })}
            {options.into_iter().map(|(code, label)| {
                let id = format!("{name}-{code}");
                let on = chosen.contains(&code);
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=id.clone() name=name value=code checked=on />
                        <label for=id>{label}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// One yes/no box posting `1`.
#[component]
fn Tick(
    form: FormState,
    name: &'static str,
    label: &'static str,
    checked: bool,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    // a refused form sends back "" for an unticked box
    let on = form.values.get(name).map_or(checked, |v| v == "1");
    let error = form.error(name).map(|e| crate::i18n::account::form_error(lang, e));
    let id = format!("f-{name}");
    view! {
        <div class="field checkbox" class:field-invalid=error.is_some()>
            {error.map(|e| view! { <p class="field-error">{e}</p> })}
            <input type="checkbox" id=id.clone() name=name value="1" checked=on />
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
        </div>
    }
}

#[component]
fn ListingForm(kind: ListingKind, new: bool, edit: ListingEdit, form: FormState, action: String) -> impl IntoView {
    let lang = use_lang();
    let s = lang.listing();
    let a = lang.account();
    let v = |k: &str| edit.values.get(k).cloned().unwrap_or_default();
    let stage = edit.stage.unwrap_or(Stage::Draft);
    let live = !new && stage != Stage::Draft;
    let editable = stage.editable();
    let trls: Vec<(String, String)> = (1..=9).map(|n| (n.to_string(), format!("TRL {n}"))).collect();
    let fields = match kind {
        ListingKind::Offer => {
            let ips = IpStatus::ALL.iter().map(|i| (i.as_str().to_string(), i.label(lang).to_string())).collect();
            let coops = CoopType::ALL.iter().map(|c| (c.as_str().to_string(), c.label(lang).to_string())).collect();
            view! {
                <Field form=form.clone() name="title_vi" label=s.f_title_vi value=v("title_vi") required=true maxlength=300 />
                <Field form=form.clone() name="title_en" label=s.f_title_en value=v("title_en") maxlength=300 />
                <TextArea form=form.clone() name="summary_vi" label=s.f_summary_vi hint=a.markdown_hint value=v("summary_vi") rows=5 maxlength=10000 />
                <TextArea form=form.clone() name="summary_en" label=s.f_summary_en value=v("summary_en") rows=3 maxlength=10000 />
                <TextArea form=form.clone() name="problem_vi" label=s.f_problem_offer value=v("problem_vi") rows=4 maxlength=10000 />
                <TextArea form=form.clone() name="advantages_vi" label=s.f_advantages value=v("advantages_vi") rows=4 maxlength=10000 />
                <TextArea form=form.clone() name="applications_vi" label=s.f_applications value=v("applications_vi") rows=4 maxlength=10000 />
                <Select form=form.clone() name="trl" label=s.f_trl options=trls value=v("trl") />
                <Select form=form.clone() name="ip_status" label=s.f_ip_status options=ips value=v("ip_status") />
                <Field form=form.clone() name="ip_number" label=s.f_ip_number hint=s.ip_number_hint value=v("ip_number") maxlength=300 />
                <Field form=form.clone() name="price_vnd" label=s.f_price hint=s.price_hint value=v("price_vnd") />
                <Tick form=form.clone() name="price_negotiable" label=s.f_negotiable checked=v("price_negotiable") == "1" />
                <Checks form=form.clone() name="coop" legend=s.f_coop options=coops chosen=v("coop") />
                <SectorBoxes form=form.clone() chosen=split(&v("sector")) />
                <TextArea form=form.clone() name="confidential" label=s.f_confidential hint=s.confidential_hint value=v("confidential") rows=4 maxlength=10000 />
            }
            .into_any()
        }
        ListingKind::Challenge => {
            let agency = edit.org_kind == Some(crate::domain::OrgKind::Agency);
            view! {
                <Field form=form.clone() name="title_vi" label=s.f_title_vi value=v("title_vi") required=true maxlength=300 />
                <Field form=form.clone() name="title_en" label=s.f_title_en value=v("title_en") maxlength=300 />
                <TextArea form=form.clone() name="problem_vi" label=s.f_problem_challenge hint=a.markdown_hint value=v("problem_vi") rows=5 maxlength=10000 />
                <TextArea form=form.clone() name="problem_en" label=s.f_problem_en value=v("problem_en") rows=3 maxlength=10000 />
                <TextArea form=form.clone() name="desired_result_vi" label=s.f_desired value=v("desired_result_vi") rows=4 maxlength=10000 />
                <TextArea form=form.clone() name="constraints_vi" label=s.f_constraints value=v("constraints_vi") rows=3 maxlength=10000 />
                <Field form=form.clone() name="budget_min" label=s.f_budget_min value=v("budget_min") />
                <Field form=form.clone() name="budget_max" label=s.f_budget_max value=v("budget_max") />
                <Select form=form.clone() name="trl_min" label=s.f_trl_min options=trls value=v("trl_min") />
                <Field form=form.clone() name="deadline" label=s.f_deadline kind="date" value=v("deadline") />
                <SectorBoxes form=form.clone() chosen=split(&v("sector")) />
                {agency.then(|| view! {
                    <Tick form=form.clone() name="task_order" label=s.f_task_order hint=s.task_order_hint checked=v("task_order") == "1" />
                    <Field form=form.clone() name="funding_vnd" label=s.f_funding value=v("funding_vnd") />
                    <TextArea form=form.clone() name="evaluation_criteria_vi" label=s.f_criteria value=v("evaluation_criteria_vi") rows=4 maxlength=10000 />
                })}
            }
            .into_any()
        }
        ListingKind::Research => {
            let types = ResearchType::ALL.iter().map(|t| (t.as_str().to_string(), t.label(lang).to_string())).collect();
            let offers: Vec<(String, String)> =
                edit.offers.iter().map(|(slug, t)| (slug.clone(), lang.text(t))).collect();
            let has_offers = !offers.is_empty();
            view! {
                <Field form=form.clone() name="title_vi" label=s.f_title_vi value=v("title_vi") required=true maxlength=300 />
                <Field form=form.clone() name="title_en" label=s.f_title_en value=v("title_en") maxlength=300 />
                <Select form=form.clone() name="output_type" label=s.f_output_type options=types value=v("output_type") />
                <Field form=form.clone() name="authors" label=s.f_authors value=v("authors") maxlength=300 />
                <Field form=form.clone() name="year" label=s.f_year kind="number" value=v("year") />
                <Field form=form.clone() name="doi" label=s.f_doi hint=s.doi_hint value=v("doi") maxlength=300 />
                <Field form=form.clone() name="patent_number" label=s.f_patent_number value=v("patent_number") maxlength=300 />
                <TextArea form=form.clone() name="abstract_vi" label=s.f_abstract_vi hint=a.markdown_hint value=v("abstract_vi") rows=6 maxlength=10000 />
                <TextArea form=form.clone() name="abstract_en" label=s.f_abstract_en value=v("abstract_en") rows=4 maxlength=10000 />
                <Tick form=form.clone() name="international" label=s.f_international checked=v("international") == "1" />
                <SectorBoxes form=form.clone() chosen=split(&v("sector")) />
                {if has_offers {
                    view! { <Checks form=form.clone() name="offer" legend=s.f_offers options=offers chosen=v("offer") /> }.into_any()
                } else {
                    view! { <p class="hint">{s.no_offers}</p> }.into_any()
                }}
            }
            .into_any()
        }
    };
    let listings = format!("/org/{}/listings", edit.org_slug);
    view! {
        <header class="page-header">
            <h1>{title_of(lang, kind, new)}</h1>
            <p>{s.for_org}": "<a href=listings.clone()>{lang.text(&edit.org_name)}</a>
                {edit.stage.map(|st| view! { " · "<span class="badge" data-testid="stage">{stage_label(lang, st)}</span> })}</p>
            <p class="lead">{if live { s.live_lead } else { s.form_lead }}</p>
        </header>
        {edit.review_note.clone().map(|note| view! {
            <div class="notice notice-warning" role="note" data-testid="review-note">
                <h2>{if stage == Stage::Rejected { s.rejected_note } else { s.moderator_said }}</h2>
                <p>{note}</p>
            </div>
        })}
        {edit.edit.clone().map(|e| {
            let (title, lead, note) = match e {
                EditState::Waiting => (s.edit_waiting, s.edit_waiting_lead, None),
                EditState::ChangesRequested(n) => (s.edit_changes, s.edit_changes_lead, Some(n)),
                EditState::Rejected(n) => (s.edit_rejected, s.edit_rejected_lead, Some(n)),
            };
            view! {
                <div class="notice notice-warning" role="note" data-testid="edit-state">
                    <h2>{title}</h2>
                    {note.filter(|n| !n.is_empty()).map(|n| view! { <p><strong>{s.moderator_said}": "</strong>{n}</p> })}
                    <p>{lead}</p>
                </div>
            }
        })}
        <ErrorSummary form=form.clone() />
        {if editable {
            view! {
                <form method="post" action=action class="stack" data-testid="listing-form" novalidate>
                    {fields}
                    <div class="button-row">
                        {if live {
                            view! { <button type="submit" name="intent" value="save" class="button">{s.save_changes}</button> }.into_any()
                        } else {
                            view! {
                                <button type="submit" name="intent" value="submit" class="button">{s.submit_review}</button>
                                <button type="submit" name="intent" value="draft" class="button button-secondary">{s.save_draft}</button>
                            }.into_any()
                        }}
                    </div>
                </form>
            }.into_any()
        } else {
            view! { <p class="notice" data-testid="not-editable">{s.not_editable}</p> }.into_any()
        }}
    }
}

fn split(v: &str) -> Vec<String> {
    v.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// On a public offer, challenge or research page: "Edit" for the owning organisation's members.
#[component]
pub fn EditLink(cat: crate::domain::dto::Catalogue, slug: String, org: String) -> impl IntoView {
    use crate::domain::dto::Catalogue;
    let lang = use_lang();
    let kind = match cat {
        Catalogue::Offers => Some(ListingKind::Offer),
        Catalogue::Challenges => Some(ListingKind::Challenge),
        Catalogue::Research => Some(ListingKind::Research),
        _ => None,
    };
    with_session(move |info| {
        let member =
            info.viewer.as_ref().is_some_and(|v| v.role.is_admin() || v.memberships.iter().any(|m| m.slug == org));
        kind.filter(|_| member).map(|k| {
            view! {
                <p class="org-actions">
                    <a class="button button-secondary" href=format!("/{}/{slug}/edit", k.path()) data-testid="edit-listing">{lang.listing().edit}</a>
                    " "<a href=format!("/org/{org}/listings")>{lang.listing().listings_link}</a>
                </p>
            }
        })
    })
}
