//! `/metrics` in Prometheus' text format, on its own address (`metrics_addr`), never on the
//! public one: requests by route and status with latency histograms, requests in flight and
//! shed, the database pool, the wait for a write transaction, the search outbox backlog, the
//! mail queue, mail failures and background job runs. Counters and histograms are recorded
//! where things happen (the `metrics` macros); the gauges of the database are read at scrape.

use app::backend::state::AppState;
use app::backend::store::statements::{mail_queue, search_outbox};
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

/// Latency buckets in seconds: from a cached read to a slow import.
const BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// The process-wide recorder, installed on first use.
pub fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new();
        let builder = match builder.set_buckets_for_metric(Matcher::Suffix("seconds".into()), BUCKETS) {
            Ok(b) => b,
            Err(e) => {
                tracing::warn!(error = %e, "metrics buckets refused; histograms become summaries");
                PrometheusBuilder::new()
            }
        };
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was installed already");
        }
        handle
    })
}

/// Counts each request by its route's pattern (`/org/{slug}`, so one series per route, not per
/// address), method and status, with its latency.
pub async fn track(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string()).unwrap_or_else(|| "other".into());
    let method = req.method().as_str().to_string();
    let start = Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "route" => route.clone(), "method" => method.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "route" => route, "method" => method)
        .record(start.elapsed().as_secs_f64());
    res
}

/// The metrics listener's router.
pub fn router(state: AppState) -> axum::Router {
    axum::Router::new().route("/metrics", get(scrape)).with_state(state)
}

async fn scrape(State(state): State<AppState>) -> Response {
    let db = state.store.db();
    let (open, idle) = db.connections();
    metrics::gauge!("db_pool_connections", "state" => "open").set(f64::from(open));
    metrics::gauge!("db_pool_connections", "state" => "idle").set(idle as f64);
    let at = state.searcher.generation().position();
    metrics::gauge!("search_index_applied_seq").set(at.seq as f64);
    match search_outbox::backlog(db, at.xid, at.seq).await {
        Ok(n) => metrics::gauge!("search_outbox_backlog").set(n as f64),
        Err(e) => tracing::warn!(error = %e, "metrics: reading the outbox backlog failed"),
    }
    match mail_queue::waiting(db).await {
        Ok(n) => metrics::gauge!("mail_queue_length").set(n as f64),
        Err(e) => tracing::warn!(error = %e, "metrics: reading the mail queue failed"),
    }
    ([(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")], recorder().render()).into_response()
}
