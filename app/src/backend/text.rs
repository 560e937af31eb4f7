//! Vietnamese text handling: NFC normalisation for storage, folding for diacritic-insensitive
//! matching and sorting, and URL slugs.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Text as stored: NFC-normalised and trimmed.
pub fn nfc(s: &str) -> String {
    s.trim().nfc().collect()
}

/// Lower case without diacritics (`Đ`/`đ` become `d`): "Nông nghiệp" → "nong nghiep".
///
/// Each character is decomposed on its own: a whole-string NFD also reorders combining marks,
/// which are all dropped here anyway, and its buffering was a twentieth of a suggestion's time.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push = |c: char| {
        if !is_combining_mark(c) {
            for l in c.to_lowercase() {
                out.push(if l == 'đ' { 'd' } else { l });
            }
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            decompose_canonical(c, &mut push);
        }
    }
    out
}

/// A URL slug from any title: folded, ASCII letters and digits joined by single dashes.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.truncate(100);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Nông nghiệp công nghệ cao"), "nong nghiep cong nghe cao");
        assert_eq!(fold("ĐẠI HỌC Hoa Lư"), "dai hoc hoa lu");
        // decomposed input folds the same as precomposed
        assert_eq!(fold("Vie\u{0302}\u{0323}t"), fold("Việt"));
    }

    /// The definition `fold` computes faster: NFD, no marks, lower case, `đ` → `d`.
    fn fold_by_definition(s: &str) -> String {
        s.nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .map(|c| if c == 'đ' { 'd' } else { c })
            .collect()
    }

    #[test]
    fn folding_char_by_char_is_the_definition() {
        let samples = [
            "Nông nghiệp công nghệ cao — ĐẠI HỌC Hoa Lư, Ninh Bình",
            "Vie\u{0302}\u{0323}t Nam, a\u{0323}\u{0302} o\u{031B}\u{0301} u\u{0323}\u{031B}",
            "İstanbul ΣΊΣΥΦΟΣ Straße ǅemal Ωmega ﬁ ½ ㎒ 한국어 日本",
            "ỲỴỶỸ ỳỵỷỹ ƯỨỪỬỮỰ ưứừửữự ĂẮẰẲẴẶ Đđ",
            "",
        ];
        for s in samples {
            assert_eq!(fold(s), fold_by_definition(s), "{s}");
        }
        // every precomposed letter of the Latin blocks Vietnamese uses
        let all: String = ('\u{00C0}'..='\u{024F}').chain('\u{1E00}'..='\u{1EFF}').collect();
        assert_eq!(fold(&all), fold_by_definition(&all));
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc(" Vie\u{0302}\u{0323}t "), "Việt");
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slugify("Vườn ươm Tràng An — Ninh Bình!"), "vuon-uom-trang-an-ninh-binh");
        assert_eq!(slugify("  "), "");
    }
}
