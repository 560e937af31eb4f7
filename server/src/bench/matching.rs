//! `ketnoi bench-match` (hidden from `--help`): latency of the suggestion query ("Suggested for
//! you") on the configured database and index, one subject after the other on one thread.
//!
//! ```text
//! ketnoi bench-match [--subjects 60] [--passes 5] [--dump | --judged]
//! ```
//!
//! `--judged` times nothing: it scores the judged pairs instead (`judged.rs`).
//!
//! `--dump` times nothing: it prints each subject's ranking (the best twelve and the worst four
//! candidates, with their scores, facts and reasons), which is how the labelled pairs of
//! `app/src/backend/matching/tests/eval.rs` were chosen and how a change to the scoring is read.
//!
//! Subjects: a third organisations (startups, enterprises, institutes in turn), a third
//! published offers, a third open challenges, spread evenly over the ids. Each is run once to
//! warm up, then `--passes` times through `matching::compute` — the whole work of a page's
//! suggestions without the answer cache: subject facts, more-like-this on the index, sector
//! candidates from SQLite, their facts, scoring, and key terms for the shown six.

use super::latency::Latency;
use app::backend::db::Db;
use app::backend::db::sql;
use app::backend::matching;
use app::backend::search::Searcher;
use app::domain::search::DocGroup;
use server::config::Config;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// What `bench-match` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Time,
    Dump,
    Judged,
}

pub async fn run(pool: &Db, config: &Config, subjects: u32, passes: u32, mode: Mode) -> anyhow::Result<()> {
    let searcher = Arc::new(Searcher::open(Path::new(&config.index_dir))?);
    if mode == Mode::Judged {
        return super::judged::run(pool, &searcher).await;
    }
    let today = app::backend::today();
    let per = i64::from(subjects.max(3) / 3);
    let mut chosen: Vec<(DocGroup, i64, &str)> = Vec::new();
    let spread = |sql: &'static str| sql::query_scalar::<i64>(sql).bind(per);
    for id in spread(
        "SELECT id FROM (SELECT id, ntile($1) OVER (ORDER BY id) AS b FROM organizations
           WHERE hidden = FALSE AND kind IN ('startup', 'enterprise', 'institute')) GROUP BY b",
    )
    .fetch_all(pool)
    .await?
    {
        chosen.push((DocGroup::Org, id, "organisation"));
    }
    for id in spread(
        "SELECT id FROM (SELECT id, ntile($1) OVER (ORDER BY id) AS b FROM technology_offers
           WHERE status = 'published') GROUP BY b",
    )
    .fetch_all(pool)
    .await?
    {
        chosen.push((DocGroup::Offer, id, "offer"));
    }
    for id in spread(
        "SELECT id FROM (SELECT id, ntile($1) OVER (ORDER BY id) AS b FROM challenges
           WHERE status IN ('open', 'in_discussion')) GROUP BY b",
    )
    .fetch_all(pool)
    .await?
    {
        chosen.push((DocGroup::Challenge, id, "challenge"));
    }
    anyhow::ensure!(!chosen.is_empty(), "no subjects: seed the database first (ketnoi seed-demo)");
    if mode == Mode::Dump {
        return print_rankings(pool, &searcher, &chosen, &today).await;
    }
    let docs = searcher.generation().num_docs();
    eprintln!("bench-match: {} subjects, 1 warm-up + {passes} passes, {docs} indexed documents", chosen.len());
    let mut times: Vec<(&str, std::time::Duration)> = Vec::new();
    let mut shown = 0usize;
    for pass in 0..=passes.max(1) {
        for (group, id, label) in &chosen {
            let start = Instant::now();
            let list = matching::compute(pool, &searcher, *group, *id, &today, &[]).await?;
            let took = start.elapsed();
            if pass == 0 {
                shown += list.len();
            } else {
                times.push((label, took));
            }
        }
    }
    println!("bench-match: {docs} indexed documents, {} subjects x {passes} passes, one thread", chosen.len());
    println!("  suggestions shown per subject: {:.1} on average", shown as f64 / chosen.len() as f64);
    println!("{:<34} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}", "latency (ms)", "p50", "p95", "p99", "max", "mean", "q/s");
    Latency::of(times.iter().map(|t| t.1).collect()).print("all subjects");
    for label in ["organisation", "offer", "challenge"] {
        let of: Vec<_> = times.iter().filter(|t| t.0 == label).map(|t| t.1).collect();
        if !of.is_empty() {
            Latency::of(of).print(label);
        }
    }
    Ok(())
}

/// Each subject's ranking as the engine sees it: the best twelve and the worst four candidates.
async fn print_rankings(
    pool: &Db,
    searcher: &Arc<Searcher>,
    chosen: &[(DocGroup, i64, &str)],
    today: &str,
) -> anyhow::Result<()> {
    for (group, id, label) in chosen {
        let (subject, ranked) = matching::rank(pool, searcher, *group, *id, today).await?;
        let Some(s) = subject else { continue };
        println!(
            "\n== {label} {} kind={} sectors={:?} stage={:?} needs={:?} trl_min={:?}",
            s.slug, s.kind, s.sectors, s.stage, s.needs, s.trl_min
        );
        for r in ranked.iter().take(12).chain(ranked.iter().rev().take(4)) {
            let f = &r.facts;
            println!(
                "  {:.3} t{:.2} {:<10} {:<50} sec={:?} stages={:?} trl={:?} {:?}",
                r.score, r.text, f.kind, f.slug, f.sectors, f.stages, f.trl, r.reasons
            );
        }
        println!("  ({} candidates)", ranked.len());
    }
    Ok(())
}
