//! The organisation directories served from memory: every public organisation, read in one
//! statement (`statements::orgs::directory`), filtered, counted and paged here. A directory page
//! asked the database nine aggregate queries over the same joins; this reads them once per
//! `Snapshot` and answers any filter combination in one pass.
//!
//! The rules are the ones the SQL had: every filter narrows the list; a facet's counts apply
//! every filter but its own, so each value's count is what clicking it would list; the name
//! filter matches the folded name anywhere (as `LIKE '%…%'` did); names sort by their folded
//! form in byte order (both engines' `C` collation), then by id.

use super::statements::Dated;
use super::statements::orgs::{DirectoryOrg, facet_values};
use crate::backend::text::fold;
use crate::domain::dto::{DirectoryPage, Facet, KindCount, OrgCard, Page};
use crate::domain::query::Sort;
use crate::domain::{Directory, FacetKey, ListQuery, OrgKind};
use std::collections::{BTreeMap, HashMap};

/// Every public organisation, by name, with its facet values as small numbers so that a
/// page counts them in arrays: at ~40k organisations (the 100k-document bench) a page walks
/// the table once.
pub struct OrgTable {
    orgs: Vec<DirectoryOrg>,
    /// Per organisation, per bit of `KEYS`: the numbers of its values (repeated as often as
    /// the SQL's `UNION ALL` counted them).
    values: Vec<[Box<[u16]>; KEYS.len()]>,
    /// Per bit of `KEYS`: each number's value and label (a place's name).
    vocab: [Vec<(String, Option<String>)>; KEYS.len()],
    /// Positions in `orgs`, newest first (then by name).
    newest: Vec<u32>,
}

/// The facets a directory filters by, in the order of their bits in a mask.
const KEYS: [FacetKey; 9] = Directory::FILTERS;

/// Each value the organisation counts under for `key` (with a label where the value is not a
/// code the UI translates), as often as the SQL's `UNION ALL` counted it.
fn values_of<'a>(o: &'a DirectoryOrg, key: FacetKey, mut each: impl FnMut(&'a str, Option<&'a str>)) {
    let c = &o.card;
    match key {
        FacetKey::Kind => each(c.kind.as_str(), None),
        FacetKey::Sector => c.sectors.iter().for_each(|s| each(s, None)),
        FacetKey::Location => {
            if let Some(code) = &o.location_code {
                each(code, c.location.as_deref())
            }
        }
        FacetKey::Stage => {
            c.stage.iter().for_each(|s| each(s.as_str(), None));
            o.investor_stages.iter().for_each(|s| each(s, None));
        }
        FacetKey::Need => o.needs.iter().for_each(|n| each(n, None)),
        FacetKey::Type => c.investor_type.iter().for_each(|t| each(t.as_str(), None)),
        FacetKey::Size => o.size.iter().for_each(|s| each(s, None)),
        FacetKey::Service => o.services.iter().for_each(|s| each(s, None)),
        FacetKey::Verified => each(if c.verified { "1" } else { "0" }, None),
        _ => {}
    }
}

/// One query's filters, as numbers of the table's values.
struct Filters<'q> {
    kinds: &'q [OrgKind],
    /// (bit, number); a value no organisation has is `None`, which nothing passes.
    values: Vec<(usize, Option<u16>)>,
    /// The folded name fragment.
    name: Option<String>,
}

impl OrgTable {
    pub fn new(mut orgs: Vec<DirectoryOrg>) -> Self {
        orgs.sort_by(|a, b| a.name_folded.cmp(&b.name_folded).then(a.id.cmp(&b.id)));
        let mut vocab: [Vec<(String, Option<String>)>; KEYS.len()] = Default::default();
        let mut numbers: [HashMap<String, u16>; KEYS.len()] = Default::default();
        let values = orgs
            .iter()
            .map(|o| {
                std::array::from_fn(|bit| {
                    let mut own = Vec::new();
                    values_of(o, KEYS[bit], |v, label| {
                        let n = *numbers[bit].entry(v.to_string()).or_insert_with(|| {
                            vocab[bit].push((v.to_string(), label.map(str::to_string)));
                            u16::try_from(vocab[bit].len() - 1).unwrap_or(u16::MAX)
                        });
                        own.push(n);
                    });
                    own.into_boxed_slice()
                })
            })
            .collect();
        let mut newest: Vec<u32> = (0..orgs.len()).filter_map(|i| u32::try_from(i).ok()).collect();
        // stable: equal dates keep the name order
        newest.sort_by(|a, b| orgs[*b as usize].created_at.cmp(&orgs[*a as usize].created_at));
        OrgTable { orgs, values, vocab, newest }
    }

