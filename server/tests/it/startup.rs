//! Several nodes started at the same moment on a database nothing has touched: each runs what
//! `scripts/cluster.sh` runs (`seed-demo --if-empty`, then `serve`). Migrations run once (sqlx
//! takes an advisory lock on PostgreSQL; SQLite's write lock orders them), one of them seeds
//! the demo, and all of them serve.

use crate::process::Server;
use app::backend::db::{self, sql};
use app::backend::store::testing;
use std::time::Duration;

const NODES: usize = 3;

/// A database nothing has been done to (no migrations), on the suite's engine.
async fn untouched(dir: &std::path::Path) -> String {
    match testing::postgres_url() {
        Some(server) => {
            let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos());
            let name = format!("ketnoi_start_{}_{}", std::process::id(), nanos.unwrap_or_default());
            testing::admin_statement(&server, format!("CREATE DATABASE {name}")).await;
            testing::with_database(&server, &name)
        }
        None => format!("sqlite://{}", dir.join("cluster.db").display()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_started_together_migrate_once_seed_once_and_all_serve() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = untouched(dir.path()).await;
    let seeds: Vec<_> = (0..NODES)
        .map(|i| {
            let node = dir.path().join(format!("node{i}"));
            std::fs::create_dir_all(&node).expect("node dir");
            let mut seed = tokio::process::Command::new(env!("CARGO_BIN_EXE_ketnoi"));
            seed.args(["seed-demo", "--if-empty"])
                .current_dir(&node)
                .env("KETNOI_DATABASE_URL", &url)
                .env("KETNOI_INDEX_DIR", node.join("index"))
                .env("RUST_LOG", "info")
                .env("NO_COLOR", "1");
            tokio::spawn(async move { seed.output().await })
        })
        .collect();
    let mut seeded = 0;
    for seed in seeds {
        let out = seed.await.expect("task").expect("run seed-demo");
        let log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "seed-demo --if-empty failed:\n{log}");
        seeded += usize::from(log.contains("demo data seeded"));
    }
    assert_eq!(seeded, 1, "exactly one node seeds");

    let pool = db::connect(&url).await.expect("connect");
    let slugs: Vec<(i64, i64)> = sql::query_as("SELECT count(*), count(DISTINCT slug) FROM organizations")
        .fetch_all(&pool)
        .await
        .expect("count");
    assert!(slugs[0].0 > 100 && slugs[0].0 == slugs[0].1, "one demo's organisations: {slugs:?}");
    let versions: Vec<(i64, i64)> = sql::query_as("SELECT count(*), count(DISTINCT version) FROM _sqlx_migrations")
        .fetch_all(&pool)
        .await
        .expect("migrations");
    assert_eq!(versions[0].0, versions[0].1, "each migration applied once");

    let mut servers: Vec<Server> = (0..NODES).map(|_| Server::start(&url)).collect();
    for server in &mut servers {
        let (status, _) = server.wait_for("/startups", 200, Duration::from_secs(120)).await;
        assert_eq!(status, 200);
    }
}
