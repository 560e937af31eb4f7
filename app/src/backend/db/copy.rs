//! `ketnoi migrate-data`: copies a whole database from one engine to the other (or between two
//! databases of one engine), in one transaction on the target, then proves the copy with row
//! counts and a per-table checksum computed the same way on both sides.
//!
//! The copy is driven by the catalogues, not by a list of tables in code: every table that both
//! schemas hold is copied column by column, converting what the engines store differently
//! (SQLite's 0/1 integers ↔ PostgreSQL booleans, JSON text ↔ JSONB). The table and column names
//! that the statements are built from come from the catalogues, never from input.
#![allow(clippy::disallowed_methods)]

use super::Db;
use super::sql::Arg;
use sha2::{Digest, Sha256};
use sqlx::{AssertSqlSafe, Column, Row, TypeInfo, ValueRef};
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub use super::catalogue::{Family, Table, catalogue};

/// What was copied and verified, per table in copy order.
#[derive(Clone, Debug)]
pub struct TableReport {
    pub name: String,
    pub rows: u64,
    pub checksum: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error("the target already holds data ({0} rows in users and organizations); pass --force to replace it")]
    NotEmpty(i64),
    #[error("the schemas differ: {0} (run `ketnoi migrate` on both first)")]
    Schema(String),
    #[error("verification failed for table {table}: {what}")]
    Mismatch { table: String, what: String },
}

/// Tables in an order where every table comes after the tables its foreign keys point at.
pub fn copy_order(tables: &BTreeMap<String, Table>) -> Result<Vec<String>, CopyError> {
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut order = Vec::new();
    while order.len() < tables.len() {
        let ready: Vec<String> = tables
            .values()
            .filter(|t| !done.contains(&t.name))
            .filter(|t| t.parents.iter().all(|p| done.contains(p) || !tables.contains_key(p)))
            .map(|t| t.name.clone())
            .collect();
        if ready.is_empty() {
            return Err(CopyError::Schema("foreign keys form a cycle".into()));
        }
        for name in ready {
            done.insert(name.clone());
            order.push(name);
        }
    }
    // The outbox last: inserting the other tables fires its triggers; the source's own rows
    // replace whatever they wrote.
    if let Some(pos) = order.iter().position(|t| t == "search_outbox") {
        let outbox = order.remove(pos);
        order.push(outbox);
    }
    Ok(order)
}

/// Every copied outbox row has committed: its transaction id says nothing on the target (and
/// PostgreSQL's would sort after every row SQLite writes there), so the rows are given 0, the
/// id of "committed before anything the target writes".
fn settle_outbox(table: &Table, rows: &mut [Vec<Arg>]) {
    let Some(at) = table.columns.iter().position(|(c, _)| c == "xid") else { return };
    for row in rows {
        row[at] = Arg::Int(Some(0));
    }
}

/// A value read from either engine, in the form both sides are compared in.
trait RowAccess {
    fn value(&self, i: usize, family: Family) -> sqlx::Result<Arg>;
}

impl RowAccess for sqlx::sqlite::SqliteRow {
    fn value(&self, i: usize, family: Family) -> sqlx::Result<Arg> {
        let raw = self.try_get_raw(i)?;
        if raw.is_null() {
            return Ok(null_of(family));
        }
        // SQLite's storage class decides how to read; the family how to pass it on.
        let class = raw.type_info().name().to_string();
        Ok(match (family, class.as_str()) {
            (Family::Bool, _) => Arg::Bool(Some(self.try_get::<i64, _>(i)? != 0)),
            (Family::Int, _) => Arg::Int(Some(self.try_get::<i64, _>(i)?)),
            (Family::Float, _) => Arg::Float(Some(self.try_get::<f64, _>(i)?)),
            (Family::Bytes, _) => Arg::Bytes(Some(self.try_get::<Vec<u8>, _>(i)?)),
            (Family::Json, _) => {
                let text: String = self.try_get(i)?;
                Arg::Json(Some(serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text))))
            }
            (Family::Text, "INTEGER") => Arg::Text(Some(self.try_get::<i64, _>(i)?.to_string().into())),
            (Family::Text, "REAL") => Arg::Text(Some(self.try_get::<f64, _>(i)?.to_string().into())),
            (Family::Text, _) => Arg::Text(Some(self.try_get::<String, _>(i)?.into())),
        })
    }
}

