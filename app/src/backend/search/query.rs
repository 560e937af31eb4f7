//! From what the user typed to a tantivy query.
//!
//! Every word must match (exactly, folded, in English, or, for an unknown longer word, within
//! one edit), except very common words, which only add to the score. Adjacent words that also
//! appear side by side score higher, so "công nghệ" ranks the phrase above scattered "công".
//! Text in double quotes must match as a phrase. Syntax characters are just separators.

use super::schema::{ENGLISH, EXACT, Fields, tokens};
use crate::backend::text::{fold, nfc};
use crate::domain::FacetKey;
use crate::domain::query::MAX_Q_CHARS;
use crate::domain::search::{MAX_QUERY_TERMS, SEARCH_FACETS};
use std::ops::Bound;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{Index, Term};

/// Words shorter than this (in characters) are never matched approximately.
const FUZZY_MIN_CHARS: usize = 4;
/// A word in more than this share of documents is optional (it only adds to the score).
const COMMON_SHARE: f64 = 0.4;

#[derive(Clone, Debug, PartialEq)]
pub struct QueryTerm {
    /// As typed: NFC, lower case.
    pub exact: String,
    /// Without diacritics.
    pub folded: String,
    /// English stem.
    pub en: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedQuery {
    pub terms: Vec<QueryTerm>,
    /// Quoted runs of two or more words.
    pub phrases: Vec<Vec<QueryTerm>>,
}

pub fn parse(index: &Index, raw: &str) -> ParsedQuery {
    let raw: String = nfc(raw).chars().take(MAX_Q_CHARS).collect();
    let mut parsed = ParsedQuery::default();
    for (i, segment) in raw.split('"').enumerate() {
        let terms: Vec<QueryTerm> = tokens(index, EXACT, segment)
            .into_iter()
            .map(|exact| {
                let en = tokens(index, ENGLISH, &exact).pop().unwrap_or_else(|| exact.clone());
                QueryTerm { folded: fold(&exact), en, exact }
            })
            .collect();
        if i % 2 == 1 && terms.len() > 1 {
            parsed.phrases.push(terms.clone());
        }
        parsed.terms.extend(terms);
    }
    parsed.terms.truncate(MAX_QUERY_TERMS);
    parsed.phrases.retain(|p| p.len() <= MAX_QUERY_TERMS);
    parsed
}

fn term(field: Field, text: &str) -> Term {
    Term::from_field_text(field, text)
}

fn boosted(q: impl Query, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(Box::new(q), boost))
}

fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    boosted(TermQuery::new(term(field, text), IndexRecordOption::WithFreqs), boost)
}

fn phrase(field: Field, words: &[&str], boost: f32) -> Box<dyn Query> {
    boosted(PhraseQuery::new(words.iter().map(|w| term(field, w)).collect()), boost)
}

/// In how many documents the word occurs, in any of its forms.
pub fn doc_freq(searcher: &tantivy::Searcher, f: &Fields, t: &QueryTerm) -> u64 {
    let df = |field: Field, text: &str| searcher.doc_freq(&term(field, text)).unwrap_or(0);
    df(f.title_f, &t.folded).max(df(f.body_f, &t.folded)).max(df(f.en, &t.en))
}

/// One word in any of its forms, best first: exact title, folded title, exact body, …
fn word_clause(f: &Fields, t: &QueryTerm, known: bool) -> Box<dyn Query> {
    let mut should: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Should, term_query(f.title, &t.exact, 6.0)),
        (Occur::Should, term_query(f.title_f, &t.folded, 3.0)),
        (Occur::Should, term_query(f.body, &t.exact, 2.0)),
        (Occur::Should, term_query(f.body_f, &t.folded, 1.0)),
        (Occur::Should, term_query(f.en, &t.en, 1.0)),
    ];
    // a typo: an unknown word matches its neighbours, below every real match
    if !known && t.folded.chars().count() >= FUZZY_MIN_CHARS {
        for (field, score) in [(f.title_f, 0.6), (f.body_f, 0.2)] {
            let fuzzy = FuzzyTermQuery::new(term(field, &t.folded), 1, true);
            should.push((Occur::Should, Box::new(ConstScoreQuery::new(Box::new(fuzzy), score))));
        }
    }
    Box::new(BooleanQuery::new(should))
}

/// The text part of a search, or `None` when nothing searchable was typed. `relaxed` lets one
/// word be missing (used when no document has them all).
pub fn text_query(searcher: &tantivy::Searcher, f: &Fields, q: &ParsedQuery, relaxed: bool) -> Option<Box<dyn Query>> {
    if q.terms.is_empty() {
        return None;
    }
    let total = searcher.num_docs().max(1) as f64;
    let many = q.terms.len() > 1;
    let mut words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for t in &q.terms {
        let df = doc_freq(searcher, f, t);
        let common = many && df as f64 > total * COMMON_SHARE;
        let occur = if relaxed || common { Occur::Should } else { Occur::Must };
        words.push((occur, word_clause(f, t, df > 0)));
    }
    let words: Box<dyn Query> = if relaxed {
        Box::new(BooleanQuery::with_minimum_required_clauses(words, q.terms.len().saturating_sub(1).max(1)))
    } else {
        Box::new(BooleanQuery::new(words))
    };
    let mut outer: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, words)];
    for pair in q.terms.windows(2) {
        let folded = [pair[0].folded.as_str(), pair[1].folded.as_str()];
        outer.push((Occur::Should, phrase(f.title_f, &folded, 4.0)));
        outer.push((Occur::Should, phrase(f.body_f, &folded, 2.0)));
        outer.push((Occur::Should, phrase(f.title, &[pair[0].exact.as_str(), pair[1].exact.as_str()], 2.0)));
        outer.push((Occur::Should, phrase(f.body, &[pair[0].exact.as_str(), pair[1].exact.as_str()], 1.0)));
    }
    for quoted in &q.phrases {
        let folded: Vec<&str> = quoted.iter().map(|t| t.folded.as_str()).collect();
        let en: Vec<&str> = quoted.iter().map(|t| t.en.as_str()).collect();
        let any_field = BooleanQuery::new(vec![
            (Occur::Should, phrase(f.title_f, &folded, 2.0)),
            (Occur::Should, phrase(f.body_f, &folded, 1.0)),
            (Occur::Should, phrase(f.en, &en, 1.0)),
        ]);
        outer.push((Occur::Must, Box::new(any_field)));
    }
    Some(Box::new(BooleanQuery::new(outer)))
}

/// The facet term a filter selects.
pub fn facet_term(f: &Fields, key: FacetKey, value: &str) -> Term {
    Term::from_facet(f.facets, &Facet::from_path([key.as_str(), value]))
}

/// Text query plus every filter except `except`, and what is never shown (expired listings).
pub fn compose(
    f: &Fields,
    text: Option<&dyn Query>,
    filters: &[(FacetKey, String)],
    except: Option<FacetKey>,
    today: i64,
) -> BooleanQuery {
    let base: Box<dyn Query> = match text {
        Some(q) => q.box_clone(),
        None => Box::new(AllQuery),
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, base)];
    for (key, value) in filters {
        if SEARCH_FACETS.contains(key) && Some(*key) != except {
            let q = TermQuery::new(facet_term(f, *key, value), IndexRecordOption::Basic);
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(q), 0.0))));
        }
    }
    let expired = RangeQuery::new(Bound::Unbounded, Bound::Excluded(Term::from_field_i64(f.expires, today)));
    clauses.push((Occur::MustNot, Box::new(expired)));
    BooleanQuery::new(clauses)
}
