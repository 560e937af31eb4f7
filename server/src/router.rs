//! The HTTP surface: the pages (SSR + hydration, `app/src/shell.rs`), every other address
//! (`app::backend::routes`, the one list of them), static files, and the layers around all.

use crate::client_addr::TrustedProxies;
use crate::config::Config;
use crate::{listen, overload, unavailable};
use app::backend::auth::session_store::SqliteSessionStore;
use app::backend::auth::{csrf, headers};
use app::backend::db::Db;
use app::backend::mail::Mailer;
use app::backend::state::AppState;
use app::backend::workers::{self, Workers};
use app::backend::{lang, routes, search, store::Store};
use app::{App, shell};
use axum::Router;
use axum::extract::Request;
use http::HeaderName;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// Opens (building if needed) the search index, starts the background work (its indexer, the
/// notification mail, expiry reminders, the session sweep) and assembles the state.
pub async fn state(config: &Config, pool: Db, workers: &mut Workers) -> anyhow::Result<AppState> {
    let assets = Arc::new(app::assets::Assets::load(Path::new(&config.site_root)));
    let leptos_options = LeptosOptions::builder()
        .output_name(assets.output_name.as_str())
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .build();
    let searcher = Arc::new(search::open_or_build(&pool, Path::new(&config.index_dir)).await?);
    search::spawn_indexer(workers, searcher.clone(), pool.clone());
    let mailer = Arc::new(Mailer::new(&config.auth.mail)?);
    let mut auth = config.auth.clone();
    if auth.public_url.is_none() {
        let url = format!("http://{}", config.addr);
        tracing::warn!(%url, "auth.public_url is not set: links in mail and sign-in redirects use this address");
        auth.public_url = Some(url);
    }
    app::backend::notify::mailer::spawn(
        workers,
        pool.clone(),
        mailer.clone(),
        auth.public_url.clone().unwrap_or_default(),
    );
    app::backend::listings::expiry::spawn(workers, pool.clone());
    crate::backup::schedule(workers, pool.clone(), &config.backup);
    let sessions = SqliteSessionStore::new(pool.clone());
    workers.spawn(|stop| async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        while workers::tick(&mut every, &stop).await {
            let swept = sessions.delete_expired().await;
            workers::ran("session_sweep", swept.is_ok());
            if let Err(e) = swept {
                tracing::warn!(error = %e, "deleting expired sessions failed");
            }
        }
    });
    Ok(AppState {
        store: Arc::new(Store::new(pool)),
        searcher,
        leptos_options,
        auth: Arc::new(auth),
        mailer,
        oidc: Arc::new(app::backend::auth::oidc::Providers::new(&config.auth)?),
        api: Arc::new(config.api.clone()),
        assets,
    })
}

pub fn build_router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let ctx = {
        let state = state.clone();
        move || state.provide_context()
    };
    let request_id = HeaderName::from_static("x-request-id");
    let secure = state.auth.secure();
    let session_layer = SessionManagerLayer::new(SqliteSessionStore::new(state.store.db().clone()))
        .with_name("ketnoi_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(Expiry::OnSessionEnd);
    Router::new()
        .leptos_routes_with_context(&state, routes, ctx.clone(), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .merge(routes::router(&state))
        .nest_service("/pkg", crate::static_files::service(&state.leptos_options.site_root, "pkg"))
        .nest_service("/fonts", crate::static_files::service(&state.leptos_options.site_root, "fonts"))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(ctx, shell))
        .layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(axum::middleware::from_fn_with_state(state.auth.clone(), csrf::middleware))
        .layer(session_layer)
        .layer(axum::middleware::from_fn(lang::middleware))
        .layer(axum::middleware::from_fn_with_state(secure, headers::middleware))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), uri = %redacted_uri(req.uri()), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

/// The request's address as logged: one-time tokens, OAuth codes and states are secrets while
/// they are valid, so their values never reach the log.
pub fn redacted_uri(uri: &http::Uri) -> String {
    const SECRET: &[&str] = &["token", "code", "state", "session_state", "id_token", "access_token"];
    let Some(query) = uri.query() else { return uri.path().to_string() };
    let parts: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if SECRET.contains(&k) => format!("{k}=[redacted]"),
            _ => pair.to_string(),
        })
        .collect();
    format!("{}?{}", uri.path(), parts.join("&"))
}