impl RowAccess for sqlx::postgres::PgRow {
    fn value(&self, i: usize, family: Family) -> sqlx::Result<Arg> {
        if self.try_get_raw(i)?.is_null() {
            return Ok(null_of(family));
        }
        let ty = self.column(i).type_info().name().to_string();
        Ok(match family {
            Family::Bool => Arg::Bool(Some(self.try_get::<bool, _>(i)?)),
            Family::Int => Arg::Int(Some(match ty.as_str() {
                "INT4" => i64::from(self.try_get::<i32, _>(i)?),
                "INT2" => i64::from(self.try_get::<i16, _>(i)?),
                _ => self.try_get::<i64, _>(i)?,
            })),
            Family::Float => Arg::Float(Some(self.try_get::<f64, _>(i)?)),
            Family::Bytes => Arg::Bytes(Some(self.try_get::<Vec<u8>, _>(i)?)),
            Family::Json => Arg::Json(Some(self.try_get::<sqlx::types::Json<serde_json::Value>, _>(i)?.0)),
            Family::Text => Arg::Text(Some(self.try_get::<String, _>(i)?.into())),
        })
    }
}

fn null_of(family: Family) -> Arg {
    match family {
        Family::Int => Arg::Int(None),
        Family::Bool => Arg::Bool(None),
        Family::Float => Arg::Float(None),
        Family::Text => Arg::Text(None),
        Family::Bytes => Arg::Bytes(None),
        Family::Json => Arg::Json(None),
    }
}

/// The value as the target column wants it (a SQLite file may hold text in an integer column).
fn convert(value: Arg, to: Family) -> Arg {
    match (value, to) {
        (Arg::Bool(v), Family::Int) => Arg::Int(v.map(i64::from)),
        (Arg::Int(v), Family::Bool) => Arg::Bool(v.map(|v| v != 0)),
        (Arg::Json(v), Family::Text) => Arg::Text(v.map(|v| v.to_string().into())),
        (Arg::Text(v), Family::Json) => {
            Arg::Json(v.map(|t| serde_json::from_str(&t).unwrap_or(serde_json::Value::String(t.into_owned()))))
        }
        (Arg::Int(v), Family::Float) => Arg::Float(v.map(|v| v as f64)),
        (v, _) => v,
    }
}

/// One canonical line per value, so that both engines' copies of a row hash alike.
fn canonical(value: &Arg, out: &mut String) {
    use std::fmt::Write;
    let _ = match value {
        Arg::Int(Some(v)) => write!(out, "i{v}"),
        Arg::Bool(Some(v)) => write!(out, "i{}", i64::from(*v)),
        Arg::Float(Some(v)) => write!(out, "f{v:?}"),
        // JSON kept as text on one engine and as JSONB on the other hashes alike
        Arg::Text(Some(v)) => match json_text(v) {
            Some(json) => write!(out, "j{json}"),
            None => write!(out, "t{}:{v}", v.len()),
        },
        Arg::Bytes(Some(v)) => write!(out, "b{}", hex(&Sha256::digest(v))),
        Arg::Json(Some(v)) => match v {
            serde_json::Value::String(text) => write!(out, "t{}:{text}", text.len()),
            v => write!(out, "j{v}"),
        },
        _ => write!(out, "n"),
    };
    out.push('\u{1f}');
}

