//! Keeping the index in step with the database: the outbox applier that runs in the server,
//! and the full rebuild (`ketnoi reindex`, first start, after `seed-demo`).

use super::doc::{SearchDoc, key, parse_key};
use super::generation::{Generation, RebuildStats, commit_at, publish, remove_older};
use super::position::Position;
use super::{SearchError, Searcher};
use crate::backend::db::Db;
use crate::backend::store::statements::search_outbox::{self as outbox, OutboxRow};
use crate::backend::store::statements::search_source as source;
use crate::backend::workers::{self, Workers};
use crate::domain::search::DocGroup;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tantivy::Term;

/// Outbox rows applied per commit.
const BATCH: i64 = 5_000;
/// How often the indexer looks at the outbox when nothing woke it (writes by other processes).
const POLL: Duration = Duration::from_millis(200);
/// Applied outbox rows are kept this long, so a rebuild that started earlier can replay them.
const KEEP_APPLIED_SECS: i64 = 3_600;

/// Applies pending outbox rows to the current generation. Returns how many rows it applied.
pub async fn apply_outbox(searcher: &Searcher, pool: &Db) -> Result<usize, SearchError> {
    let generation = searcher.generation();
    let from = generation.position();
    let horizon = outbox::horizon(pool).await?;
    let settled = outbox::settled(pool, from.xid, from.seq, horizon, BATCH).await?;
    // what committed above the horizon, once the settled rows are all in: searchable at once
    let early = match settled.len() as i64 {
        n if n < BATCH => outbox::unsettled(pool, horizon, from.early, BATCH - n).await?,
        _ => Vec::new(),
    };
    if settled.is_empty() && early.is_empty() {
        return Ok(0);
    }
    let mut to = from;
    if let Some(last) = settled.last() {
        (to.xid, to.seq) = (last.xid, last.seq);
    }
    if let Some(last) = early.last() {
        to.early = last.seq;
    }
    // rows applied ahead of the horizon by this process are not applied again when they settle
    let fresh: Vec<&OutboxRow> = settled.iter().filter(|r| !generation.applied_ahead(r.seq)).chain(&early).collect();
    let mut by_group: BTreeMap<DocGroup, BTreeSet<i64>> = BTreeMap::new();
    for doc in fresh.iter().map(|r| &r.doc) {
        match parse_key(doc) {
            Some((group, id)) => {
                by_group.entry(group).or_default().insert(id);
            }
            None => tracing::warn!(doc, "ignoring an outbox row with an unknown document key"),
        }
    }
    let mut docs: Vec<(DocGroup, Vec<i64>, Vec<SearchDoc>)> = Vec::new();
    for (group, ids) in by_group {
        let ids: Vec<i64> = ids.into_iter().collect();
        let loaded = source::load(pool, group, &ids).await?;
        docs.push((group, ids, loaded));
    }
    let fields = generation.fields;
    let ahead: Vec<i64> = early.iter().map(|r| r.seq).collect();
    let settled_seqs: Vec<i64> = settled.iter().map(|r| r.seq).collect();
    generation.update(to, &ahead, &settled_seqs, |writer| {
        for (group, ids, loaded) in &docs {
            for id in ids {
                writer.delete_term(Term::from_field_text(fields.key, &key(*group, *id)));
            }
            for doc in loaded.iter().filter(|d| d.public) {
                writer.add_document(doc.to_tantivy(&fields))?;
            }
        }
        Ok(())
    })?;
    Ok(fresh.len())
}

