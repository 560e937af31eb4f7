//! The index follows the database: writes reach it through the outbox, a restarted server
//! catches up from the position its index recorded, and a rebuild loses nothing written
//! before, during or after it.

use super::{Fixture, finds, insert_offer, insert_org, search};
use crate::backend::search::{Searcher, apply_outbox, rebuild};

/// Documents matching a made-up word (so the count is exactly the ones a test wrote).
fn count(searcher: &Searcher, word: &str) -> u64 {
    search(searcher, &format!("q={word}")).total_hits
}

#[tokio::test]
async fn inserts_updates_and_hiding_reach_the_index() {
    let fx = Fixture::new().await;
    let s = &fx.searcher;
    assert_eq!(apply_outbox(s, &fx.pool).await.expect("apply"), 0, "a fresh index has nothing pending");

    let org = insert_org(&fx.pool, "qwyrtel", "Công ty TNHH Qwyrtel Ninh Bình", "Cơ khí chính xác.", None, None).await;
    assert_eq!(count(s, "qwyrtel"), 0, "not applied yet");
    assert!(apply_outbox(s, &fx.pool).await.expect("apply") >= 1);
    assert!(finds(s, "q=qwyrtel", "qwyrtel"));
    assert!(finds(s, "q=Qwyrtel&kind=enterprise", "qwyrtel"), "the facets of a new document are indexed too");

    let offer = insert_offer(&fx.pool, org, "may-ep-zubrovka", "Máy ép viên Zubrovka", None).await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    let hit = search(s, "q=zubrovka").hits.into_iter().next().expect("the new offer is found");
    assert_eq!(hit.slug, "may-ep-zubrovka");
    assert_eq!(hit.owner.as_deref(), Some("Công ty TNHH Qwyrtel Ninh Bình"));

    fx.exec(&format!("UPDATE technology_offers SET title_vi = 'Máy ép viên Fenwarth' WHERE id = {offer}")).await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    assert_eq!(count(s, "zubrovka"), 0, "the old title is gone");
    assert_eq!(count(s, "fenwarth"), 1, "the new title is found, once");

    // hiding the organisation takes its offers with it
    fx.exec(&format!("UPDATE organizations SET hidden = TRUE WHERE id = {org}")).await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    assert_eq!(count(s, "qwyrtel"), 0, "a hidden organisation is not found");
    assert_eq!(count(s, "fenwarth"), 0, "nor are its offers");
    fx.exec(&format!("UPDATE organizations SET hidden = FALSE WHERE id = {org}")).await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    assert_eq!((count(s, "qwyrtel"), count(s, "fenwarth")), (1, 1), "both are shown again");

    // an offer taken back to draft, then deleted
    fx.exec(&format!("UPDATE technology_offers SET status = 'draft', published_at = NULL WHERE id = {offer}")).await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    assert_eq!(count(s, "fenwarth"), 0, "a draft is not public");
    fx.exec(&format!(
        "UPDATE technology_offers SET status = 'published', published_at = '2026-02-01' WHERE id = {offer}"
    ))
    .await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    assert_eq!(count(s, "fenwarth"), 1);
    fx.exec(&format!("DELETE FROM technology_offers WHERE id = {offer}")).await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    assert_eq!(count(s, "fenwarth"), 0, "a deleted offer is gone");
    assert_eq!(apply_outbox(s, &fx.pool).await.expect("apply"), 0, "everything was applied");
}

#[tokio::test]
async fn a_restarted_searcher_catches_up_from_its_last_commit() {
    let Fixture { pool, searcher, dir } = Fixture::new().await;
    let root = dir.path().join("index");
    insert_org(&pool, "bexhaven", "Công ty Bexhaven", "Trước khi dừng.", None, None).await;
    apply_outbox(&searcher, &pool).await.expect("apply");
    // written, then the process stops before its indexer ran
    insert_org(&pool, "corvellan", "Công ty Corvellan", "Khi đang dừng.", None, None).await;
    drop(searcher);

    let searcher = Searcher::open(&root).expect("reopen");
    assert_eq!(count(&searcher, "bexhaven"), 1, "what was applied survived the restart");
    assert_eq!(count(&searcher, "corvellan"), 0);
    // (on PostgreSQL a row applied ahead of the transaction horizon is read once more)
    assert!(apply_outbox(&searcher, &pool).await.expect("apply") >= 1, "the missed row is applied");
    assert_eq!((count(&searcher, "bexhaven"), count(&searcher, "corvellan")), (1, 1));
    let position = searcher.generation().position();
    drop(searcher);

    let searcher = Searcher::open(&root).expect("reopen again");
    assert_eq!(searcher.generation().position(), position, "the position was committed");
    apply_outbox(&searcher, &pool).await.expect("apply");
    assert_eq!((count(&searcher, "bexhaven"), count(&searcher, "corvellan")), (1, 1));
}

