//! Bulk import from CSV/XLSX with a dry-run report. The framework reads the file, matches the
//! headers, validates every row, finds duplicates (within the file and against the database),
//! and only when every row passes writes them all in one `BEGIN IMMEDIATE` transaction with one
//! audit entry. The search index follows through the outbox triggers.
//!
//! Adding an entity is one file: a column spec, a row validator returning the typed input or
//! field problems, the duplicate keys of an input, and an insert function (see `orgs.rs`; the
//! listings' importers share `listing.rs`), plus a variant of [`Entity`].

pub mod columns;
pub mod http;
mod listing;
pub mod lookup;
pub mod offers;
pub mod orgs;
pub mod read;
mod report;
pub mod research;
pub mod template;
pub mod uploads;

use crate::backend::db::begin_write;
use crate::backend::db::{Conn, Db};
use crate::backend::forms::field_errors::FieldErrors;
use crate::backend::store::statements::audit;
use crate::domain::account::FormError;
use crate::domain::import::ImportReport;
use async_trait::async_trait;
use columns::{Column, Layout, Row};
pub use read::{Sheet, SheetFormat};
pub use report::Report;
use std::collections::HashMap;

/// Largest file accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Most data rows in one file.
pub const MAX_ROWS: usize = 50_000;

/// What the whole file can fail on before any row is looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    NoFile,
    TooLarge,
    TooManyRows,
    NotUtf8,
    BadFormat,
    Empty,
}

/// What can be wrong with a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Form(FormError),
    Number,
    TaxCode,
    /// The pieces of a sectors cell that name no sector.
    UnknownSectors(Vec<String>),
    UnknownLocation,
    /// No organisation has this address name, tax code or name.
    UnknownOrg,
    /// More than one organisation has this name.
    AmbiguousOrg,
    Range,
    MissingColumn,
    RepeatedColumn,
    /// The same key as an earlier row of the file.
    DuplicateInFile(DupKind, u32),
    /// The same key as a record in the database (its name).
    DuplicateExisting(DupKind, String),
}

impl From<FormError> for Problem {
    fn from(e: FormError) -> Self {
        Problem::Form(e)
    }
}

/// The keys duplicates are detected by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DupKind {
    /// The folded name.
    Name,
    TaxCode,
    /// The website's host without `www.`.
    Website,
    /// A listing's folded title within its organisation.
    Title,
    /// A research output's DOI.
    Doi,
}

/// A duplicate key of one input: the key, its value, and the field it comes from.
pub struct DupKey {
    pub kind: DupKind,
    pub value: String,
    pub field: &'static str,
}

/// Field problems of one row: each cell's first.
pub type FieldProblems = FieldErrors<Problem>;

#[async_trait]
pub trait Importer: Sync {
    /// A valid row, ready to insert.
    type Input: Send + Sync;
    /// Reference data the validator needs (places, sectors…), loaded once per run.
    type Context: Send + Sync;

    /// `orgs`, `offers`…: the name in addresses, the CLI and the audit log.
    fn name(&self) -> &'static str;
    fn columns(&self) -> &'static [Column];
    async fn context(&self, pool: &Db) -> sqlx::Result<Self::Context>;
    fn validate(&self, cx: &Self::Context, row: &Row<'_>) -> Result<Self::Input, FieldProblems>;
    fn keys(&self, input: &Self::Input) -> Vec<DupKey>;
    /// Every existing record's keys with the record's name, read inside the write transaction.
    async fn existing(&self, conn: &mut Conn) -> sqlx::Result<Vec<(DupKind, String, String)>>;
    async fn insert(&self, conn: &mut Conn, input: &Self::Input) -> sqlx::Result<i64>;
}

/// The entities that can be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entity {
    Orgs,
    Offers,
    Research,
}

/// `$f` applied to the entity's importer (each has its own `Input` type).
macro_rules! with_importer {
    ($entity:expr, $imp:ident => $body:expr) => {
        match $entity {
            Entity::Orgs => {
                let $imp = &orgs::Orgs;
                $body
            }
            Entity::Offers => {
                let $imp = &offers::Offers;
                $body
            }
            Entity::Research => {
                let $imp = &research::Research;
                $body
            }
        }
    };
}

impl Entity {
    pub const ALL: &'static [Entity] = &[Entity::Orgs, Entity::Offers, Entity::Research];

    pub fn parse(s: &str) -> Option<Entity> {
        Entity::ALL.iter().copied().find(|e| e.name() == s)
    }

    pub fn name(self) -> &'static str {
        with_importer!(self, imp => imp.name())
    }

    pub fn columns(self) -> &'static [Column] {
        with_importer!(self, imp => imp.columns())
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Rows duplicating existing records are left out instead of failing the import. Rows
    /// duplicating each other always fail: which one is meant cannot be guessed.
    pub skip_duplicates: bool,
    /// Write the rows when every one passes; otherwise only check (dry run).
    pub commit: bool,
    /// Who imports (the audit entry's actor; `None` from the command line).
    pub actor: Option<i64>,
}

