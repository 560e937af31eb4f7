//! `ketnoi bench-search` (hidden from `--help`): tantivy against SQLite FTS5 on the same
//! documents and the same queries, in one run, on the configured database and index.
//!
//! ```text
//! ketnoi bench-search [--queries FILE] [--passes 20] [--per-page 20]
//!                     [--fts5-db PATH] [--index-dir DIR] [--json PATH|-]
//! ```
//!
//! 1. **FTS5 build.** Every public document `store::sqlite::search_source` yields (exactly what the tantivy
//!    index holds) goes into `fts(title, body)` with `tokenize = 'unicode61 remove_diacritics 2'`
//!    in a *separate* database file (default `<db>.fts5.db`, replaced on each run; the app's
//!    database is only read). `title` = Vietnamese title + English title, `body` = Vietnamese
//!    body + English text, NFC-normalised as the tantivy indexer does. The timed "insert" phase
//!    reads the app's database and inserts in one transaction (reading and writing overlap, as
//!    in a tantivy rebuild); `'optimize'` (merge to one b-tree) is timed apart.
//! 2. **Tantivy build.** `search::rebuild` into `--index-dir` (default: the configured index
//!    directory, so a server started afterwards uses the very index measured). Its time
//!    includes reading SQLite and waiting for merges. Do not point it at an index a running
//!    server uses (both would want the new generation's writer lock): stop the server or pass
//!    `--index-dir`.
//! 3. **Queries.** Each query of the set (default: `server/benches/search_queries.txt`, built
//!    in) is run once to warm up, then `--passes` times, one engine after the other, on one
//!    thread. Timed per query:
//!    - tantivy: `Searcher::search(&ListQuery{q, per_page}, false)`, the whole work of
//!      `GET /api/v1/search` except place names and JSON: top hits with stored fields and
//!      snippets, exact total, 9 facet counts, and for zero hits "did you mean" + a relaxed retry;
//!    - FTS5: `SELECT rowid FROM fts WHERE fts MATCH ?1 ORDER BY rank LIMIT ?2` (fetched) plus
//!      `SELECT count(*) FROM fts WHERE fts MATCH ?1`, through sqlx on one connection; the
//!      match expression is every word of the query as a quoted term, AND-ed. No snippets,
//!      facets, fuzzy matching or fallback: FTS5 does much less work per query.
//!
//! The engines do not find the same documents: `unicode61 remove_diacritics 2` does not fold
//! `đ` to `d` ("dong" misses "đồng"), stems nothing and forgives no typo, while tantivy makes
//! very common words optional in multi-word queries. The per-query hit counts show it.
//!
//! Prints a table (p50, p95, p99, max, mean, single-threaded queries/s, p99 ratio) and, with
//! `--json`, writes the same figures plus per-query ones as JSON (`-` for stdout).

mod fts5;
mod judged;
mod latency;
pub mod load;
pub mod matching;
pub mod writes;

use anyhow::Context;
use app::backend::db::Db;
use app::backend::db::sql;
use app::backend::search::{self, Searcher};
use app::domain::ListQuery;
use indicatif::{ProgressBar, ProgressStyle};
use latency::{Latency, ms};
use serde_json::json;
use server::config::Config;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The built-in query set.
const QUERIES: &str = include_str!("../benches/search_queries.txt");

pub struct Options {
    pub queries: Option<PathBuf>,
    pub passes: u32,
    pub per_page: u32,
    pub fts5_db: Option<PathBuf>,
    pub index_dir: Option<PathBuf>,
    pub json: Option<PathBuf>,
}

/// One query of the set with what each engine found and how long each run took.
struct Case {
    text: String,
    list: ListQuery,
    fts_match: Option<String>,
    tantivy_hits: u64,
    tantivy_note: &'static str,
    fts_hits: Option<u64>,
    tantivy: Vec<Duration>,
    fts: Vec<Duration>,
}

