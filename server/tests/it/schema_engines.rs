//! The two schemas cannot drift: migrations/postgres must build what migrations/sqlite builds.
//!
//! Both folders are migrated into fresh databases (a temporary SQLite file and a new database on
//! the cluster `KETNOI_TEST_PG_URL` names; `bash scripts/pg.sh start` gives one) and read back
//! from their catalogues: the migration versions, the tables, each table's columns in order with
//! nullability, a type family, whether a default exists and whether the id is generated; primary
//! keys, foreign keys (columns, target, ON DELETE), UNIQUE constraints, the number of CHECKs;
//! indexes by name; triggers by name, table, timing and event; and every row the migrations put
//! in (sectors, locations, KPI indicators…), value by value. Without the variable the test prints
//! why it skipped and passes.
//!
//! The translations the PostgreSQL files make on purpose (see migrations/postgres/0001) are the
//! only differences allowed: INTEGER → BIGINT, INTEGER 0/1 with `CHECK (x IN (0, 1))` → BOOLEAN
//! (that CHECK goes), REAL → DOUBLE PRECISION, BLOB → BYTEA, the JSON text columns below → JSONB,
//! and a table's own `INTEGER PRIMARY KEY` id → an identity column.
// This test reads each engine's own catalogue (pragma_table_info, information_schema), which
// the engine-neutral facade has no words for.
#![allow(clippy::disallowed_methods)]

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{AssertSqlSafe, PgPool, Row, SqlitePool};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

/// Text columns whose content is JSON: JSONB on PostgreSQL, TEXT on SQLite.
const JSON_COLUMNS: &[(&str, &str)] = &[
    ("audit_log", "before_json"),
    ("audit_log", "after_json"),
    ("import_uploads", "report_json"),
    ("notifications", "payload"),
    ("sessions", "data"),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Integer,
    Bool,
    Float,
    Text,
    Blob,
    Json,
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Family::Integer => "integer",
            Family::Bool => "bool",
            Family::Float => "float",
            Family::Text => "text",
            Family::Blob => "blob",
            Family::Json => "json",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Column {
    name: String,
    /// The type family, or the engine's own type name when it is none the app may use
    /// (e.g. PostgreSQL's `integer`, which sqlx will not decode into an i64).
    family: Result<Family, String>,
    nullable: bool,
    has_default: bool,
    /// Filled in by the database when omitted: SQLite's rowid alias, PostgreSQL's identity.
    generated: bool,
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.family {
            Ok(family) => write!(f, "{family}")?,
            Err(other) => write!(f, "unsupported type {other}")?,
        }
        f.write_str(if self.nullable { " NULL" } else { " NOT NULL" })?;
        if self.has_default {
            f.write_str(" DEFAULT …")?;
        }
        if self.generated {
            f.write_str(" generated id")?;
        }
        Ok(())
    }
}

#[derive(Debug, Default)]
struct Table {
    columns: Vec<Column>,
    primary_key: Vec<String>,
    /// `(a, b) -> table (x, y) ON DELETE CASCADE`
    foreign_keys: BTreeSet<String>,
    /// `(a, b)`
    uniques: BTreeSet<String>,
    /// CHECK constraints, without SQLite's `x IN (0, 1)` on columns PostgreSQL makes BOOLEAN.
    checks: usize,
    /// Rows the migrations wrote, primary key → every value, canonical text.
    rows: BTreeMap<String, Vec<Option<String>>>,
}

#[derive(Debug, Default)]
struct Schema {
    migrations: Vec<String>,
    tables: BTreeMap<String, Table>,
    /// name → `table (a, b) unique partial`
    indexes: BTreeMap<String, String>,
    /// `name: AFTER UPDATE ON table WHEN`
    triggers: BTreeSet<String>,
}

fn columns_list(cols: &[String]) -> String {
    format!("({})", cols.join(", "))
}

fn is_json(table: &str, column: &str) -> bool {
    JSON_COLUMNS.contains(&(table, column))
}

