//! Keeping the index in step with the database: the outbox applier that runs in the server,
//! and the full rebuild (`ketnoi reindex`, first start, after `seed-demo`).

use super::doc::{SearchDoc, key, parse_key};
use super::generation::{Generation, RebuildStats, commit_with_seq, publish, remove_older};
use super::{SearchError, Searcher};
use crate::backend::db::Db;
use crate::backend::store::statements::search_outbox as outbox;
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
    let rows = outbox::after(pool, generation.applied_seq(), BATCH).await?;
    let Some(&(last, _)) = rows.last() else { return Ok(0) };
    let mut by_group: BTreeMap<DocGroup, BTreeSet<i64>> = BTreeMap::new();
    for (_, doc) in &rows {
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
    generation.update(last, |writer| {
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
    Ok(rows.len())
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
    let mut conn = pool.begin_snapshot().await?;
    let seq = outbox::high_water(&mut conn).await?;
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
    commit_with_seq(&mut writer, seq)?;
    writer.wait_merging_threads()?;
    publish(root, &generation.name)?;
    Ok(RebuildStats { generation: generation.name.clone(), documents, seconds: start.elapsed().as_secs_f64() })
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
            if let Err(e) = searcher.follow_current() {
                tracing::error!(error = %e, "could not open the rebuilt search index");
            }
            loop {
                let applied = apply_outbox(&searcher, &pool).await;
                workers::ran("search_indexer", applied.is_ok());
                match applied {
                    Ok(n) if n as i64 == BATCH => continue,
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
                tracing::info!(applied = searcher.generation().applied_seq(), "search index committed");
                return;
            }
            if last_prune.elapsed() > Duration::from_secs(60) {
                last_prune = Instant::now();
                let applied = searcher.generation().applied_seq();
                let pruned = outbox::prune(&pool, applied, KEEP_APPLIED_SECS).await;
                if let Err(e) = pruned {
                    tracing::warn!(error = %e, "could not prune the search outbox");
                }
            }
        }
    });
}