/// Called with (rows done, rows in all) while validating and again while writing.
pub type Progress<'a> = &'a (dyn Fn(&'static str, u64, u64) + Send + Sync);

/// Checks (and with `commit`, imports) `sheet` as `entity`.
pub async fn run(
    pool: &Db,
    entity: Entity,
    file_name: &str,
    sheet: &Sheet,
    opts: Options,
    progress: Option<Progress<'_>>,
) -> Result<ImportReport, sqlx::Error> {
    with_importer!(entity, imp => run_with(pool, imp, file_name, sheet, opts, progress).await)
}

/// The report of a file that could not be read at all.
pub fn unreadable(entity: Entity, file_name: &str, problem: FileProblem) -> ImportReport {
    Report::new(entity.name(), file_name).file_problem(problem)
}

async fn run_with<I: Importer>(
    pool: &Db,
    imp: &I,
    file_name: &str,
    sheet: &Sheet,
    opts: Options,
    progress: Option<Progress<'_>>,
) -> Result<ImportReport, sqlx::Error> {
    let mut report = Report::new(imp.name(), file_name);
    report.rows(sheet.rows.len());
    let layout = match Layout::match_headers(imp.columns(), &sheet.headers) {
        Ok(l) => l,
        Err(p) => {
            for c in p.missing {
                report.problem(1, c.vi, &Problem::MissingColumn);
            }
            for h in p.repeated {
                report.problem(1, &h, &Problem::RepeatedColumn);
            }
            return Ok(report.finish());
        }
    };
    let cx = imp.context(pool).await?;
    let total = sheet.rows.len() as u64;
    let mut valid: Vec<(u32, I::Input)> = Vec::with_capacity(sheet.rows.len());
    let mut seen: HashMap<(DupKind, String), u32> = HashMap::new();
    for (n, (row_no, cells)) in sheet.rows.iter().enumerate() {
        if let Some(p) = progress
            && n % 500 == 0
        {
            p("check", n as u64, total);
        }
        match imp.validate(&cx, &layout.row(cells)) {
            Ok(input) => {
                let mut dup = false;
                for k in imp.keys(&input) {
                    match seen.get(&(k.kind, k.value.clone())) {
                        Some(first) => {
                            report.problem(
                                *row_no,
                                &layout.header(imp.columns(), k.field),
                                &Problem::DuplicateInFile(k.kind, *first),
                            );
                            dup = true;
                        }
                        None => {
                            seen.insert((k.kind, k.value), *row_no);
                        }
                    }
                }
                if !dup {
                    valid.push((*row_no, input));
                }
            }
            Err(problems) => {
                for (field, p) in problems {
                    report.problem(*row_no, &layout.header(imp.columns(), &field), &p);
                }
            }
        }
    }
    // Against the database: inside the write transaction when committing, so that nothing can
    // slip in between the check and the write.
    let mut tx = if opts.commit { begin_write(pool).await? } else { pool.begin().await? };
    let existing: HashMap<(DupKind, String), String> =
        imp.existing(&mut tx).await?.into_iter().map(|(k, v, name)| ((k, v), name)).collect();
    let mut rows: Vec<&I::Input> = Vec::with_capacity(valid.len());
    for (row_no, input) in &valid {
        let clashes: Vec<(DupKey, String)> = imp
            .keys(input)
            .into_iter()
            .filter_map(|k| existing.get(&(k.kind, k.value.clone())).map(|name| (k, name.clone())))
            .collect();
        if clashes.is_empty() {
            rows.push(input);
        } else if opts.skip_duplicates {
            report.skip(*row_no);
        } else {
            for (k, name) in clashes {
                report.problem(
                    *row_no,
                    &layout.header(imp.columns(), k.field),
                    &Problem::DuplicateExisting(k.kind, name),
                );
            }
        }
    }
    report.valid(rows.len());
    let mut out = report.finish();
    if !opts.commit || !out.passes() {
        return Ok(out);
    }
    let total = rows.len() as u64;
    for (n, input) in rows.iter().enumerate() {
        if let Some(p) = progress
            && n % 500 == 0
        {
            p("write", n as u64, total);
        }
        imp.insert(&mut tx, input).await?;
    }
    let after = serde_json::json!({
        "file": file_name, "rows": out.rows, "imported": rows.len(), "skipped": out.skipped.len(),
    });
    audit::record(
        &mut tx,
        audit::Entry {
            actor: opts.actor,
            action: &format!("import.{}", imp.name()),
            entity_type: "import",
            entity_id: imp.name().to_string(),
            before: None,
            after: Some(after),
        },
    )
    .await?;
    tx.commit().await?;
    if let Some(p) = progress {
        p("write", total, total);
    }
    out.imported = Some(rows.len() as u32);
    Ok(out)
}

/// `host` of a web address, lower case, without `www.`: the website duplicate key.
pub fn website_host(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}
