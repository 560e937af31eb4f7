//! Every address the server answers outside the pages, in one place: the form posts and
//! downloads, the JSON API, the crawler files and the server functions' mount. The pages
//! themselves are the `<Route>`s of `App` in `app/src/shell.rs`; `server/src/router.rs`
//! mounts them with this router and wraps both in the site-wide layers (cross-origin check,
//! sessions, language, security headers, compression, request ids).
//!
//! The handler modules export handlers only; a layer that belongs to a few routes (a body
//! limit, the sign-in rate limit, the API's edge) is written here, next to them.

use super::actions::{
    account, admin, applications as apps, collab, events, kpi, listings, matching, notifications, oidc, orgs,
    programmes,
};
use super::state::AppState;
use super::{auth, export, feeds, import, rest, seo};
use crate::domain::listing::ListingKind::{Challenge, Offer, Research};
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::response::IntoResponse;
use axum::routing::{any, get, post};

/// Everything below, with the state's settings (rate limits) applied.
pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/srv/{*fn_name}", get(server_fn).post(server_fn))
        .merge(rest::edge::wrap(api(), &state.api))
        .merge(site())
        .merge(forms(state))
        // the upload routes set their own, larger limits
        .layer(DefaultBodyLimit::max(FORM_MAX_BYTES))
}

/// The largest body a form or server function may send: the longest listing form (several
/// 10,000-character texts, each up to 4 bytes a character) fits several times over.
pub const FORM_MAX_BYTES: usize = 256 * 1024;

/// The JSON API (the docs page runs its examples through these in-process, without the edge).
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(rest::openapi::document))
        .route("/api/v1/organizations", get(rest::organizations))
        .route("/api/v1/organizations/{slug}", get(rest::organization))
        .route("/api/v1/offers", get(rest::offers))
        .route("/api/v1/offers/{slug}", get(rest::offer))
        .route("/api/v1/challenges", get(rest::challenges))
        .route("/api/v1/challenges/{slug}", get(rest::challenge))
        .route("/api/v1/research", get(rest::research_list))
        .route("/api/v1/research/{slug}", get(rest::research))
        .route("/api/v1/programmes", get(rest::programmes))
        .route("/api/v1/programmes/{slug}", get(rest::programme))
        .route("/api/v1/events", get(rest::events))
        .route("/api/v1/events/{slug}", get(rest::event))
        .route("/api/v1/search", get(rest::search))
        .route("/api/v1/kpi", get(rest::kpi::kpi))
        .route("/api/v1/{*rest}", any(|| async { rest::ApiError::NotFound("route_not_found") }))
        .route("/api/{*rest}", any(|| async { rest::ApiError::NotFound("route_not_found") }))
}

/// Health, crawlers and downloads of public lists.
fn site() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(rest::healthz))
        .route("/robots.txt", get(seo::robots))
        .route("/sitemap.xml", get(seo::sitemap))
        .route("/sitemap/{file}", get(seo::sitemap_file))
        .route("/feeds/{file}", get(feeds::feed))
        .route("/export/{file}", get(export::download))
        .route("/kpi/report.xlsx", get(kpi::report_xlsx))
        .route("/media/logos/{org}", get(orgs::logo))
}

