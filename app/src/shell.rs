//! The HTML document, the router and the page frame.

use crate::components::layout::{FlashNotice, Footer, Header};
use crate::domain::Directory;
use crate::domain::dto::Catalogue;
use crate::domain::listing::ListingKind;
use crate::i18n::{detect_lang, use_lang};
use crate::pages::{
    account, apply, auth, catalogue, dashboard, directory, home, kpi, listings, manage, not_found::NotFound, org,
    pipeline, programme_edit, search,
};
use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = detect_lang();
    // the public address, read back by the browser for canonical and OpenGraph URLs
    let site = crate::components::page_meta::site_url();
    // in the document only (the server's): the names change with each build
    let assets = use_context::<crate::assets::Assets>().unwrap_or_default();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() data-site=site>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b5394" />
                <link rel="stylesheet" href=assets.css />
                <link rel="icon" href=assets.favicon type="image/svg+xml" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(detect_lang());
    // Who is signed in and what the last POST left behind: read once per page, shared by all.
    let session: crate::server_fns::account::SessionResource =
        Resource::new_blocking(|| (), |_| crate::server_fns::account::load_session());
    provide_context(session);
    let t = use_lang().t();
    let dir = |d: Directory| move || view! { <directory::DirectoryPage dir=d /> };
    let cat = |c: Catalogue| move || view! { <catalogue::CataloguePage cat=c /> };
    let item = |c: Catalogue| move || view! { <catalogue::ItemPage cat=c /> };
    let publish = |kind: ListingKind, new: bool| move || view! { <listings::ListingFormPage kind new /> };
    view! {
        <Title formatter=move |page: String| {
            if page.is_empty() { t.site_name.to_string() } else { format!("{page} · {}", t.site_name) }
        } />
        <Router>
            <a class="skip-link" href="#main">{t.skip_to_content}</a>
            <Header />
            <FlashNotice />
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=home::HomePage ssr=SsrMode::Async />
                    <Route path=path!("/incubators") view=dir(Directory::Incubators) ssr=SsrMode::Async />
                    <Route path=path!("/startups") view=dir(Directory::Startups) ssr=SsrMode::Async />
                    <Route path=path!("/investors") view=dir(Directory::Investors) ssr=SsrMode::Async />
                    <Route path=path!("/institutes") view=dir(Directory::Institutes) ssr=SsrMode::Async />
                    <Route path=path!("/enterprises") view=dir(Directory::Enterprises) ssr=SsrMode::Async />
                    <Route path=path!("/agencies") view=dir(Directory::Agencies) ssr=SsrMode::Async />
                    <Route path=path!("/org/:slug") view=org::OrgPage ssr=SsrMode::Async />
                    <Route path=path!("/offers/new") view=publish(ListingKind::Offer, true) ssr=SsrMode::Async />
                    <Route path=path!("/offers/:slug/edit") view=publish(ListingKind::Offer, false) ssr=SsrMode::Async />
                    <Route path=path!("/challenges/new") view=publish(ListingKind::Challenge, true) ssr=SsrMode::Async />
                    <Route path=path!("/challenges/:slug/edit") view=publish(ListingKind::Challenge, false) ssr=SsrMode::Async />
                    <Route path=path!("/research/new") view=publish(ListingKind::Research, true) ssr=SsrMode::Async />
                    <Route path=path!("/research/:slug/edit") view=publish(ListingKind::Research, false) ssr=SsrMode::Async />
                    <Route path=path!("/offers") view=cat(Catalogue::Offers) ssr=SsrMode::Async />
                    <Route path=path!("/offers/:slug") view=item(Catalogue::Offers) ssr=SsrMode::Async />
                    <Route path=path!("/challenges") view=cat(Catalogue::Challenges) ssr=SsrMode::Async />
                    <Route path=path!("/challenges/:slug") view=item(Catalogue::Challenges) ssr=SsrMode::Async />
                    <Route path=path!("/research") view=cat(Catalogue::Research) ssr=SsrMode::Async />
                    <Route path=path!("/research/:slug") view=item(Catalogue::Research) ssr=SsrMode::Async />
                    <Route path=path!("/programmes") view=cat(Catalogue::Programmes) ssr=SsrMode::Async />
                    <Route path=path!("/programmes/new") view=programme_edit::NewProgrammePage ssr=SsrMode::Async />
                    <Route path=path!("/programmes/:slug") view=item(Catalogue::Programmes) ssr=SsrMode::Async />
                    <Route path=path!("/programmes/:slug/edit") view=programme_edit::EditProgrammePage ssr=SsrMode::Async />
                    <Route path=path!("/programmes/:slug/apply") view=apply::ApplyFormPage ssr=SsrMode::Async />
                    <Route path=path!("/programmes/:slug/applications") view=pipeline::BoardPage ssr=SsrMode::Async />
                    <Route path=path!("/programmes/:slug/applications/:id") view=pipeline::ApplicationPage ssr=SsrMode::Async />
                    <Route path=path!("/org/:slug/applications") view=apply::OrgApplicationsPage ssr=SsrMode::Async />
                    <Route path=path!("/events") view=cat(Catalogue::Events) ssr=SsrMode::Async />
                    <Route path=path!("/events/new") view=crate::pages::event_form::EventNewPage ssr=SsrMode::Async />
                    <Route path=path!("/events/:slug") view=item(Catalogue::Events) ssr=SsrMode::Async />
                    <Route path=path!("/events/:slug/edit") view=crate::pages::event_form::EventEditPage ssr=SsrMode::Async />
                    <Route path=path!("/events/:slug/attendees") view=crate::pages::events::AttendeesPage ssr=SsrMode::Async />
                    <Route path=path!("/search") view=search::SearchPage ssr=SsrMode::Async />
                    <Route path=path!("/kpi") view=kpi::KpiPage ssr=SsrMode::Async />
                    <Route path=path!("/kpi/report") view=kpi::KpiReportPage ssr=SsrMode::Async />
                    <Route path=path!("/kpi/:code") view=kpi::KpiIndicatorPage ssr=SsrMode::Async />
                    <Route path=path!("/api/docs") view=crate::pages::api_docs::ApiDocsPage ssr=SsrMode::Async />
                    <Route path=path!("/login") view=auth::LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/signup") view=auth::SignupPage ssr=SsrMode::Async />
                    <Route path=path!("/password/forgot") view=auth::ForgotPage ssr=SsrMode::Async />
                    <Route path=path!("/password/reset") view=auth::ResetPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=account::AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/dashboard") view=dashboard::DashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=crate::pages::admin::AdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/users") view=crate::pages::admin::AdminUsersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/claims") view=crate::pages::admin::AdminClaimsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/orgs") view=crate::pages::admin::AdminOrgsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=crate::pages::admin::AdminAuditPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/kpi") view=crate::pages::admin::AdminKpiPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/import") view=crate::pages::admin::AdminImportPage ssr=SsrMode::Async />
                    <Route path=path!("/orgs/new") view=manage::CreateOrgPage ssr=SsrMode::Async />
                    <Route path=path!("/org/:slug/manage") view=manage::ManageOrgPage ssr=SsrMode::Async />
                    <Route path=path!("/org/:slug/requests") view=crate::pages::collab::BoxPage ssr=SsrMode::Async />
                    <Route path=path!("/collab/new") view=crate::pages::collab::NewRequestPage ssr=SsrMode::Async />
                    <Route path=path!("/collab/:id") view=crate::pages::collab::RequestPage ssr=SsrMode::Async />
                    <Route path=path!("/notifications") view=crate::pages::notifications::NotificationsPage ssr=SsrMode::Async />
                    <Route path=path!("/org/:slug/listings") view=crate::pages::org_listings::OrgListingsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/moderation") view=crate::pages::admin::ModerationPage ssr=SsrMode::Async />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
