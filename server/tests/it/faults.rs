//! The database failing under the real binary (`ketnoi serve` on PostgreSQL): out of reach at
//! start, and gone for a while during service. Between the app and PostgreSQL sits a TCP
//! proxy the test switches off and on: switched off, it refuses connections and cuts the open
//! ones, which is what the app sees of a server that is down or restarting. Runs where
//! `KETNOI_TEST_PG_URL` names a PostgreSQL server, else says it skipped.

use crate::process::Server;
use crate::support::{admin_statement, pg_server, with_database};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// A switchable TCP forwarder on a fixed loopback port.
struct Proxy {
    port: u16,
    target: SocketAddr,
    running: Option<JoinHandle<()>>,
}

impl Proxy {
    fn new(target: SocketAddr) -> Proxy {
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        Proxy { port, target, running: None }
    }

    /// Starts accepting and forwarding.
    async fn up(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.expect("bind the proxy port");
        let target = self.target;
        self.running = Some(tokio::spawn(async move {
            // dropped with this task: aborting it cuts every forwarded connection
            let mut conns = JoinSet::new();
            while let Ok((mut client, _)) = listener.accept().await {
                conns.spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        }));
    }

    /// Refuses new connections and cuts the open ones.
    async fn down(&mut self) {
        if let Some(task) = self.running.take() {
            task.abort();
            let _ = task.await;
        }
    }
}

fn target_of(url: &str) -> SocketAddr {
    let parsed = url::Url::parse(url).expect("postgres url");
    let host = parsed.host_str().expect("host");
    let port = parsed.port().unwrap_or(5432);
    format!("{host}:{port}").parse().expect("the test server is on a numeric address")
}

/// A fresh, empty database on the test server; the URL that reaches it through `proxy`.
async fn database_behind(server: &str, proxy: &Proxy, name: &str) -> String {
    admin_statement(server, format!("DROP DATABASE IF EXISTS {name}")).await;
    admin_statement(server, format!("CREATE DATABASE {name}")).await;
    let mut url = url::Url::parse(&with_database(server, name)).expect("url");
    url.set_port(Some(proxy.port)).expect("port");
    url.to_string()
}

#[tokio::test]
async fn postgres_out_of_reach_at_start_then_down_while_serving() {
    let Some(pg) = pg_server() else { return };
    let mut proxy = Proxy::new(target_of(&pg));
    let name = format!("ketnoi_fault_{}", std::process::id());
    let url = database_behind(&pg, &proxy, &name).await;

    // Out of reach at start: the process listens and says 503 while it retries, and logs one
    // line naming the server and the cause.
    let mut app = Server::start(&url);
    let (_, body) = app.wait_for("/healthz", 503, Duration::from_secs(60)).await;
    assert!(body.contains("unavailable"), "{body}");
    let (_, page) = app.wait_for("/", 503, Duration::from_secs(5)).await;
    assert!(page.contains("Kết Nối đang khởi động"), "{page}");
    let (_, api) = app.wait_for("/api/v1/organizations", 503, Duration::from_secs(5)).await;
    assert!(api.contains("\"unavailable\""), "{api}");
    let start = Instant::now();
    while !app.log_has("retrying in") {
        assert!(start.elapsed() < Duration::from_secs(10), "no retry line; log:\n{}", app.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let line = app.log_line("retrying in").unwrap_or_default();
    assert!(line.contains(&format!("127.0.0.1:{}", proxy.port)) && line.contains("cannot reach"), "{line}");

    // It answers: ready by itself, no restart.
    proxy.up().await;
    app.wait_for("/healthz", 200, Duration::from_secs(60)).await;
    app.wait_for("/api/v1/organizations", 200, Duration::from_secs(10)).await;

    // Down while serving: what needs the database fails cleanly with 503, in each address's
    // own shape (lists and search answer from the search index, which stays up).
    proxy.down().await;
    for path in ["/api/v1/kpi", "/api/v1/organizations/no-such-org"] {
        let (status, api) = app.status(path).await.expect("the app still answers");
        assert_eq!(status, 503, "{path}: {api}");
        assert!(api.contains("\"unavailable\""), "{path}: {api}");
    }
    let (status, _) = app.status("/healthz").await.expect("the app still answers");
    assert_eq!(status, 503);
    let (status, page) = app.status("/kpi").await.expect("the app still answers");
    assert_eq!(status, 503, "a page says 503 too: {page}");
    // Those failures had the server probed (app/src/backend/db/away.rs): found away, it is
    // marked so and what needs it fails at once, without waiting for a connection.
    let start = Instant::now();
    while !app.log_has("database server unreachable") {
        assert!(start.elapsed() < Duration::from_secs(10), "the server was not marked away; log:\n{}", app.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (status, api) = app.status("/api/v1/kpi").await.expect("the app still answers");
    assert!(status == 503 && api.contains("\"unavailable\""), "{status} {api}");
    assert!(app.log_has("is away (probed every"), "{}", app.log());

    // Back: the app recovers by itself within seconds.
    proxy.up().await;
    let back = Instant::now();
    app.wait_for("/healthz", 200, Duration::from_secs(30)).await;
    app.wait_for("/api/v1/organizations", 200, Duration::from_secs(30)).await;
    app.wait_for("/api/v1/kpi", 200, Duration::from_secs(30)).await;
    app.wait_for("/kpi", 200, Duration::from_secs(30)).await;
    println!("recovered {:?} after the database came back", back.elapsed());
    assert!(app.log_has("database server reachable again"), "{}", app.log());
    assert!(!app.log_has("panicked"), "{}", app.log());

    drop(app);
    proxy.down().await;
    admin_statement(&pg, format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
}

/// A wrong password or database name is one clear error and a non-zero exit, never a panic.
#[tokio::test]
async fn a_wrong_database_is_a_clear_error() {
    let Some(pg) = pg_server() else { return };
    let url = with_database(&pg, "ketnoi_no_such_database");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_ketnoi"))
        .arg("migrate")
        .env("KETNOI_DATABASE_URL", &url)
        .env("NO_COLOR", "1")
        .output()
        .await
        .expect("run ketnoi migrate");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("no such database") && stderr.contains("ketnoi_no_such_database"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