/// Lower case, one space for any run of white space, `--` comments removed.
fn normalise_sql(sql: &str) -> String {
    let without_comments: String =
        sql.lines().map(|line| line.split("--").next().unwrap_or_default()).collect::<Vec<_>>().join(" ");
    without_comments.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A value read as text, made comparable across engines by the column's family.
fn canonical(family: &Result<Family, String>, value: Option<String>) -> Option<String> {
    let value = value?;
    Some(match family {
        Ok(Family::Bool) => match value.as_str() {
            "1" | "true" => "true".into(),
            "0" | "false" => "false".into(),
            other => format!("not a boolean: {other}"),
        },
        Ok(Family::Float) => match value.parse::<f64>() {
            Ok(x) => format!("{x}"),
            Err(_) => format!("not a number: {value}"),
        },
        Ok(Family::Json) => match serde_json::from_str::<serde_json::Value>(&value) {
            Ok(v) => v.to_string(),
            Err(_) => format!("not JSON: {value}"),
        },
        _ => value,
    })
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

// --- SQLite ----------------------------------------------------------------------------------

/// One foreign key of pragma_foreign_key_list, its rows gathered.
#[derive(Default)]
struct SqliteForeignKey {
    target: String,
    from: Vec<String>,
    /// None: the target's primary key.
    to: Vec<Option<String>>,
    on_delete: String,
}

fn sqlite_family(table: &str, column: &str, declared: &str, table_sql: &str) -> Result<Family, String> {
    let declared = declared.to_uppercase();
    if declared.contains("INT") {
        if table_sql.contains(&format!("check ({} in (0, 1))", column.to_lowercase())) {
            Ok(Family::Bool)
        } else {
            Ok(Family::Integer)
        }
    } else if declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT") {
        Ok(if is_json(table, column) { Family::Json } else { Family::Text })
    } else if declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB") {
        Ok(Family::Float)
    } else if declared.contains("BLOB") {
        Ok(Family::Blob)
    } else {
        Err(declared)
    }
}

async fn sqlite_index_columns(pool: &SqlitePool, index: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT name FROM pragma_index_info($1) ORDER BY seqno")
        .bind(index)
        .fetch_all(pool)
        .await
        .expect("sqlite index columns")
}

