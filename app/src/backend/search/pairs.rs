//! Syllable pairs: the analyzer of the field matching compares texts on. Vietnamese words are
//! mostly two or three syllables written apart ("chiếu cói", "bảo trì dự đoán", "dừng máy"), so
//! single syllables confuse "tự động hóa" with "tối ưu hóa"; adjacent pairs, lower-cased and
//! joined ("chiếu_cói", "bảo_trì", "trì_dự", "dự_đoán"), keep the words together. Unlike search,
//! they keep the diacritics: folded, "ùn tắc" (congestion) and "hợp tác" (cooperation) share
//! "tac". A pair never spans punctuation. Pairs that straddle two words are rare in other texts
//! unless the same phrase is there, which is what a match should reward anyway.

use tantivy::tokenizer::{SimpleTokenizer, Token, TokenStream, Tokenizer};

/// Syllables longer than this are not words (hashes, run-together text): a pair breaks there.
const LONGEST_SYLLABLE: usize = 40;

/// Whether the word starting at `from` follows the one ending at `to` in `text` as part of the
/// same phrase: only spaces between them, no punctuation or line break. Matching's shared key
/// terms read phrases by the same rule.
pub fn joined(text: &str, to: usize, from: usize) -> bool {
    text.get(to..from).is_some_and(|gap| gap.chars().all(|c| c == ' '))
}

#[derive(Clone, Default)]
pub struct SyllablePairs {
    words: SimpleTokenizer,
    pairs: Vec<Token>,
}

impl Tokenizer for SyllablePairs {
    type TokenStream<'a> = PairStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairStream<'a> {
        self.pairs.clear();
        let mut words = self.words.token_stream(text);
        // the previous syllable: lower case, where it starts and ends
        let mut previous: Option<(String, usize, usize)> = None;
        while words.advance() {
            let word = words.token();
            if word.text.len() > LONGEST_SYLLABLE {
                previous = None;
                continue;
            }
            let lower = word.text.to_lowercase();
            if let Some((before, from, to)) = &previous
                && joined(text, *to, word.offset_from)
            {
                self.pairs.push(Token {
                    offset_from: *from,
                    offset_to: word.offset_to,
                    position: self.pairs.len(),
                    text: format!("{before}_{lower}"),
                    position_length: 1,
                });
            }
            previous = Some((lower, word.offset_from, word.offset_to));
        }
        PairStream { pairs: &mut self.pairs, next: 0 }
    }
}

pub struct PairStream<'a> {
    pairs: &'a mut Vec<Token>,
    next: usize,
}

impl TokenStream for PairStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.pairs.len()
    }
    fn token(&self) -> &Token {
        &self.pairs[self.next - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.pairs[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<String> {
        let mut t = SyllablePairs::default();
        let mut stream = t.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn adjacent_syllables_pair_up_in_lower_case_and_never_across_punctuation() {
        assert_eq!(pairs("Bảo trì dự đoán"), ["bảo_trì", "trì_dự", "dự_đoán"]);
        assert_eq!(pairs("chiếu cói, dừng máy."), ["chiếu_cói", "dừng_máy"]);
        assert_ne!(pairs("ùn tắc"), pairs("hợp tác"));
        assert_eq!(pairs("một"), Vec::<String>::new());
        assert_eq!(pairs(""), Vec::<String>::new());
    }
}
