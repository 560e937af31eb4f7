//! Whether an index holds exactly the database's public documents, once each, and has applied
//! the whole outbox: what `ketnoi reindex --check` and the crash soak (`ketnoi soak`) prove
//! after a run. Read-only: it opens the current generation without a writer, so it may run
//! beside a server, but then the figures are only as fresh as the server's last commit.

use super::SearchError;
use super::generation::{Generation, current_name};
use super::keys;
use super::schema::KEY;
use crate::backend::db::Db;
use crate::backend::store::statements::search_outbox as outbox;
use crate::backend::store::statements::search_source as source;
use crate::domain::search::DocGroup;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tantivy::DocAddress;

/// What the comparison found. Lists hold document keys (`group:id`), at most [`SHOWN`] each.
#[derive(Debug, Default)]
pub struct IndexCheck {
    /// Public documents in the database.
    pub expected: u64,
    /// Live documents in the index.
    pub indexed: u64,
    pub missing: Vec<String>,
    pub missing_count: u64,
    /// In the index but not public (or not there) in the database.
    pub extra: Vec<String>,
    pub extra_count: u64,
    /// In the index more than once.
    pub duplicated: Vec<String>,
    pub duplicated_count: u64,
    /// Outbox rows the index has not applied yet.
    pub backlog: i64,
}

/// Keys listed per problem; the counts say how many there are in all.
pub const SHOWN: usize = 20;

impl IndexCheck {
    /// True when the index is exactly the database's public documents and nothing waits.
    pub fn is_exact(&self) -> bool {
        self.missing_count == 0 && self.extra_count == 0 && self.duplicated_count == 0 && self.backlog == 0
    }
}

pub async fn check(pool: &Db, root: &Path) -> Result<IndexCheck, SearchError> {
    let name = current_name(root)?.ok_or_else(|| SearchError::Missing(root.to_path_buf()))?;
    let generation = Generation::open(root, &name, false)?;
    let in_index = indexed_keys(&generation)?;

    let mut expected = BTreeSet::new();
    let mut conn = pool.begin_snapshot().await?;
    for group in DocGroup::ALL {
        source::for_each::<sqlx::Error>(&mut conn, *group, |doc| {
            if doc.public {
                // the key exactly as `SearchDoc::to_tantivy` writes it
                expected.insert(format!("{}:{}", doc.grp, doc.id));
            }
            Ok(())
        })
        .await?;
    }
    conn.commit().await?;

    let applied = generation.position();
    let mut c = IndexCheck {
        expected: expected.len() as u64,
        indexed: in_index.values().map(|n| u64::from(*n)).sum(),
        backlog: outbox::backlog(pool, applied.xid, applied.seq).await?,
        ..IndexCheck::default()
    };
    for k in expected.iter().filter(|k| !in_index.contains_key(*k)) {
        note(&mut c.missing, &mut c.missing_count, k);
    }
    for (k, n) in &in_index {
        if !expected.contains(k) {
            note(&mut c.extra, &mut c.extra_count, k);
        }
        if *n > 1 {
            note(&mut c.duplicated, &mut c.duplicated_count, k);
        }
    }
    Ok(c)
}

fn note(list: &mut Vec<String>, count: &mut u64, k: &str) {
    *count += 1;
    if list.len() < SHOWN {
        list.push(k.to_string());
    }
}

/// Every live document's key, with how many live documents carry it.
fn indexed_keys(generation: &Generation) -> Result<BTreeMap<String, u32>, SearchError> {
    let searcher = generation.reader.searcher();
    let mut addresses = Vec::new();
    for (ord, segment) in (0u32..).zip(searcher.segment_readers()) {
        // a key column that cannot be read is an error (keys::of would count it as missing keys)
        segment.fast_fields().str(KEY)?;
        addresses.extend(segment.doc_ids_alive().map(|doc| DocAddress::new(ord, doc)));
    }
    let mut keys = BTreeMap::new();
    for key in keys::of(&searcher, &addresses) {
        *keys.entry(key.unwrap_or_default()).or_insert(0) += 1;
    }
    Ok(keys)
}

impl std::fmt::Display for IndexCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} public documents in the database, {} in the index: missing {}, extra {}, duplicated {}; \
             outbox rows not applied {}",
            self.expected, self.indexed, self.missing_count, self.extra_count, self.duplicated_count, self.backlog
        )?;
        for (what, list) in [("missing", &self.missing), ("extra", &self.extra), ("duplicated", &self.duplicated)] {
            if !list.is_empty() {
                write!(f, "\n  {what}: {}", list.join(", "))?;
            }
        }
        Ok(())
    }
}