/// `text` as a JSON object or array, if it is one.
fn json_text(text: &str) -> Option<serde_json::Value> {
    if text.starts_with('{') || text.starts_with('[') {
        serde_json::from_str::<serde_json::Value>(text).ok().filter(|v| v.is_object() || v.is_array())
    } else {
        None
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Rows of `table` as canonical values, read in one go (tables here fit in memory; the largest
/// benchmark corpus has ~1M documents spread over many tables).
async fn read_rows(db: &Db, conn: Option<&mut super::Conn>, table: &Table) -> sqlx::Result<Vec<Vec<Arg>>> {
    let cols: Vec<String> = table.columns.iter().map(|(c, _)| quote(c)).collect();
    let sql = format!("SELECT {} FROM {}", cols.join(", "), quote(&table.name));
    let families: Vec<Family> = table.columns.iter().map(|(_, f)| *f).collect();
    macro_rules! collect {
        ($rows:expr) => {{
            let mut out = Vec::with_capacity($rows.len());
            for row in &$rows {
                let mut values = Vec::with_capacity(families.len());
                for (i, f) in families.iter().enumerate() {
                    values.push(row.value(i, *f)?);
                }
                out.push(values);
            }
            out
        }};
    }
    Ok(match (conn, db) {
        (Some(super::Conn::Sqlite(tx)), _) => {
            let rows = sqlx::query(AssertSqlSafe(sql)).fetch_all(&mut **tx).await?;
            collect!(rows)
        }
        (Some(super::Conn::Postgres(tx)), _) => {
            let rows = sqlx::query(AssertSqlSafe(sql)).fetch_all(&mut **tx).await?;
            collect!(rows)
        }
        (None, Db::Sqlite(pool)) => {
            let rows = sqlx::query(AssertSqlSafe(sql)).fetch_all(pool).await?;
            collect!(rows)
        }
        (None, Db::Postgres(pool)) => {
            let rows = sqlx::query(AssertSqlSafe(sql)).fetch_all(pool).await?;
            collect!(rows)
        }
    })
}

/// Identifiers from the catalogue, quoted for either engine.
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Count and order-independent checksum of `rows`.
fn digest(rows: &[Vec<Arg>]) -> String {
    let mut lines: Vec<[u8; 32]> = rows
        .iter()
        .map(|r| {
            let mut line = String::new();
            for v in r {
                canonical(v, &mut line);
            }
            Sha256::digest(line.as_bytes()).into()
        })
        .collect();
    lines.sort_unstable();
    let mut all = Sha256::new();
    for l in &lines {
        all.update(l);
    }
    hex(&all.finalize())
}

/// Copies every table of `from` into `to` in one transaction on `to`, replacing what `to` holds
/// (refused when `to` holds users or organisations, unless `force`), then verifies counts and
/// checksums table by table. `progress(done, total)` counts rows.
pub async fn copy(
    from: &Db,
    to: &Db,
    force: bool,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Vec<TableReport>, CopyError> {
    let source = catalogue(from).await?;
    let target = catalogue(to).await?;
    let mut missing: Vec<&String> = source.keys().filter(|t| !target.contains_key(*t)).collect();
    missing.extend(target.keys().filter(|t| !source.contains_key(*t)));
    if !missing.is_empty() {
        return Err(CopyError::Schema(format!(
            "tables only on one side: {}",
            missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        )));
    }
    for (name, t) in &target {
        let theirs: Vec<&String> = source[name].columns.iter().map(|(c, _)| c).collect();
        let ours: Vec<&String> = t.columns.iter().map(|(c, _)| c).collect();
        if theirs != ours {
            return Err(CopyError::Schema(format!(
                "table {name} has columns {theirs:?} in the source, {ours:?} in the target"
            )));
        }
    }
    let order = copy_order(&target)?;

    if !force {
        let mut held = 0;
        for t in ["users", "organizations"] {
            held += count(to, t).await?;
        }
        if held > 0 {
            return Err(CopyError::NotEmpty(held));
        }
    }

    // Read everything from one snapshot of the source.
    let mut snapshot = from.begin_snapshot().await?;
    let mut data: HashMap<String, Vec<Vec<Arg>>> = HashMap::new();
    let mut total = 0u64;
    for name in &order {
        let mut rows = read_rows(from, Some(&mut snapshot), &source[name]).await?;
        if name == "search_outbox" {
            settle_outbox(&source[name], &mut rows);
        }
        total += rows.len() as u64;
        data.insert(name.clone(), rows);
    }
    snapshot.commit().await?;

    let mut tx = super::begin_write(to).await?;
    // Children first, so no foreign key is left dangling while emptying.
    for name in order.iter().rev() {
        let sql = format!("DELETE FROM {}", quote(name));
        exec(&mut tx, sql, Vec::new()).await?;
    }
    let mut done = 0u64;
    progress(0, total);
    for name in &order {
        let table = &target[name];
        let rows = data.get(name).map(Vec::as_slice).unwrap_or_default();
        if name == "search_outbox" {
            // what the triggers wrote while the other tables were filled
            exec(&mut tx, "DELETE FROM search_outbox".to_string(), Vec::new()).await?;
        }
        let ncols = table.columns.len().max(1);
        // both engines take well over 30,000 parameters per statement
        let per_batch = (30_000 / ncols).clamp(1, 500);
        let cols: Vec<String> = table.columns.iter().map(|(c, _)| quote(c)).collect();
        for chunk in rows.chunks(per_batch) {
            let mut sql = format!("INSERT INTO {} ({}) VALUES ", quote(name), cols.join(", "));
            let mut args = Vec::with_capacity(chunk.len() * ncols);
            let mut n = 0;
            for (r, row) in chunk.iter().enumerate() {
                sql.push_str(if r == 0 { "(" } else { ", (" });
                for (c, value) in row.iter().enumerate() {
                    n += 1;
                    if c > 0 {
                        sql.push_str(", ");
                    }
                    sql.push_str(&format!("${n}"));
                    args.push(convert(value.clone(), table.columns[c].1));
                }
                sql.push(')');
            }
            exec(&mut tx, sql, args).await?;
            done += chunk.len() as u64;
            progress(done, total);
        }
    }
    // Identity columns must hand out ids after the copied ones.
    super::sync_id_sequences(&mut tx).await?;

    // Verify inside the transaction: what will be committed is what was read.
    let mut reports = Vec::with_capacity(order.len());
    for name in &order {
        let expected = data.get(name).map(Vec::as_slice).unwrap_or_default();
        let copied = read_rows(to, Some(&mut tx), &target[name]).await?;
        let (want, got) = (digest(expected), digest(&copied));
        if expected.len() != copied.len() {
            return Err(CopyError::Mismatch {
                table: name.clone(),
                what: format!("{} rows in the source, {} copied", expected.len(), copied.len()),
            });
        }
        if want != got {
            return Err(CopyError::Mismatch { table: name.clone(), what: "checksums differ".into() });
        }
        reports.push(TableReport { name: name.clone(), rows: copied.len() as u64, checksum: got });
    }
    tx.commit().await?;
    Ok(reports)
}

/// Rows and checksum of every table of `db`, as `copy` reports them: compares two databases.
pub async fn fingerprint(db: &Db) -> sqlx::Result<BTreeMap<String, (u64, String)>> {
    let tables = catalogue(db).await?;
    let mut out = BTreeMap::new();
    for (name, table) in &tables {
        let rows = read_rows(db, None, table).await?;
        out.insert(name.clone(), (rows.len() as u64, digest(&rows)));
    }
    Ok(out)
}

async fn count(db: &Db, table: &str) -> sqlx::Result<i64> {
    let sql = format!("SELECT count(*) FROM {}", quote(table));
    let n: (i64,) = match db {
        Db::Sqlite(pool) => sqlx::query_as(AssertSqlSafe(sql)).fetch_one(pool).await?,
        Db::Postgres(pool) => sqlx::query_as(AssertSqlSafe(sql)).fetch_one(pool).await?,
    };
    Ok(n.0)
}

async fn exec(tx: &mut super::Tx, sql: String, args: Vec<Arg>) -> sqlx::Result<()> {
    let mut q = super::sql::query(AssertSqlSafe(sql));
    for a in args {
        q = q.bind(a);
    }
    q.execute(&mut *tx).await?;
    Ok(())
}
