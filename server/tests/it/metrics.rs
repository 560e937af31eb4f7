//! `/metrics` on the real binary: served on `metrics_addr` only (the public address answers
//! 404), in Prometheus' text format, counting requests by route pattern and status, with the
//! gauges read at scrape and the background jobs' runs.

use crate::process::Server;
use std::time::Duration;

#[tokio::test]
async fn metrics_are_served_on_their_own_address_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("ketnoi.db").display());
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
    let metrics_addr = format!("127.0.0.1:{port}");
    let mut server = Server::start_with(&url, &[("KETNOI_METRICS_ADDR", metrics_addr.as_str())]);
    server.wait_for("/healthz", 200, Duration::from_secs(120)).await;
    assert_eq!(server.status("/startups").await.map(|s| s.0), Some(200));
    assert_eq!(server.status("/org/khong-co-to-chuc-nay").await.map(|s| s.0), Some(404));
    assert_eq!(server.status("/metrics").await.map(|s| s.0), Some(404), "never on the public address");

    let client = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().expect("client");
    let scrape = || async {
        let res = client.get(format!("http://{metrics_addr}/metrics")).send().await.expect("scrape");
        assert_eq!(res.status().as_u16(), 200);
        res.text().await.expect("text")
    };
    // the indexer counts its first run within a poll or two
    let mut text = scrape().await;
    for _ in 0..50 {
        if text.contains("job=\"search_indexer\"") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        text = scrape().await;
    }
    let has = |needle: &str| text.lines().any(|l| !l.starts_with('#') && l.contains(needle));
    let series = |name: &str, labels: &[&str]| {
        text.lines().any(|l| l.starts_with(name) && labels.iter().all(|label| l.contains(label)))
    };
    assert!(series("http_requests_total", &["route=\"/startups\"", "status=\"200\"", "method=\"GET\""]), "{text}");
    assert!(
        series("http_requests_total", &["route=\"/org/{slug}\"", "status=\"404\""]),
        "one series per route:\n{text}"
    );
    assert!(series("http_request_duration_seconds_bucket", &["route=\"/startups\"", "le=\"0.1\""]), "{text}");
    assert!(series("db_pool_connections", &["state=\"open\""]), "{text}");
    assert!(has("search_outbox_backlog "), "{text}");
    assert!(has("mail_queue_length "), "{text}");
    assert!(series("background_job_runs_total", &["job=\"search_indexer\"", "outcome=\"ok\""]), "{text}");
}