pub async fn run(pool: &Db, config: &Config, opts: &Options) -> anyhow::Result<()> {
    let text = match &opts.queries {
        Some(path) => std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?,
        None => QUERIES.to_string(),
    };
    let per_page = opts.per_page.to_string();
    let mut cases: Vec<Case> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|q| Case {
            text: q.to_string(),
            list: ListQuery::from_pairs([("q", q), ("per_page", per_page.as_str())]),
            fts_match: fts5::match_expression(q),
            tantivy_hits: 0,
            tantivy_note: "",
            fts_hits: None,
            tantivy: Vec::new(),
            fts: Vec::new(),
        })
        .collect();
    anyhow::ensure!(!cases.is_empty(), "the query set is empty");
    let db_path = config.database_url.strip_prefix("sqlite://").context("bench-search needs a sqlite:// database")?;
    // a fresh seed leaves its data in the WAL: fold it in first (untimed), so that neither
    // build pays for it and the database's size is its own
    sql::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await?;
    let db_bytes = file_bytes(Path::new(db_path)) + file_bytes(Path::new(&format!("{db_path}-wal")));

    // 1. FTS5, in its own database file
    let fts_path = opts.fts5_db.clone().unwrap_or_else(|| PathBuf::from(format!("{db_path}.fts5.db")));
    eprintln!("building the FTS5 table in {}", fts_path.display());
    let (fts, fts_build) = fts5::build(pool, &fts_path).await?;

    // 2. tantivy
    let root = opts.index_dir.clone().unwrap_or_else(|| PathBuf::from(&config.index_dir));
    eprintln!("rebuilding the tantivy index in {}", root.display());
    let bar = ProgressBar::new(0);
    bar.set_style(ProgressStyle::with_template("{spinner} rebuild [{bar:40}] {pos}/{len} ({per_sec}, {eta})")?);
    let stats = search::rebuild(pool, &root, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await?;
    bar.finish_and_clear();
    let searcher = Searcher::open(&root)?;
    let generation = searcher.generation();
    let segments = generation.reader.searcher().segment_readers().len();
    let index_bytes = dir_bytes(&root.join(&generation.name));
    drop(generation);

    // 3. queries: warm-up, then the timed passes, one engine after the other
    let passes = opts.passes.max(1);
    eprintln!("querying: {} queries, 1 warm-up + {passes} passes per engine", cases.len());
    for pass in 0..=passes {
        for case in &mut cases {
            let start = Instant::now();
            let results = searcher.search(&case.list, false)?;
            let took = start.elapsed();
            if pass == 0 {
                case.tantivy_hits = results.total_hits;
                case.tantivy_note = match (results.relaxed, results.did_you_mean.is_some()) {
                    (true, _) => "relaxed",
                    (false, true) => "did-you-mean",
                    _ => "",
                };
            } else {
                case.tantivy.push(took);
            }
            std::hint::black_box(results);
        }
    }
    let limit = i64::from(cases[0].list.per_page);
    for pass in 0..=passes {
        for case in &mut cases {
            let Some(expr) = &case.fts_match else { continue };
            let start = Instant::now();
            let (ids, count) = fts5::search(&fts, expr, limit).await?;
            let took = start.elapsed();
            if pass == 0 {
                case.fts_hits = Some(count);
            } else {
                case.fts.push(took);
            }
            std::hint::black_box(ids);
        }
    }
    fts.close().await;

    let all = |pick: fn(&Case) -> &Vec<Duration>| cases.iter().flat_map(|c| pick(c).iter().copied()).collect();
    let tantivy = Latency::of(all(|c| &c.tantivy));
    let fts_lat = Latency::of(all(|c| &c.fts));
    let docs_per_s = |n: u64, s: f64| n as f64 / s.max(1e-9);
    let mb = |b: u64| b as f64 / 1e6;

    println!("bench-search: {} public documents, database {:.1} MB", stats.documents, mb(db_bytes));
    println!(
        "  {} queries ({} without FTS5 terms) x {passes} passes after 1 warm-up, per_page {}, one thread",
        cases.len(),
        cases.iter().filter(|c| c.fts_match.is_none()).count(),
        limit
    );
    println!();
    println!("{:<34} {:>9} {:>10} {:>11}", "build", "seconds", "docs/s", "size MB");
    let row = |name: &str, secs: f64, docs: Option<u64>, size: Option<u64>| {
        let rate = docs.map(|n| format!("{:.0}", docs_per_s(n, secs))).unwrap_or_default();
        let size = size.map(|b| format!("{:.1}", mb(b))).unwrap_or_default();
        println!("{name:<34} {secs:>9.2} {rate:>10} {size:>11}");
    };
    let fts_total = fts_build.insert_seconds + fts_build.optimize_seconds;
    row("tantivy rebuild (reads SQLite)", stats.seconds, Some(stats.documents), Some(index_bytes));
    row("FTS5 insert (reads SQLite)", fts_build.insert_seconds, Some(fts_build.documents), None);
    row("FTS5 optimize", fts_build.optimize_seconds, None, None);
    row("FTS5 insert + optimize", fts_total, Some(fts_build.documents), Some(fts_build.bytes));
    println!("  tantivy: {segments} segment(s); FTS5: {}", fts_build.sqlite);
    println!();
    println!("{:<34} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}", "latency (ms)", "p50", "p95", "p99", "max", "mean", "q/s");
    tantivy.print("tantivy Searcher::search (full API)");
    fts_lat.print("FTS5 top-N rowids + count(*)");
    let ratio = tantivy.p99.as_secs_f64() / fts_lat.p99.as_secs_f64().max(1e-9);
    println!("p99 ratio tantivy/FTS5: {ratio:.2}");
    println!();
    let zero = |f: fn(&Case) -> Option<u64>| cases.iter().filter(|c| f(c) == Some(0)).count();
    println!(
        "zero-hit queries: tantivy {} (relaxed retry found some for {}), FTS5 {}",
        zero(|c| Some(c.tantivy_hits)),
        cases.iter().filter(|c| c.tantivy_note == "relaxed").count(),
        zero(|c| c.fts_hits),
    );
    println!("slowest queries by tantivy p50 (ms): tantivy p50 / FTS5 p50, hits tantivy / FTS5");
    let mut order: Vec<&Case> = cases.iter().collect();
    order.sort_by_key(|c| std::cmp::Reverse(Latency::of(c.tantivy.clone()).p50));
    for c in order.iter().take(8) {
        let fts_p50 = if c.fts.is_empty() { "-".into() } else { format!("{:.2}", ms(Latency::of(c.fts.clone()).p50)) };
        let fts_hits = c.fts_hits.map_or("-".into(), |n| n.to_string());
        println!(
            "  {:>8.2} / {fts_p50:>7}  {:>8} / {fts_hits:<8} {} {}",
            ms(Latency::of(c.tantivy.clone()).p50),
            c.tantivy_hits,
            c.text,
            c.tantivy_note
        );
    }

    if let Some(path) = &opts.json {
        let per_query: Vec<_> = cases
            .iter()
            .map(|c| {
                json!({
                    "q": c.text, "fts_match": c.fts_match,
                    "tantivy_hits": c.tantivy_hits, "tantivy_note": c.tantivy_note, "fts_hits": c.fts_hits,
                    "tantivy_ms": Latency::of(c.tantivy.clone()).json(),
                    "fts_ms": (!c.fts.is_empty()).then(|| Latency::of(c.fts.clone()).json()),
                })
            })
            .collect();
        let summary = json!({
            "documents": stats.documents,
            "database_bytes": db_bytes,
            "queries": cases.len(),
            "passes": passes,
            "per_page": limit,
            "tantivy": {
                "rebuild_seconds": stats.seconds,
                "rebuild_docs_per_second": docs_per_s(stats.documents, stats.seconds),
                "index_bytes": index_bytes,
                "segments": segments,
                "latency_ms": tantivy.json(),
            },
            "fts5": {
                "documents": fts_build.documents,
                "insert_seconds": fts_build.insert_seconds,
                "optimize_seconds": fts_build.optimize_seconds,
                "docs_per_second": docs_per_s(fts_build.documents, fts_total),
                "db_bytes": fts_build.bytes,
                "sqlite": fts_build.sqlite,
                "latency_ms": fts_lat.json(),
            },
            "p99_ratio_tantivy_over_fts5": ratio,
            "per_query": per_query,
        });
        let text = serde_json::to_string_pretty(&summary)?;
        if path.as_os_str() == "-" {
            println!("{text}");
        } else {
            std::fs::write(path, text + "\n").with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(())
}

fn file_bytes(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// Total size of the files in `dir` and below.
fn dir_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_bytes(&e.path()),
            _ => e.metadata().map(|m| m.len()).unwrap_or(0),
        })
        .sum()
}
