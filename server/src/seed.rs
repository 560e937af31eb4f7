//! `ketnoi seed-demo` and `ketnoi reindex`, with progress bars.

use crate::config::Config;
use app::backend::db::Db;
use app::backend::search;
use app::backend::store::seed::{SeedOptions, clear_search_outbox, organization_count, seed_demo, seed_demo_if_empty};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;

/// Seeds the demo data; returns whether it did (with `if_empty`, a filled database is kept).
pub async fn run(pool: &Db, scale: u32, seed: u64, if_empty: bool) -> anyhow::Result<bool> {
    // several processes on one SQLite file take turns (PostgreSQL: the check below runs again
    // under the write lock)
    let _turn = if if_empty { pool.sqlite_turn("seed").await? } else { None };
    if if_empty {
        let n = organization_count(pool).await?;
        if n > 0 {
            tracing::info!(organizations = n, "database already has data; not seeding");
            return Ok(false);
        }
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} seed-demo [{bar:40}] {pos}/{len} rows ({per_sec}, {eta})")?
            .progress_chars("=> "),
    );
    let started = std::time::Instant::now();
    let progress = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
    };
    let opts = SeedOptions::new(seed, scale);
    let report = if if_empty {
        // checked again under the write lock: another server may be seeding the same database
        let Some(report) = seed_demo_if_empty(pool, &opts, &progress).await? else {
            bar.finish_and_clear();
            tracing::info!("another process seeded the database meanwhile; not seeding");
            return Ok(false);
        };
        report
    } else {
        seed_demo(pool, &opts, &progress).await?
    };
    bar.finish_and_clear();
    tracing::info!(?report, seconds = started.elapsed().as_secs_f64(), scale, seed, "demo data seeded");
    // the bulk load's outbox rows are covered by the rebuild that follows
    clear_search_outbox(pool).await?;
    Ok(true)
}

/// Rebuilds the search index into a new generation and publishes it.
pub async fn reindex(pool: &Db, config: &Config) -> anyhow::Result<()> {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} reindex [{bar:40}] {pos}/{len} documents ({per_sec}, {eta})")?
            .progress_chars("=> "),
    );
    let stats = search::rebuild(pool, Path::new(&config.index_dir), |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await?;
    bar.finish_and_clear();
    tracing::info!(
        generation = %stats.generation,
        documents = stats.documents,
        seconds = stats.seconds,
        docs_per_second = (stats.documents as f64 / stats.seconds.max(1e-9)) as u64,
        "search index rebuilt"
    );
    Ok(())
}
