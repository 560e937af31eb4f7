//! `ketnoi migrate-data --from URL --to URL`: the whole database from one engine to the other.

use anyhow::Context;
use app::backend::db::{self, copy};
use indicatif::{ProgressBar, ProgressStyle};
use std::time::Instant;

/// Migrates both schemas to the latest version, copies every table in one transaction on the
/// target and prints each table's rows and checksum as verified.
pub async fn run(from: &str, to: &str, force: bool) -> anyhow::Result<()> {
    let source = db::connect(from).await.with_context(|| format!("opening the source {}", db::redact(from)))?;
    let target = db::connect(to).await.with_context(|| format!("opening the target {}", db::redact(to)))?;
    db::migrate(&source).await.context("bringing the source's schema up to date")?;
    db::migrate(&target).await.context("bringing the target's schema up to date")?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} rows ({per_sec}, {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(format!("{} → {}", source.engine().name(), target.engine().name()));
    let start = Instant::now();
    let reports = copy::copy(&source, &target, force, &|done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await;
    bar.finish_and_clear();
    let reports = reports?;
    let rows: u64 = reports.iter().map(|r| r.rows).sum();
    for r in &reports {
        println!("{:<32} {:>9} rows  sha256 {}", r.name, r.rows, &r.checksum[..16]);
    }
    println!(
        "copied and verified {} tables, {rows} rows in {:.1} s ({} → {})",
        reports.len(),
        start.elapsed().as_secs_f64(),
        db::redact(from),
        db::redact(to)
    );
    println!("run `ketnoi reindex` with the target's configuration to build its search index");
    source.close().await;
    target.close().await;
    Ok(())
}
