//! `ketnoi serve` as its own process, for the tests of what only the real binary does: wait
//! for its database, stop at a signal.

use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

/// `ketnoi serve` with its log lines collected.
pub struct Server {
    pub child: tokio::process::Child,
    pub base: String,
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

impl Server {
    pub fn start(database_url: &str) -> Server {
        Server::start_with(database_url, &[])
    }

    /// With these environment variables besides (configuration: `KETNOI_…`).
    pub fn start_with(database_url: &str, env: &[(&str, &str)]) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_ketnoi"))
            .arg("serve")
            .current_dir(dir.path())
            .env("KETNOI_DATABASE_URL", database_url)
            .env("KETNOI_ADDR", format!("127.0.0.1:{port}"))
            .env("KETNOI_INDEX_DIR", dir.path().join("index"))
            .env("KETNOI_LOG_FORMAT", "text")
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start ketnoi serve");
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        collect(child.stdout.take(), log.clone());
        collect(child.stderr.take(), log.clone());
        Server { child, base: format!("http://127.0.0.1:{port}"), log, _dir: dir }
    }

    pub fn log_has(&self, needle: &str) -> bool {
        self.log.lock().expect("log").iter().any(|l| l.contains(needle))
    }

    /// A sign-in whose body is still on its way: the server is reading it (a request in
    /// flight) until [`Held::finish`] sends the rest.
    pub async fn hold_sign_in(&self) -> Held {
        let addr = self.base.trim_start_matches("http://");
        let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        let head = format!(
            "POST /auth/login HTTP/1.1\r\nHost: {addr}\r\nOrigin: {}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            self.base,
            HELD_BODY.len()
        );
        stream.write_all(head.as_bytes()).await.expect("headers");
        stream.write_all(&HELD_BODY.as_bytes()[..10]).await.expect("first part of the body");
        // the server is now reading this request's body
        tokio::time::sleep(Duration::from_millis(300)).await;
        Held { stream }
    }

    /// The first log line holding `needle`.
    pub fn log_line(&self, needle: &str) -> Option<String> {
        self.log.lock().expect("log").iter().find(|l| l.contains(needle)).cloned()
    }

    pub fn log(&self) -> String {
        self.log.lock().expect("log").join("\n")
    }

    /// The status of `path`, or None while nothing answers.
    pub async fn status(&self, path: &str) -> Option<(u16, String)> {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().expect("client");
        let res = client.get(format!("{}{path}", self.base)).send().await.ok()?;
        let status = res.status().as_u16();
        Some((status, res.text().await.unwrap_or_default()))
    }

    /// Polls `path` until it answers `want`, for at most `within`.
    pub async fn wait_for(&mut self, path: &str, want: u16, within: Duration) -> (u16, String) {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("ketnoi serve exited ({status}); its log:\n{}", self.log());
            }
            let got = self.status(path).await;
            if let Some((status, body)) = &got
                && *status == want
            {
                return (*status, body.clone());
            }
            assert!(
                start.elapsed() < within,
                "{path} did not answer {want} within {within:?} (last: {got:?}); log:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

/// Appends each line `out` writes to `log`.
fn collect<R>(out: Option<R>, log: std::sync::Arc<std::sync::Mutex<Vec<String>>>)
where
    R: tokio::io::AsyncRead + Unpin + Send + 'static,
{
    let Some(out) = out else { return };
    tokio::spawn(async move {
        let mut lines = tokio::io::BufReader::new(out).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            log.lock().expect("log").push(line);
        }
    });
}

/// The held sign-in's form: an unknown account, so its answer is the form again (303).
const HELD_BODY: &str = "email=nobody%40example.vn&password=not-the-password";

/// A request in flight, held open by its client (see [`Server::hold_sign_in`]).
pub struct Held {
    stream: tokio::net::TcpStream,
}

impl Held {
    /// Sends the rest of the body; the whole answer.
    pub async fn finish(mut self) -> String {
        self.stream.write_all(&HELD_BODY.as_bytes()[10..]).await.expect("rest of the body");
        let mut answer = String::new();
        self.stream.read_to_string(&mut answer).await.expect("the answer");
        answer
    }
}
