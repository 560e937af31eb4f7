//! The move between engines: the demo database copied SQLite → PostgreSQL → SQLite arrives
//! unchanged, table by table, and a non-empty target is refused unless forced. Runs where
//! `KETNOI_TEST_PG_URL` names a PostgreSQL server (`scripts/pg.sh start`), else says it skipped.

use crate::support::{admin_statement, template, with_database};
use app::backend::db::{self, copy};

fn pg_server() -> Option<String> {
    let url = std::env::var("KETNOI_TEST_PG_URL").ok();
    if url.is_none() {
        println!("engines: skipped, KETNOI_TEST_PG_URL is unset (eval \"$(bash scripts/pg.sh start)\" sets it)");
    }
    url
}

#[tokio::test]
async fn the_demo_survives_a_round_trip_through_postgres_table_by_table() {
    let Some(server) = pg_server() else { return };
    let name = format!("ketnoi_move_{}", std::process::id());
    admin_statement(&server, format!("DROP DATABASE IF EXISTS {name}")).await;
    admin_statement(&server, format!("CREATE DATABASE {name}")).await;
    let dir = tempfile::tempdir().expect("temp dir");

    let original = db::connect(&format!("sqlite://{}", template().display())).await.expect("open the demo");
    let pg = db::connect(&with_database(&server, &name)).await.expect("connect");
    db::migrate(&pg).await.expect("migrate postgres");
    let there = copy::copy(&original, &pg, false, &|_, _| {}).await.expect("copy to postgres");
    assert!(there.iter().any(|t| t.name == "organizations" && t.rows > 200), "the demo's organisations were copied");

    // A second copy into the now full target is refused, and changes nothing.
    let refused = copy::copy(&original, &pg, false, &|_, _| {}).await;
    assert!(matches!(refused, Err(copy::CopyError::NotEmpty(_))), "a non-empty target is refused: {refused:?}");

    let back = db::connect(&format!("sqlite://{}", dir.path().join("back.db").display())).await.expect("open");
    db::migrate(&back).await.expect("migrate sqlite");
    copy::copy(&pg, &back, false, &|_, _| {}).await.expect("copy back to sqlite");

    let before = copy::fingerprint(&original).await.expect("fingerprint original");
    let on_pg = copy::fingerprint(&pg).await.expect("fingerprint postgres");
    let after = copy::fingerprint(&back).await.expect("fingerprint round trip");
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>(), "the same tables");
    for (table, (rows, sum)) in &before {
        assert_eq!(on_pg.get(table), Some(&(*rows, sum.clone())), "table {table} on PostgreSQL");
        assert_eq!(after.get(table), Some(&(*rows, sum.clone())), "table {table} after the round trip");
    }
    original.close().await;
    pg.close().await;
    back.close().await;
    admin_statement(&server, format!("DROP DATABASE {name}")).await;
}
