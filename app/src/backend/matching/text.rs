//! Text similarity on the search index: tantivy's more-like-this over the folded syllables and
//! the syllable pairs of title and body (`search/pairs.rs`), restricted to the target kinds;
//! and the shared key terms a suggestion shows (runs of two or more syllables both texts
//! contain, since Vietnamese words are mostly multi-syllable: "tưới nhỏ giọt", "cảm biến").

use super::candidates::Target;
use crate::backend::search::Generation;
use crate::backend::search::doc::{key, parse_key};
use crate::backend::search::schema::EXACT;
use crate::backend::search::{keys, pairs};
use crate::backend::text::fold;
use crate::domain::search::DocGroup;
use std::collections::HashSet;
use std::ops::Bound;
use std::sync::OnceLock;
use std::time::Duration;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, MoreLikeThisQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{IndexRecordOption, OwnedValue, Value};
use tantivy::{TantivyDocument, Term};

/// Candidates the text similarity contributes.
const TEXT_CANDIDATES: usize = 150;
/// Terms of the more-like-this query. Syllable pairs are rarer than syllables, so they take the
/// first places; 60 leaves room for the syllables too (on the judged pairs 30 lost candidates
/// whose texts share only single words, and 90 ranked no better than 60).
const QUERY_TERMS: usize = 60;
/// Words in more than this share of documents say nothing about a pair.
const COMMON_SHARE: f64 = 0.25;
/// A key phrase needs one word at most this common.
const RARE_SHARE: f64 = 0.12;
/// A phrase in more than this share of documents is generic ("rút ngắn", "ý tưởng", "thời
/// gian"): the stop list learned from the corpus, on top of `GENERIC`.
const PHRASE_COMMON_SHARE: f64 = 0.04;
/// Below this many documents, a phrase's share says little: only `GENERIC` applies.
const PHRASE_COMMON_MIN_DOCS: u64 = 8;
/// Key terms shown per suggestion.
pub const KEY_TERMS: usize = 3;

/// Function words and boilerplate, as written (lower case): never a key term's edge, never a
/// more-like-this term.
const STOP: &[&str] = &[
    "và", "của", "cho", "các", "những", "được", "với", "trong", "một", "là", "có", "để", "từ", "tại", "theo", "về",
    "khi", "này", "do", "thì", "đã", "sẽ", "đang", "như", "trên", "ra", "vào", "giúp", "nhiều", "mọi", "hơn", "bằng",
    "thể", "ở", "đến", "sau", "qua", "rất", "không", "người", "chúng", "tôi", "hiện", "nhất", "phải", "cùng", "thêm",
    "từng", "việc", "mức", "gồm", "bởi", "nên", "nếu", "hay", "hoặc", "mỗi", "đó", "nay", "năm", "nhau", "lại", "vẫn",
    "trước", "dưới", "giữa", "mẫu", "khoảng", "hơn", "the", "and", "for", "of", "in", "to", "with", "a", "an", "on",
    "by", "is", "sample",
];

/// Phrases too general to tell a reason on their own ("kế hoạch", "giải pháp"): never shown as a
/// shared key term, though a longer phrase holding one may be ("kế hoạch kinh doanh").
pub const GENERIC: &[&str] = &[
    "kế hoạch",
    "giải pháp",
    "phát triển",
    "hệ thống",
    "sản phẩm",
    "ứng dụng",
    "doanh nghiệp",
    "công nghệ",
    "nghiên cứu",
    "dịch vụ",
    "hiệu quả",
    "chất lượng",
    "thực hiện",
    "nâng cao",
    "hỗ trợ",
    "ninh bình",
];

fn is_stop(word: &str) -> bool {
    STOP.contains(&word)
}

/// What the text similarity found: candidates with their more-like-this scores, best first,
/// and the score the subject's own document gets from the same query (the most a text can
/// share with it; `None` when the subject is not in the index).
pub struct Similar {
    pub found: Vec<(DocGroup, i64, f32)>,
    pub own: Option<f32>,
}

