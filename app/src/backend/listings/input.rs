//! What a member typed into an offer, challenge or research form → the typed input, or every
//! field's message. Pure functions over the submitted field map (no request, no database), so the
//! bulk import can call them per CSV row. `Mode::Draft` needs only the title but still refuses
//! malformed values; `Mode::Full` (submitting for review) needs everything the public page shows.
//! The rules mirror the tables' CHECKs (migration 0001), so no write ever reaches one.

use crate::backend::actions::fields::Fields;
use crate::backend::actions::validate;
use crate::backend::text::nfc;
use crate::domain::account::FormError;
use crate::domain::sector::SECTORS;
use crate::domain::{CoopType, IpStatus, ResearchType};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Draft,
    Full,
}

pub type Errors = Vec<(String, FormError)>;

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

#[derive(Clone, Debug, PartialEq)]
pub struct OfferInput {
    pub title_vi: String,
    pub title_en: Option<String>,
    pub summary_vi: String,
    pub summary_en: Option<String>,
    pub problem_vi: String,
    pub advantages_vi: String,
    pub applications_vi: String,
    pub trl: Option<i64>,
    pub ip_status: Option<IpStatus>,
    pub ip_number: Option<String>,
    pub price_vnd: Option<i64>,
    pub price_negotiable: bool,
    pub confidential: String,
    pub sectors: Vec<String>,
    pub coop: Vec<CoopType>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChallengeInput {
    pub title_vi: String,
    pub title_en: Option<String>,
    pub problem_vi: String,
    pub problem_en: Option<String>,
    pub desired_result_vi: String,
    pub constraints_vi: String,
    pub budget_min: Option<i64>,
    pub budget_max: Option<i64>,
    pub trl_min: Option<i64>,
    pub deadline: Option<String>,
    pub sectors: Vec<String>,
    pub task_order: bool,
    pub funding_vnd: Option<i64>,
    pub evaluation_criteria_vi: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResearchInput {
    pub title_vi: String,
    pub title_en: Option<String>,
    pub output_type: Option<ResearchType>,
    pub authors: String,
    pub year: Option<i64>,
    pub doi: Option<String>,
    pub patent_number: Option<String>,
    pub abstract_vi: String,
    pub abstract_en: Option<String>,
    pub international: bool,
    pub sectors: Vec<String>,
    /// Slugs of offers to link (the store keeps only the organisation's own).
    pub offers: Vec<String>,
}

/// Collects each field's first message.
struct Check {
    mode: Mode,
    errors: Errors,
}

impl Check {
    fn new(mode: Mode) -> Self {
        Check { mode, errors: Vec::new() }
    }

    fn put<T: Default>(&mut self, field: &str, r: Result<T, FormError>) -> T {
        r.unwrap_or_else(|e| {
            self.fail(field, e);
            T::default()
        })
    }

    fn fail(&mut self, field: &str, e: FormError) {
        if !self.errors.iter().any(|(f, _)| f == field) {
            self.errors.push((field.to_string(), e));
        }
    }

    /// A line needed to submit (the title is needed even for a draft).
    fn line(&mut self, f: &Fields, field: &str, always: bool) -> String {
        let raw = f.get(field);
        if raw.trim().is_empty() && !always && self.mode == Mode::Draft {
            return String::new();
        }
        self.put(field, validate::line(raw, 300))
    }

    fn opt_line(&mut self, f: &Fields, field: &str) -> Option<String> {
        self.put(field, validate::optional(&f.get(field).replace(['\r', '\n'], " "), 300))
    }

    /// Markdown text; `needed` when submitting.
    fn text(&mut self, f: &Fields, field: &str, needed: bool) -> String {
        let r = match validate::optional(f.get(field), TEXT_MAX) {
            Ok(None) if needed && self.mode == Mode::Full => Err(FormError::Required),
            Ok(v) => Ok(v.unwrap_or_default()),
            Err(e) => Err(e),
        };
        self.put(field, r)
    }

    fn opt_text(&mut self, f: &Fields, field: &str) -> Option<String> {
        self.put(field, validate::optional(f.get(field), TEXT_MAX))
    }

    /// A value needed to submit: missing is fine for a draft.
    fn needed<T>(&mut self, field: &str, v: Option<T>) -> Option<T> {
        if v.is_none() && self.mode == Mode::Full {
            self.fail(field, FormError::Required);
        }
        v
    }

    fn sectors(&mut self, f: &Fields) -> Vec<String> {
        let s = self.put("sector", sectors(f.all("sector")));
        self.needed("sector", (!s.is_empty()).then_some(())).map(|_| s).unwrap_or_default()
    }

    fn done<T>(self, v: T) -> Result<T, Errors> {
        if self.errors.is_empty() { Ok(v) } else { Err(self.errors) }
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

pub fn offer(f: &Fields, mode: Mode) -> Result<OfferInput, Errors> {
    let mut c = Check::new(mode);
    let title_vi = c.line(f, "title_vi", true);
    let title_en = c.opt_line(f, "title_en");
    let summary_vi = c.text(f, "summary_vi", true);
    let summary_en = c.opt_text(f, "summary_en");
    let problem_vi = c.text(f, "problem_vi", true);
    let advantages_vi = c.text(f, "advantages_vi", true);
    let applications_vi = c.text(f, "applications_vi", true);
    let trl = c.put("trl", trl(f.get("trl")));
    let trl = c.needed("trl", trl);
    let ip_status = c.put("ip_status", choice(f.get("ip_status"), IpStatus::parse));
    let ip_status = c.needed("ip_status", ip_status);
    let ip_number = c.opt_line(f, "ip_number");
    // a patent, a pending patent or a utility solution is identified by its number
    if matches!(ip_status, Some(IpStatus::GrantedPatent | IpStatus::PendingPatent | IpStatus::UtilitySolution))
        && ip_number.is_none()
        && mode == Mode::Full
    {
        c.fail("ip_number", FormError::IpNumberRequired);
    }
    let price_vnd = c.put("price_vnd", amount(f.get("price_vnd")));
    let price_negotiable = checked(f, "price_negotiable");
    if price_vnd.is_none() && !price_negotiable && mode == Mode::Full {
        c.fail("price_vnd", FormError::PriceRequired);
    }
    let confidential = c.text(f, "confidential", false);
    let sectors = c.sectors(f);
    let coop: Vec<CoopType> = c.put(
        "coop",
        f.all("coop").iter().map(|v| CoopType::parse(v).ok_or(FormError::ChoiceInvalid)).collect::<Result<_, _>>(),
    );
    let mut coop_unique = Vec::new();
    for t in coop {
        if !coop_unique.contains(&t) {
            coop_unique.push(t);
        }
    }
    c.needed("coop", (!coop_unique.is_empty()).then_some(()));
    c.done(OfferInput {
        title_vi,
        title_en,
        summary_vi,
        summary_en,
        problem_vi,
        advantages_vi,
        applications_vi,
        trl,
        ip_status,
        ip_number,
        price_vnd,
        price_negotiable,
        confidential,
        sectors,
        coop: coop_unique,
    })
}

/// `may_order`: the organisation is an agency (only the Department orders S&T tasks).
/// `today` (ISO) bounds the deadline when submitting.
pub fn challenge(f: &Fields, mode: Mode, may_order: bool, today: &str) -> Result<ChallengeInput, Errors> {
    let mut c = Check::new(mode);
    let title_vi = c.line(f, "title_vi", true);
    let title_en = c.opt_line(f, "title_en");
    let problem_vi = c.text(f, "problem_vi", true);
    let problem_en = c.opt_text(f, "problem_en");
    let desired_result_vi = c.text(f, "desired_result_vi", true);
    let constraints_vi = c.text(f, "constraints_vi", false);
    let budget_min = c.put("budget_min", amount(f.get("budget_min")));
    let budget_max = c.put("budget_max", amount(f.get("budget_max")));
    if let (Some(lo), Some(hi)) = (budget_min, budget_max)
        && lo > hi
    {
        c.fail("budget_max", FormError::BudgetOrder);
    }
    let trl_min = c.put("trl_min", trl(f.get("trl_min")));
    let deadline = c.put("deadline", date(f.get("deadline")));
    if mode == Mode::Full && deadline.as_deref().is_some_and(|d| d <= today) {
        c.fail("deadline", FormError::DateInvalid);
    }
    let sectors = c.sectors(f);
    let task_order = checked(f, "task_order");
    if task_order && !may_order {
        c.fail("task_order", FormError::KindNotAllowed);
    }
    let funding_vnd = c.put("funding_vnd", amount(f.get("funding_vnd")));
    let evaluation_criteria_vi = c.opt_text(f, "evaluation_criteria_vi");
    if task_order && mode == Mode::Full {
        if funding_vnd.is_none() {
            c.fail("funding_vnd", FormError::FundingRequired);
        }
        if evaluation_criteria_vi.is_none() {
            c.fail("evaluation_criteria_vi", FormError::CriteriaRequired);
        }
    }
    c.done(ChallengeInput {
        title_vi,
        title_en,
        problem_vi,
        problem_en,
        desired_result_vi,
        constraints_vi,
        budget_min,
        budget_max,
        trl_min,
        deadline,
        sectors,
        task_order,
        funding_vnd,
        evaluation_criteria_vi,
    })
}

/// `this_year` bounds the year (a result is not from the future).
pub fn research(f: &Fields, mode: Mode, this_year: i64) -> Result<ResearchInput, Errors> {
    let mut c = Check::new(mode);
    let title_vi = c.line(f, "title_vi", true);
    let title_en = c.opt_line(f, "title_en");
    let output_type = c.put("output_type", choice(f.get("output_type"), ResearchType::parse));
    let output_type = c.needed("output_type", output_type);
    let authors = c.line(f, "authors", false);
    let year = c.put(
        "year",
        match f.get("year").trim() {
            "" => Ok(None),
            s => {
                s.parse::<i64>().ok().filter(|y| (1950..=this_year).contains(y)).map(Some).ok_or(FormError::YearInvalid)
            }
        },
    );
    let year = c.needed("year", year);
    let doi = c.opt_line(f, "doi").map(|d| nfc(d.trim_start_matches("https://doi.org/")));
    if doi.as_deref().is_some_and(|d| !d.starts_with("10.") || !d.contains('/') || d.contains(' ')) {
        c.fail("doi", FormError::DoiInvalid);
    }
    let patent_number = c.opt_line(f, "patent_number");
    if matches!(output_type, Some(ResearchType::Patent | ResearchType::UtilitySolution))
        && patent_number.is_none()
        && mode == Mode::Full
    {
        c.fail("patent_number", FormError::PatentNumberRequired);
    }
    let abstract_vi = c.text(f, "abstract_vi", true);
    let abstract_en = c.opt_text(f, "abstract_en");
    let international = checked(f, "international");
    let sectors = c.sectors(f);
    let mut offers: Vec<String> = f.all("offer").into_iter().filter(|s| !s.is_empty()).collect();
    offers.sort();
    offers.dedup();
    c.done(ResearchInput {
        title_vi,
        title_en,
        output_type,
        authors,
        year,
        doi,
        patent_number,
        abstract_vi,
        abstract_en,
        international,
        sectors,
        offers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Fields {
        Fields::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    fn fields(e: &Errors) -> Vec<&str> {
        e.iter().map(|(f, _)| f.as_str()).collect()
    }

    #[test]
    fn a_draft_needs_only_its_title() {
        let d = offer(&form(&[("title_vi", "Máy sấy lúa")]), Mode::Draft).expect("draft");
        assert_eq!(d.title_vi, "Máy sấy lúa");
        assert_eq!(d.trl, None);
        let e = offer(&form(&[("title_vi", " ")]), Mode::Draft).expect_err("refused");
        assert_eq!(e, vec![("title_vi".to_string(), FormError::Required)]);
        // a malformed value is refused even in a draft
        let e = offer(&form(&[("title_vi", "Máy"), ("trl", "12"), ("price_vnd", "abc")]), Mode::Draft)
            .expect_err("refused");
        assert_eq!(fields(&e), vec!["trl", "price_vnd"]);
    }

    #[test]
    fn submitting_needs_everything_the_public_reads() {
        let e = offer(&form(&[("title_vi", "Máy"), ("ip_status", "granted_patent")]), Mode::Full).expect_err("refused");
        assert_eq!(
            fields(&e),
            vec![
                "summary_vi",
                "problem_vi",
                "advantages_vi",
                "applications_vi",
                "trl",
                "ip_number",
                "price_vnd",
                "sector",
                "coop"
            ]
        );
        let ok = offer(
            &form(&[
                ("title_vi", "Máy"),
                ("summary_vi", "Tóm tắt"),
                ("problem_vi", "Vấn đề"),
                ("advantages_vi", "Ưu điểm"),
                ("applications_vi", "Ứng dụng"),
                ("trl", "6"),
                ("ip_status", "know_how"),
                ("price_vnd", "1.500.000.000"),
                ("sector", "high-tech-agriculture"),
                ("coop", "licence"),
                ("coop", "licence"),
            ]),
            Mode::Full,
        )
        .expect("complete");
        assert_eq!(ok.price_vnd, Some(1_500_000_000));
        assert_eq!(ok.coop, vec![CoopType::Licence]);
    }

    #[test]
    fn task_orders_are_the_departments_and_state_their_funding() {
        let base = [
            ("title_vi", "Đặt hàng"),
            ("problem_vi", "Bài toán"),
            ("desired_result_vi", "Kết quả"),
            ("sector", "smart-tourism"),
            ("task_order", "1"),
            ("budget_min", "5"),
            ("budget_max", "2"),
            ("deadline", "2020-01-01"),
        ];
        let e = challenge(&form(&base), Mode::Full, false, "2026-01-01").expect_err("refused");
        assert_eq!(fields(&e), vec!["budget_max", "deadline", "task_order", "funding_vnd", "evaluation_criteria_vi"]);
        let e = challenge(&form(&base), Mode::Full, true, "2026-01-01").expect_err("refused");
        assert_eq!(fields(&e), vec!["budget_max", "deadline", "funding_vnd", "evaluation_criteria_vi"]);
        assert_eq!(date("25/11/2026"), Ok(Some("2026-11-25".into())));
        assert_eq!(date("31/02/2026"), Err(FormError::DateInvalid));
    }

    #[test]
    fn research_rules() {
        let e = research(
            &form(&[("title_vi", "Bài báo"), ("output_type", "patent"), ("year", "2040"), ("doi", "abc")]),
            Mode::Full,
            2026,
        )
        .expect_err("refused");
        assert_eq!(fields(&e), vec!["authors", "year", "doi", "patent_number", "abstract_vi", "sector"]);
        let ok = research(&form(&[("title_vi", "Bài báo"), ("doi", "https://doi.org/10.1000/xyz")]), Mode::Draft, 2026)
            .expect("draft");
        assert_eq!(ok.doi.as_deref(), Some("10.1000/xyz"));
    }
}
