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
//! Each writer has its own `reqwest` client: one kept-alive connection, its own cookie store,
//! redirects not followed (the redirect is the answer being checked).

use super::latency::{Latency, ms};
use anyhow::Context;
use app::backend::db::Db;
use app::backend::db::sql;
use serde_json::json;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

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
    let base = opts.url.trim_end_matches('/').to_string();
    anyhow::ensure!(
        base.strip_prefix("http://").is_some_and(|a| !a.is_empty() && !a.contains('/')),
        "--url must be http://host:port"
    );
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
    let mut clients = Vec::with_capacity(writers);
    for (email, id) in &pairs {
        let c = client(&base)?;
        let a = c
            .post(format!("{base}/auth/login"))
            .form(&[("email", email.as_str()), ("password", opts.password.as_str())])
            .send()
            .await
            .with_context(|| format!("signing in {email}"))?;
        let signed_in = a.cookies().any(|c| c.name() == "ketnoi_session" && !c.value().is_empty());
        anyhow::ensure!(
            a.status() == 303 && location(&a) == Some("/account") && signed_in,
            "sign-in of {email} failed: {} to {:?} (is the sign-in rate limit out of the way?)",
            a.status(),
            location(&a)
        );
        clients.push((c, *id));
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
    for (n, (client, id)) in clients.into_iter().enumerate() {
        let barrier = barrier.clone();
        let marker = marker.clone();
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            writer(client, &base, id, &format!("{marker}w{n} "), Instant::now() + duration).await
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
pub(crate) async fn pick_pairs(pool: &Db, n: usize) -> anyhow::Result<Vec<(String, i64)>> {
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

async fn writer(client: reqwest::Client, base: &str, id: i64, prefix: &str, until: Instant) -> Tally {
    let mut t = Tally::default();
    let url = format!("{base}/collab/{id}/messages");
    let thread = format!("/collab/{id}#thread");
    let mut n = 0u64;
    while Instant::now() < until {
        n += 1;
        let body = format!("{prefix}{n}");
        let start = Instant::now();
        match client.post(&url).form(&[("body", body.as_str())]).send().await {
            Ok(a) => {
                t.latencies.push(start.elapsed());
                let status = a.status().as_u16();
                *t.statuses.entry(status).or_default() += 1;
                if status == 303 && location(&a) == Some(thread.as_str()) {
                    t.success += 1;
                } else if t.samples.len() < 3 {
                    let to = location(&a).map(str::to_string);
                    let text = a.text().await.unwrap_or_default();
                    let start: String = text.chars().take(120).collect();
                    t.samples.push(format!("{status} {to:?} {}", start.replace('\n', " ")));
                }
            }
            Err(e) => {
                t.transport_errors += 1;
                if t.samples.len() < 3 {
                    t.samples.push(format!("transport: {e}"));
                }
            }
        }
    }
    t
}

/// A writer's own client: one kept-alive connection, its own session cookie, and the `Origin`
/// a browser sends with a form (the server refuses cross-site posts).
fn client(base: &str) -> anyhow::Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ORIGIN, reqwest::header::HeaderValue::from_str(base)?);
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .pool_max_idle_per_host(1)
        .timeout(Duration::from_secs(30))
        .build()?)
}

fn location(a: &reqwest::Response) -> Option<&str> {
    a.headers().get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok())
}
