//! Strings of "Suggested for you" and the dashboard, and the reasons rendered as chips.

use super::strings::strings;
use super::{Label, Lang, format, labels};
use crate::domain::matching::{Fit, Reason, SuggestedKind};
use crate::domain::{CoopType, IncubatorService, Stage};

strings! { MatchingStrings {
    title: ("Gợi ý cho bạn", "Suggested for you"),
    lead_org: ("Các đối tác phù hợp với tổ chức này, kèm lý do gợi ý.", "Partners that fit this organisation, with the reasons."),
    lead_offer: ("Doanh nghiệp và bài toán có thể cần công nghệ này.", "Enterprises and challenges that may need this technology."),
    lead_challenge: ("Công nghệ, viện, trường và khởi nghiệp có thể giải bài toán này.", "Technologies, institutes and startups that could solve this challenge."),
    none: ("Chưa có gợi ý phù hợp.", "No suggestions yet."),
    reasons_label: ("Lý do gợi ý", "Why"),
    fit_high: ("Phù hợp cao", "Strong fit"),
    fit_good: ("Phù hợp khá", "Good fit"),
    fit_fair: ("Có thể phù hợp", "Possible fit"),
    by: ("Của", "By"),
    offer: ("Công nghệ chào bán", "Technology offer"),
    challenge: ("Bài toán, đặt hàng", "Challenge"),
    programme: ("Chương trình", "Programme"),
    dashboard: ("Bảng điều khiển", "Dashboard"),
    dashboard_lead: ("Gợi ý kết nối cho từng tổ chức bạn tham gia, cập nhật theo dữ liệu mới nhất.", "Suggested connections for each organisation you belong to, kept up to date with the latest data."),
    dashboard_no_orgs: ("Bạn chưa thuộc tổ chức nào. Hãy tạo trang tổ chức hoặc nhận quản lý một trang có sẵn để nhận gợi ý.", "You do not belong to any organisation yet. Create an organisation's page or claim an existing one to get suggestions."),
    open_org: ("Xem trang tổ chức", "View the organisation's page"),
    r_sectors: ("Cùng lĩnh vực", "Same sector"),
    r_stage: ("Giai đoạn phù hợp", "Stage fits"),
    r_ticket: ("Mức đầu tư phù hợp", "Ticket fits"),
    r_trl_required: ("yêu cầu", "required"),
    r_trl_ready: ("sẵn sàng triển khai", "ready to deploy"),
    r_coop: ("Hình thức hợp tác", "Cooperation"),
    r_services: ("Dịch vụ đáp ứng nhu cầu", "Services meet the needs"),
    r_seeks_funding: ("Đang tìm vốn đầu tư", "Looking for funding"),
    r_seeks_pilot: ("Đang tìm khách hàng thử nghiệm", "Looking for a pilot customer"),
    r_open_until: ("Đang nhận hồ sơ đến", "Open for applications until"),
    r_opens_on: ("Mở nhận hồ sơ từ", "Opens on"),
    r_task_order: ("Đặt hàng nhiệm vụ KH&CN", "S&T task order"),
    r_ward: ("Cùng địa bàn", "Same ward or commune"),
    r_province: ("Cùng tỉnh", "Same province"),
    r_terms: ("Từ khoá chung", "Shared key terms"),
    upto: ("đến", "up to"),
    from: ("từ", "from"),
    only_fair: ("Chưa có gợi ý phù hợp cao hoặc khá; đây là những gợi ý gần nhất.", "No strong or good match yet; these are the closest."),
    dismiss: ("Không phù hợp", "Not relevant"),
    dismiss_title: ("Ẩn gợi ý này cho tổ chức của bạn và ghi nhận để cải thiện gợi ý", "Hide this suggestion for your organisation and record it to improve suggestions"),
    quality: ("Chất lượng gợi ý kết nối", "Matching quality"),
    quality_lead: ("Gợi ý hiển thị cho thành viên các tổ chức, theo tháng hiển thị lần đầu: bao nhiêu được mở, bị đánh dấu không phù hợp, và dẫn đến yêu cầu hợp tác.", "Suggestions shown to members of organisations, by the month first shown: how many were opened, marked not relevant, and led to a collaboration request."),
    quality_month: ("Tháng", "Month"),
    quality_shown: ("Đã hiển thị", "Shown"),
    quality_opened: ("Được mở", "Opened"),
    quality_dismissed: ("Không phù hợp", "Dismissed"),
    quality_requested: ("Thành yêu cầu hợp tác", "Led to a request"),
    quality_none: ("Chưa có gợi ý nào được hiển thị cho thành viên.", "No suggestion has been shown to a member yet."),
} }

pub fn fit_label(lang: Lang, fit: Fit) -> &'static str {
    let m = lang.matching();
    match fit {
        Fit::High => m.fit_high,
        Fit::Good => m.fit_good,
        Fit::Fair => m.fit_fair,
    }
}

