//! Documents' keys (`group:id`) read from the key's fast field. Reading them from the document
//! store instead decompresses a whole block of stored titles and bodies for each key: at 100k
//! documents that was most of a suggestion's time, hundreds of candidates each.

use super::SearchError;
use super::schema::KEY;
use std::collections::BTreeMap;
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

/// The keys of `addresses`, in their order (`None` where a key cannot be read). Per segment the
/// wanted term ordinals are sorted and read in one pass over the key dictionary: looking each up
/// alone decodes its dictionary block from the start, a tenth of a suggestion's time at 100k
/// documents with ~400 candidates.
pub fn of(searcher: &Searcher, addresses: &[DocAddress]) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = vec![None; addresses.len()];
    let mut by_segment: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, a) in addresses.iter().enumerate() {
        by_segment.entry(a.segment_ord).or_default().push(i);
    }
    for (segment, wanted) in by_segment {
        let Ok(Some(column)) = searcher.segment_reader(segment).fast_fields().str(KEY) else { continue };
        let mut ords: Vec<(u64, usize)> =
            wanted.into_iter().filter_map(|i| Some((column.term_ords(addresses[i].doc_id).next()?, i))).collect();
        ords.sort_unstable();
        let sorted: Vec<u64> = ords.iter().map(|(ord, _)| *ord).collect();
        // called once per ordinal, in order (repeats included)
        let mut at = ords.iter().map(|(_, i)| *i);
        let _ = column.dictionary().sorted_ords_to_term_cb(&sorted, |bytes| {
            if let Some(i) = at.next() {
                out[i] = std::str::from_utf8(bytes).ok().map(str::to_string);
            }
        });
    }
    out
}