async fn sqlite_schema(pool: &SqlitePool) -> Schema {
    let mut schema = Schema::default();
    let tables: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_sqlx%' ESCAPE '\\'",
    )
    .fetch_all(pool)
    .await
    .expect("sqlite tables");
    for (name, sql) in tables {
        let sql = normalise_sql(&sql);
        let mut table = Table::default();

        let fks: Vec<(i64, String, String, Option<String>, String)> = sqlx::query_as(
            r#"SELECT id, "table", "from", "to", on_delete FROM pragma_foreign_key_list($1) ORDER BY id, seq"#,
        )
        .bind(&name)
        .fetch_all(pool)
        .await
        .expect("sqlite foreign keys");
        let fk_columns: BTreeSet<&str> = fks.iter().map(|fk| fk.2.as_str()).collect();
        let mut grouped: BTreeMap<i64, SqliteForeignKey> = BTreeMap::new();
        for (id, target, from, to, on_delete) in &fks {
            let entry = grouped.entry(*id).or_insert_with(|| SqliteForeignKey {
                target: target.clone(),
                on_delete: on_delete.clone(),
                ..Default::default()
            });
            entry.from.push(from.clone());
            entry.to.push(to.clone());
        }

        let cols: Vec<(String, String, i64, bool, i64)> = sqlx::query_as(
            r#"SELECT name, type, "notnull", dflt_value IS NOT NULL, pk FROM pragma_table_info($1) ORDER BY cid"#,
        )
        .bind(&name)
        .fetch_all(pool)
        .await
        .expect("sqlite columns");
        let pk_count = cols.iter().filter(|c| c.4 > 0).count();
        let mut pk: Vec<(i64, String)> = vec![];
        let mut bools = 0;
        for (col, declared, not_null, has_default, pk_pos) in &cols {
            let family = sqlite_family(&name, col, declared, &sql);
            if family == Ok(Family::Bool) {
                bools += 1;
            }
            if *pk_pos > 0 {
                pk.push((*pk_pos, col.clone()));
            }
            // A single-column INTEGER PRIMARY KEY is the rowid: filled in when omitted. When it
            // is another table's id (a profile's org_id) it is never omitted, so not an id.
            let rowid = *pk_pos > 0
                && pk_count == 1
                && declared.eq_ignore_ascii_case("INTEGER")
                && !fk_columns.contains(col.as_str());
            table.columns.push(Column {
                name: col.clone(),
                family,
                // PostgreSQL's primary keys are NOT NULL; SQLite's rowid is too.
                nullable: *not_null == 0 && *pk_pos == 0,
                has_default: *has_default,
                generated: rowid,
            });
        }
        pk.sort();
        table.primary_key = pk.into_iter().map(|(_, c)| c).collect();

        for SqliteForeignKey { target, from, to, on_delete } in grouped.into_values() {
            // `REFERENCES t` without columns means t's primary key.
            let to: Vec<String> = if to.iter().all(Option::is_some) {
                to.into_iter().flatten().collect()
            } else {
                sqlx::query_scalar("SELECT name FROM pragma_table_info($1) WHERE pk > 0 ORDER BY pk")
                    .bind(&target)
                    .fetch_all(pool)
                    .await
                    .expect("sqlite referenced key")
            };
            table.foreign_keys.insert(format!(
                "{} -> {target} {} ON DELETE {}",
                columns_list(&from),
                columns_list(&to),
                on_delete.to_uppercase()
            ));
        }

        let unique_indexes: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_index_list($1) WHERE origin = 'u'")
                .bind(&name)
                .fetch_all(pool)
                .await
                .expect("sqlite unique constraints");
        for index in unique_indexes {
            table.uniques.insert(columns_list(&sqlite_index_columns(pool, &index).await));
        }

        let checks = sql.matches("check (").count() + sql.matches("check(").count();
        table.checks = checks.saturating_sub(bools);

        let select: Vec<String> = table
            .columns
            .iter()
            .map(|c| match c.family {
                Ok(Family::Blob) => format!("CAST(length({}) AS TEXT)", quote(&c.name)),
                _ => format!("CAST({} AS TEXT)", quote(&c.name)),
            })
            .collect();
        let rows = sqlx::query(AssertSqlSafe(format!("SELECT {} FROM {}", select.join(", "), quote(&name))))
            .fetch_all(pool)
            .await
            .expect("sqlite rows");
        table.rows = key_rows(&table, rows.iter().map(|r| (0..r.len()).map(|i| r.get(i)).collect()));

        schema.tables.insert(name, table);
    }

    let indexes: Vec<(String, String)> =
        sqlx::query_as("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            .fetch_all(pool)
            .await
            .expect("sqlite indexes");
    for (index, table) in indexes {
        let (unique, partial): (bool, bool) =
            sqlx::query_as(r#"SELECT "unique", partial FROM pragma_index_list($1) WHERE name = $2"#)
                .bind(&table)
                .bind(&index)
                .fetch_one(pool)
                .await
                .expect("sqlite index flags");
        let cols = sqlite_index_columns(pool, &index).await;
        schema.indexes.insert(index, index_text(&table, &cols, unique, partial));
    }

    let triggers: Vec<(String, String, String)> =
        sqlx::query_as("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
            .fetch_all(pool)
            .await
            .expect("sqlite triggers");
    for (name, table, sql) in triggers {
        let sql = normalise_sql(&sql);
        let head = sql.split(" begin").next().unwrap_or_default();
        let before_on = head.split(" on ").next().unwrap_or_default();
        let words: Vec<&str> = before_on.split(' ').collect();
        let event = words.iter().find(|w| matches!(**w, "insert" | "update" | "delete")).copied().unwrap_or("?");
        let timing = if words.contains(&"before") {
            "before"
        } else if words.contains(&"instead") {
            "instead of"
        } else {
            "after"
        };
        let when = head.contains(" when ");
        schema.triggers.insert(trigger_text(&name, timing, event, &table, when));
    }
    schema
}

// --- PostgreSQL ------------------------------------------------------------------------------

/// pg_constraint: kind (p, u, c, f), columns, referenced table and columns, ON DELETE code.
type PgConstraint = (String, Vec<String>, String, Vec<String>, String);

fn pg_family(data_type: &str) -> Result<Family, String> {
    match data_type {
        "bigint" => Ok(Family::Integer),
        "boolean" => Ok(Family::Bool),
        "double precision" => Ok(Family::Float),
        "text" => Ok(Family::Text),
        "bytea" => Ok(Family::Blob),
        "jsonb" => Ok(Family::Json),
        other => Err(other.to_string()),
    }
}

async fn pg_schema(pool: &PgPool) -> Schema {
    let mut schema = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(pool)
    .await
    .expect("pg tables");
    for name in tables {
        let mut table = Table::default();
        let cols: Vec<(String, String, bool, bool, bool)> = sqlx::query_as(
            "SELECT column_name::text, data_type::text, is_nullable = 'YES', column_default IS NOT NULL,
                    is_identity = 'YES'
               FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
        )
        .bind(&name)
        .fetch_all(pool)
        .await
        .expect("pg columns");
        for (col, data_type, nullable, has_default, identity) in cols {
            table.columns.push(Column {
                family: pg_family(&data_type),
                name: col,
                nullable,
                has_default,
                generated: identity,
            });
        }

        let constraints: Vec<PgConstraint> = sqlx::query_as(
            "SELECT c.contype::text,
                    ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k (n, o)
                            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o),
                    CASE WHEN c.contype = 'f' THEN c.confrelid::regclass::text ELSE '' END,
                    ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k (n, o)
                            JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o),
                    c.confdeltype::text
               FROM pg_constraint c
              WHERE c.conrelid = (quote_ident($1))::regclass",
        )
        .bind(&name)
        .fetch_all(pool)
        .await
        .expect("pg constraints");
        for (kind, cols, target, target_cols, on_delete) in constraints {
            match kind.as_str() {
                "p" => table.primary_key = cols,
                "u" => {
                    table.uniques.insert(columns_list(&cols));
                }
                "c" => table.checks += 1,
                "f" => {
                    let on_delete = match on_delete.as_str() {
                        "a" => "NO ACTION",
                        "r" => "RESTRICT",
                        "c" => "CASCADE",
                        "n" => "SET NULL",
                        "d" => "SET DEFAULT",
                        _ => "?",
                    };
                    table.foreign_keys.insert(format!(
                        "{} -> {target} {} ON DELETE {on_delete}",
                        columns_list(&cols),
                        columns_list(&target_cols)
                    ));
                }
                _ => {}
            }
        }

        let select: Vec<String> = table
            .columns
            .iter()
            .map(|c| match c.family {
                Ok(Family::Blob) => format!("octet_length({})::text", quote(&c.name)),
                _ => format!("{}::text", quote(&c.name)),
            })
            .collect();
        let rows = sqlx::query(AssertSqlSafe(format!("SELECT {} FROM {}", select.join(", "), quote(&name))))
            .fetch_all(pool)
            .await
            .expect("pg rows");
        table.rows = key_rows(&table, rows.iter().map(|r| (0..r.len()).map(|i| r.get(i)).collect()));

        schema.tables.insert(name, table);
    }

    let indexes: Vec<(String, String, bool, bool, Vec<String>)> = sqlx::query_as(
        "SELECT i.relname::text, t.relname::text, x.indisunique, x.indpred IS NOT NULL,
                ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k (n, o)
                        JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n ORDER BY k.o)
           FROM pg_index x
           JOIN pg_class i ON i.oid = x.indexrelid
           JOIN pg_class t ON t.oid = x.indrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace
          WHERE n.nspname = 'public' AND t.relname NOT LIKE '\\_sqlx%'
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                             WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid
                               AND c.contype IN ('p', 'u', 'x'))",
    )
    .fetch_all(pool)
    .await
    .expect("pg indexes");
    for (index, table, unique, partial, cols) in indexes {
        schema.indexes.insert(index, index_text(&table, &cols, unique, partial));
    }

    let triggers: Vec<(String, String, String, String, bool)> = sqlx::query_as(
        "SELECT trigger_name::text, action_timing::text, event_manipulation::text, event_object_table::text,
                action_condition IS NOT NULL
           FROM information_schema.triggers WHERE trigger_schema = 'public'",
    )
    .fetch_all(pool)
    .await
    .expect("pg triggers");
    for (name, timing, event, table, when) in triggers {
        schema.triggers.insert(trigger_text(&name, &timing.to_lowercase(), &event.to_lowercase(), &table, when));
    }
    schema
}