/// Items of `targets` whose text is most like `text`. `exclude` is the subject's own key;
/// expired listings are left out as in search.
pub fn similar(ix: &Generation, text: &str, targets: &[Target], exclude: &str, today: i64) -> Similar {
    let f = &ix.fields;
    let searcher = ix.reader.searcher();
    let total = searcher.num_docs().max(1);
    let stop: Vec<String> = STOP.iter().map(|w| fold(w)).collect();
    let mlt = MoreLikeThisQuery::builder()
        .with_min_doc_frequency(2)
        .with_max_doc_frequency(((total as f64) * COMMON_SHARE) as u64 + 1)
        .with_min_term_frequency(1)
        .with_max_query_terms(QUERY_TERMS)
        .with_min_word_length(2)
        .with_stop_words(stop)
        .with_document_fields(vec![
            (f.body_f, vec![OwnedValue::Str(text.to_string())]),
            (f.pairs, vec![OwnedValue::Str(text.to_string())]),
        ]);
    let own_key: Box<dyn Query> =
        Box::new(TermQuery::new(Term::from_field_text(f.key, exclude), IndexRecordOption::Basic));
    // the subject's own document rides along in the same search: its score is the norm
    let mut wanted: Vec<(Occur, Box<dyn Query>)> = targets
        .iter()
        .flat_map(|t| t.kinds.iter())
        .map(|k| {
            let q: Box<dyn Query> =
                Box::new(TermQuery::new(Term::from_field_text(f.kind, k), IndexRecordOption::Basic));
            (Occur::Should, q)
        })
        .collect();
    wanted.push((Occur::Should, own_key));
    let expired = RangeQuery::new(Bound::Unbounded, Bound::Excluded(Term::from_field_i64(f.expires, today)));
    let query = BooleanQuery::new(vec![
        (Occur::Must, Box::new(mlt) as Box<dyn Query>),
        (Occur::Must, Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(wanted)), 0.0))),
        (Occur::MustNot, Box::new(expired)),
    ]);
    let top = match searcher.search(&query, &TopDocs::with_limit(TEXT_CANDIDATES + 1).order_by_score()) {
        Ok(top) => top,
        Err(e) => {
            // e.g. a subject without any indexed word: no text evidence, not a failure
            tracing::debug!(error = %e, "more-like-this found nothing");
            return Similar { found: Vec::new(), own: None };
        }
    };
    let mut own = None;
    let mut found = Vec::with_capacity(top.len());
    let addresses: Vec<_> = top.iter().map(|(_, address)| *address).collect();
    for ((score, _), k) in top.into_iter().zip(keys::of(&searcher, &addresses)) {
        let Some(k) = k else { continue };
        if k == exclude {
            own = Some(score).filter(|s| *s > 0.0);
        } else if let Some((group, id)) = parse_key(&k) {
            found.push((group, id, score));
        }
    }
    found.truncate(TEXT_CANDIDATES);
    Similar { found, own }
}

/// Runs of adjacent words (lower case, as written): a run breaks at punctuation.
fn runs(ix: &Generation, text: &str) -> Vec<Vec<String>> {
    let Some(mut analyzer) = ix.index.tokenizers().get(EXACT) else { return Vec::new() };
    let mut stream = analyzer.token_stream(text);
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut last_end: Option<usize> = None;
    while stream.advance() {
        let t = stream.token();
        let adjacent = last_end.is_some_and(|end| pairs::joined(text, end, t.offset_from));
        if !adjacent || out.is_empty() {
            out.push(Vec::new());
        }
        if let Some(run) = out.last_mut() {
            run.push(t.text.clone());
        }
        last_end = Some(t.offset_to);
    }
    out
}

/// The stored text (title and body) of an indexed document.
fn stored_text(ix: &Generation, group: DocGroup, id: i64) -> Option<String> {
    let f = &ix.fields;
    let searcher = ix.reader.searcher();
    let q = TermQuery::new(Term::from_field_text(f.key, &key(group, id)), IndexRecordOption::Basic);
    let (_, address) = searcher.search(&q, &TopDocs::with_limit(1).order_by_score()).ok()?.into_iter().next()?;
    let doc: TantivyDocument = searcher.doc(address).ok()?;
    let part = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("").to_string();
    Some(format!("{}\n{}", part(f.title_f), part(f.body_f)))
}

/// Words written with a capital inside a sentence ("Không gian sáng chế Sông Vân"): parts of
/// names, folded. A phrase holding one is a fragment of a name, not a shared key term.
fn name_words(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for line in text.lines() {
        let mut sentence_start = true;
        for word in line.split_whitespace() {
            let letters: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            let mut chars = letters.chars();
            let titlecase = chars.next().is_some_and(char::is_uppercase)
                && chars.clone().next().is_some()
                && chars.all(|c| !c.is_uppercase());
            if titlecase && !sentence_start {
                out.insert(fold(&letters));
            }
            sentence_start = word.ends_with(['.', '!', '?', ':', ';']);
        }
    }
    out
}