    fn filters<'q>(&self, kinds: &'q [OrgKind], q: &ListQuery) -> Filters<'q> {
        let values = KEYS
            .iter()
            .enumerate()
            .filter_map(|(bit, key)| q.filter(*key).map(|v| (bit, v)))
            // verified is "1" or "0"; anything else filters nothing
            .filter(|(bit, v)| KEYS[*bit] != FacetKey::Verified || matches!(*v, "1" | "0"))
            .map(|(bit, v)| {
                (bit, self.vocab[bit].iter().position(|(value, _)| value == v).and_then(|n| u16::try_from(n).ok()))
            })
            .collect();
        Filters { kinds, values, name: q.q.as_deref().map(fold) }
    }

    /// One page of the directory of `kinds` (all kinds when empty) with the counts of `facets`.
    pub fn list(&self, kinds: &[OrgKind], facets: &[FacetKey], q: &ListQuery) -> DirectoryPage {
        let f = self.filters(kinds, q);
        let asked: Vec<usize> = facets.iter().filter_map(|k| KEYS.iter().position(|key| key == k)).collect();
        let mut counts: Vec<Vec<i64>> = self.vocab.iter().map(|v| vec![0; v.len()]).collect();
        let mut listed = Vec::new();
        for (i, o) in self.orgs.iter().enumerate() {
            // kind and name are never a facet's own filter
            if !(f.kinds.is_empty() || f.kinds.contains(&o.card.kind))
                || !f.name.as_deref().is_none_or(|n| o.name_folded.contains(n))
            {
                continue;
            }
            let own = &self.values[i];
            let fails = f
                .values
                .iter()
                .filter(|(bit, n)| !n.is_some_and(|n| own[*bit].contains(&n)))
                .fold(0u16, |mask, (bit, _)| mask | 1 << bit);
            if fails == 0 {
                listed.push(i);
            }
            for &bit in &asked {
                // counted under a facet when it passes every other filter
                if fails & !(1 << bit) == 0 {
                    own[bit].iter().for_each(|n| counts[bit][usize::from(*n)] += 1);
                }
            }
        }
        let total = listed.len() as u64;
        let offset = usize::try_from(q.offset()).unwrap_or(usize::MAX);
        let page: Vec<usize> = match q.sort {
            Sort::Newest => {
                let mut on = vec![false; self.orgs.len()];
                listed.iter().for_each(|i| on[*i] = true);
                self.newest
                    .iter()
                    .map(|i| *i as usize)
                    .filter(|i| on[*i])
                    .skip(offset)
                    .take(q.per_page as usize)
                    .collect()
            }
            _ => listed.into_iter().skip(offset).take(q.per_page as usize).collect(),
        };
        let facets = facets
            .iter()
            .map(|key| {
                let values = match KEYS.iter().position(|k| k == key) {
                    Some(bit) => facet_values(
                        self.vocab[bit]
                            .iter()
                            .zip(&counts[bit])
                            .map(|((value, label), n)| (Some(value.clone()), label.clone(), *n))
                            .collect(),
                    ),
                    None => Vec::new(),
                };
                Facet { key: *key, values }
            })
            .collect();
        DirectoryPage {
            page: Page {
                hits: page.into_iter().map(|i| self.orgs[i].card.clone()).collect(),
                total_hits: total,
                page: q.page,
                per_page: q.per_page,
            },
            facets,
        }
    }

    /// How many organisations of each kind there are, by kind code.
    pub fn kind_counts(&self) -> Vec<KindCount> {
        let mut counts: BTreeMap<&str, KindCount> = BTreeMap::new();
        for o in &self.orgs {
            counts.entry(o.card.kind.as_str()).or_insert(KindCount { kind: o.card.kind, count: 0 }).count += 1;
        }
        counts.into_values().collect()
    }

    /// The `limit` organisations of `kinds` that joined last, with when each joined and last
    /// changed (the Atom feeds).
    pub fn newest(&self, kinds: &[OrgKind], limit: u32) -> Vec<Dated<OrgCard>> {
        let mut all: Vec<&DirectoryOrg> =
            self.orgs.iter().filter(|o| kinds.is_empty() || kinds.contains(&o.card.kind)).collect();
        all.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
        all.into_iter()
            .take(limit as usize)
            .map(|o| Dated { item: o.card.clone(), published: o.created_at.clone(), updated: o.updated_at.clone() })
            .collect()
    }
}
