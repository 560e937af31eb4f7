//! One built index on disk (a "generation") with its reader and writer, and the `CURRENT`
//! pointer that says which generation is in use.

use super::SearchError;
use super::position::Position;
use super::schema::{Fields, register_tokenizers, schema};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy};

/// Heap of the live indexer's writer: small, it only applies the outbox.
const LIVE_WRITER_HEAP: usize = 50_000_000;
/// Heap of a full rebuild, split across its threads.
const REBUILD_WRITER_HEAP: usize = 1_000_000_000;

pub struct Generation {
    pub name: String,
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// The live writer, when this process applies updates. Emptied after a failed update and
    /// opened again from the last commit on disk by the next one.
    writer: Option<Mutex<Option<IndexWriter>>>,
    /// How far this generation has applied the outbox (also recorded with each commit).
    applied: Mutex<Position>,
    /// Sequence numbers of rows this process applied ahead of the horizon, until they settle.
    ahead: Mutex<BTreeSet<i64>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RebuildStats {
    pub generation: String,
    pub documents: u64,
    pub seconds: f64,
}

impl Generation {
    fn assemble(name: &str, index: Index, writer: Option<IndexWriter>) -> Result<Generation, SearchError> {
        register_tokenizers(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let (_, fields) = schema();
        let applied = index.load_metas()?.payload.and_then(|p| Position::parse(&p)).unwrap_or_default();
        let writer = writer.map(|w| Mutex::new(Some(w)));
        Ok(Generation {
            name: name.to_string(),
            index,
            reader,
            fields,
            writer,
            applied: Mutex::new(applied),
            ahead: Mutex::new(BTreeSet::new()),
        })
    }

    /// Opens an existing generation; with a writer when this process will apply updates.
    pub fn open(root: &Path, name: &str, writable: bool) -> Result<Generation, SearchError> {
        let index = Index::open_in_dir(root.join(name))?;
        if index.schema() != schema().0 {
            return Err(SearchError::Outdated(root.join(name)));
        }
        let writer = if writable { Some(live_writer(&index)?) } else { None };
        Self::assemble(name, index, writer)
    }

    /// Creates an empty generation for a rebuild, named so that newer sorts later, with the
    /// many-threaded writer that fills it.
    pub fn create(root: &Path) -> Result<(Generation, IndexWriter), SearchError> {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let name = format!("g{nanos:024}");
        let dir = root.join(&name);
        std::fs::create_dir_all(&dir)?;
        let index = Index::create_in_dir(&dir, schema().0)?;
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 8);
        let writer = index.writer_with_num_threads(threads, REBUILD_WRITER_HEAP.min(threads * 250_000_000))?;
        Ok((Self::assemble(&name, index.clone(), None)?, writer))
    }

    pub fn position(&self) -> Position {
        *self.applied.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether the row `seq` was applied ahead of the horizon by this process.
    pub fn applied_ahead(&self, seq: i64) -> bool {
        self.ahead.lock().unwrap_or_else(|p| p.into_inner()).contains(&seq)
    }

    /// Runs `f` with the live writer, then commits recording `to` and makes the changes visible;
    /// `ahead` are the rows it applied ahead of the horizon, `settled` the ones that settled.
    pub fn update(
        &self,
        to: Position,
        ahead: &[i64],
        settled: &[i64],
        f: impl FnOnce(&IndexWriter) -> Result<(), SearchError>,
    ) -> Result<(), SearchError> {
        let Some(slot) = &self.writer else { return Ok(()) };
        let mut slot = slot.lock().unwrap_or_else(|p| p.into_inner());
        let mut writer = match slot.take() {
            Some(writer) => writer,
            None => live_writer(&self.index)?,
        };
        // After a failed commit (a full disk) tantivy's writer keeps taking deletes and documents
        // but has no worker left to index the documents: its next commit would apply the deletes
        // alone. So a failed update drops it; the next one opens a writer on the last commit and
        // applies the same outbox rows again.
        f(&writer).and_then(|()| commit_at(&mut writer, to))?;
        *slot = Some(writer);
        drop(slot);
        *self.applied.lock().unwrap_or_else(|p| p.into_inner()) = to;
        let mut set = self.ahead.lock().unwrap_or_else(|p| p.into_inner());
        set.extend(ahead);
        for seq in settled {
            set.remove(seq);
        }
        drop(set);
        self.reader.reload()?;
        Ok(())
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

/// The one-threaded writer a server uses to apply the outbox.
fn live_writer(index: &Index) -> Result<IndexWriter, SearchError> {
    Ok(index.writer_with_num_threads(1, LIVE_WRITER_HEAP)?)
}

/// Commits what `writer` holds, recording the outbox position it reflects.
pub fn commit_at(writer: &mut IndexWriter, at: Position) -> Result<(), SearchError> {
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&at.payload());
    prepared.commit()?;
    Ok(())
}

/// The generation `CURRENT` names, if an index was ever published under `root`.
pub fn current_name(root: &Path) -> Result<Option<String>, SearchError> {
    match std::fs::read_to_string(root.join("CURRENT")) {
        Ok(s) if !s.trim().is_empty() && root.join(s.trim()).is_dir() => Ok(Some(s.trim().to_string())),
        Ok(_) => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Points `CURRENT` at `name` atomically (write a temporary file, rename over).
pub fn publish(root: &Path, name: &str) -> Result<(), SearchError> {
    let tmp = root.join("CURRENT.tmp");
    std::fs::write(&tmp, name)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, root.join("CURRENT"))?;
    Ok(())
}

/// Deletes generations older than `name` (a rebuild in progress is newer, so it stays).
pub fn remove_older(root: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(root) else { return };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(other) = file_name.to_str() else { continue };
        if other.starts_with('g')
            && other < name
            && entry.path().is_dir()
            && let Err(e) = std::fs::remove_dir_all(entry.path())
        {
            tracing::warn!(generation = other, error = %e, "could not remove an old search index");
        }
    }
}