/// Whether a phrase (folded words) is in so many documents that it says nothing about a pair.
/// `scope` names the index directory, so the cache never mixes two indexes.
fn common_phrase(ix: &Generation, scope: &str, words: &[String]) -> bool {
    let total = ix.reader.searcher().num_docs();
    let limit = ((total as f64) * PHRASE_COMMON_SHARE) as u64;
    if limit < PHRASE_COMMON_MIN_DOCS {
        return false;
    }
    let key = format!("{scope}|{}|{}", ix.name, words.join(" "));
    if let Some(hit) = phrase_cache().get(&key) {
        return hit;
    }
    // callers pass phrases of two words or more (a single word's share is its doc_freq)
    let terms: Vec<Term> = words.iter().map(|w| Term::from_field_text(ix.fields.body_f, w)).collect();
    let count = ix.reader.searcher().search(&PhraseQuery::new(terms), &Count).unwrap_or(0) as u64;
    let common = count > limit;
    phrase_cache().insert(key, common);
    common
}

/// Phrase verdicts per index generation: a phrase's share moves slowly, so minutes of staleness
/// change nothing a reader would notice.
fn phrase_cache() -> &'static moka::sync::Cache<String, bool> {
    static CACHE: OnceLock<moka::sync::Cache<String, bool>> = OnceLock::new();
    CACHE.get_or_init(|| {
        moka::sync::Cache::builder().max_capacity(50_000).time_to_live(Duration::from_secs(600)).build()
    })
}

/// The subject's text as `key_terms` reads it, analysed once for all its candidates.
pub struct SubjectText {
    runs: Vec<Vec<String>>,
    names: HashSet<String>,
}

impl SubjectText {
    pub fn new(ix: &Generation, text: &str) -> SubjectText {
        SubjectText { runs: runs(ix, text), names: name_words(text) }
    }
}

/// Up to `KEY_TERMS` meaningful phrases of the subject's text that the indexed document also
/// contains, rarest first; `skip` holds folded phrases already shown as other reasons
/// (sector and place names). Never a fragment of a name, never a phrase common in the corpus
/// (`scope`: the index directory, see `common_phrase`).
pub fn key_terms(
    ix: &Generation,
    scope: &str,
    subject: &SubjectText,
    group: DocGroup,
    id: i64,
    skip: &[String],
) -> Vec<String> {
    let Some(other) = stored_text(ix, group, id) else { return Vec::new() };
    let mut names = name_words(&other);
    names.extend(subject.names.iter().cloned());
    let pairs: HashSet<(String, String)> = runs(ix, &other)
        .into_iter()
        .flat_map(|run| run.windows(2).map(|w| (fold(&w[0]), fold(&w[1]))).collect::<Vec<_>>())
        .collect();
    let searcher = ix.reader.searcher();
    let total = searcher.num_docs().max(1) as f64;
    let share =
        |w: &str| searcher.doc_freq(&Term::from_field_text(ix.fields.body_f, &fold(w))).unwrap_or(0) as f64 / total;
    let mut found: Vec<(f64, String)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for run in &subject.runs {
        // split at function words, then keep the stretches whose neighbours the other text pairs too
        for part in run.split(|w| is_stop(w)) {
            let mut start = 0;
            for end in 1..=part.len() {
                let joined = end < part.len() && pairs.contains(&(fold(&part[end - 1]), fold(&part[end])));
                if joined {
                    continue;
                }
                let phrase = &part[start..end];
                start = end;
                if phrase.len() < 2 || phrase.len() > 6 {
                    continue;
                }
                let shares: Vec<f64> = phrase.iter().map(|w| share(w)).collect();
                let rarest = shares.iter().copied().fold(1.0, f64::min);
                let text = phrase.join(" ");
                let folded = fold(&text);
                let words: Vec<String> = phrase.iter().map(|w| fold(w)).collect();
                let generic = GENERIC.iter().any(|g| fold(g) == folded);
                let named = words.iter().any(|w| names.contains(w));
                if rarest > RARE_SHARE
                    || generic
                    || named
                    || skip.iter().any(|s| s.contains(&folded))
                    || !seen.insert(folded)
                    || common_phrase(ix, scope, &words)
                {
                    continue;
                }
                let weight: f64 = shares.iter().map(|s| (1.0 / s.max(1.0 / total)).ln()).sum();
                found.push((weight, text));
            }
        }
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    found.into_iter().take(KEY_TERMS).map(|(_, t)| t).collect()
}