/// Builds a new generation from a consistent snapshot of the database and makes it current.
/// `progress(done, total)` is called as documents are read.
pub async fn rebuild(pool: &Db, root: &Path, mut progress: impl FnMut(u64, u64)) -> Result<RebuildStats, SearchError> {
    let start = Instant::now();
    std::fs::create_dir_all(root)?;
    let total = source::count_all(pool).await?;
    let (generation, mut writer) = Generation::create(root)?;
    let fields = generation.fields;
    // one read transaction: the outbox position and every document come from the same snapshot
    settle_started(pool).await?;
    let mut conn = pool.begin_snapshot().await?;
    let (xid, seq, early) = outbox::snapshot_position(&mut conn).await?;
    let (mut done, mut documents) = (0u64, 0u64);
    let mut read_result: Result<(), SearchError> = Ok(());
    for group in DocGroup::ALL {
        read_result = source::for_each(&mut conn, *group, |doc| {
            done += 1;
            if doc.public {
                documents += 1;
                writer.add_document(doc.to_tantivy(&fields))?;
            }
            if done % 1_000 == 0 {
                progress(done, total);
            }
            Ok(())
        })
        .await;
        if read_result.is_err() {
            break;
        }
    }
    conn.commit().await?;
    read_result?;
    progress(done, total);
    commit_at(&mut writer, Position { xid, seq, early })?;
    writer.wait_merging_threads()?;
    publish(root, &generation.name)?;
    Ok(RebuildStats { generation: generation.name.clone(), documents, seconds: start.elapsed().as_secs_f64() })
}

/// Waits (a few seconds at most) until every transaction running now has ended, so that a
/// snapshot taken next starts its position above them: their rows are then in the snapshot,
/// not read again after it.
async fn settle_started(pool: &Db) -> Result<(), SearchError> {
    let next = outbox::next_xid(pool).await?;
    for _ in 0..500 {
        if outbox::horizon(pool).await? >= next {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Ok(())
}

/// Opens the index under `root`, building it first when there is none or it has an older layout.
pub async fn open_or_build(pool: &Db, root: &Path) -> Result<Searcher, SearchError> {
    match Searcher::open(root) {
        Ok(searcher) => Ok(searcher),
        Err(e @ (SearchError::Missing(_) | SearchError::Outdated(_))) => {
            // first start, or a new version that lays the index out differently
            tracing::info!(root = %root.display(), reason = %e, "building the search index from the database");
            let stats = rebuild(pool, root, |_, _| {}).await?;
            tracing::info!(documents = stats.documents, seconds = stats.seconds, "search index built");
            remove_older(root, &stats.generation);
            Searcher::open(root)
        }
        Err(e) => Err(e),
    }
}

/// Runs the outbox applier until the server stops: woken by writes in this process, and
/// polling for writes by others (CLI imports, a second server). Errors are logged and retried.
/// Asked to stop, it applies what the last requests wrote before it ends, so a restart finds
/// the index committed up to the last acknowledged write.
pub fn spawn_indexer(workers: &mut Workers, searcher: Arc<Searcher>, pool: Db) {
    workers.spawn(|stop| async move {
        let mut last_prune = Instant::now();
        loop {
            let stopping = tokio::select! {
                _ = stop.cancelled() => true,
                _ = searcher.wake.notified() => false,
                _ = tokio::time::sleep(POLL) => false,
            };
            if !searcher.on_disk() {
                // deleted under us: build it again from the database while the open files serve
                tracing::error!(root = %searcher.root().display(), "the search index was deleted; rebuilding it");
                match rebuild(&pool, searcher.root(), |_, _| {}).await {
                    Ok(stats) => {
                        tracing::info!(documents = stats.documents, seconds = stats.seconds, "search index rebuilt")
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "rebuilding the deleted search index failed; retrying");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            }
            if let Err(e) = searcher.follow_current() {
                tracing::error!(error = %e, "could not open the rebuilt search index");
            }
            loop {
                let applied = apply_outbox(&searcher, &pool).await;
                workers::ran("search_indexer", applied.is_ok());
                match applied {
                    Ok(n) if n > 0 => continue,
                    Ok(_) => break,
                    Err(e) => {
                        tracing::error!(error = %e, "search indexer failed; retrying");
                        if !stopping {
                            tokio::time::sleep(Duration::from_secs(1)).await;
                        }
                        break;
                    }
                }
            }
            if stopping {
                tracing::info!(applied = ?searcher.generation().position(), "search index committed");
                return;
            }
            if last_prune.elapsed() > Duration::from_secs(60) {
                last_prune = Instant::now();
                let at = searcher.generation().position();
                let pruned = outbox::prune(&pool, at.xid, at.seq, KEEP_APPLIED_SECS).await;
                if let Err(e) = pruned {
                    tracing::warn!(error = %e, "could not prune the search outbox");
                }
            }
        }
    });
}
