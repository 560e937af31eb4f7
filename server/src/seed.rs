//! `ketnoi seed-demo` with a progress bar.

use app::backend::seed::{SeedOptions, seed_demo};
use indicatif::{ProgressBar, ProgressStyle};
use sqlx::SqlitePool;

pub async fn run(pool: &SqlitePool, scale: u32, seed: u64, if_empty: bool) -> anyhow::Result<()> {
    if if_empty {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organizations").fetch_one(pool).await?;
        if n > 0 {
            tracing::info!(organizations = n, "database already has data; not seeding");
            return Ok(());
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
    let report = seed_demo(pool, &SeedOptions { seed, scale }, &progress).await?;
    bar.finish_and_clear();
    tracing::info!(?report, seconds = started.elapsed().as_secs_f64(), scale, seed, "demo data seeded");
    Ok(())
}
