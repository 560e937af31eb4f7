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
use std::collections::BTreeMap;
use std::ops::Bound;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{Index, Term};

/// Words shorter than this (in characters) are never matched approximately.
pub(super) const FUZZY_MIN_CHARS: usize = 4;
/// A word in more than this share of documents is optional (it only adds to the score).
const COMMON_SHARE: f64 = 0.4;
/// Adjacent words are boosted as a phrase in bodies only when one of them is in at most this
/// share of documents.
const BODY_PHRASE_SHARE: f64 = 0.05;
/// An unknown word stands for at most this many indexed words one edit away.
const MAX_CORRECTIONS: usize = 5;

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
    df(f.title_f, &t.folded).max(df(f.body_f, &t.folded)).max(df(f.en, &t.en)).max(df(f.title_en, &t.en))
}

/// Indexed folded words (title or body) within `distance` edits of `folded`, a transposition
/// counting as one, with the number of documents holding each; most frequent first.
pub fn neighbours(searcher: &tantivy::Searcher, f: &Fields, folded: &str, distance: u8) -> Vec<(String, u64)> {
    let mut best: BTreeMap<String, u64> = BTreeMap::new();
    for field in [f.title_f, f.body_f] {
        let mut in_field: BTreeMap<String, u64> = BTreeMap::new();
        for segment in searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(field) else { continue };
            let Ok(automaton) = FuzzyTermQuery::new(term(field, folded), distance, true).automaton() else { continue };
            let Ok(mut stream) = inverted.terms().search(automaton).into_stream() else { continue };
            while stream.advance() {
                let Ok(word) = std::str::from_utf8(stream.key()) else { continue };
                *in_field.entry(word.to_string()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
        for (word, n) in in_field {
            let entry = best.entry(word).or_default();
            *entry = (*entry).max(n);
        }
    }
    let mut out: Vec<(String, u64)> = best.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// What the index knows of each word of a query, looked up once per search (the strict
/// query, the relaxed one and "did you mean" all read it): how many documents hold the word,
/// and for an unknown word the likeliest indexed words it was meant to be.
pub struct Lexicon {
    pub dfs: Vec<u64>,
    /// Per word, best first; empty for known or short words.
    pub corrections: Vec<Vec<String>>,
}

impl Lexicon {
    pub fn of(searcher: &tantivy::Searcher, f: &Fields, q: &ParsedQuery) -> Lexicon {
        let dfs: Vec<u64> = q.terms.iter().map(|t| doc_freq(searcher, f, t)).collect();
        let mut corrections: Vec<Vec<String>> =
            q.terms.iter().zip(&dfs).map(|(t, &df)| corrections(searcher, f, t, df > 0)).collect();
        for i in 0..corrections.len() {
            if corrections[i].len() > 1 {
                let word = |j: usize| corrections[j].first().cloned().unwrap_or_else(|| q.terms[j].folded.clone());
                let before = i.checked_sub(1).map(word);
                let after = (i + 1 < q.terms.len()).then(|| word(i + 1));
                in_context(searcher, f, &mut corrections[i], before.as_deref(), after.as_deref());
            }
        }
        Lexicon { dfs, corrections }
    }
}

/// Puts first the corrections that form a title phrase with the words typed beside them, the
/// commonest pairing first: "sinh hocc" means "sinh học" (a pair in many titles), not the
/// commoner word "hoặc" ("or"). The order stays by frequency where no correction pairs up.
/// Only typos pay for it: a phrase count in titles per correction (five at most).
fn in_context(
    searcher: &tantivy::Searcher,
    f: &Fields,
    corrections: &mut Vec<String>,
    before: Option<&str>,
    after: Option<&str>,
) {
    let titles = |words: [&str; 2]| {
        let q = PhraseQuery::new(words.iter().map(|w| term(f.title_f, w)).collect());
        searcher.search(&q, &tantivy::collector::Count).unwrap_or(0)
    };
    let pairs = |c: &str| before.map_or(0, |b| titles([b, c])) + after.map_or(0, |a| titles([c, a]));
    let mut ranked: Vec<(usize, String)> = std::mem::take(corrections).into_iter().map(|c| (pairs(&c), c)).collect();
    // stable: equal counts keep the frequency order
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    corrections.extend(ranked.into_iter().map(|(_, c)| c));
}

/// What an unknown word of the query probably meant: the commonest indexed words one edit
/// away. Empty for known or short words.
fn corrections(searcher: &tantivy::Searcher, f: &Fields, t: &QueryTerm, known: bool) -> Vec<String> {
    if known || t.folded.chars().count() < FUZZY_MIN_CHARS {
        return Vec::new();
    }
    neighbours(searcher, f, &t.folded, 1).into_iter().take(MAX_CORRECTIONS).map(|(w, _)| w).collect()
}

/// One word in any of its forms, best first: exact title, folded title, folded body, English.
fn word_clause(f: &Fields, t: &QueryTerm, corrections: &[String]) -> Box<dyn Query> {
    let mut should: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Should, term_query(f.title, &t.exact, 6.0)),
        (Occur::Should, term_query(f.title_f, &t.folded, 3.0)),
        (Occur::Should, term_query(f.body_f, &t.folded, 1.0)),
    ];
    // a word written with Vietnamese letters is not English
    if t.exact.is_ascii() {
        should.push((Occur::Should, term_query(f.title_en, &t.en, 3.0)));
        should.push((Occur::Should, term_query(f.en, &t.en, 1.0)));
    }
    // A typo matches the words it was probably meant to be, scored like them (a constant-score
    // fuzzy query would rank every near match alike, whatever the field or frequency) but at
    // half the weight of the folded word.
    for word in corrections {
        should.push((Occur::Should, term_query(f.title_f, word, 1.5)));
        should.push((Occur::Should, term_query(f.body_f, word, 0.5)));
    }
    Box::new(BooleanQuery::new(should))
}

/// The text part of a search, or `None` when nothing searchable was typed. `relaxed` lets one
/// word be missing (used when no document has them all).
pub fn text_query(
    searcher: &tantivy::Searcher,
    f: &Fields,
    q: &ParsedQuery,
    lexicon: &Lexicon,
    relaxed: bool,
) -> Option<Box<dyn Query>> {
    if q.terms.is_empty() {
        return None;
    }
    let total = searcher.num_docs().max(1) as f64;
    let dfs = &lexicon.dfs;
    let is_common = |df: u64| df as f64 > total * COMMON_SHARE;
    // Common words are optional only beside a rarer one that decides what matches: when every
    // word is common ("công nghệ"), dropping them all would match either word alone.
    let optional_common = dfs.iter().any(|df| !is_common(*df));
    let mut words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    // each word's folded form for the phrase boosts: a typo's likeliest correction
    let mut folded_forms: Vec<String> = Vec::with_capacity(q.terms.len());
    for ((t, &df), corrected) in q.terms.iter().zip(dfs).zip(&lexicon.corrections) {
        let common = optional_common && is_common(df);
        let occur = if relaxed || common { Occur::Should } else { Occur::Must };
        folded_forms.push(corrected.first().cloned().unwrap_or_else(|| t.folded.clone()));
        words.push((occur, word_clause(f, t, corrected)));
    }
    let words: Box<dyn Query> = if relaxed {
        Box::new(BooleanQuery::with_minimum_required_clauses(words, q.terms.len().saturating_sub(1).max(1)))
    } else {
        Box::new(BooleanQuery::new(words))
    };
    let mut outer: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, words)];
    for ((pair, folded), df) in q.terms.windows(2).zip(folded_forms.windows(2)).zip(dfs.windows(2)) {
        let folded = [folded[0].as_str(), folded[1].as_str()];
        outer.push((Occur::Should, phrase(f.title_f, &folded, 4.0)));
        // Checking positions in long bodies is most of a query's cost when both words are
        // everywhere; such a pair says little about a body anyway, so only rarer pairs count.
        if df[0].min(df[1]) as f64 <= total * BODY_PHRASE_SHARE {
            outer.push((Occur::Should, phrase(f.body_f, &folded, 2.0)));
        }
        if pair[0].exact.is_ascii() && pair[1].exact.is_ascii() {
            outer.push((Occur::Should, phrase(f.title_en, &[pair[0].en.as_str(), pair[1].en.as_str()], 2.0)));
        }
    }
    for quoted in &q.phrases {
        let folded: Vec<&str> = quoted.iter().map(|t| t.folded.as_str()).collect();
        let en: Vec<&str> = quoted.iter().map(|t| t.en.as_str()).collect();
        let any_field = BooleanQuery::new(vec![
            (Occur::Should, phrase(f.title_f, &folded, 2.0)),
            (Occur::Should, phrase(f.body_f, &folded, 1.0)),
            (Occur::Should, phrase(f.title_en, &en, 2.0)),
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
