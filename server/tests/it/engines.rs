//! The move between engines: the demo database copied SQLite → PostgreSQL → SQLite arrives
//! unchanged, table by table, and a non-empty target is refused unless forced. Runs where
//! `KETNOI_TEST_PG_URL` names a PostgreSQL server (`scripts/pg.sh start`), else says it skipped.

use crate::support::{admin_statement, pg_server, template, with_database};
use app::backend::db::{self, copy};

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

/// `seed-demo` writes the same demo on PostgreSQL as on SQLite, row for row (the password
/// hashes aside: each has its own random salt).
#[tokio::test]
async fn the_demo_seeds_the_same_on_both_engines() {
    use app::backend::store::seed::{SeedOptions, seed_demo};
    let Some(server) = pg_server() else { return };
    let name = format!("ketnoi_seed_{}", std::process::id());
    admin_statement(&server, format!("DROP DATABASE IF EXISTS {name}")).await;
    admin_statement(&server, format!("CREATE DATABASE {name}")).await;
    let pg = db::connect(&with_database(&server, &name)).await.expect("connect");
    db::migrate(&pg).await.expect("migrate postgres");
    let opts = SeedOptions::new(2030, 1);
    seed_demo(&pg, &opts, &|_, _| {}).await.expect("seed on postgres");

    let dir = tempfile::tempdir().expect("temp dir");
    let copy_of_demo = dir.path().join("demo.db");
    std::fs::copy(template(), &copy_of_demo).expect("copy the demo");
    let sqlite = db::connect(&format!("sqlite://{}", copy_of_demo.display())).await.expect("open the demo");
    for db in [&sqlite, &pg] {
        app::backend::db::sql::query("UPDATE users SET password_hash = NULL").execute(db).await.expect("forget hashes");
    }
    let want = copy::fingerprint(&sqlite).await.expect("fingerprint sqlite");
    let got = copy::fingerprint(&pg).await.expect("fingerprint postgres");
    // the search outbox stamps each row with the moment it was written: counted, not summed
    let same = |t: &String| match t.as_str() {
        "search_outbox" => want.get(t).map(|w| w.0) == got.get(t).map(|g| g.0),
        _ => want.get(t) == got.get(t),
    };
    let differ: Vec<&String> = want.keys().filter(|t| !same(t)).collect();
    assert!(differ.is_empty(), "tables that differ: {differ:?}");

    // Seeding again replaces the demo: the same rows (ids drawn from sequences move on; the
    // search outbox holds both seedings' changes until the indexer drains it).
    seed_demo(&pg, &opts, &|_, _| {}).await.expect("seed again on postgres");
    let again = copy::fingerprint(&pg).await.expect("fingerprint postgres");
    for (table, (rows, _)) in got.iter().filter(|(t, _)| *t != "search_outbox") {
        assert_eq!(again.get(table).map(|(n, _)| n), Some(rows), "{table} after seeding twice");
    }
    sqlite.close().await;
    pg.close().await;
    admin_statement(&server, format!("DROP DATABASE {name}")).await;
}
