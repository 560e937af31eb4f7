//! Stopping `ketnoi serve` with SIGTERM, as a supervisor does: the listener closes at once,
//! a request already in flight still gets its answer, the background work ends through its
//! stop path (the index committed), and the process exits 0 — within the configured deadline
//! even when a client never finishes its request.

use crate::process::Server;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

async fn started(deadline_secs: &str) -> (Server, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("ketnoi.db").display());
    let mut server = Server::start_with(&url, &[("KETNOI_SHUTDOWN_DEADLINE_SECS", deadline_secs)]);
    server.wait_for("/healthz", 200, Duration::from_secs(120)).await;
    (server, dir)
}

fn terminate(server: &Server) {
    let pid = server.child.id().expect("running").to_string();
    let status = std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill");
    assert!(status.success(), "kill -TERM {pid}");
}

/// Waits for the process to end; its exit status.
async fn exit_of(server: &mut Server, within: Duration) -> std::process::ExitStatus {
    match tokio::time::timeout(within, server.child.wait()).await {
        Ok(status) => status.expect("wait"),
        Err(_) => panic!("ketnoi serve still running {within:?} after SIGTERM; log:\n{}", server.log()),
    }
}

#[tokio::test]
async fn sigterm_finishes_the_request_in_flight_then_exits_0() {
    let (mut server, _dir) = started("10").await;
    let held = server.hold_sign_in().await;

    terminate(&server);
    let closed = Instant::now();
    loop {
        if TcpStream::connect(server.base.trim_start_matches("http://")).await.is_err() {
            break;
        }
        assert!(closed.elapsed() < Duration::from_secs(5), "still accepting connections after SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(server.child.try_wait().expect("try_wait").is_none(), "exited before the request in flight was answered");

    let answer = held.finish().await;
    // a failed sign-in goes back to the form
    assert!(answer.starts_with("HTTP/1.1 303"), "answer to the request in flight: {answer:?}");

    let status = exit_of(&mut server, Duration::from_secs(30)).await;
    assert!(status.success(), "exit status {status}; log:\n{}", server.log());
    assert!(
        server.log_has("search index committed"),
        "the indexer did not stop through its stop path:\n{}",
        server.log()
    );
    assert!(server.log_has("stopped"), "log:\n{}", server.log());
    assert!(!server.log_has("cut off"), "log:\n{}", server.log());
}

#[tokio::test]
async fn a_request_that_never_ends_is_cut_off_at_the_deadline() {
    let (mut server, _dir) = started("2").await;
    let held = server.hold_sign_in().await;

    terminate(&server);
    let status = exit_of(&mut server, Duration::from_secs(30)).await;
    assert!(status.success(), "exit status {status}; log:\n{}", server.log());
    assert!(server.log_has("cut off"), "log:\n{}", server.log());
    drop(held);
}
