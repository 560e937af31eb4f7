//! The three forms' checks: each field's rule, in the order the form shows them.

use super::{ChallengeInput, Check, Mode, OfferInput, ResearchInput, amount, checked, choice, date, trl};
use crate::backend::forms::field_errors::FieldErrors;
use crate::backend::forms::fields::Fields;
use crate::backend::text::nfc;
use crate::domain::account::FormError;
use crate::domain::{CoopType, IpStatus, ResearchType};

pub fn offer(f: &Fields, mode: Mode) -> Result<OfferInput, FieldErrors> {
    let mut c = Check::new(mode);
    let title_vi = c.line(f, "title_vi", true);
    let title_en = c.opt_line(f, "title_en");
    let summary_vi = c.text(f, "summary_vi", true);
    let summary_en = c.opt_text(f, "summary_en");
    let problem_vi = c.text(f, "problem_vi", true);
    let advantages_vi = c.text(f, "advantages_vi", true);
    let applications_vi = c.text(f, "applications_vi", true);
    let trl = c.errors.put("trl", trl(f.get("trl")));
    let trl = c.needed("trl", trl);
    let ip_status = c.errors.put("ip_status", choice(f.get("ip_status"), IpStatus::parse));
    let ip_status = c.needed("ip_status", ip_status);
    let ip_number = c.opt_line(f, "ip_number");
    // a patent, a pending patent or a utility solution is identified by its number
    if matches!(ip_status, Some(IpStatus::GrantedPatent | IpStatus::PendingPatent | IpStatus::UtilitySolution))
        && ip_number.is_none()
        && mode == Mode::Full
    {
        c.errors.fail("ip_number", FormError::IpNumberRequired);
    }
    let price_vnd = c.errors.put("price_vnd", amount(f.get("price_vnd")));
    let price_negotiable = checked(f, "price_negotiable");
    if price_vnd.is_none() && !price_negotiable && mode == Mode::Full {
        c.errors.fail("price_vnd", FormError::PriceRequired);
    }
    let confidential = c.text(f, "confidential", false);
    let sectors = c.sectors(f);
    let coop: Vec<CoopType> = c.errors.put(
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
pub fn challenge(f: &Fields, mode: Mode, may_order: bool, today: &str) -> Result<ChallengeInput, FieldErrors> {
    let mut c = Check::new(mode);
    let title_vi = c.line(f, "title_vi", true);
    let title_en = c.opt_line(f, "title_en");
    let problem_vi = c.text(f, "problem_vi", true);
    let problem_en = c.opt_text(f, "problem_en");
    let desired_result_vi = c.text(f, "desired_result_vi", true);
    let constraints_vi = c.text(f, "constraints_vi", false);
    let budget_min = c.errors.put("budget_min", amount(f.get("budget_min")));
    let budget_max = c.errors.put("budget_max", amount(f.get("budget_max")));
    if let (Some(lo), Some(hi)) = (budget_min, budget_max)
        && lo > hi
    {
        c.errors.fail("budget_max", FormError::BudgetOrder);
    }
    let trl_min = c.errors.put("trl_min", trl(f.get("trl_min")));
    let deadline = c.errors.put("deadline", date(f.get("deadline")));
    if mode == Mode::Full && deadline.as_deref().is_some_and(|d| d <= today) {
        c.errors.fail("deadline", FormError::DateInvalid);
    }
    let sectors = c.sectors(f);
    let task_order = checked(f, "task_order");
    if task_order && !may_order {
        c.errors.fail("task_order", FormError::KindNotAllowed);
    }
    let funding_vnd = c.errors.put("funding_vnd", amount(f.get("funding_vnd")));
    let evaluation_criteria_vi = c.opt_text(f, "evaluation_criteria_vi");
    if task_order && mode == Mode::Full {
        if funding_vnd.is_none() {
            c.errors.fail("funding_vnd", FormError::FundingRequired);
        }
        if evaluation_criteria_vi.is_none() {
            c.errors.fail("evaluation_criteria_vi", FormError::CriteriaRequired);
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
pub fn research(f: &Fields, mode: Mode, this_year: i64) -> Result<ResearchInput, FieldErrors> {
    let mut c = Check::new(mode);
    let title_vi = c.line(f, "title_vi", true);
    let title_en = c.opt_line(f, "title_en");
    let output_type = c.errors.put("output_type", choice(f.get("output_type"), ResearchType::parse));
    let output_type = c.needed("output_type", output_type);
    let authors = c.line(f, "authors", false);
    let year = c.errors.put(
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
        c.errors.fail("doi", FormError::DoiInvalid);
    }
    let patent_number = c.opt_line(f, "patent_number");
    if matches!(output_type, Some(ResearchType::Patent | ResearchType::UtilitySolution))
        && patent_number.is_none()
        && mode == Mode::Full
    {
        c.errors.fail("patent_number", FormError::PatentNumberRequired);
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
