//! Vietnamese text handling: NFC normalisation for storage, folding for diacritic-insensitive
//! matching and sorting, and URL slugs.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Text as stored: NFC-normalised and trimmed.
pub fn nfc(s: &str) -> String {
    s.trim().nfc().collect()
}

/// Lower case without diacritics (`Đ`/`đ` become `d`): "Nông nghiệp" → "nong nghiep".
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
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
