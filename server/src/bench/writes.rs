//! `ketnoi bench-writes` (hidden from `--help`): concurrent writers posting collaboration
//! messages to a running server, for the engine comparison of `scripts/bench-engines.sh`.
//!
//! ```text
//! ketnoi bench-writes --url http://127.0.0.1:3000 [--writers 50] [--seconds 30]
//!                     [--password KetNoi-demo-2030] [--json PATH|-]
//! ```
//!
//! The configured database must be the one the server at `--url` serves (it is read, never
//! written). From it the command picks pairs of a demo account and a collaboration request
//! whose thread is open and where the account is a member of one of the two organisations,
//! spreading the writers over as many accounts and requests as there are. Each writer signs in
//! on its own connection (its own session: `POST /auth/login` with an `Origin` header, as a
//! browser sends it; the server's sign-in rate limit must be out of the way), then all start
//! together and post `POST /collab/{id}/messages` in a loop for `--seconds`, one request at a
//! time, keeping the connection alive.
//!
//! Only `303` to `/collab/{id}#thread` counts as a success — but the handler answers a failure
//! of ours (a database error) with the same redirect and an error in the session's flash, so
//! the messages are also counted in the database afterwards: every body carries this run's
//! marker, and `errors` = answers that were not a success + transport errors + successes whose
//! message is not stored. Commits/s = stored messages / wall time. Exits non-zero when
//! `errors` > 0, after printing the figures.
//!
//! The HTTP/1.1 client is a small one of its own (the server crate has no HTTP client outside
//! its tests); it speaks exactly what these two forms need: `Content-Length` or chunked
//! answers, keep-alive, `Set-Cookie`.

use super::latency::{Latency, ms};
use anyhow::Context;
use app::backend::db::Db;
use app::backend::db::sql;
use serde_json::json;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

pub struct Options {
    pub url: String,
    pub writers: u32,
    pub seconds: u32,
    pub password: String,
    pub json: Option<PathBuf>,
}

/// What one writer saw.
#[derive(Default)]
struct Tally {
    statuses: BTreeMap<u16, u64>,
    /// `303` to the thread: what the handler answers on success.
    success: u64,
    transport_errors: u64,
    /// The first few unexpected answers, for the report.
    samples: Vec<String>,
    latencies: Vec<Duration>,
}

