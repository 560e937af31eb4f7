use super::*;
use crate::domain::CoopType;

fn form(pairs: &[(&str, &str)]) -> Fields {
    Fields::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

fn fields(e: &FieldErrors) -> Vec<&str> {
    e.iter().map(|(f, _)| f).collect()
}

#[test]
fn a_draft_needs_only_its_title() {
    let d = offer(&form(&[("title_vi", "Máy sấy lúa")]), Mode::Draft).expect("draft");
    assert_eq!(d.title_vi, "Máy sấy lúa");
    assert_eq!(d.trl, None);
    let e = offer(&form(&[("title_vi", " ")]), Mode::Draft).expect_err("refused");
    assert_eq!(e.into_vec(), vec![("title_vi".to_string(), FormError::Required)]);
    // a malformed value is refused even in a draft
    let e =
        offer(&form(&[("title_vi", "Máy"), ("trl", "12"), ("price_vnd", "abc")]), Mode::Draft).expect_err("refused");
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
