//! Documents' keys (`group:id`) read from the key's fast field. Reading them from the document
//! store instead decompresses a whole block of stored titles and bodies for each key: at 100k
//! documents that was most of a suggestion's time, hundreds of candidates each.

use super::SearchError;
use super::schema::KEY;
use tantivy::columnar::StrColumn;
use tantivy::{DocAddress, DocId, Searcher, SegmentReader};

/// The key column of one segment.
pub struct SegmentKeys(Option<StrColumn>);

impl SegmentKeys {
    pub fn open(segment: &SegmentReader) -> Result<SegmentKeys, SearchError> {
        Ok(SegmentKeys(segment.fast_fields().str(KEY)?))
    }

    /// The key of document `doc` of this segment (`None` for a document written without one).
    pub fn get(&self, doc: DocId) -> Option<String> {
        let column = self.0.as_ref()?;
        let ord = column.term_ords(doc).next()?;
        let mut out = String::new();
        column.ord_to_str(ord, &mut out).ok()?.then_some(out)
    }
}

/// The keys of `addresses`, in their order (`None` where a key cannot be read).
pub fn of(searcher: &Searcher, addresses: &[DocAddress]) -> Vec<Option<String>> {
    let mut columns: Vec<Option<SegmentKeys>> = Vec::new();
    addresses
        .iter()
        .map(|a| {
            let at = a.segment_ord as usize;
            if columns.len() <= at {
                columns.resize_with(searcher.segment_readers().len().max(at + 1), || None);
            }
            if columns[at].is_none() {
                columns[at] = SegmentKeys::open(searcher.segment_reader(a.segment_ord)).ok();
            }
            columns[at].as_ref()?.get(a.doc_id)
        })
        .collect()
}