pub async fn run(pool: &Db, database_url: &str, opts: &Options) -> anyhow::Result<()> {
    let authority = opts
        .url
        .strip_prefix("http://")
        .map(|r| r.trim_end_matches('/'))
        .filter(|a| !a.is_empty() && !a.contains('/'))
        .context("--url must be http://host:port")?
        .to_string();
    let writers = opts.writers.max(1) as usize;
    let pairs = pick_pairs(pool, writers).await?;
    let accounts: HashSet<&str> = pairs.iter().map(|p| p.0.as_str()).collect();
    let requests: HashSet<i64> = pairs.iter().map(|p| p.1).collect();
    let engine = database_url.split(':').next().unwrap_or("?").to_string();
    eprintln!(
        "bench-writes: {engine}, {writers} writers ({} accounts, {} requests), {} s against {}",
        accounts.len(),
        requests.len(),
        opts.seconds,
        opts.url
    );

    // every writer signs in first, on its own connection
    let mut conns = Vec::with_capacity(writers);
    for (email, id) in &pairs {
        let mut c = Conn::open(&authority).await?;
        let body = form(&[("email", email), ("password", &opts.password)]);
        let a = c.post("/auth/login", &body, None).await.with_context(|| format!("signing in {email}"))?;
        let cookie = a.session_cookie();
        anyhow::ensure!(
            a.status == 303 && a.header("location") == Some("/account") && cookie.is_some(),
            "sign-in of {email} failed: {} to {:?} (is the sign-in rate limit out of the way?)",
            a.status,
            a.header("location")
        );
        conns.push((c, cookie.unwrap_or_default(), *id));
    }

    let run_id = format!("{:x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos());
    let marker = format!("bench-writes {run_id} ");
    let count_stored = || {
        sql::query_scalar::<i64>("SELECT count(*) FROM collaboration_messages WHERE body LIKE $1")
            .bind(format!("{marker}%"))
            .fetch_one(pool)
    };
    let before = count_stored().await?;
    let total_before: i64 = sql::query_scalar("SELECT count(*) FROM collaboration_messages").fetch_one(pool).await?;

    let duration = Duration::from_secs(u64::from(opts.seconds.max(1)));
    let barrier = Arc::new(tokio::sync::Barrier::new(writers + 1));
    let mut tasks = Vec::with_capacity(writers);
    for (n, (conn, cookie, id)) in conns.into_iter().enumerate() {
        let barrier = barrier.clone();
        let marker = marker.clone();
        let authority = authority.clone();
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            writer(conn, &authority, cookie, id, &format!("{marker}w{n} "), Instant::now() + duration).await
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut all = Tally::default();
    for t in tasks {
        let t = t.await?;
        for (s, n) in t.statuses {
            *all.statuses.entry(s).or_default() += n;
        }
        all.success += t.success;
        all.transport_errors += t.transport_errors;
        all.latencies.extend(t.latencies);
        for s in t.samples {
            if all.samples.len() < 10 {
                all.samples.push(s);
            }
        }
    }
    let elapsed = started.elapsed();
    let stored = u64::try_from(count_stored().await? - before).unwrap_or(0);
    let total_after: i64 = sql::query_scalar("SELECT count(*) FROM collaboration_messages").fetch_one(pool).await?;

    let answers: u64 = all.statuses.values().sum();
    let lost = all.success.saturating_sub(stored);
    let errors = (answers - all.success) + all.transport_errors + lost;
    let lat = Latency::of(all.latencies);
    let commits_per_s = stored as f64 / elapsed.as_secs_f64();
    let statuses: BTreeMap<String, u64> = all.statuses.iter().map(|(s, n)| (s.to_string(), *n)).collect();
    let figures = json!({
        "engine": engine,
        "writers": writers,
        "accounts": accounts.len(),
        "requests": requests.len(),
        "seconds": opts.seconds,
        "elapsed_s": elapsed.as_secs_f64(),
        "answers": answers,
        "statuses": statuses,
        "transport_errors": all.transport_errors,
        "success": all.success,
        "stored": stored,
        "stored_total_delta": total_after - total_before,
        "lost": lost,
        "errors": errors,
        "commits_per_s": commits_per_s,
        "latency_ms": {
            "p50": ms(lat.p50), "p95": ms(lat.p95), "p99": ms(lat.p99), "max": ms(lat.max), "mean": ms(lat.mean()),
        },
        "samples": all.samples,
    });
    println!(
        "bench-writes: {engine}: {stored} messages stored in {:.1} s = {commits_per_s:.1} commits/s; \
         latency p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms; answers {answers} {statuses:?}, \
         transport errors {}, successes not stored {lost}; errors {errors}",
        elapsed.as_secs_f64(),
        ms(lat.p50),
        ms(lat.p95),
        ms(lat.p99),
        ms(lat.max),
        all.transport_errors,
    );
    for s in figures["samples"].as_array().into_iter().flatten() {
        println!("  unexpected: {}", s.as_str().unwrap_or_default());
    }
    match opts.json.as_deref() {
        Some(p) if p.as_os_str() == "-" => println!("{}", serde_json::to_string_pretty(&figures)?),
        Some(p) => std::fs::write(p, serde_json::to_string_pretty(&figures)?)?,
        None => {}
    }
    anyhow::ensure!(errors == 0, "{errors} writes failed");
    Ok(())
}

/// Up to `n` (e-mail, request id) pairs: demo accounts that are members of a side of a request
/// whose thread is open. First each account and each request at most once, then accounts
/// again on other requests, then the list over again (each writer still signs in on its own).
async fn pick_pairs(pool: &Db, n: usize) -> anyhow::Result<Vec<(String, i64)>> {
    let rows: Vec<(String, i64)> = sql::query_as(
        "SELECT u.email, r.id FROM collaboration_requests r
           JOIN memberships m ON m.org_id = r.from_org_id OR m.org_id = r.to_org_id
           JOIN users u ON u.id = m.user_id
          WHERE r.state NOT IN ('declined', 'withdrawn', 'closed_no_deal')
            AND u.disabled = FALSE AND u.password_hash IS NOT NULL AND u.email LIKE 'demo.%'
          ORDER BY r.id, u.id",
    )
    .fetch_all(pool)
    .await?;
    anyhow::ensure!(
        !rows.is_empty(),
        "no demo account may post to an open collaboration request: seed the database (ketnoi seed-demo)"
    );
    let mut picked: Vec<(String, i64)> = Vec::new();
    let (mut users, mut reqs) = (HashSet::new(), HashSet::new());
    for (email, id) in &rows {
        if picked.len() < n && !users.contains(email) && !reqs.contains(id) {
            users.insert(email.clone());
            reqs.insert(*id);
            picked.push((email.clone(), *id));
        }
    }
    for (email, id) in &rows {
        if picked.len() < n && !reqs.contains(id) {
            reqs.insert(*id);
            picked.push((email.clone(), *id));
        }
    }
    let distinct = picked.len();
    for i in 0..n.saturating_sub(distinct) {
        picked.push(picked[i % distinct].clone());
    }
    Ok(picked)
}

async fn writer(mut conn: Conn, authority: &str, mut cookie: String, id: i64, prefix: &str, until: Instant) -> Tally {
    let mut t = Tally::default();
    let path = format!("/collab/{id}/messages");
    let thread = format!("/collab/{id}#thread");
    let mut n = 0u64;
    while Instant::now() < until {
        n += 1;
        let body = form(&[("body", &format!("{prefix}{n}"))]);
        let start = Instant::now();
        match conn.post(&path, &body, Some(&cookie)).await {
            Ok(a) => {
                t.latencies.push(start.elapsed());
                *t.statuses.entry(a.status).or_default() += 1;
                if a.status == 303 && a.header("location") == Some(thread.as_str()) {
                    t.success += 1;
                } else if t.samples.len() < 3 {
                    t.samples.push(format!("{} {:?} {}", a.status, a.header("location"), a.body_start()));
                }
                if let Some(c) = a.session_cookie() {
                    cookie = c;
                }
                if a.close {
                    match Conn::open(authority).await {
                        Ok(c) => conn = c,
                        Err(e) => {
                            t.transport_errors += 1;
                            t.samples.push(format!("reconnect: {e}"));
                            return t;
                        }
                    }
                }
            }
            Err(e) => {
                t.transport_errors += 1;
                if t.samples.len() < 3 {
                    t.samples.push(format!("transport: {e}"));
                }
                match Conn::open(authority).await {
                    Ok(c) => conn = c,
                    Err(_) => return t,
                }
            }
        }
    }
    t
}

/// `application/x-www-form-urlencoded`.
fn form(fields: &[(&str, &str)]) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => (b as char).to_string(),
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&")
}

/// One keep-alive HTTP/1.1 connection to the server.
struct Conn {
    io: BufReader<TcpStream>,
    authority: String,
}

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// The server will close the connection.
    close: bool,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// `ketnoi_session=…` from a `Set-Cookie` of this answer.
    fn session_cookie(&self) -> Option<String> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
            .filter_map(|(_, v)| v.split(';').next())
            .find(|c| c.trim_start().starts_with("ketnoi_session=") && c.trim().len() > "ketnoi_session=".len())
            .map(|c| c.trim().to_string())
    }

    fn body_start(&self) -> String {
        String::from_utf8_lossy(&self.body[..self.body.len().min(120)]).replace('\n', " ")
    }
}