pub fn kind_label(lang: Lang, kind: SuggestedKind) -> &'static str {
    let m = lang.matching();
    match kind {
        SuggestedKind::Org(k) => k.label(lang),
        SuggestedKind::Offer => m.offer,
        SuggestedKind::Challenge => m.challenge,
        SuggestedKind::Programme => m.programme,
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

fn ticket(lang: Lang, min: Option<i64>, max: Option<i64>) -> String {
    let m = lang.matching();
    match (min, max) {
        (Some(a), Some(b)) => format!("{} – {}", format::vnd(lang, a), format::vnd(lang, b)),
        (Some(a), None) => format!("{} {}", m.from, format::vnd(lang, a)),
        (None, Some(b)) => format!("{} {}", m.upto, format::vnd(lang, b)),
        (None, None) => String::new(),
    }
}

/// A reason as the chip shows it: "Cùng lĩnh vực: Nông nghiệp công nghệ cao".
pub fn reason(lang: Lang, r: &Reason) -> String {
    let m = lang.matching();
    match r {
        Reason::SharedSectors(codes) => {
            format!("{}: {}", m.r_sectors, join(codes.iter().map(|c| labels::sector(lang, c))))
        }
        Reason::StageFit(code) => {
            format!("{}: {}", m.r_stage, Stage::parse(code).map(|s| s.label(lang)).unwrap_or(code.as_str()))
        }
        Reason::TicketFit { min_vnd, max_vnd } => {
            let range = ticket(lang, *min_vnd, *max_vnd);
            if range.is_empty() { m.r_ticket.to_string() } else { format!("{}: {range}", m.r_ticket) }
        }
        Reason::TrlFit { trl, required } => format!("TRL {trl} ≥ {} {required}", m.r_trl_required),
        Reason::TrlReady(trl) => format!("TRL {trl}: {}", m.r_trl_ready),
        Reason::Cooperation(codes) => format!(
            "{}: {}",
            m.r_coop,
            join(codes.iter().map(|c| CoopType::parse(c).map(|k| k.label(lang)).unwrap_or(c).to_lowercase()))
        ),
        Reason::ServicesForNeeds(codes) => format!(
            "{}: {}",
            m.r_services,
            join(codes.iter().map(|c| IncubatorService::parse(c).map(|k| k.label(lang)).unwrap_or(c).to_lowercase()))
        ),
        Reason::SeeksFunding => m.r_seeks_funding.to_string(),
        Reason::SeeksPilot => m.r_seeks_pilot.to_string(),
        Reason::OpenUntil(d) => format!("{} {}", m.r_open_until, format::date(d)),
        Reason::OpensOn(d) => format!("{} {}", m.r_opens_on, format::date(d)),
        Reason::TaskOrder => m.r_task_order.to_string(),
        Reason::SameWard(name) => format!("{}: {name}", m.r_ward),
        Reason::SameProvince(name) => format!("{}: {name}", m.r_province),
        Reason::KeyTerms(terms) => format!("{}: {}", m.r_terms, terms.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_in_both_languages() {
        let sectors = Reason::SharedSectors(vec!["high-tech-agriculture".into()]);
        assert_eq!(reason(Lang::Vi, &sectors), "Cùng lĩnh vực: Nông nghiệp công nghệ cao");
        assert_eq!(reason(Lang::En, &sectors), "Same sector: High-tech agriculture");
        assert_eq!(reason(Lang::Vi, &Reason::StageFit("mvp".into())), "Giai đoạn phù hợp: Sản phẩm mẫu (MVP)");
        assert_eq!(reason(Lang::En, &Reason::StageFit("mvp".into())), "Stage fits: Prototype / MVP");
        let ticket = Reason::TicketFit { min_vnd: Some(500_000_000), max_vnd: Some(3_000_000_000) };
        assert_eq!(reason(Lang::Vi, &ticket), "Mức đầu tư phù hợp: 500.000.000 ₫ – 3.000.000.000 ₫");
        assert_eq!(reason(Lang::En, &ticket), "Ticket fits: 500,000,000 ₫ – 3,000,000,000 ₫");
        assert_eq!(reason(Lang::Vi, &Reason::TrlFit { trl: 7, required: 5 }), "TRL 7 ≥ yêu cầu 5");
        assert_eq!(reason(Lang::En, &Reason::TrlFit { trl: 7, required: 5 }), "TRL 7 ≥ required 5");
        let terms = Reason::KeyTerms(vec!["tưới nhỏ giọt".into(), "cảm biến".into()]);
        assert_eq!(reason(Lang::Vi, &terms), "Từ khoá chung: tưới nhỏ giọt, cảm biến");
        assert_eq!(reason(Lang::En, &terms), "Shared key terms: tưới nhỏ giọt, cảm biến");
        assert_eq!(reason(Lang::Vi, &Reason::SameWard("Phường Hoa Lư".into())), "Cùng địa bàn: Phường Hoa Lư");
        assert_eq!(reason(Lang::Vi, &Reason::OpenUntil("2027-03-31".into())), "Đang nhận hồ sơ đến 31/03/2027");
        assert_eq!(reason(Lang::En, &Reason::OpenUntil("2027-03-31".into())), "Open for applications until 31/03/2027");
        let coop = Reason::Cooperation(vec!["licence".into(), "pilot".into()]);
        assert_eq!(reason(Lang::Vi, &coop), "Hình thức hợp tác: li-xăng, thử nghiệm, thí điểm");
        assert_eq!(fit_label(Lang::Vi, Fit::High), "Phù hợp cao");
        assert_eq!(fit_label(Lang::En, Fit::Good), "Good fit");
    }
}
