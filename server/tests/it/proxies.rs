//! The client's address behind a load balancer, on the real binary (its connection loop is
//! where the address is decided): with `trusted_proxies`, the sign-in rate limit counts each
//! forwarded client apart; without it, `X-Forwarded-For` is ignored and everyone behind the
//! proxy shares one count.

use crate::process::Server;
use std::time::Duration;

/// The statuses of three sign-in attempts from `client` (as the proxy forwards it).
async fn three_sign_ins(server: &Server, http: &reqwest::Client, client: &str) -> Vec<u16> {
    let mut out = Vec::new();
    for _ in 0..3 {
        let res = http
            .post(format!("{}/auth/login", server.base))
            .header("Origin", &server.base)
            .header("X-Forwarded-For", client)
            .form(&[("email", "ai-do@example.vn"), ("password", "sai-mat-khau")])
            .send()
            .await
            .expect("sign in");
        out.push(res.status().as_u16());
    }
    out
}

async fn started(trusted: &str) -> (Server, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("ketnoi.db").display());
    let env = [
        ("KETNOI_TRUSTED_PROXIES", trusted),
        ("KETNOI_AUTH__RATE_LIMIT__BURST", "2"),
        ("KETNOI_AUTH__RATE_LIMIT__PER_MINUTE", "1"),
    ];
    let mut server = Server::start_with(&url, &env);
    server.wait_for("/healthz", 200, Duration::from_secs(120)).await;
    (server, dir)
}

#[tokio::test]
async fn forwarded_clients_are_told_apart_only_behind_a_trusted_proxy() {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");

    let (server, _dir) = started("127.0.0.1").await;
    assert_eq!(three_sign_ins(&server, &http, "203.0.113.9").await, [303, 303, 429], "limited per client");
    assert_eq!(three_sign_ins(&server, &http, "198.51.100.7").await, [303, 303, 429], "another client counts apart");
    // a client forging a hop before the real one does not escape its count
    let forged = three_sign_ins(&server, &http, "192.0.2.1, 203.0.113.9").await;
    assert_eq!(forged, [429, 429, 429], "the rightmost untrusted hop is the client");
    drop(server);

    let (server, _dir) = started("").await;
    assert_eq!(three_sign_ins(&server, &http, "203.0.113.9").await, [303, 303, 429]);
    assert_eq!(
        three_sign_ins(&server, &http, "198.51.100.7").await,
        [429, 429, 429],
        "without trusted_proxies the header is not believed: one count for the peer"
    );
}