#[tokio::test]
async fn a_rebuild_is_followed_and_loses_nothing() {
    let fx = Fixture::new().await;
    let s = &fx.searcher;
    let before = s.generation().name.clone();
    let baseline = search(s, "q=nông nghiệp").total_hits;

    insert_org(&fx.pool, "applied-dravik", "Công ty Dravik", "Đã áp dụng.", None, None).await;
    apply_outbox(s, &fx.pool).await.expect("apply");
    insert_org(&fx.pool, "pending-dravik", "Công ty Dravik Hai", "Chưa áp dụng.", None, None).await;

    // writers keep going while the rebuild reads its snapshot
    let during = async {
        for i in 0..20 {
            insert_org(
                &fx.pool,
                &format!("during-dravik-{i}"),
                &format!("Công ty Dravik Lúc {i}"),
                "Trong khi.",
                None,
                None,
            )
            .await;
            tokio::task::yield_now().await;
        }
    };
    let root = fx.root();
    let (stats, ()) = tokio::join!(rebuild(&fx.pool, &root, |_, _| {}), during);
    let stats = stats.expect("rebuild");
    assert!(stats.documents > 600, "{stats:?}");
    assert_eq!(s.generation().name, before, "nothing switches until the searcher follows");

    insert_org(&fx.pool, "after-dravik", "Công ty Dravik Sau", "Sau khi.", None, None).await;
    assert!(s.follow_current().expect("follow"), "the searcher switches to the rebuilt generation");
    assert_ne!(s.generation().name, before);
    assert_eq!(s.generation().name, stats.generation);
    assert!(!fx.root().join(&before).exists(), "the old generation is removed");
    assert!(!s.follow_current().expect("follow again"), "nothing newer");
    assert!(finds(s, "q=dravik", "applied-dravik"), "applied before the rebuild");
    assert!(finds(s, "q=dravik", "pending-dravik"), "written before the rebuild");

    apply_outbox(s, &fx.pool).await.expect("apply");
    let hits = search(s, "q=dravik&per_page=100").hits;
    let mut slugs: Vec<&str> = hits.iter().map(|h| h.slug.as_str()).collect();
    slugs.sort();
    let mut expected = vec!["after-dravik".to_string(), "applied-dravik".to_string(), "pending-dravik".to_string()];
    expected.extend((0..20).map(|i| format!("during-dravik-{i}")));
    expected.sort();
    assert_eq!(slugs, expected, "every document exactly once");
    assert_eq!(search(s, "q=nông nghiệp").total_hits, baseline, "the rest of the index is intact");
    assert_eq!(apply_outbox(s, &fx.pool).await.expect("apply"), 0);
}

/// `ketnoi reindex --check` and the crash soak rely on this comparison: it must see a write
/// not yet applied, and a document the index holds but the database no longer shows.
#[tokio::test]
async fn the_check_sees_what_the_index_lacks_and_holds_too_many() {
    use crate::backend::search::check::check;
    let fx = Fixture::new().await;
    let c = check(&fx.pool, &fx.root()).await.expect("check");
    assert!(c.is_exact(), "a fresh index: {c}");
    assert!(c.expected > 0 && c.indexed == c.expected);

    let org = insert_org(&fx.pool, "vexmora", "Công ty TNHH Vexmora", "Cơ khí.", None, None).await;
    let c = check(&fx.pool, &fx.root()).await.expect("check");
    assert!(!c.is_exact());
    assert_eq!((c.missing_count, c.backlog > 0), (1, true), "{c}");
    assert_eq!(c.missing, [crate::backend::search::doc::key(crate::domain::search::DocGroup::Org, org)]);

    apply_outbox(&fx.searcher, &fx.pool).await.expect("apply");
    assert!(check(&fx.pool, &fx.root()).await.expect("check").is_exact());

    // hidden behind the outbox's back (as a lost outbox row would leave it): one extra document
    fx.exec(&format!("UPDATE organizations SET hidden = TRUE WHERE id = {org}")).await;
    fx.exec("DELETE FROM search_outbox").await;
    let c = check(&fx.pool, &fx.root()).await.expect("check");
    assert_eq!((c.extra_count, c.missing_count, c.backlog), (1, 0, 0), "{c}");
}

/// An index an older version laid out differently is not used with the new layout's fields:
/// opening it says so, and the server's start rebuilds it from the database.
#[tokio::test]
async fn an_index_with_another_layout_is_rebuilt_on_start() {
    let Fixture { pool, searcher, dir } = Fixture::new().await;
    drop(searcher);
    let root = dir.path().join("index");
    let old = "g000000000000000000000001";
    let mut layout = tantivy::schema::Schema::builder();
    layout.add_text_field("key", tantivy::schema::STRING | tantivy::schema::STORED);
    std::fs::create_dir_all(root.join(old)).expect("dir");
    tantivy::Index::create_in_dir(root.join(old), layout.build()).expect("old index");
    std::fs::write(root.join("CURRENT"), old).expect("CURRENT");

    let opened = Searcher::open(&root);
    assert!(matches!(opened, Err(crate::backend::search::SearchError::Outdated(_))), "opened an outdated index");
    let searcher = crate::backend::search::open_or_build(&pool, &root).await.expect("rebuilt");
    assert_ne!(searcher.generation().name, old);
    assert!(count(&searcher, "nông nghiệp") > 0, "the rebuilt index holds the demo");
    assert!(!root.join(old).exists(), "the outdated generation was removed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_index_deleted_under_a_running_server_is_rebuilt_and_serves_again() {
    use crate::backend::search::{check::check, spawn_indexer};
    use crate::backend::workers::Workers;
    use std::sync::Arc;
    use std::time::Duration;
    let Fixture { pool, searcher, dir } = Fixture::new().await;
    let root = dir.path().join("index");
    let searcher = Arc::new(searcher);
    let mut workers = Workers::new();
    spawn_indexer(&mut workers, searcher.clone(), pool.clone());
    let before = searcher.generation().name.clone();
    std::fs::remove_dir_all(&root).expect("delete the index");
    insert_org(&pool, "quorvane", "Công ty Quorvane", "Ghi sau khi xoá chỉ mục.", None, None).await;
    for _ in 0..600 {
        if searcher.generation().name != before && count(&searcher, "quorvane") == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_ne!(searcher.generation().name, before, "a new generation was built");
    assert_eq!(count(&searcher, "quorvane"), 1, "a write made after the deletion is found");
    let found = check(&pool, &root).await.expect("check");
    assert!(found.missing_count == 0 && found.extra_count == 0 && found.duplicated_count == 0, "{found}");
    assert!(workers.stop(Duration::from_secs(10)).await, "the indexer stopped");
}