// --- comparing -------------------------------------------------------------------------------

fn index_text(table: &str, cols: &[String], unique: bool, partial: bool) -> String {
    format!(
        "on {table} {}{}{}",
        columns_list(cols),
        if unique { " unique" } else { "" },
        if partial { " partial (WHERE …)" } else { "" }
    )
}

fn trigger_text(name: &str, timing: &str, event: &str, table: &str, when: bool) -> String {
    format!(
        "{name}: {} {} ON {table}{}",
        timing.to_uppercase(),
        event.to_uppercase(),
        if when { " WHEN …" } else { "" }
    )
}

/// Rows keyed by their primary key's values (all values when there is none).
fn key_rows(table: &Table, rows: impl Iterator<Item = Vec<Option<String>>>) -> BTreeMap<String, Vec<Option<String>>> {
    let mut out = BTreeMap::new();
    for raw in rows {
        let values: Vec<Option<String>> =
            raw.into_iter().zip(&table.columns).map(|(v, c)| canonical(&c.family, v)).collect();
        let key_parts: Vec<String> = table
            .columns
            .iter()
            .zip(&values)
            .filter(|(c, _)| table.primary_key.is_empty() || table.primary_key.contains(&c.name))
            .map(|(_, v)| v.clone().unwrap_or_else(|| "NULL".into()))
            .collect();
        out.insert(key_parts.join(", "), values);
    }
    out
}

