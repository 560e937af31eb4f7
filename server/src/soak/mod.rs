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
//! ketnoi soak --nodes 127.0.0.1:3101,127.0.0.1:3102,127.0.0.1:3103 --proxy http://127.0.0.1:3100 \
//!     [--delete-index] [--db-outage 10 --db-stop CMD --db-start CMD]
//! ```
//!
//! With `--nodes`, several nodes share the database behind a load balancer ([`cluster`]): the
//! kills take one node at a time while visitors keep reading through the proxy ([`readers`]);
//! no read may fail outside the database's outage, during it the site answers 503, and every
//! node's index must end exact.
//!
//! Run it on a throw-away database seeded with the demo (`scripts/soak.sh` does), with the
//! sign-in rate limit out of the way: it writes rows of its own and signs in many times.

mod actors;
mod client;
mod cluster;
mod ledger;
mod plan;
mod process;
mod readers;
mod verify;

use crate::config::Config;
use actors::Shared;
use app::backend::db::Db;
pub use cluster::{Options as ClusterOptions, Outage};
use ledger::{Kind, Write};
use process::{Fleet, Node};
use readers::{Read, Summary};
use std::path::PathBuf;
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
    pub cluster: Option<ClusterOptions>,
}

/// The one server, or the cluster's nodes (each with its own address, index and log).
fn nodes(config: &Config, opts: &Options) -> Vec<Node> {
    let index_dir = PathBuf::from(&config.index_dir);
    let Some(c) = &opts.cluster else {
        let base = format!("http://{}", config.addr);
        return vec![Node { base, index_dir, log: opts.log.clone(), config: opts.config.clone(), own_addr: None }];
    };
    let stem = opts.log.file_stem().map_or("soak-server".into(), |s| s.to_string_lossy().into_owned());
    (1..=c.nodes.len())
        .zip(&c.nodes)
        .map(|(i, addr)| Node {
            base: format!("http://{addr}"),
            index_dir: index_dir.join(format!("node{i}")),
            log: opts.log.with_file_name(format!("{stem}-node{i}.log")),
            config: opts.config.clone(),
            own_addr: Some(addr.clone()),
        })
        .collect()
}

