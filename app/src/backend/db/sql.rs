//! One SQL text, run on either engine. The builders mirror sqlx's (`query`, `query_as`,
//! `query_scalar`, `.bind`, `.fetch_*`, `.execute`) so statements read as they always did; the
//! arguments are collected engine-neutrally and bound to the driver that runs the statement.
//!
//! This is the only module that calls sqlx's query functions (clippy's `disallowed-methods`
//! keeps it so): every statement reaches the database through here.
#![allow(clippy::disallowed_methods)]

use super::{Conn, Db};
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use sqlx::postgres::{PgArguments, PgRow};
use sqlx::sqlite::{SqliteArguments, SqliteRow};
use sqlx::{Arguments, FromRow, Postgres, SqlSafeStr, SqlStr};
use std::borrow::Cow;
use std::marker::PhantomData;

/// A bound value. NULLs keep their type: PostgreSQL needs it to plan the statement.
#[derive(Clone, Debug)]
pub enum Arg {
    Int(Option<i64>),
    Float(Option<f64>),
    Bool(Option<bool>),
    Text(Option<Cow<'static, str>>),
    Bytes(Option<Vec<u8>>),
    Json(Option<serde_json::Value>),
}

/// A Rust value that can be bound to a statement on either engine.
pub trait Bind {
    fn into_arg(self) -> Arg;
}

macro_rules! bind_as {
    ($variant:ident: $($t:ty => |$v:ident| $e:expr),* $(,)?) => {
        $(
            impl Bind for $t {
                fn into_arg(self) -> Arg {
                    let $v = self;
                    Arg::$variant(Some($e))
                }
            }
            impl Bind for Option<$t> {
                fn into_arg(self) -> Arg {
                    Arg::$variant(self.map(|$v| $e))
                }
            }
        )*
    };
}

bind_as!(Int:
    i64 => |v| v,
    i32 => |v| i64::from(v),
    u32 => |v| i64::from(v),
    i16 => |v| i64::from(v),
    u8 => |v| i64::from(v),
);
bind_as!(Float: f64 => |v| v, f32 => |v| f64::from(v));
bind_as!(Bool: bool => |v| v);
bind_as!(Text:
    String => |v| Cow::Owned(v),
    &String => |v| Cow::Owned(v.clone()),
    &str => |v| Cow::Owned(v.to_owned()),
    Cow<'_, str> => |v| Cow::Owned(v.into_owned()),
);
bind_as!(Bytes: Vec<u8> => |v| v, &[u8] => |v| v.to_vec(), &Vec<u8> => |v| v.clone());
bind_as!(Json: serde_json::Value => |v| v, &serde_json::Value => |v| v.clone());

bind_as!(Int: &i64 => |v| *v, &i32 => |v| i64::from(*v));
bind_as!(Float: &f64 => |v| *v);
bind_as!(Bool: &bool => |v| *v);
bind_as!(Text: &&str => |v| Cow::Owned((*v).to_owned()));

impl<T> Bind for &Option<T>
where
    Option<T>: Bind + Clone,
{
    fn into_arg(self) -> Arg {
        self.clone().into_arg()
    }
}

impl Bind for usize {
    /// Counts and offsets: far below `i64::MAX` wherever the app binds them.
    fn into_arg(self) -> Arg {
        Arg::Int(Some(i64::try_from(self).unwrap_or(i64::MAX)))
    }
}

impl Bind for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}

/// The arguments bound for one driver. Only JSON differs: SQLite keeps it as text.
macro_rules! arguments_for {
    ($name:ident, $args:ty, |$json:ident| $encode_json:expr) => {
        fn $name(args: Vec<Arg>) -> sqlx::Result<$args> {
            let mut out = <$args>::default();
            for arg in args {
                let added = match arg {
                    Arg::Int(v) => out.add(v),
                    Arg::Float(v) => out.add(v),
                    Arg::Bool(v) => out.add(v),
                    Arg::Text(v) => out.add(v.map(Cow::into_owned)),
                    Arg::Bytes(v) => out.add(v),
                    Arg::Json(v) => out.add(v.map(|$json| $encode_json)),
                };
                added.map_err(sqlx::Error::Encode)?;
            }
            Ok(out)
        }
    };
}

arguments_for!(sqlite_args, SqliteArguments, |v| v.to_string());
arguments_for!(pg_args, PgArguments, |v| sqlx::types::Json(v));

/// What a statement runs on: the pool (one statement, autocommit) or a transaction's connection.
pub enum Target<'e> {
    Pool(&'e Db),
    Conn(&'e mut Conn),
}

/// Anything a statement can run on, as sqlx's `Executor`.
pub trait Exec<'e> {
    fn target(self) -> Target<'e>;
}

impl<'e> Exec<'e> for &'e Db {
    fn target(self) -> Target<'e> {
        Target::Pool(self)
    }
}

