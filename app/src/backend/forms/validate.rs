//! Parsing what users type into what the database holds (parse, don't validate). Each
//! function returns the clean value or the `FormError` to show beside the field.

use crate::backend::text::nfc;
use crate::domain::account::FormError;

/// Lower-cased, trimmed e-mail address that lettre accepts as an address.
pub fn email(raw: &str) -> Result<String, FormError> {
    let e = nfc(raw.trim()).to_lowercase();
    if e.is_empty() {
        return Err(FormError::Required);
    }
    if e.len() > 254 || e.parse::<lettre::Address>().is_err() || !e.rsplit('@').next().is_some_and(|d| d.contains('.'))
    {
        return Err(FormError::EmailInvalid);
    }
    Ok(e)
}

/// A required single line of text, NFC, at most `max` characters.
pub fn line(raw: &str, max: usize) -> Result<String, FormError> {
    let s = nfc(raw.trim());
    if s.is_empty() {
        Err(FormError::Required)
    } else if s.chars().count() > max || s.contains(['\r', '\n']) {
        Err(FormError::TooLong)
    } else {
        Ok(s)
    }
}

/// Optional text (empty → `None`), NFC, at most `max` characters.
pub fn optional(raw: &str, max: usize) -> Result<Option<String>, FormError> {
    let s = nfc(raw.trim());
    if s.is_empty() {
        Ok(None)
    } else if s.chars().count() > max {
        Err(FormError::TooLong)
    } else {
        Ok(Some(s))
    }
}

/// A new password: long enough, not absurdly long, not one everybody tries first.
pub fn new_password(raw: &str) -> Result<String, FormError> {
    use crate::backend::secrets::password::{MAX_LEN, MIN_LEN, is_common};
    let n = raw.chars().count();
    if n == 0 {
        Err(FormError::Required)
    } else if n < MIN_LEN {
        Err(FormError::PasswordTooShort)
    } else if n > MAX_LEN {
        Err(FormError::PasswordTooLong)
    } else if is_common(raw) {
        Err(FormError::PasswordTooCommon)
    } else {
        Ok(raw.to_string())
    }
}

/// An optional http(s) URL.
pub fn url(raw: &str) -> Result<Option<String>, FormError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match url::Url::parse(s) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() && s.len() <= 300 => {
            Ok(Some(u.to_string()))
        }
        _ => Err(FormError::UrlInvalid),
    }
}

/// An optional phone number: digits, spaces, `+`, `.`, `-`, `(`, `)`; 8–15 digits.
pub fn phone(raw: &str) -> Result<Option<String>, FormError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let allowed = s.chars().all(|c| c.is_ascii_digit() || " +.-()".contains(c));
    if allowed && (8..=15).contains(&digits) { Ok(Some(s.to_string())) } else { Err(FormError::PhoneInvalid) }
}

/// An optional founding year between 1900 and next year.
pub fn year(raw: &str, this_year: i64) -> Result<Option<i32>, FormError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i32>() {
        Ok(y) if (1900..=this_year + 1).contains(&i64::from(y)) => Ok(Some(y)),
        _ => Err(FormError::YearInvalid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(email("  An.Nguyen@Example.VN "), Ok("an.nguyen@example.vn".into()));
        assert_eq!(email(""), Err(FormError::Required));
        assert_eq!(email("khong-phai-email"), Err(FormError::EmailInvalid));
        assert_eq!(email("a@localhost"), Err(FormError::EmailInvalid));
        assert_eq!(email("a b@example.vn"), Err(FormError::EmailInvalid));
    }

    #[test]
    fn passwords_lines_urls() {
        assert_eq!(new_password("ngắn"), Err(FormError::PasswordTooShort));
        assert_eq!(new_password("matkhau123"), Err(FormError::PasswordTooCommon));
        assert!(new_password("Tràng An mùa lúa chín").is_ok());
        assert_eq!(line("  Viện  ", 10), Ok("Viện".into()));
        assert_eq!(line("a\nb", 10), Err(FormError::TooLong));
        assert_eq!(url("javascript:alert(1)"), Err(FormError::UrlInvalid));
        assert_eq!(url("https://vien.vn"), Ok(Some("https://vien.vn/".into())));
        assert_eq!(phone("0229 3871 234"), Ok(Some("0229 3871 234".into())));
        assert_eq!(phone("<script>"), Err(FormError::PhoneInvalid));
        assert_eq!(year("2031", 2026), Err(FormError::YearInvalid));
        assert_eq!(year("2020", 2026), Ok(Some(2020)));
    }
}
