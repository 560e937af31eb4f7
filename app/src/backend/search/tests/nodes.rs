//! Several servers, each with its own index, following one database's outbox while many
//! writers commit out of order (on PostgreSQL, `seq` is handed out at insert and transactions
//! commit whenever they end): every node must end with every public document exactly once.

use super::Fixture;
use crate::backend::db::{begin_write_rows, sql};
use crate::backend::search::check::check;
use crate::backend::search::{Searcher, apply_outbox, rebuild};
use crate::backend::text::fold;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

const NODES: usize = 3;
const WRITERS: usize = 8;
const WRITES_EACH: usize = 20;

/// Writer `w`'s `n`-th organisation, in its own transaction; one write in three keeps its
/// transaction open a while after taking its outbox row, so later rows commit before it.
async fn write(pool: &crate::backend::db::Db, w: usize, n: usize) {
    let mut tx = begin_write_rows(pool).await.expect("begin");
    let name = format!("Công ty Zyqnode {w} {n}");
    sql::query(
        "INSERT INTO organizations (slug, kind, name_vi, name_folded, short_vi, created_at, updated_at)
         VALUES ($1, 'enterprise', $2, $3, 'Doanh nghiệp mẫu.', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    )
    .bind(format!("kt-nut-{w}-{n}"))
    .bind(&name)
    .bind(fold(&name))
    .execute(&mut tx)
    .await
    .expect("insert");
    if (w + n).is_multiple_of(3) {
        tokio::time::sleep(Duration::from_millis(20 + 7 * (n as u64 % 5))).await;
    }
    tx.commit().await.expect("commit");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_node_indexes_every_concurrent_write_exactly_once() {
    let fx = Fixture::new().await;
    let (mut roots, mut nodes) = (Vec::new(), Vec::new());
    for i in 0..NODES {
        let root = fx.dir.path().join(format!("index-node-{i}"));
        rebuild(&fx.pool, &root, |_, _| {}).await.expect("rebuild");
        nodes.push(Arc::new(Searcher::open(&root).expect("node")));
        roots.push(root);
    }
    let stop = Arc::new(AtomicBool::new(false));
    let followers: Vec<_> = nodes
        .iter()
        .map(|node| {
            let (node, pool, stop) = (node.clone(), fx.pool.clone(), stop.clone());
            tokio::spawn(async move {
                while !stop.load(Ordering::Acquire) {
                    apply_outbox(&node, &pool).await.expect("apply");
                    tokio::time::sleep(Duration::from_millis(3)).await;
                }
            })
        })
        .collect();
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let pool = fx.pool.clone();
            tokio::spawn(async move {
                for n in 0..WRITES_EACH {
                    write(&pool, w, n).await;
                }
            })
        })
        .collect();
    for w in writers {
        w.await.expect("writer");
    }
    stop.store(true, Ordering::Release);
    for f in followers {
        f.await.expect("follower");
    }
    for (node, root) in nodes.iter().zip(&roots) {
        // on PostgreSQL the horizon is the whole cluster's: other tests' transactions may hold
        // it back a moment
        let mut found = check(&fx.pool, root).await.expect("check");
        for _ in 0..500 {
            apply_outbox(node, &fx.pool).await.expect("apply");
            found = check(&fx.pool, root).await.expect("check");
            if found.backlog == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(
            found.missing_count == 0 && found.extra_count == 0 && found.duplicated_count == 0 && found.backlog == 0,
            "{}: {found}",
            root.display()
        );
        let hits = super::search(node, "q=zyqnode&per_page=1").total_hits;
        assert_eq!(hits, (WRITERS * WRITES_EACH) as u64, "{}", root.display());
    }
}
