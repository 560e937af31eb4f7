//! Numbers, money and dates the Vietnamese way (1.234.567 ₫, dd/mm/yyyy); English uses
//! commas for thousands.

use super::Lang;

pub fn number(lang: Lang, n: u64) -> String {
    let sep = if lang == Lang::Vi { '.' } else { ',' };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
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

/// `25/11/2026 14:00` in Vietnam time (UTC+7) from an ISO timestamp in UTC.
pub fn date_time(iso: &str) -> String {
    let num = |r: std::ops::Range<usize>| iso.get(r).and_then(|s| s.parse::<u32>().ok());
    let (Some(y), Some(mo), Some(d), Some(h), Some(mi)) = (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16))
    else {
        return date(iso);
    };
    let (mut y, mut mo, mut d, mut h) = (y, mo, d, h + 7);
    if h >= 24 {
        h -= 24;
        d += 1;
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match mo {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if d > days {
            d = 1;
            mo += 1;
            if mo > 12 {
                mo = 1;
                y += 1;
            }
        }
    }
    format!("{d:02}/{mo:02}/{y} {h:02}:{mi:02}")
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
        assert_eq!(date_time("2026-11-25T08:30:00Z"), "25/11/2026 15:30");
        assert_eq!(date_time("2026-12-31T20:00:00Z"), "01/01/2027 03:00");
        assert_eq!(date_time("2028-02-28T17:00:00Z"), "29/02/2028 00:00");
        assert_eq!(date("2026"), "2026");
        assert_eq!(decimal(Lang::Vi, 12.5), "12,5");
        assert_eq!(decimal(Lang::Vi, 5000.0), "5.000");
    }
}
