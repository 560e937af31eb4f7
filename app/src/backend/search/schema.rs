//! The index layout and its analyzers.
//!
//! Titles are indexed twice: as written (NFC, lower case) and folded (no diacritics, `đ` → `d`);
//! bodies only folded (a second copy of every body cost a fifth of the index and of the query
//! time for little ranking gain). A query hits both title forms, the exact one with the higher
//! boost, so "nông nghiệp" ranks titles spelled that way above ones that only match
//! "nong nghiep". English text gets its own stemmed fields. Title and body are indexed once more
//! as syllable pairs (`pairs.rs`, not stored, without positions) for matching.

use super::super::text::fold;
use tantivy::Index;
use tantivy::schema::{
    FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// The key field's name (its fast column is read by name, `keys.rs`).
pub const KEY: &str = "key";
pub const EXACT: &str = "vi_exact";
pub const FOLDED: &str = "vi_folded";
pub const ENGLISH: &str = "en_stem";
pub const PAIRS: &str = "vi_pairs";

/// Handles to every field, resolved once.
#[derive(Clone, Copy)]
pub struct Fields {
    /// `{group}:{id}`: what updates delete by.
    pub key: Field,
    pub group: Field,
    pub kind: Field,
    pub slug: Field,
    pub title: Field,
    /// Folded title; stores the original text (for display and highlighting).
    pub title_f: Field,
    /// Folded body; stores the original text for snippets.
    pub body_f: Field,
    /// Title and body as syllable pairs (lower case, diacritics kept): what matching compares
    /// texts on.
    pub pairs: Field,
    /// English body, stemmed; stored for English snippets.
    pub en: Field,
    /// English title, stemmed, stored for display.
    pub title_en: Field,
    pub owner: Field,
    /// `/kind/…`, `/sector/…`, `/location/…`, … (see `doc.rs`).
    pub facets: Field,
    pub trl: Field,
    /// Publication (or creation) time, unix seconds: the "newest" order.
    pub date: Field,
    /// Day number after which an offer's listing has expired (`i64::MAX` when it never does).
    pub expires: Field,
    pub display_date: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str, stored: bool| {
        let idx = TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let opts = TextOptions::default().set_indexing_options(idx);
        if stored { opts.set_stored() } else { opts }
    };
    let fields = Fields {
        key: b.add_text_field(KEY, STRING | STORED | FAST),
        group: b.add_text_field("group", STRING | STORED),
        kind: b.add_text_field("kind", STRING | STORED),
        slug: b.add_text_field("slug", STORED),
        title: b.add_text_field("title", text(EXACT, false)),
        title_f: b.add_text_field("title_f", text(FOLDED, true)),
        body_f: b.add_text_field("body_f", text(FOLDED, true)),
        pairs: b.add_text_field(
            "pairs",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default().set_tokenizer(PAIRS).set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        en: b.add_text_field("en", text(ENGLISH, true)),
        title_en: b.add_text_field("title_en", text(ENGLISH, true)),
        owner: b.add_text_field("owner", STORED),
        facets: b.add_facet_field("facets", FacetOptions::default().set_stored()),
        trl: b.add_u64_field("trl", STORED),
        date: b.add_i64_field("date", FAST),
        expires: b.add_i64_field("expires", INDEXED),
        display_date: b.add_text_field("display_date", STORED),
    };
    (b.build(), fields)
}

/// Registers the analyzers the schema names; call on every opened index.
pub fn register_tokenizers(index: &Index) {
    let base = || TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40));
    let tokenizers = index.tokenizers();
    tokenizers.register(EXACT, base().filter(LowerCaser).build());
    tokenizers.register(FOLDED, base().filter(VietFold).build());
    tokenizers.register(PAIRS, super::pairs::SyllablePairs::default());
    tokenizers.register(ENGLISH, base().filter(LowerCaser).filter(Stemmer::new(Language::English)).build());
}

/// Lower-cases and removes diacritics exactly as `text::fold` does, so index and query agree.
#[derive(Clone)]
pub struct VietFold;

impl TokenFilter for VietFold {
    type Tokenizer<T: Tokenizer> = VietFoldFilter<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> VietFoldFilter<T> {
        VietFoldFilter(tokenizer)
    }
}

#[derive(Clone)]
pub struct VietFoldFilter<T>(T);

impl<T: Tokenizer> Tokenizer for VietFoldFilter<T> {
    type TokenStream<'a> = VietFoldStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        VietFoldStream(self.0.token_stream(text))
    }
}

pub struct VietFoldStream<S>(S);

impl<S: TokenStream> TokenStream for VietFoldStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let token = self.0.token_mut();
        if token.text.is_ascii() {
            token.text.make_ascii_lowercase();
        } else {
            token.text = fold(&token.text);
        }
        true
    }
    fn token(&self) -> &Token {
        self.0.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

/// The terms `analyzer` makes of `text`.
pub fn tokens(index: &Index, analyzer: &str, text: &str) -> Vec<String> {
    let Some(mut a) = index.tokenizers().get(analyzer) else { return Vec::new() };
    let mut stream = a.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}