/// The form posts (POST → redirect → GET) and the per-user downloads.
fn forms(state: &AppState) -> Router<AppState> {
    // sign-in, sign-up and reset sit behind the per-client rate limit
    let limited = Router::new()
        .route("/auth/login", post(account::login))
        .route("/auth/signup", post(account::signup))
        .route("/auth/forgot", post(account::forgot))
        .route("/auth/reset", post(account::reset))
        .layer(auth::rate_limit::layer(&state.auth.rate_limit));
    Router::new()
        .merge(limited)
        // accounts
        .route("/auth/logout", post(account::logout))
        .route("/auth/verify", get(account::verify))
        .route("/auth/verify/resend", post(account::resend_verification))
        .route("/auth/password", post(account::change_password))
        .route("/auth/{provider}/start", get(oidc::start))
        .route("/auth/{provider}/callback", get(oidc::callback))
        .route("/notifications/{id}/open", post(notifications::open_notification))
        .route("/notifications/read-all", post(notifications::read_all))
        .route("/account/notifications", post(notifications::preferences))
        // organisations
        .route("/orgs/create", post(orgs::create))
        .route("/org/{slug}/claim", post(orgs::claim))
        .route("/org/{slug}/profile", post(orgs::save_profile))
        .route(
            "/org/{slug}/logo",
            post(orgs::upload_logo).layer(DefaultBodyLimit::max(orgs::LOGO_MAX_BYTES + 64 * 1024)),
        )
        .route("/org/{slug}/members/invite", post(orgs::invite))
        .route("/org/{slug}/members/{user}/remove", post(orgs::remove_member))
        .route("/invitations/accept", get(orgs::accept_invitation))
        // listings: offers, challenges, research outputs
        .route("/offers/new", post(listings::create(Offer)))
        .route("/offers/{slug}/edit", post(listings::edit(Offer)))
        .route("/offers/{slug}/status", post(listings::status(Offer)))
        .route("/challenges/new", post(listings::create(Challenge)))
        .route("/challenges/{slug}/edit", post(listings::edit(Challenge)))
        .route("/challenges/{slug}/status", post(listings::status(Challenge)))
        .route("/research/new", post(listings::create(Research)))
        .route("/research/{slug}/edit", post(listings::edit(Research)))
        .route("/research/{slug}/status", post(listings::status(Research)))
        // collaboration requests
        .route("/match/dismiss", post(matching::dismiss))
        .route("/match/open", get(matching::open))
        .route("/collab/send", post(collab::send))
        .route("/collab/{id}/step", post(collab::take_step))
        .route(
            "/collab/{id}/agreement",
            post(collab::agreement).layer(DefaultBodyLimit::max(collab::PDF_MAX_BYTES + 64 * 1024)),
        )
        .route("/collab/{id}/messages", post(collab::message))
        .route("/collab/{id}/document", get(collab::document))
        // programmes and applications
        .route("/programmes/create", post(programmes::create))
        .route("/programmes/{slug}/save", post(programmes::save))
        .route("/programmes/{slug}/apply", post(apps::apply))
        .route("/programmes/{slug}/applications/{id}/move", post(apps::move_to))
        .route("/programmes/{slug}/applications/{id}/review", post(apps::review))
        // events
        .route("/events/create", post(events::create))
        .route("/events/{slug}/save", post(events::save))
        .route("/events/{slug}/publish", post(events::publish))
        .route("/events/{slug}/unpublish", post(events::unpublish))
        .route("/events/{slug}/cancel", post(events::cancel))
        .route("/events/{slug}/attendance/{id}", post(events::attendance))
        .route("/events/{slug}/register", post(events::register))
        .route("/events/{slug}/unregister", post(events::unregister))
        .route("/events/{slug}/calendar.ics", get(events::calendar))
        .route("/events/{slug}/attendees.csv", get(events::csv))
        .route("/events/{slug}/attendees.xlsx", get(events::xlsx))
        // administration
        .route("/admin/users/{id}/role", post(admin::set_role))
        .route("/admin/users/{id}/disable", post(admin::disable_user))
        .route("/admin/users/{id}/enable", post(admin::enable_user))
        .route("/admin/claims/{id}/approve", post(admin::approve_claim))
        .route("/admin/claims/{id}/reject", post(admin::reject_claim))
        .route("/admin/orgs/{id}/verify", post(admin::verify_org))
        .route("/admin/orgs/{id}/unverify", post(admin::unverify_org))
        .route("/admin/orgs/{id}/hide", post(admin::hide_org))
        .route("/admin/orgs/{id}/unhide", post(admin::unhide_org))
        .route("/admin/orgs/{id}/merge", post(admin::merge_org))
        .route("/admin/moderation/{kind}/{id}", post(listings::decide))
        .route("/admin/kpi", post(kpi::enter))
        .route(
            "/admin/import/check",
            post(import::http::check).layer(DefaultBodyLimit::max(import::MAX_BYTES + 256 * 1024)),
        )
        .route("/admin/import/commit", post(import::http::commit))
        .route("/admin/import/template/{file}", get(import::http::template))
}

/// The server functions (`app/src/server_fns/`), each at `/srv/<endpoint>`.
async fn server_fn(State(state): State<AppState>, req: Request) -> impl IntoResponse {
    leptos_axum::handle_server_fns_with_context(move || state.provide_context(), req).await
}