fn set_differences(what: &str, table: &str, sqlite: &BTreeSet<String>, pg: &BTreeSet<String>, out: &mut Vec<String>) {
    for only in sqlite.difference(pg) {
        out.push(format!("table {table}: {what} {only} only in SQLite"));
    }
    for only in pg.difference(sqlite) {
        out.push(format!("table {table}: {what} {only} only in PostgreSQL"));
    }
}

fn compare(sqlite: &Schema, pg: &Schema) -> Vec<String> {
    let mut out = vec![];
    if sqlite.migrations != pg.migrations {
        out.push(format!("migrations differ: SQLite {:?}, PostgreSQL {:?}", sqlite.migrations, pg.migrations));
    }
    for name in sqlite.tables.keys().filter(|t| !pg.tables.contains_key(*t)) {
        out.push(format!("table {name} only in SQLite"));
    }
    for name in pg.tables.keys().filter(|t| !sqlite.tables.contains_key(*t)) {
        out.push(format!("table {name} only in PostgreSQL"));
    }
    for (name, s) in &sqlite.tables {
        let Some(p) = pg.tables.get(name) else { continue };
        let s_names: Vec<&str> = s.columns.iter().map(|c| c.name.as_str()).collect();
        let p_names: Vec<&str> = p.columns.iter().map(|c| c.name.as_str()).collect();
        if s_names != p_names {
            out.push(format!("table {name}: columns differ\n    SQLite:     {s_names:?}\n    PostgreSQL: {p_names:?}"));
        }
        for sc in &s.columns {
            match p.columns.iter().find(|pc| pc.name == sc.name) {
                Some(pc) if pc != sc => {
                    out.push(format!("table {name}, column {}: SQLite {sc}, PostgreSQL {pc}", sc.name));
                }
                _ => {}
            }
        }
        if s.primary_key != p.primary_key {
            out.push(format!(
                "table {name}: primary key {} in SQLite, {} in PostgreSQL",
                columns_list(&s.primary_key),
                columns_list(&p.primary_key)
            ));
        }
        set_differences("foreign key", name, &s.foreign_keys, &p.foreign_keys, &mut out);
        set_differences("UNIQUE", name, &s.uniques, &p.uniques, &mut out);
        if s.checks != p.checks {
            out.push(format!(
                "table {name}: {} CHECK constraints in SQLite (besides 0/1 flags), {} in PostgreSQL",
                s.checks, p.checks
            ));
        }
        if s.rows.len() != p.rows.len() {
            out.push(format!(
                "table {name}: {} rows after migrating SQLite, {} PostgreSQL",
                s.rows.len(),
                p.rows.len()
            ));
        }
        for (key, s_row) in &s.rows {
            match p.rows.get(key) {
                None => out.push(format!("table {name}: row ({key}) only in SQLite")),
                Some(p_row) => {
                    for ((col, sv), pv) in s.columns.iter().zip(s_row).zip(p_row) {
                        if sv != pv {
                            out.push(format!(
                                "table {name}, row ({key}), column {}: SQLite {sv:?}, PostgreSQL {pv:?}",
                                col.name
                            ));
                        }
                    }
                }
            }
        }
        for key in p.rows.keys().filter(|k| !s.rows.contains_key(*k)) {
            out.push(format!("table {name}: row ({key}) only in PostgreSQL"));
        }
    }
    for (index, s) in &sqlite.indexes {
        match pg.indexes.get(index) {
            None => out.push(format!("index {index} ({s}) only in SQLite")),
            Some(p) if p != s => out.push(format!("index {index}: SQLite {s}, PostgreSQL {p}")),
            Some(_) => {}
        }
    }
    for (index, p) in pg.indexes.iter().filter(|(i, _)| !sqlite.indexes.contains_key(*i)) {
        out.push(format!("index {index} ({p}) only in PostgreSQL"));
    }
    for t in sqlite.triggers.difference(&pg.triggers) {
        out.push(format!("trigger {t} only in SQLite"));
    }
    for t in pg.triggers.difference(&sqlite.triggers) {
        out.push(format!("trigger {t} only in PostgreSQL"));
    }
    out
}

