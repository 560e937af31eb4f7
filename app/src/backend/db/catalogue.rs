//! What a database holds, read from its own catalogue: its tables, their columns by family
//! (integer, bool, float, text, bytes, JSON, whatever each engine calls them) and the tables
//! their foreign keys point at. `migrate-data` copies and compares by it.
#![allow(clippy::disallowed_methods)]

use super::Db;
use std::collections::{BTreeMap, BTreeSet};

/// A column's family: what the value is, whatever each engine calls it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Int,
    Bool,
    Float,
    Text,
    Bytes,
    Json,
}

#[derive(Clone, Debug)]
pub struct Table {
    pub name: String,
    pub columns: Vec<(String, Family)>,
    /// Tables this one's foreign keys point at (itself excluded).
    pub parents: BTreeSet<String>,
}

/// Tables that are the engine's own business, never copied.
pub(super) fn is_internal(name: &str) -> bool {
    name.starts_with("sqlite_") || name.starts_with("_sqlx") || name.starts_with("pg_")
}

/// The tables of `db` with their columns and foreign-key parents.
pub async fn catalogue(db: &Db) -> sqlx::Result<BTreeMap<String, Table>> {
    let mut out = BTreeMap::new();
    match db {
        Db::Sqlite(pool) => {
            let names: Vec<(String,)> =
                sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    .fetch_all(pool)
                    .await?;
            for (name,) in names.into_iter().filter(|(n,)| !is_internal(n)) {
                let cols: Vec<(String, String, i64)> =
                    sqlx::query_as("SELECT name, upper(type), cid FROM pragma_table_info($1) ORDER BY cid")
                        .bind(&name)
                        .fetch_all(pool)
                        .await?;
                let schema: (String,) =
                    sqlx::query_as("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $1")
                        .bind(&name)
                        .fetch_one(pool)
                        .await?;
                let columns = cols
                    .into_iter()
                    .map(|(col, ty, _)| {
                        let family = sqlite_family(&ty, &col, &schema.0);
                        (col, family)
                    })
                    .collect();
                let parents: Vec<(String,)> =
                    sqlx::query_as("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list($1)")
                        .bind(&name)
                        .fetch_all(pool)
                        .await?;
                let parents = parents.into_iter().map(|(p,)| p).filter(|p| *p != name).collect();
                out.insert(name.clone(), Table { name, columns, parents });
            }
        }
        Db::Postgres(pool) => {
            let cols: Vec<(String, String, String)> = sqlx::query_as(
                "SELECT c.table_name::text, c.column_name::text, c.data_type::text
                 FROM information_schema.columns c
                 JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                 WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                 ORDER BY c.table_name, c.ordinal_position",
            )
            .fetch_all(pool)
            .await?;
            for (table, col, ty) in cols.into_iter().filter(|(t, _, _)| !is_internal(t)) {
                let entry = out.entry(table.clone()).or_insert_with(|| Table {
                    name: table.clone(),
                    columns: Vec::new(),
                    parents: BTreeSet::new(),
                });
                entry.columns.push((col, pg_family(&ty)));
            }
            let fks: Vec<(String, String)> = sqlx::query_as(
                "SELECT DISTINCT cl.relname::text, ref.relname::text
                 FROM pg_constraint con
                 JOIN pg_class cl ON cl.oid = con.conrelid
                 JOIN pg_class ref ON ref.oid = con.confrelid
                 JOIN pg_namespace n ON n.oid = cl.relnamespace
                 WHERE con.contype = 'f' AND n.nspname = current_schema()",
            )
            .fetch_all(pool)
            .await?;
            for (child, parent) in fks {
                if child != parent
                    && let Some(t) = out.get_mut(&child)
                {
                    t.parents.insert(parent);
                }
            }
        }
    }
    Ok(out)
}

/// SQLite declares booleans as INTEGER with a `CHECK (x IN (0, 1))`; the rest follows the
/// declared type's affinity.
fn sqlite_family(ty: &str, col: &str, table_sql: &str) -> Family {
    if ty.contains("INT") {
        let check = format!("{col} IN (0, 1)");
        if table_sql.contains(&check) { Family::Bool } else { Family::Int }
    } else if ty.contains("REAL") || ty.contains("FLOA") || ty.contains("DOUB") {
        Family::Float
    } else if ty.contains("BLOB") {
        Family::Bytes
    } else if ty.contains("JSON") {
        Family::Json
    } else {
        Family::Text
    }
}

fn pg_family(ty: &str) -> Family {
    match ty {
        "bigint" | "integer" | "smallint" => Family::Int,
        "boolean" => Family::Bool,
        "double precision" | "real" | "numeric" => Family::Float,
        "bytea" => Family::Bytes,
        "jsonb" | "json" => Family::Json,
        _ => Family::Text,
    }
}
