//! Numbers, money and dates the Vietnamese way (1.234.567 ₫, dd/mm/yyyy); English uses
//! commas for thousands.

use super::Lang;

pub fn number(lang: Lang, n: u64) -> String {
    let sep = if lang == Lang::Vi { '.' } else { ',' };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

pub fn decimal(lang: Lang, v: f64) -> String {
    if v.fract().abs() < 1e-9 && v.abs() < 1e15 {
        let s = number(lang, v.abs() as u64);
        return if v < 0.0 { format!("-{s}") } else { s };
    }
    let s = format!("{v:.1}");
    if lang == Lang::Vi { s.replace('.', ",") } else { s }
}

pub fn vnd(lang: Lang, amount: i64) -> String {
    format!("{} ₫", number(lang, amount.unsigned_abs()))
}

/// `2026-11-25…` → `25/11/2026`; a bare year stays a year; anything else is shown as is.
pub fn date(iso: &str) -> String {
    let b = iso.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        format!("{}/{}/{}", &iso[8..10], &iso[5..7], &iso[0..4])
    } else {
        iso.to_string()
    }
}

/// `25/11/2026 14:00` from an ISO timestamp.
pub fn date_time(iso: &str) -> String {
    if iso.len() >= 16 && iso.as_bytes().get(10) == Some(&b'T') {
        format!("{} {}", date(iso), &iso[11..16])
    } else {
        date(iso)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_formats() {
        assert_eq!(number(Lang::Vi, 1_234_567), "1.234.567");
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::Vi, 999), "999");
        assert_eq!(vnd(Lang::Vi, 5_000_000_000), "5.000.000.000 ₫");
        assert_eq!(date("2026-11-25"), "25/11/2026");
        assert_eq!(date_time("2026-11-25T08:30:00Z"), "25/11/2026 08:30");
        assert_eq!(date("2026"), "2026");
        assert_eq!(decimal(Lang::Vi, 12.5), "12,5");
        assert_eq!(decimal(Lang::Vi, 5000.0), "5.000");
    }
}