impl<'e> Exec<'e> for &'e mut Conn {
    fn target(self) -> Target<'e> {
        Target::Conn(self)
    }
}

impl<'e> Exec<'e> for &'e mut super::Tx {
    fn target(self) -> Target<'e> {
        Target::Conn(&mut self.0)
    }
}

/// What a statement that returns no rows reports.
#[derive(Clone, Copy, Debug)]
pub struct Done {
    rows: u64,
}

impl Done {
    pub fn rows_affected(&self) -> u64 {
        self.rows
    }
}

/// A statement and its arguments.
pub struct Statement {
    sql: SqlStr,
    args: Vec<Arg>,
}

impl Statement {
    fn new(sql: impl SqlSafeStr) -> Self {
        Statement { sql: sql.into_sql_str(), args: Vec::new() }
    }

    fn push(&mut self, value: impl Bind) {
        self.args.push(value.into_arg());
    }
}

/// A statement whose result is ignored or counted ([`query`]).
pub struct Query(Statement);

/// A statement whose rows decode into `O` ([`query_as`]).
pub struct QueryAs<O>(Statement, PhantomData<fn() -> O>);

/// A statement whose rows' first column decodes into `O` ([`query_scalar`]).
pub struct QueryScalar<O>(Statement, PhantomData<fn() -> O>);

pub fn query(sql: impl SqlSafeStr) -> Query {
    Query(Statement::new(sql))
}

pub fn query_as<O>(sql: impl SqlSafeStr) -> QueryAs<O> {
    QueryAs(Statement::new(sql), PhantomData)
}

pub fn query_scalar<O>(sql: impl SqlSafeStr) -> QueryScalar<O> {
    QueryScalar(Statement::new(sql), PhantomData)
}

/// A row type that decodes from both engines' rows (tuples and `#[derive(FromRow)]` structs whose
/// fields decode from both).
pub trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin + 'static {}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin + 'static {}

/// Runs `$call` with the statement's SQL, its arguments bound for the engine `$target` is on,
/// and that engine's executor: one body, compiled once per driver.
macro_rules! run {
    ($stmt:expr, $target:expr, |$sql:ident, $args:ident, $exec:ident| $call:expr) => {{
        let Statement { sql: $sql, args } = $stmt;
        match $target {
            Target::Pool(Db::Sqlite(pool)) => {
                let ($args, $exec) = (sqlite_args(args)?, pool);
                $call
            }
            Target::Pool(Db::Postgres(pool)) => {
                super::away::check(pool)?;
                let ($args, $exec) = (pg_args(args)?, pool);
                let result: sqlx::Result<_> = async { $call }.await;
                super::away::after(pool, result)
            }
            Target::Conn(Conn::Sqlite(tx)) => {
                let ($args, $exec) = (sqlite_args(args)?, &mut **tx);
                $call
            }
            Target::Conn(Conn::Postgres(tx)) => {
                let ($args, $exec) = (pg_args(args)?, &mut **tx);
                $call
            }
        }
    }};
}

impl Query {
    pub fn bind(mut self, value: impl Bind) -> Self {
        self.0.push(value);
        self
    }

    /// The first row as (column name, text) pairs, for statements whose columns vary (every
    /// column must be text or NULL on both engines: cast numbers in the SQL).
    pub async fn fetch_optional_texts<'e>(
        self,
        on: impl Exec<'e>,
    ) -> sqlx::Result<Option<Vec<(String, Option<String>)>>> {
        use sqlx::{Column, Row};
        run!(self.0, on.target(), |sql, args, exec| {
            let row = sqlx::query_with(sql, args).fetch_optional(exec).await?;
            match row {
                None => Ok(None),
                Some(row) => {
                    let mut out = Vec::with_capacity(row.columns().len());
                    for col in row.columns() {
                        out.push((col.name().to_string(), row.try_get::<Option<String>, _>(col.ordinal())?));
                    }
                    Ok(Some(out))
                }
            }
        })
    }

    /// The same statement, its rows decoded into `O`.
    pub fn rows<O>(self) -> QueryAs<O> {
        QueryAs(self.0, PhantomData)
    }

    pub async fn execute<'e>(self, on: impl Exec<'e>) -> sqlx::Result<Done> {
        run!(self.0, on.target(), |sql, args, exec| {
            let rows = sqlx::query_with(sql, args).execute(exec).await?.rows_affected();
            Ok(Done { rows })
        })
    }
}

impl<O: Row> QueryAs<O> {
    pub fn bind(mut self, value: impl Bind) -> Self {
        self.0.push(value);
        self
    }