/// Listens at once, then opens and migrates the database (retrying while it is out of reach)
/// and assembles the app. Until then every request is answered 503 (`/healthz` says the
/// database is down), so a supervisor or load balancer sees a live process that is not ready.
///
/// At SIGTERM or Ctrl-C it stops accepting connections, gives the requests in flight up to
/// `shutdown_deadline_secs` to finish, then the background work as long again (the mail worker
/// ends after its current message, the indexer after applying the last requests' writes), and
/// returns: the process exits 0.
pub async fn serve(config: &Config) -> anyhow::Result<()> {
    crate::metrics::recorder();
    let proxies = Arc::new(TrustedProxies::parse(&config.trusted_proxies)?);
    let listener = tokio::net::TcpListener::bind(&config.addr).await?;
    tracing::info!("Kết Nối listening on http://{}", listener.local_addr()?);
    let app: Arc<OnceLock<Router>> = Arc::new(OnceLock::new());
    let front = Router::new()
        .fallback_service(tower::service_fn({
            let app = app.clone();
            move |req: Request| {
                let app = app.get().cloned();
                async move {
                    match app {
                        Some(app) => app.oneshot(req).await,
                        None => Ok(unavailable::starting(req.uri().path())),
                    }
                }
            }
        }))
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(config.request_timeout_secs),
        ))
        .layer(axum::middleware::from_fn({
            let limit = overload::Limit::new(config.max_in_flight, Duration::from_millis(config.queue_wait_ms));
            move |req, next| overload::shed(limit.clone(), req, next)
        }));
    let stopping = CancellationToken::new();
    tokio::spawn({
        let stopping = stopping.clone();
        async move {
            stop_signal().await;
            tracing::info!("shutting down: no new connections, finishing the requests in flight");
            stopping.cancel();
        }
    });
    let header_read_timeout = Duration::from_secs(config.header_read_timeout_secs);
    let mut server = tokio::spawn(listen::serve(listener, front, stopping.clone(), header_read_timeout, proxies));
    let mut workers = Workers::new();
    let ready = async {
        let pool = open(&config.database_url).await?;
        anyhow::Ok(state(config, pool, &mut workers).await?)
    };
    tokio::select! {
        state = ready => {
            let state = state?;
            if !config.metrics_addr.is_empty() {
                let listener = tokio::net::TcpListener::bind(&config.metrics_addr).await?;
                tracing::info!("metrics on http://{}/metrics", listener.local_addr()?);
                let metrics = crate::metrics::router(state.clone());
                tokio::spawn(async move { axum::serve(listener, metrics).await });
            }
            let _ = app.set(build_router(state));
            tracing::info!("ready");
        }
        // stopped while still waiting for the database
        done = &mut server => return Ok(done?),
    }
    let deadline = Duration::from_secs(config.shutdown_deadline_secs);
    tokio::select! {
        // the server failed on its own
        done = &mut server => done?,
        _ = stopping.cancelled() => match tokio::time::timeout(deadline, &mut server).await {
            Ok(done) => done?,
            Err(_) => {
                tracing::warn!(seconds = deadline.as_secs(), "requests still running at the deadline were cut off");
                server.abort();
            }
        },
    }
    if !workers.stop(deadline).await {
        tracing::warn!(seconds = deadline.as_secs(), "background work still running at the deadline was cut off");
    }
    tracing::info!("stopped");
    Ok(())
}

/// Connects (with back-off while the server is out of reach) and brings the schema up to
/// date; a permanent failure (wrong password, no such database) is one clear error.
pub async fn open(url: &str) -> anyhow::Result<Db> {
    let pool = app::backend::db::connect_retrying(url).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot open the database {}: {}",
            app::backend::db::redact(url),
            app::backend::db::describe(&e)
        )
    })?;
    app::backend::db::migrate(&pool).await?;
    Ok(pool)
}

/// SIGTERM (what supervisors send) or Ctrl-C.
async fn stop_signal() {
    let terminate = async {
        #[cfg(unix)]
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM; Ctrl-C still stops the server");
                std::future::pending::<()>().await;
            }
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await;
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
}
