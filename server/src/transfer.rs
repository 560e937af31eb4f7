//! `ketnoi import` and `ketnoi export`: the same code as `/admin/import` and `/export/…`.

use anyhow::Context;
use app::backend::db::Db;
use app::backend::export::{self, Format, List};
use app::backend::import::{self, Entity, Options, SheetFormat};
use app::domain::ListQuery;
use app::domain::import::ImportReport;
use app::i18n::Lang;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;
use std::time::Instant;

/// Checks (and unless `dry_run`, imports) `file`; the report is printed. `Ok(false)` when a row
/// or the file failed (nothing was written then).
pub async fn import(
    pool: &Db,
    entity: &str,
    file: &Path,
    format: Option<&str>,
    dry_run: bool,
    skip_duplicates: bool,
) -> anyhow::Result<bool> {
    let entity = Entity::parse(entity).with_context(|| {
        let names: Vec<&str> = Entity::ALL.iter().map(|e| e.name()).collect();
        format!("unknown entity {entity}; one of: {}", names.join(", "))
    })?;
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
    let format = match format {
        Some("csv") => SheetFormat::Csv,
        Some("xlsx") => SheetFormat::Xlsx,
        Some(other) => anyhow::bail!("unknown format {other}; csv or xlsx"),
        None => SheetFormat::from_name(&name).context("cannot tell the format from the extension; pass --format")?,
    };
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let started = Instant::now();
    let report = match import::read::read(&bytes, format) {
        Err(p) => import::unreadable(entity, &name, p),
        Ok(sheet) => {
            let bar = ProgressBar::new(sheet.rows.len() as u64);
            bar.set_style(ProgressStyle::with_template(
                "{spinner} {msg} [{bar:40}] {pos}/{len} rows ({per_sec}, {eta})",
            )?);
            let progress = |phase: &'static str, done: u64, total: u64| {
                bar.set_message(phase);
                bar.set_length(total);
                bar.set_position(done);
            };
            let opts = Options { skip_duplicates, commit: !dry_run, actor: None };
            let report = import::run(pool, entity, &name, &sheet, opts, Some(&progress)).await?;
            bar.finish_and_clear();
            report
        }
    };
    let elapsed = started.elapsed().as_secs_f64();
    print(&report);
    let rate = if elapsed > 0.0 { f64::from(report.rows) / elapsed } else { 0.0 };
    let mode = if dry_run { "dry run" } else { "import" };
    println!("{mode}: {} rows in {elapsed:.2} s ({rate:.0} rows/s)", report.rows);
    Ok(report.file_problem.is_none() && report.errors.is_empty() && report.invalid == 0)
}

fn print(r: &ImportReport) {
    println!("file: {}  rows: {}  valid: {}  with errors: {}", r.file_name, r.rows, r.valid, r.invalid);
    if let Some(p) = &r.file_problem {
        println!("the file cannot be imported: {}", p.en);
    }
    for row in &r.errors {
        for p in &row.problems {
            println!("row {}\t{}\t{}", row.row, p.column, p.en);
        }
    }
    if r.truncated {
        println!("(only the first {} rows with errors are listed)", app::domain::import::MAX_REPORTED_ROWS);
    }
    if !r.skipped.is_empty() {
        let rows: Vec<String> = r.skipped.iter().map(u32::to_string).collect();
        println!("skipped as duplicates of existing records: rows {}", rows.join(", "));
    }
    match r.imported {
        Some(n) => println!("imported {n} rows"),
        None if r.passes() => println!("every row passes; nothing written (dry run)"),
        None => println!("nothing written"),
    }
}

/// Writes a list (not search: it needs the server's index) to `out` or stdout.
pub async fn export(
    pool: &Db,
    list: &str,
    format: &str,
    lang: &str,
    query: &str,
    out: Option<&Path>,
) -> anyhow::Result<()> {
    let list = List::parse(list).filter(|l| *l != List::Search).with_context(|| {
        format!("unknown list {list}; one of: {}", List::names().join(", ").replace(", search", ""))
    })?;
    let format = Format::parse(format).context("--format is csv or xlsx")?;
    let lang = Lang::parse(lang).context("--lang is vi or en")?;
    let bytes = export::render(pool, None, list, &ListQuery::parse(query), lang, format).await?;
    match out {
        Some(path) => std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?,
        None => std::io::Write::write_all(&mut std::io::stdout(), &bytes)?,
    }
    Ok(())
}