impl Conn {
    async fn open(authority: &str) -> std::io::Result<Conn> {
        let stream = TcpStream::connect(authority).await?;
        stream.set_nodelay(true)?;
        Ok(Conn { io: BufReader::new(stream), authority: authority.to_string() })
    }

    async fn post(&mut self, path: &str, body: &str, cookie: Option<&str>) -> std::io::Result<Answer> {
        let a = &self.authority;
        let mut req = format!(
            "POST {path} HTTP/1.1\r\nHost: {a}\r\nOrigin: http://{a}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        );
        if let Some(c) = cookie {
            req.push_str(&format!("Cookie: {c}\r\n"));
        }
        req.push_str("\r\n");
        req.push_str(body);
        self.io.get_mut().write_all(req.as_bytes()).await?;
        self.read_answer().await
    }

    async fn read_answer(&mut self) -> std::io::Result<Answer> {
        let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string());
        let mut line = String::new();
        if self.io.read_line(&mut line).await? == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "connection closed"));
        }
        let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| bad(&line))?;
        let mut headers = Vec::new();
        loop {
            line.clear();
            if self.io.read_line(&mut line).await? == 0 {
                return Err(bad("end of stream in the headers"));
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            let (k, v) = l.split_once(':').ok_or_else(|| bad(l))?;
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
        let get = |name: &str| headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
        let close = get("connection").is_some_and(|v| v.eq_ignore_ascii_case("close"));
        let mut body = Vec::new();
        if let Some(len) = get("content-length") {
            let len: usize = len.parse().map_err(|_| bad("content-length"))?;
            body.resize(len, 0);
            self.io.read_exact(&mut body).await?;
        } else if get("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
            loop {
                line.clear();
                self.io.read_line(&mut line).await?;
                let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                    .map_err(|_| bad("chunk size"))?;
                if size == 0 {
                    // trailers, then the empty line
                    loop {
                        line.clear();
                        if self.io.read_line(&mut line).await? == 0 || line.trim().is_empty() {
                            break;
                        }
                    }
                    break;
                }
                let at = body.len();
                body.resize(at + size + 2, 0);
                self.io.read_exact(&mut body[at..]).await?;
                body.truncate(at + size);
            }
        } else if !(status == 204 || status == 304 || (100..200).contains(&status)) {
            self.io.read_to_end(&mut body).await?;
            return Ok(Answer { status, headers, body, close: true });
        }
        Ok(Answer { status, headers, body, close })
    }
}

#[cfg(test)]
mod tests {
    use super::form;

    #[test]
    fn form_encoding() {
        assert_eq!(
            form(&[("email", "demo.admin@example.com"), ("body", "a b&c")]),
            "email=demo.admin%40example.com&body=a+b%26c"
        );
    }
}
