//! What a member typed into an offer, challenge or research form → the typed input, or every
//! field's message. Pure functions over the submitted field map (no request, no database), so the
//! bulk import can call them per CSV row. `Mode::Draft` needs only the title but still refuses
//! malformed values; `Mode::Full` (submitting for review) needs everything the public page shows.
//! The rules mirror the tables' CHECKs (migration 0001), so no write ever reaches one.

mod forms;

/// The typed inputs belong to the store's writers; re-exported for the forms' callers.
pub use crate::backend::store::statements::listings::write::{ChallengeInput, OfferInput, ResearchInput};
pub use forms::{challenge, offer, research};

use crate::backend::forms::field_errors::FieldErrors;
use crate::backend::forms::fields::Fields;
use crate::backend::forms::validate;
use crate::domain::account::FormError;
use crate::domain::sector::SECTORS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Draft,
    Full,
}

/// The field names of each form (checkbox groups repeat their name); a refused form sends
/// exactly these back.
pub const OFFER_FIELDS: &[&str] = &[
    "title_vi",
    "title_en",
    "summary_vi",
    "summary_en",
    "problem_vi",
    "advantages_vi",
    "applications_vi",
    "trl",
    "ip_status",
    "ip_number",
    "price_vnd",
    "price_negotiable",
    "confidential",
    "sector",
    "coop",
];
pub const CHALLENGE_FIELDS: &[&str] = &[
    "title_vi",
    "title_en",
    "problem_vi",
    "problem_en",
    "desired_result_vi",
    "constraints_vi",
    "budget_min",
    "budget_max",
    "trl_min",
    "deadline",
    "sector",
    "task_order",
    "funding_vnd",
    "evaluation_criteria_vi",
];
pub const RESEARCH_FIELDS: &[&str] = &[
    "title_vi",
    "title_en",
    "output_type",
    "authors",
    "year",
    "doi",
    "patent_number",
    "abstract_vi",
    "abstract_en",
    "international",
    "sector",
    "offer",
];
/// Fields whose name repeats (checkbox groups).
pub const MULTI_FIELDS: &[&str] = &["sector", "coop", "offer"];

const TEXT_MAX: usize = 10_000;

/// A form's check in progress: the mode it is checked for, and each field's first message.
struct Check {
    mode: Mode,
    errors: FieldErrors,
}

impl Check {
    fn new(mode: Mode) -> Self {
        Check { mode, errors: FieldErrors::new() }
    }

    /// A line needed to submit (the title is needed even for a draft).
    fn line(&mut self, f: &Fields, field: &str, always: bool) -> String {
        let raw = f.get(field);
        if raw.trim().is_empty() && !always && self.mode == Mode::Draft {
            return String::new();
        }
        self.errors.put(field, validate::line(raw, 300))
    }

    fn opt_line(&mut self, f: &Fields, field: &str) -> Option<String> {
        self.errors.put(field, validate::optional(&f.get(field).replace(['\r', '\n'], " "), 300))
    }

    /// Markdown text; `needed` when submitting.
    fn text(&mut self, f: &Fields, field: &str, needed: bool) -> String {
        let r = match validate::optional(f.get(field), TEXT_MAX) {
            Ok(None) if needed && self.mode == Mode::Full => Err(FormError::Required),
            Ok(v) => Ok(v.unwrap_or_default()),
            Err(e) => Err(e),
        };
        self.errors.put(field, r)
    }

    fn opt_text(&mut self, f: &Fields, field: &str) -> Option<String> {
        self.errors.put(field, validate::optional(f.get(field), TEXT_MAX))
    }

    /// A value needed to submit: missing is fine for a draft.
    fn needed<T>(&mut self, field: &str, v: Option<T>) -> Option<T> {
        if v.is_none() && self.mode == Mode::Full {
            self.errors.fail(field, FormError::Required);
        }
        v
    }

    fn sectors(&mut self, f: &Fields) -> Vec<String> {
        let s = self.errors.put("sector", sectors(f.all("sector")));
        self.needed("sector", (!s.is_empty()).then_some(())).map(|_| s).unwrap_or_default()
    }

    fn done<T>(self, v: T) -> Result<T, FieldErrors> {
        self.errors.done(v)
    }
}

/// Sector codes of the taxonomy, each once.
pub fn sectors(values: Vec<String>) -> Result<Vec<String>, FormError> {
    let mut out: Vec<String> = Vec::new();
    for v in values.into_iter().filter(|v| !v.is_empty()) {
        if !SECTORS.iter().any(|s| s.code == v) {
            return Err(FormError::ChoiceInvalid);
        }
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// An amount in đồng: digits with optional `.`/`,`/space grouping ("1.234.567"); empty → None.
pub fn amount(raw: &str) -> Result<Option<i64>, FormError> {
    let digits: String = raw.trim().trim_end_matches('₫').trim().chars().filter(|c| !" .,".contains(*c)).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    match digits.parse::<i64>() {
        Ok(n) if digits.chars().all(|c| c.is_ascii_digit()) && n <= 1_000_000_000_000_000 => Ok(Some(n)),
        _ => Err(FormError::AmountInvalid),
    }
}

/// A TRL from 1 to 9; empty → None.
pub fn trl(raw: &str) -> Result<Option<i64>, FormError> {
    match raw.trim() {
        "" => Ok(None),
        s => s.parse::<i64>().ok().filter(|n| (1..=9).contains(n)).map(Some).ok_or(FormError::TrlInvalid),
    }
}

/// A date as `yyyy-mm-dd` (the date input) or `dd/mm/yyyy` (typed); stored ISO.
pub fn date(raw: &str) -> Result<Option<String>, FormError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map(|d| Some(d.format("%Y-%m-%d").to_string()))
        .map_err(|_| FormError::DateInvalid)
}

fn choice<T>(raw: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, FormError> {
    match raw.trim() {
        "" => Ok(None),
        s => parse(s).map(Some).ok_or(FormError::ChoiceInvalid),
    }
}

fn checked(f: &Fields, field: &str) -> bool {
    matches!(f.get(field), "1" | "on" | "true")
}

#[cfg(test)]
mod tests;
