//! `ketnoi`: the Kết Nối server and its operations commands.
#![forbid(unsafe_code)]
#![recursion_limit = "256"]

use clap::{Parser, Subcommand};
use server::{backup, config, router, seed};
use std::path::PathBuf;

mod admin;
#[allow(clippy::disallowed_methods)] // the benchmarks pick their inputs and count results directly
mod bench;
mod migrate_data;
#[allow(clippy::disallowed_methods)] // the soak picks its writers and checks every write directly
mod soak;
mod transfer;

/// mimalloc instead of glibc's malloc: rendering a page allocates many small strings from
/// several threads, where glibc spent a fifth of the CPU (profile in the README).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "ketnoi", version, about = "Kết Nối — the innovation-ecosystem platform")]
struct Cli {
    /// Config file (TOML); `ketnoi.toml` in the working directory is read when present.
    #[arg(long, global = true, env = "KETNOI_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the web app.
    Serve,
    /// Bring the database schema up to date.
    Migrate,
    /// Replace the sample data with a deterministic demo data set.
    SeedDemo {
        /// Multiply the demo sizes (for benchmarks).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        scale: u32,
        /// Random seed: the same seed gives the same data.
        #[arg(long, default_value_t = 2030)]
        seed: u64,
        /// Do nothing when the database already holds organisations.
        #[arg(long)]
        if_empty: bool,
    },
    /// Manage accounts from the shell.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Copy the whole database to another one (SQLite ⇄ PostgreSQL) in one transaction on the
    /// target, then verify every table's row count and checksum.
    MigrateData {
        /// Source database URL (`sqlite://…` or `postgres://…`).
        #[arg(long)]
        from: String,
        /// Target database URL; migrated first. Refused if it holds data, unless --force.
        #[arg(long)]
        to: String,
        /// Replace whatever the target holds.
        #[arg(long)]
        force: bool,
    },
    /// Back the database up into one checksummed SQLite file, whichever the engine, while the
    /// server keeps serving; prints the file's path.
    Backup {
        /// The folder (default: `[backup] dir`, `data/backups`).
        #[arg(long)]
        to: Option<PathBuf>,
        /// Then delete the oldest backups in the folder beyond the newest N.
        #[arg(long)]
        keep: Option<usize>,
    },
    /// Restore a backup into the configured database (either engine), verify it and rebuild
    /// the search index. Refused when the database holds data, unless --force; stop the
    /// server first.
    Restore {
        /// The backup file (`NAME.sha256` beside it).
        file: PathBuf,
        /// Replace whatever the database holds.
        #[arg(long)]
        force: bool,
    },
    /// Rebuild the search index from the database into a new directory and swap it in
    /// (a running server switches to it).
    Reindex {
        /// Rebuild nothing: compare the index with the database (every public document once,
        /// nothing else, the outbox applied) and exit non-zero when they differ.
        #[arg(long)]
        check: bool,
    },
    /// Check a CSV/XLSX file and import every row in one transaction, or none: prints each
    /// failing row's problems and exits non-zero when any row fails.
    Import {
        /// What the file holds: `orgs`, `offers` or `research`.
        entity: String,
        file: PathBuf,
        /// Only check; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// `csv` or `xlsx`; default from the file's extension.
        #[arg(long)]
        format: Option<String>,
        /// Leave out rows that duplicate existing records instead of failing.
        #[arg(long)]
        skip_duplicates: bool,
    },
    /// Write a public list as CSV or XLSX, as `/export/{list}.{format}` serves it.
    Export {
        /// incubators, startups, investors, institutes, enterprises, agencies, offers,
        /// challenges, research, programmes, events or kpi.
        list: String,
        #[arg(long, default_value = "csv")]
        format: String,
        #[arg(long, default_value = "vi")]
        lang: String,
        /// The page's query string, e.g. `sector=energy&sort=newest`.
        #[arg(long, default_value = "")]
        query: String,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Compare tantivy with SQLite FTS5 on the configured database and index: build times,
    /// query latencies. See `server/src/bench.rs`.
    #[command(hide = true)]
    BenchSearch {
        /// Queries, one a line (`#` comments); default: the built-in `server/benches/search_queries.txt`.
        #[arg(long)]
        queries: Option<PathBuf>,
        /// Timed passes over the query set per engine, after one warm-up pass.
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        passes: u32,
        /// Hits per query (the API's `per_page`).
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=100))]
        per_page: u32,
        /// The FTS5 database file (replaced); default `<database>.fts5.db`.
        #[arg(long)]
        fts5_db: Option<PathBuf>,
        /// Where to rebuild the tantivy index; default the configured index directory.
        #[arg(long)]
        index_dir: Option<PathBuf>,
        /// Also write the figures as JSON to this file (`-`: stdout).
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// Latency of the suggestion query on the configured database and index. See
    /// `server/src/bench/matching.rs`.
    #[command(hide = true)]
    BenchMatch {
        /// Subjects timed: a third organisations, a third offers, a third challenges.
        #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u32).range(3..=100_000))]
        subjects: u32,
        /// Timed passes over the subjects, after one warm-up pass.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        passes: u32,
        /// Print each subject's ranking (best twelve, worst four) instead of timing.
        #[arg(long)]
        dump: bool,
        /// Score the judged pairs (`server/src/bench/judged/`) instead of timing: precision@5,
        /// nDCG@10 and how often each fit label is right.
        #[arg(long, conflicts_with = "dump")]
        judged: bool,
    },
    /// Many clients at once against one address of a running server: answers by status,
    /// latency of the 200s, client timeouts. See `server/src/bench/load.rs`.
    #[command(hide = true)]
    BenchLoad {
        /// The address, `http://host:port/path`.
        #[arg(long)]
        url: String,
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=20_000))]
        connections: u32,
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=86_400))]
        seconds: u32,
        /// Seconds a request may wait for its answer before it counts as a client timeout.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=600))]
        timeout: u32,
        /// The server's process id, to report its peak memory.
        #[arg(long)]
        pid: Option<u32>,
    },
    /// Concurrent writers posting collaboration messages to a running server on the configured
    /// database: commits/s, latency, errors. See `server/src/bench/writes.rs`.
    #[command(hide = true)]
    BenchWrites {
        /// The server, `http://host:port`, serving the configured database.
        #[arg(long)]
        url: String,
        /// Concurrent writers, each signed in with its own session.
        #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        writers: u32,
        /// How long the writers post.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=86_400))]
        seconds: u32,
        /// The demo accounts' password.
        #[arg(long, default_value = "KetNoi-demo-2030")]
        password: String,
        /// Also write the figures as JSON to this file (`-`: stdout).
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// Crash soak: serve the configured database, drive it with a write-heavy mix, SIGKILL it
    /// `--kills` times, then check every acknowledged write and the index. See
    /// `server/src/soak/mod.rs`.
    #[command(hide = true)]
    Soak {
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(0..=10_000))]
        kills: u32,
        /// Writers of each kind (sign-ups, messages, offers, profiles, registrations, drafts).
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=1_000))]
        per_kind: u32,
        /// The demo accounts' password.
        #[arg(long, default_value = "KetNoi-demo-2030")]
        password: String,
        /// Seeds the kill moments (and the soak's marker), to repeat a run.
        #[arg(long)]
        seed: Option<u64>,
        /// Where the server's output goes (`NAME-nodeN.log` beside it for each node).
        #[arg(long, default_value = "soak-server.log")]
        log: PathBuf,
        /// Several nodes on the database, at these addresses, behind `--proxy`: each kill
        /// takes one of them while visitors read through the proxy.
        #[arg(long, value_delimiter = ',', requires = "proxy")]
        nodes: Vec<String>,
        /// The load balancer's base URL (`http://127.0.0.1:3100`) in front of `--nodes`.
        #[arg(long, requires = "nodes")]
        proxy: Option<String>,
        /// Delete the last node's index directory while it runs (with `--nodes`).
        #[arg(long, requires = "nodes")]
        delete_index: bool,
        /// Stop the database for this many seconds under load (with `--nodes`), by running
        /// `--db-stop` and then `--db-start` in `sh`.
        #[arg(long, requires_all = ["nodes", "db_stop", "db_start"])]
        db_outage: Option<u64>,
        #[arg(long)]
        db_stop: Option<String>,
        #[arg(long)]
        db_start: Option<String>,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create (or promote) a Department administrator. The password comes from
    /// `KETNOI_ADMIN_PASSWORD` or is asked for.
    Create {
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: Option<String>,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = config::Config::load(cli.config.as_deref())?;
    config::init_tracing(&config);
    if let Command::MigrateData { from, to, force } = &cli.command {
        return migrate_data::run(from, to, *force).await;
    }
    if let Command::BenchLoad { url, connections, seconds, timeout, pid } = &cli.command {
        let opts = bench::load::Options {
            url: url.clone(),
            connections: *connections,
            seconds: *seconds,
            timeout: *timeout,
            pid: *pid,
        };
        return bench::load::run(&opts).await;
    }
    if let Command::Restore { file, force } = &cli.command {
        let r = backup::restore(file, &config, *force).await?;
        println!(
            "restored {} ({} tables, {} rows) into {} in {:.1} s; search index rebuilt",
            r.path.display(),
            r.tables,
            r.rows,
            app::backend::db::redact(&config.database_url),
            r.seconds
        );
        return Ok(());
    }
    if let Command::Serve = &cli.command {
        return router::serve(&config).await;
    }
    let pool = router::open(&config.database_url).await?;
    match cli.command {
        Command::Migrate => tracing::info!("database is up to date"),
        Command::SeedDemo { scale, seed, if_empty } => {
            if seed::run(&pool, scale, seed, if_empty).await? {
                seed::reindex(&pool, &config).await?;
            }
        }
        Command::Admin { command: AdminCommand::Create { email, name } } => {
            admin::create(&pool, &email, name.as_deref()).await?;
        }
        Command::Backup { to, keep } => {
            let dir = to.unwrap_or_else(|| PathBuf::from(&config.backup.dir));
            let r = backup::backup(&pool, &dir, keep).await?;
            eprintln!("{} tables, {} rows, {} bytes in {:.1} s", r.tables, r.rows, r.bytes, r.seconds);
            println!("{}", r.path.display());
        }
        Command::Reindex { check: false } => {
            seed::reindex(&pool, &config).await?;
        }
        Command::Reindex { check: true } => {
            let c = app::backend::search::check::check(&pool, std::path::Path::new(&config.index_dir)).await?;
            println!("{c}");
            anyhow::ensure!(c.is_exact(), "the search index differs from the database: run `ketnoi reindex`");
        }
        Command::BenchSearch { queries, passes, per_page, fts5_db, index_dir, json } => {
            let opts = bench::Options { queries, passes, per_page, fts5_db, index_dir, json };
            bench::run(&pool, &config, &opts).await?;
        }
        Command::BenchMatch { subjects, passes, dump, judged } => {
            let mode = if judged {
                bench::matching::Mode::Judged
            } else if dump {
                bench::matching::Mode::Dump
            } else {
                bench::matching::Mode::Time
            };
            bench::matching::run(&pool, &config, subjects, passes, mode).await?;
        }
        Command::Soak {
            kills,
            per_kind,
            password,
            seed,
            log,
            nodes,
            proxy,
            delete_index,
            db_outage,
            db_stop,
            db_start,
        } => {
            let outage = match (db_outage, db_stop, db_start) {
                (Some(secs), Some(stop), Some(start)) => Some(soak::Outage { secs, stop, start }),
                _ => None,
            };
            let cluster = proxy.map(|proxy| soak::ClusterOptions { nodes, proxy, delete_index, outage });
            let opts =
                soak::Options { kills, per_kind: per_kind as usize, password, seed, log, config: cli.config, cluster };
            soak::run(&pool, &config, &opts).await?;
        }
        Command::BenchWrites { url, writers, seconds, password, json } => {
            let opts = bench::writes::Options { url, writers, seconds, password, json };
            bench::writes::run(&pool, &config.database_url, &opts).await?;
        }
        Command::Import { entity, file, dry_run, format, skip_duplicates } => {
            if !transfer::import(&pool, &entity, &file, format.as_deref(), dry_run, skip_duplicates).await? {
                std::process::exit(1);
            }
        }
        Command::Export { list, format, lang, query, output } => {
            transfer::export(&pool, &list, &format, &lang, &query, output.as_deref()).await?;
        }
        // run above, before the configured database is opened
        Command::MigrateData { .. } | Command::Restore { .. } | Command::BenchLoad { .. } | Command::Serve => {}
    }
    Ok(())
}
