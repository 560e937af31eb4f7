//! `ketnoi backup` and `ketnoi restore`, and the scheduled backup of `[backup]`.
//!
//! A backup is one SQLite file, whatever the engine being served: every table copied from one
//! consistent snapshot of the live database (`db::copy`, the code of `migrate-data`, which
//! verifies each table's rows and checksum), while the server keeps serving and writing.
//! Uploaded files (logos, agreement PDFs, import files) live in the database, so they are in
//! it. Beside it, `NAME.sha256` in `sha256sum` format. Files are named by the time they were
//! taken (`ketnoi-backup-20261206-031500-123.db`) and written under a temporary name first, so
//! a backup that was cut off never looks complete. Restoring copies the file into the database
//! of the current configuration (either engine), verifies it and rebuilds the search index.

use crate::config::{BackupSettings, Config};
use anyhow::{Context, bail};
use app::backend::db::{self, Db, copy};
use app::backend::workers::{self, Workers};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PREFIX: &str = "ketnoi-backup-";

/// Starts the scheduled backup when `[backup] every_hours` asks for one: the first a period
/// after the start.
pub fn schedule(workers: &mut Workers, pool: Db, settings: &BackupSettings) {
    if settings.every_hours == 0 {
        return;
    }
    let period = Duration::from_secs(settings.every_hours * 3600);
    let (dir, keep) = (PathBuf::from(&settings.dir), settings.keep);
    workers.spawn(move |stop| async move {
        let mut every = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        while workers::tick(&mut every, &stop).await {
            let done = backup(&pool, &dir, Some(keep)).await;
            workers::ran("backup", done.is_ok());
            match done {
                Ok(r) => tracing::info!(path = %r.path.display(), rows = r.rows, seconds = r.seconds, "backup written"),
                Err(e) => tracing::error!(error = format!("{e:#}"), "scheduled backup failed"),
            }
        }
    });
}

/// What a backup or a restore did.
#[derive(Debug)]
pub struct Report {
    pub path: PathBuf,
    pub tables: usize,
    pub rows: u64,
    pub bytes: u64,
    pub seconds: f64,
}

/// Backs `from` up into a new file in `dir` (created when missing); then, with `keep`, deletes
/// the oldest backups beyond the newest `keep`.
pub async fn backup(from: &Db, dir: &Path, keep: Option<usize>) -> anyhow::Result<Report> {
    let start = Instant::now();
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let name = format!("{PREFIX}{}.db", chrono::Utc::now().format("%Y%m%d-%H%M%S-%3f"));
    let path = dir.join(&name);
    let partial = dir.join(format!("{name}.partial"));
    for stale in [&partial, &path] {
        remove_sqlite_files(stale);
    }
    let target = db::connect(&sqlite_url(&partial)).await.with_context(|| format!("creating {}", partial.display()))?;
    db::migrate(&target).await?;
    let mut copied = copy::copy(from, &target, false, &|_, _| {}).await;
    if copied.is_ok()
        && let Err(e) = target.checkpoint().await
    {
        copied = Err(e.into());
    }
    target.close().await;
    let reports = match copied {
        Ok(r) => r,
        Err(e) => {
            remove_sqlite_files(&partial);
            return Err(e).context("copying the database");
        }
    };
    let sum = sha256_of(&partial)?;
    std::fs::rename(&partial, &path)?;
    std::fs::write(checksum_path(&path), format!("{sum}  {name}\n"))?;
    if let Some(keep) = keep {
        prune(dir, keep)?;
    }
    Ok(Report {
        bytes: std::fs::metadata(&path)?.len(),
        path,
        tables: reports.len(),
        rows: reports.iter().map(|r| r.rows).sum(),
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// Restores `file` into the configured database and rebuilds the search index. Refused when
/// the database holds users or organisations, unless `force`; refused when the file does not
/// match its checksum.
pub async fn restore(file: &Path, config: &Config, force: bool) -> anyhow::Result<Report> {
    let start = Instant::now();
    let sums = checksum_path(file);
    let expected = std::fs::read_to_string(&sums)
        .with_context(|| format!("reading the checksum {} (a backup comes with one)", sums.display()))?;
    let expected = expected.split_whitespace().next().unwrap_or_default().to_string();
    if sha256_of(file)? != expected {
        bail!("{} does not match its checksum {}: the backup is damaged", file.display(), sums.display());
    }
    // a working copy: bringing an older backup's schema up to date must not change the file
    let work = tempfile::tempdir()?;
    let copy_path = work.path().join("backup.db");
    std::fs::copy(file, &copy_path).with_context(|| format!("reading {}", file.display()))?;
    let source = db::connect(&sqlite_url(&copy_path)).await?;
    db::migrate(&source).await.context("bringing the backup's schema up to date")?;
    if let Some(problem) = source.integrity_problem().await? {
        bail!("the backup fails SQLite's integrity check: {problem}");
    }
    let target = db::connect(&config.database_url).await.map_err(|e| {
        anyhow::anyhow!("cannot open the database {}: {}", db::redact(&config.database_url), db::describe(&e))
    })?;
    db::migrate(&target).await.context("bringing the database's schema up to date")?;
    let reports = copy::copy(&source, &target, force, &|_, _| {}).await?;
    if let Some(problem) = target.integrity_problem().await? {
        bail!("the restored database fails SQLite's integrity check: {problem}");
    }
    source.close().await;
    crate::seed::reindex(&target, config).await?;
    target.close().await;
    Ok(Report {
        path: file.to_path_buf(),
        tables: reports.len(),
        rows: reports.iter().map(|r| r.rows).sum(),
        bytes: std::fs::metadata(file)?.len(),
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// The backups in `dir`, oldest first (their names sort by time).
pub fn list(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(".db")))
        .collect();
    found.sort();
    Ok(found)
}

fn prune(dir: &Path, keep: usize) -> anyhow::Result<()> {
    let all = list(dir)?;
    for old in &all[..all.len().saturating_sub(keep.max(1))] {
        std::fs::remove_file(old).with_context(|| format!("deleting {}", old.display()))?;
        let _ = std::fs::remove_file(checksum_path(old));
    }
    Ok(())
}

fn checksum_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".sha256");
    PathBuf::from(name)
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// The file and what SQLite keeps beside it.
fn remove_sqlite_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

fn sha256_of(path: &Path) -> anyhow::Result<String> {
    let mut file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}