    pub async fn fetch_all<'e>(self, on: impl Exec<'e>) -> sqlx::Result<Vec<O>> {
        run!(self.0, on.target(), |sql, args, exec| sqlx::query_as_with(sql, args).fetch_all(exec).await)
    }

    pub async fn fetch_one<'e>(self, on: impl Exec<'e>) -> sqlx::Result<O> {
        if writes_and_returns(&self.0.sql) {
            return self.fetch_all(on).await?.into_iter().next().ok_or(sqlx::Error::RowNotFound);
        }
        run!(self.0, on.target(), |sql, args, exec| sqlx::query_as_with(sql, args).fetch_one(exec).await)
    }

    pub async fn fetch_optional<'e>(self, on: impl Exec<'e>) -> sqlx::Result<Option<O>> {
        if writes_and_returns(&self.0.sql) {
            return Ok(self.fetch_all(on).await?.into_iter().next());
        }
        run!(self.0, on.target(), |sql, args, exec| sqlx::query_as_with(sql, args).fetch_optional(exec).await)
    }

    /// Rows as they arrive, for reads too large to hold (exports, the index rebuild).
    pub fn fetch<'e>(self, on: impl Exec<'e>) -> BoxStream<'e, sqlx::Result<O>> {
        let Statement { sql, args } = self.0;
        fn failed<'e, O: 'e + Send>(e: sqlx::Error) -> BoxStream<'e, sqlx::Result<O>> {
            futures_util::stream::once(async { Err(e) }).boxed()
        }
        match on.target() {
            Target::Pool(Db::Sqlite(pool)) => match sqlite_args(args) {
                Ok(args) => sqlx::query_as_with(sql, args).fetch(pool).boxed(),
                Err(e) => failed(e),
            },
            Target::Pool(Db::Postgres(pool)) => match super::away::check(pool).and_then(|()| pg_args(args)) {
                Ok(args) => sqlx::query_as_with(sql, args).fetch(pool).boxed(),
                Err(e) => failed(e),
            },
            Target::Conn(Conn::Sqlite(tx)) => match sqlite_args(args) {
                Ok(args) => sqlx::query_as_with(sql, args).fetch(&mut **tx).boxed(),
                Err(e) => failed(e),
            },
            Target::Conn(Conn::Postgres(tx)) => match pg_args(args) {
                Ok(args) => sqlx::query_as_with(sql, args).fetch(&mut **tx).boxed(),
                Err(e) => failed(e),
            },
        }
    }
}

impl<O> QueryScalar<O>
where
    (O,): Row,
    O: Send + Unpin + 'static,
{
    pub fn bind(mut self, value: impl Bind) -> Self {
        self.0.push(value);
        self
    }

    pub async fn fetch_all<'e>(self, on: impl Exec<'e>) -> sqlx::Result<Vec<O>> {
        let rows: Vec<(O,)> = QueryAs(self.0, PhantomData).fetch_all(on).await?;
        Ok(rows.into_iter().map(|(v,)| v).collect())
    }

    pub async fn fetch_one<'e>(self, on: impl Exec<'e>) -> sqlx::Result<O> {
        let (v,): (O,) = QueryAs(self.0, PhantomData).fetch_one(on).await?;
        Ok(v)
    }

    pub async fn fetch_optional<'e>(self, on: impl Exec<'e>) -> sqlx::Result<Option<O>> {
        let row: Option<(O,)> = QueryAs(self.0, PhantomData).fetch_optional(on).await?;
        Ok(row.map(|(v,)| v))
    }
}

/// Whether a statement writes and returns rows (`INSERT … RETURNING`). SQLite commits such a
/// statement outside a transaction only when it is stepped to its end, and `fetch_one` and
/// `fetch_optional` stop at the first row: a commit that then fails (disk full) would go unseen,
/// and the caller be given the id of a row that is not there. These are read to the end.
pub(super) fn writes_and_returns(sql: &SqlStr) -> bool {
    sql.as_str().as_bytes().windows(9).any(|w| w.eq_ignore_ascii_case(b"RETURNING"))
}

/// Which side of the write lock a PostgreSQL write transaction takes (see `db::begin_write`).
pub(super) enum WriteLock {
    /// Alone: no other write transaction runs meanwhile, as under SQLite's `BEGIN IMMEDIATE`.
    Whole,
    /// Beside other row-locking writers, never beside a whole-database one.
    Rows,
}

/// PostgreSQL: the transaction-wide advisory lock that orders write transactions as SQLite's
/// `BEGIN IMMEDIATE` does; row-locking writers share it. The key is an arbitrary constant ("kn").
pub(super) async fn lock_writes(tx: &mut sqlx::Transaction<'static, Postgres>, side: WriteLock) -> sqlx::Result<()> {
    let statement = match side {
        WriteLock::Whole => "SELECT pg_advisory_xact_lock(28270)",
        WriteLock::Rows => "SELECT pg_advisory_xact_lock_shared(28270)",
    };
    sqlx::query(statement).execute(&mut **tx).await?;
    Ok(())
}
