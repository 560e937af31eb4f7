//! `/dashboard`: the signed-in user's organisations, each with its suggestions. Signed out,
//! the server answers with a redirect to sign in.

use crate::components::badges::KindBadge;
use crate::components::sign_in_prompt::SignInPrompt;
use crate::components::status::{LoadError, Loading};
use crate::components::suggestions::{Feedback, SuggestionList};
use crate::domain::matching::{DashboardSection, SubjectKind};
use crate::i18n::use_lang;
use crate::server_fns::matching::get_dashboard;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let m = use_lang().matching();
    let data = Resource::new_blocking(|| (), |_| get_dashboard());
    view! {
        <Title text=m.dashboard />
        <div class="container">
            <header class="page-header">
                <h1>{m.dashboard}</h1>
                <p class="lead">{m.dashboard_lead}</p>
            </header>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(sections)) if sections.is_empty() => view! {
                            <div class="notice" data-testid="dashboard-empty">
                                <p>{m.dashboard_no_orgs}</p>
                                <p><a class="button" href="/orgs/new">{use_lang().account().create_org}</a></p>
                            </div>
                        }.into_any(),
                        Ok(Some(sections)) => sections.into_iter().map(|section| view! { <Section section /> }).collect_view().into_any(),
                        Ok(None) => view! { <SignInPrompt next="/dashboard".into() /> }.into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Section(section: DashboardSection) -> impl IntoView {
    let lang = use_lang();
    let m = lang.matching();
    let id = format!("dash-{}", section.slug);
    let labelled_by = id.clone();
    let feedback = Feedback {
        kind: SubjectKind::Org,
        slug: section.slug.clone(),
        next: format!("/dashboard#dash-{}", section.slug),
    };
    view! {
        <section class="dashboard-section" aria-labelledby=labelled_by data-testid="dashboard-section">
            <h2 id=id>{lang.text(&section.name)} <KindBadge kind=section.kind /></h2>
            <p><a href=format!("/org/{}", section.slug)>{m.open_org}</a></p>
            <h3>{m.title}</h3>
            <SuggestionList list=section.suggestions feedback=Some(feedback) />
        </section>
    }
}
