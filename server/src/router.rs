//! The HTTP surface: pages (SSR + hydration), server functions, the JSON API, static files.

use crate::config::Config;
use app::backend::{AppState, lang, rest, search, store::sqlite::SqliteStore};
use app::{App, shell};
use axum::Router;
use axum::extract::{Request, State};
use axum::response::IntoResponse;
use axum::routing::get;
use http::{HeaderName, HeaderValue, header};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list, handle_server_fns_with_context};
use std::path::Path;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Opens (building if needed) the search index, starts its indexer and assembles the state.
pub async fn state(config: &Config, pool: sqlx::SqlitePool) -> anyhow::Result<AppState> {
    let leptos_options =
        LeptosOptions::builder().output_name("ketnoi").site_root(config.site_root.as_str()).site_pkg_dir("pkg").build();
    let searcher = Arc::new(search::open_or_build(&pool, Path::new(&config.index_dir)).await?);
    search::spawn_indexer(searcher.clone(), pool.clone());
    Ok(AppState { store: Arc::new(SqliteStore::new(pool)), searcher, leptos_options })
}

pub fn build_router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let ctx = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .leptos_routes_with_context(&state, routes, ctx.clone(), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .route("/srv/{*fn_name}", get(server_fn).post(server_fn))
        .merge(rest::router())
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(ctx, shell))
        .layer(axum::middleware::from_fn(lang::middleware))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), uri = %req.uri(), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

async fn server_fn(State(state): State<AppState>, req: Request) -> impl IntoResponse {
    handle_server_fns_with_context(move || provide_context(state.clone()), req).await
}

pub async fn serve(config: &Config, pool: sqlx::SqlitePool) -> anyhow::Result<()> {
    let app = build_router(state(config, pool).await?);
    let listener = tokio::net::TcpListener::bind(&config.addr).await?;
    tracing::info!("Kết Nối listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).with_graceful_shutdown(shutdown()).await?;
    Ok(())
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("shutting down");
}