fn migration_list(migrator: &sqlx::migrate::Migrator) -> Vec<String> {
    migrator.iter().map(|m| format!("{} {}", m.version, m.description)).collect()
}

#[tokio::test]
async fn postgres_migrations_build_the_same_schema_as_sqlite() {
    let Ok(url) = std::env::var("KETNOI_TEST_PG_URL") else {
        println!("schema_engines: skipped, KETNOI_TEST_PG_URL is unset (eval \"$(bash scripts/pg.sh start)\" sets it)");
        return;
    };

    let sqlite_migrator = sqlx::migrate!("../migrations/sqlite");
    let pg_migrator = sqlx::migrate!("../migrations/postgres");

    let dir = tempfile::tempdir().expect("temp dir");
    let sqlite = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            SqliteConnectOptions::new()
                .filename(dir.path().join("schema.db"))
                .create_if_missing(true)
                .foreign_keys(true),
        )
        .await
        .expect("open SQLite");
    sqlite_migrator.run(&sqlite).await.expect("migrate SQLite");
    let mut sqlite_side = sqlite_schema(&sqlite).await;
    sqlite_side.migrations = migration_list(&sqlite_migrator);
    sqlite.close().await;

    let admin_options = PgConnectOptions::from_str(&url).expect("KETNOI_TEST_PG_URL is a PostgreSQL URL");
    let admin = PgPoolOptions::new().max_connections(1).connect_with(admin_options.clone()).await.expect("connect");
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock after 1970").as_nanos();
    let database = format!("ketnoi_schema_{}_{nanos}", std::process::id());
    sqlx::query(AssertSqlSafe(format!("CREATE DATABASE {database}"))).execute(&admin).await.expect("create database");

    let pg = PgPoolOptions::new()
        .max_connections(2)
        .connect_with(admin_options.database(&database))
        .await
        .expect("connect to the test database");
    let migrated = pg_migrator.run(&pg).await;
    let pg_side = match migrated {
        Ok(()) => {
            let mut side = pg_schema(&pg).await;
            side.migrations = migration_list(&pg_migrator);
            Some(side)
        }
        Err(e) => {
            println!("migrations/postgres failed: {e}");
            None
        }
    };
    pg.close().await;
    sqlx::query(AssertSqlSafe(format!("DROP DATABASE {database} WITH (FORCE)")))
        .execute(&admin)
        .await
        .expect("drop database");
    admin.close().await;

    let pg_side = pg_side.expect("migrations/postgres apply to a fresh database");
    assert!(!sqlite_side.tables.is_empty(), "SQLite's schema was read");
    let differences = compare(&sqlite_side, &pg_side);
    assert!(
        differences.is_empty(),
        "migrations/postgres and migrations/sqlite differ ({} points):\n  {}",
        differences.len(),
        differences.join("\n  ")
    );
    println!(
        "schema_engines: {} tables, {} indexes, {} triggers and {} reference rows agree",
        sqlite_side.tables.len(),
        sqlite_side.indexes.len(),
        sqlite_side.triggers.len(),
        sqlite_side.tables.values().map(|t| t.rows.len()).sum::<usize>()
    );
}