pub async fn run(pool: &Db, config: &Config, opts: &Options) -> anyhow::Result<()> {
    let plan = plan::plan(pool, opts.per_kind).await?;
    let seed = opts.seed.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
    });
    let marker = format!("soak-{:x}", seed & 0xffff_ffff);
    let nodes = nodes(config, opts);
    eprintln!(
        "soak: {} kills, {} node(s), seed {seed}, marker {marker}; writers: {} sign-up, {} message, {} offer, \
         {} profile, {} registration, {} draft",
        opts.kills,
        nodes.len(),
        opts.per_kind,
        plan.messages.len(),
        plan.offers.len(),
        plan.profiles.len(),
        plan.registrations.len(),
        plan.drafts.len()
    );
    let base = opts.cluster.as_ref().map_or_else(|| nodes[0].base.clone(), |c| c.proxy.clone());
    let index_dirs: Vec<PathBuf> = nodes.iter().map(|n| n.index_dir.clone()).collect();
    let mut fleet = Fleet::start(nodes).await?;
    let shared = Arc::new(Shared {
        base,
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
    let epoch = Instant::now();
    let mut readers = JoinSet::new();
    if opts.cluster.is_some() {
        for n in 0..4 {
            readers.spawn(readers::reader(shared.clone(), n, epoch));
        }
    }
    let mut rng = seed | 1;
    let mut restarts = Vec::new();
    let timeline = match &opts.cluster {
        Some(c) => {
            let t = cluster::faults(&mut fleet, c, opts.kills, &mut rng, epoch).await?;
            restarts.extend(t.kills.iter().map(|k| k.1));
            t
        }
        None => {
            for k in 1..=opts.kills {
                tokio::time::sleep(Duration::from_millis(1000 + next(&mut rng) % 3000)).await;
                fleet.kill(0).await?;
                let back = fleet.restart(0).await?;
                restarts.push(back);
                eprintln!("soak: kill {k}/{}: SIGKILL, back in {:.2} s", opts.kills, back.as_secs_f64());
            }
            cluster::Timeline::default()
        }
    };
    tokio::time::sleep(Duration::from_secs(2)).await;
    shared.stop.store(true, Ordering::Relaxed);
    let mut writes: Vec<Write> = Vec::new();
    while let Some(done) = tasks.join_next().await {
        writes.extend(done??);
    }
    let mut reads: Vec<Read> = Vec::new();
    while let Some(done) = readers.join_next().await {
        reads.extend(done??);
    }
    let load_secs = epoch.elapsed().as_secs_f64();

    // each node applies the outbox to its index in the background: give them time to catch up
    let until = Instant::now() + Duration::from_secs(60);
    for dir in &index_dirs {
        while Instant::now() < until && !app::backend::search::check::check(pool, dir).await?.is_exact() {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    fleet.stop(Duration::from_secs(30)).await?;
    eprintln!("soak: stopped cleanly with SIGTERM after {load_secs:.1} s of load");

    let integrity = pool.integrity_problem().await?;
    let mut report = verify::verify(pool, &writes).await?;
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
    let mut indexes = Vec::new();
    for (i, dir) in index_dirs.iter().enumerate() {
        let index = app::backend::search::check::check(pool, dir).await?;
        if !index.is_exact() {
            report.problems.push(format!("node {}'s search index differs from the database: {index}", i + 1));
        }
        indexes.push(index);
    }
    if opts.cluster.is_some() {
        report.problems.extend(judge_reads(&reads, &timeline));
    }
    let t = report.total();
    let slowest = restarts.iter().max().map_or(0.0, |d| d.as_secs_f64());
    let index = match indexes.as_slice() {
        [one] => one.to_string(),
        many => many.iter().enumerate().map(|(i, x)| format!("node {}: {x}", i + 1)).collect::<Vec<_>>().join("; "),
    };
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
    Ok(())
}

/// The readers' view of the faults: outside the database's outage no read may fail (a dead
/// node's requests go to another); during it the site says 503, nothing else, and it is back
/// by itself within 30 s of the database.
fn judge_reads(reads: &[Read], t: &cluster::Timeline) -> Vec<String> {
    let mut problems = Vec::new();
    // back: after the last read that failed once the database had returned (nodes reconnect
    // one by one; the kills all come before the outage, so nothing else can fail then)
    let recovered = t.outage.map(|o| {
        let last_failed = reads.iter().filter(|r| r.done >= o.to && !r.ok()).map(|r| r.done).max();
        let back = match last_failed {
            Some(f) => reads.iter().filter(|r| r.sent >= f && r.ok()).map(|r| r.sent).min(),
            None => reads.iter().filter(|r| r.sent >= o.to && r.ok()).map(|r| r.sent).min(),
        };
        (o, back)
    });
    let during = |r: &Read| match recovered {
        Some((o, _)) => r.done >= o.from,
        None => false,
    };
    let outside = Summary::of(reads.iter().filter(|r| !during(r)));
    println!("  reads through the proxy before the database's outage: {outside}");
    if outside.failed > 0 {
        problems.push(format!("{} reads failed while only nodes were killed", outside.failed));
    }
    if outside.reads == 0 {
        problems.push("no reads were made".into());
    }
    if let Some((o, back)) = recovered {
        let inside = Summary::of(reads.iter().filter(|r| during(r)));
        let back = back.map(|b| b.saturating_sub(o.to));
        println!(
            "  reads from the outage (of {:.1} s) on: {inside}; answering without failures {} after the database",
            (o.to - o.from).as_secs_f64(),
            back.map_or("never".to_string(), |b| format!("{:.2} s", b.as_secs_f64()))
        );
        if inside.statuses.keys().any(|s| *s != 503) {
            problems.push(format!("during the outage the site answered other than 503: {inside}"));
        }
        if !inside.statuses.contains_key(&503) {
            problems.push("no 503 was seen while the database was stopped: the outage did not happen".into());
        }
        if back.is_none_or(|b| b > Duration::from_secs(30)) {
            problems.push("the site did not answer again within 30 s of the database's return".into());
        }
    }
    problems
}

/// xorshift64: the kill moments, reproducible from `--seed`.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}
