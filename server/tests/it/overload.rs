//! The real binary under more than it takes: beyond `max_in_flight` requests at once, one more
//! is answered 503 at once, with `Retry-After` and in the shape of its address (JSON for the
//! API, a page otherwise); the place comes back when the request in flight is done. A client
//! that never finishes its headers is disconnected after `header_read_timeout_secs`; a form
//! body beyond its cap is refused.

use crate::process::Server;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn started(env: &[(&str, &str)]) -> (Server, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("ketnoi.db").display());
    let mut server = Server::start_with(&url, env);
    server.wait_for("/healthz", 200, Duration::from_secs(120)).await;
    (server, dir)
}

async fn get(server: &Server, path: &str) -> reqwest::Response {
    let client = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().expect("client");
    client.get(format!("{}{path}", server.base)).send().await.expect("an answer")
}

#[tokio::test]
async fn beyond_the_limit_a_request_is_refused_at_once_and_the_place_comes_back() {
    let (server, _dir) = started(&[("KETNOI_MAX_IN_FLIGHT", "1")]).await;
    // one request in flight: its body is still on its way
    let held = server.hold_sign_in().await;

    let health = get(&server, "/healthz").await;
    assert_eq!(health.status().as_u16(), 503);
    assert_eq!(health.headers().get("retry-after").and_then(|v| v.to_str().ok()), Some("1"));
    let health: serde_json::Value = health.json().await.expect("json");
    assert_eq!(health["status"], "busy");
    let api = get(&server, "/api/v1/organizations").await;
    assert_eq!(api.status().as_u16(), 503);
    let api: serde_json::Value = api.json().await.expect("json");
    assert_eq!(api["error"]["code"], "unavailable", "{api}");
    let page = get(&server, "/startups").await;
    assert_eq!(page.status().as_u16(), 503);
    assert!(page.text().await.expect("page").contains("Hệ thống đang bận"));

    let answer = held.finish().await;
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer:?}");
    assert_eq!(get(&server, "/healthz").await.status().as_u16(), 200, "the place came back");
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let (server, _dir) = started(&[("KETNOI_HEADER_READ_TIMEOUT_SECS", "1")]).await;
    let mut slow = TcpStream::connect(server.base.trim_start_matches("http://")).await.expect("connect");
    slow.write_all(b"GET /startups HTTP/1.1\r\nHost: slow\r\n").await.expect("part of the headers");
    let mut rest = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(20), slow.read_to_end(&mut rest)).await;
    assert!(read.is_ok(), "the connection was still open 20 s later");
    // hyper closes it, answering 408 when it can
    let text = String::from_utf8_lossy(&rest);
    assert!(text.is_empty() || text.starts_with("HTTP/1.1 408"), "{text:?}");
    assert_eq!(get(&server, "/healthz").await.status().as_u16(), 200);
}

#[tokio::test]
async fn a_form_body_beyond_its_cap_is_refused_with_413() {
    let app = crate::support::spawn_empty().await;
    let post = |body: String| {
        app.client
            .post(format!("{}/auth/login", app.base))
            .header("origin", &app.base)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let too_big = format!("email=a%40b.vn&password={}", "x".repeat(app::backend::routes::FORM_MAX_BYTES));
    assert_eq!(post(too_big).await.expect("answer").status().as_u16(), 413);
    // the same form within the cap is read: the sign-in is refused as usual, back on its page
    let fits = post("email=a%40b.vn&password=not-the-password".to_string()).await.expect("answer");
    assert_eq!(fits.status().as_u16(), 200);
    assert_eq!(fits.url().path(), "/login");
}
