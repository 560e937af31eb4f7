//! Who may be suggested to whom, and the candidates that share sectors with the subject (the
//! text similarity finds the others, see `text.rs`). Both come from the search index: grouping
//! the database's sector rows took ~90 ms per target at 100k documents, the index's facet
//! postings take a few.
//!
//! | subject | suggested |
//! |---|---|
//! | startup | incubators, innovation spaces, investors, programmes not yet closed |
//! | incubator, innovation space, investor | startups |
//! | enterprise | technology offers, institutes / universities / R&D centres, startups |
//! | institute, university, R&D centre | challenges, enterprises |
//! | agency | technology offers, institutes / universities / R&D centres |
//! | intermediary | technology offers, challenges |
//! | technology offer | enterprises, challenges |
//! | challenge | technology offers, institutes / universities / R&D centres, startups |

use super::facts::Facts;
use crate::backend::search::Generation;
use crate::backend::search::doc::parse_key;
use crate::backend::search::keys;
use crate::domain::search::DocGroup;
use std::ops::Bound;
use tantivy::Term;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption};

/// Candidates the shared sectors add per target, the ones sharing most sectors first.
const PER_TARGET: usize = 150;

const KNOWLEDGE: &[&str] = &["institute", "university", "rnd_center"];

/// A family of suggestions: a group and, for organisations, the kinds (the index's `kind`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Target {
    pub group: DocGroup,
    pub kinds: &'static [&'static str],
}

const fn orgs(kinds: &'static [&'static str]) -> Target {
    Target { group: DocGroup::Org, kinds }
}
const OFFERS: Target = Target { group: DocGroup::Offer, kinds: &["offer"] };
const CHALLENGES: Target = Target { group: DocGroup::Challenge, kinds: &["challenge"] };
const PROGRAMMES: Target = Target { group: DocGroup::Programme, kinds: &["programme"] };

/// What a subject of this kind (an organisation kind, `offer` or `challenge`) is shown.
pub fn targets(kind: &str) -> Vec<Target> {
    match kind {
        "startup" => vec![orgs(&["incubator", "innovation_space", "investor"]), PROGRAMMES],
        "incubator" | "innovation_space" | "investor" => vec![orgs(&["startup"])],
        "enterprise" => vec![OFFERS, orgs(&["institute", "university", "rnd_center", "startup"])],
        "institute" | "university" | "rnd_center" => vec![CHALLENGES, orgs(&["enterprise"])],
        "agency" => vec![OFFERS, orgs(KNOWLEDGE)],
        "intermediary" => vec![OFFERS, CHALLENGES],
        "offer" => vec![orgs(&["enterprise"]), CHALLENGES],
        "challenge" => vec![OFFERS, orgs(&["institute", "university", "rnd_center", "startup"])],
        _ => Vec::new(),
    }
}

/// Indexed items of `target` sharing a sector with `subject` (not `exclude`, its own key, nor
/// what has expired), the ones sharing most sectors first. What the index holds is public, not
/// always available (a closed challenge, an organisation's own items): the facts say.
pub fn by_sector(ix: &Generation, subject: &Facts, target: Target, exclude: &str, today: i64) -> Vec<(DocGroup, i64)> {
    if subject.sectors.is_empty() {
        return Vec::new();
    }
    let f = &ix.fields;
    let term = |field, text: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::Basic))
    };
    // each shared sector adds one: the score counts them
    let sectors: Vec<(Occur, Box<dyn Query>)> = subject
        .sectors
        .iter()
        .map(|c| {
            let facet = Term::from_facet(f.facets, &Facet::from(format!("/sector/{c}").as_str()));
            let q: Box<dyn Query> =
                Box::new(ConstScoreQuery::new(Box::new(TermQuery::new(facet, IndexRecordOption::Basic)), 1.0));
            (Occur::Should, q)
        })
        .collect();
    let kinds: Vec<(Occur, Box<dyn Query>)> = target.kinds.iter().map(|k| (Occur::Should, term(f.kind, k))).collect();
    let expired = RangeQuery::new(Bound::Unbounded, Bound::Excluded(Term::from_field_i64(f.expires, today)));
    let query = BooleanQuery::new(vec![
        (Occur::Must, Box::new(BooleanQuery::new(sectors))),
        (Occur::Must, Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(kinds)), 0.0))),
        (Occur::MustNot, Box::new(expired)),
        (Occur::MustNot, term(f.key, exclude)),
    ]);
    let searcher = ix.reader.searcher();
    let Ok(top) = searcher.search(&query, &TopDocs::with_limit(PER_TARGET).order_by_score()) else {
        return Vec::new();
    };
    let addresses: Vec<_> = top.into_iter().map(|(_, address)| address).collect();
    keys::of(&searcher, &addresses)
        .into_iter()
        .filter_map(|k| parse_key(&k?))
        .filter(|(g, _)| *g == target.group)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subject_kind_has_targets_and_none_suggests_its_own_kind_family_wrongly() {
        for kind in [
            "startup",
            "incubator",
            "investor",
            "enterprise",
            "institute",
            "agency",
            "intermediary",
            "offer",
            "challenge",
        ] {
            assert!(!targets(kind).is_empty(), "{kind}");
        }
        assert!(targets("startup").iter().all(|t| !t.kinds.contains(&"startup")));
        assert_eq!(targets("offer"), vec![orgs(&["enterprise"]), CHALLENGES]);
        assert!(targets("nonsense").is_empty());
    }
}
