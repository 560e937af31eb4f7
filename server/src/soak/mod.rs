//! `ketnoi soak` (hidden from `--help`): crash safety, proven. Starts the server on the
//! configured database, drives it over HTTP with a write-heavy mix from many signed-in clients
//! (sign-ups, collaboration messages, offers submitted and approved, profile edits, event
//! registrations, application drafts), kills it with SIGKILL at random moments `--kills` times,
//! restarting it each time, then stops it with SIGTERM and checks the database and the index:
//! the engine's integrity check; every acknowledged write there exactly once and nothing
//! refused there ([`verify`]); the search outbox applied and every public row in the index
//! once ([`app::backend::search::check`]). Prints the counts; exits non-zero on any problem.
//!
//! ```text
//! ketnoi soak [--kills 20] [--per-kind 8] [--seed N] [--log soak-server.log]
//! ```
//!
//! Run it on a throw-away database seeded with the demo (`scripts/soak.sh` does), with the
//! sign-in rate limit out of the way: it writes rows of its own and signs in many times.

mod actors;
mod client;
mod ledger;
mod plan;
mod process;
mod verify;

use crate::config::Config;
use actors::Shared;
use app::backend::db::Db;
use ledger::{Kind, Write};
use process::Server;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

pub struct Options {
    pub kills: u32,
    pub per_kind: usize,
    pub password: String,
    pub seed: Option<u64>,
    pub log: PathBuf,
    pub config: Option<PathBuf>,
}

pub async fn run(pool: &Db, config: &Config, opts: &Options) -> anyhow::Result<()> {
    let base = format!("http://{}", config.addr);
    let index_dir = Path::new(&config.index_dir);
    let plan = plan::plan(pool, opts.per_kind).await?;
    let seed = opts.seed.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
    });
    let marker = format!("soak-{:x}", seed & 0xffff_ffff);
    eprintln!(
        "soak: {} kills, seed {seed}, marker {marker}; writers: {} sign-up, {} message, {} offer, {} profile, \
         {} registration, {} draft",
        opts.kills,
        opts.per_kind,
        plan.messages.len(),
        plan.offers.len(),
        plan.profiles.len(),
        plan.registrations.len(),
        plan.drafts.len()
    );

    let mut server = Server::start(&base, opts.config.as_deref(), &opts.log).await?;
    let shared = Arc::new(Shared {
        base: base.clone(),
        password: opts.password.clone(),
        marker,
        stop: false.into(),
        ready: 0.into(),
        pool: pool.clone(),
    });
    let mut tasks = JoinSet::new();
    for n in 0..opts.per_kind {
        tasks.spawn(actors::signups(shared.clone(), n));
    }
    for (n, (email, request)) in plan.messages.iter().cloned().enumerate() {
        tasks.spawn(actors::messages(shared.clone(), n, email, request));
    }
    for (n, (email, org)) in plan.offers.iter().cloned().enumerate() {
        tasks.spawn(actors::offers(shared.clone(), n, email, org, plan.admin.clone()));
    }
    for (n, (email, profile)) in plan.profiles.iter().cloned().enumerate() {
        tasks.spawn(actors::profile(shared.clone(), n, email, profile));
    }
    for (email, event) in plan.registrations.iter().cloned() {
        tasks.spawn(actors::registration(shared.clone(), email, event));
    }
    for (n, (email, draft)) in plan.drafts.into_iter().enumerate() {
        tasks.spawn(actors::draft(shared.clone(), n, email, draft));
    }

    // sign-ins first (argon2 takes its time), then the load runs while the kills come
    let actors = tasks.len();
    while shared.ready.load(Ordering::Relaxed) < actors {
        if let Some(early) = tasks.try_join_next() {
            early??;
            anyhow::bail!("a writer stopped before the soak started");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    eprintln!("soak: {actors} writers signed in and writing");
    let started = Instant::now();
    let mut rng = seed | 1;
    let mut restarts = Vec::new();
    for k in 1..=opts.kills {
        tokio::time::sleep(Duration::from_millis(1000 + next(&mut rng) % 3000)).await;
        server.kill().await?;
        let t = Instant::now();
        server = Server::start(&base, opts.config.as_deref(), &opts.log).await?;
        restarts.push(t.elapsed());
        eprintln!("soak: kill {k}/{}: SIGKILL, back in {:.2} s", opts.kills, t.elapsed().as_secs_f64());
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    shared.stop.store(true, Ordering::Relaxed);
    let mut writes: Vec<Write> = Vec::new();
    while let Some(done) = tasks.join_next().await {
        writes.extend(done??);
    }
    let load_secs = started.elapsed().as_secs_f64();

    // the server applies the outbox to its index in the background: give it time to catch up
    let until = Instant::now() + Duration::from_secs(60);
    while Instant::now() < until && !app::backend::search::check::check(pool, index_dir).await?.is_exact() {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    server.stop(Duration::from_secs(30)).await?;
    eprintln!("soak: stopped cleanly with SIGTERM after {load_secs:.1} s of load");

    let integrity = pool.integrity_problem().await?;
    let mut report = verify::verify(pool, &writes).await?;
    let index = app::backend::search::check::check(pool, index_dir).await?;
    for (kind, c) in &report.counts {
        println!(
            "  {:<24} sent {:>6}  acknowledged {:>6}  found {:>6}  refused {:>5}  no answer {:>4} ({} written)  \
             lost {}  duplicated {}",
            kind.label(),
            c.sent,
            c.acked,
            c.found,
            c.refused,
            c.unknown,
            c.unknown_landed,
            c.lost,
            c.duplicated
        );
        if c.acked == 0 {
            report.problems.push(format!("no {} was acknowledged: the soak proved nothing for them", kind.label()));
        }
    }
    let expected = [Kind::Signup, Kind::Message, Kind::Offer, Kind::Approval, Kind::Profile];
    for kind in expected.iter().filter(|k| !report.counts.contains_key(k)) {
        report.problems.push(format!("no {} were sent", kind.label()));
    }
    let t = report.total();
    let slowest = restarts.iter().max().map_or(0.0, |d| d.as_secs_f64());
    println!(
        "soak: {} kills (restart ≤ {slowest:.2} s); {} writes sent, {} acknowledged, {} found, lost {}, duplicated {}, \
         refused {}, no answer {} ({} written); integrity {}; index: {index}",
        opts.kills,
        t.sent,
        t.acked,
        t.found,
        t.lost,
        t.duplicated,
        t.refused,
        t.unknown,
        t.unknown_landed,
        match (&integrity, pool) {
            (Some(p), _) => p.as_str(),
            (None, Db::Postgres(_)) => "not applicable (PostgreSQL checks pages as it reads them)",
            (None, Db::Sqlite(_)) => "ok",
        },
    );
    for p in &report.problems {
        println!("  problem: {p}");
    }
    anyhow::ensure!(integrity.is_none(), "the database failed its integrity check");
    anyhow::ensure!(report.problems.is_empty(), "{} problems", report.problems.len());
    anyhow::ensure!(index.is_exact(), "the search index differs from the database");
    Ok(())
}

/// xorshift64: the kill moments, reproducible from `--seed`.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}
