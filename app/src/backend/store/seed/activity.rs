//! Programmes and calls (incubation cohorts, competitions, S&T task calls …) with their
//! questions, and applications in every state with their transitions, answers and reviews.

use super::batch::{Row, T};
use super::cx::{ANCHOR, Cx, DAY, date, ts, year_of};
use super::prose::{self, bullets, cap, vnd};
use super::{World, taken_slugs};
use crate::backend::text::fold;

/// The programme's type and phase by its index modulo 12: phase A closed in 2025, B open at
/// the anchor and closed since, C open from the anchor into 2027, D opened in autumn 2026 and
/// closing in 2027, E opening in 2027.
const PLAN: [(&str, char); 12] = [
    ("incubation", 'A'),
    ("incubation", 'C'),
    ("acceleration", 'B'),
    ("competition", 'A'),
    ("task_call", 'C'),
    ("incubation", 'D'),
    ("competition", 'C'),
    ("training", 'B'),
    ("task_call", 'D'),
    ("incubation", 'A'),
    ("training", 'E'),
    ("competition", 'C'),
];

const QUESTIONS: &[(&str, &str, &str)] = &[
    (
        "Sản phẩm hoặc giải pháp của bạn giải quyết vấn đề gì?",
        "What problem does your product or solution solve?",
        "Chúng tôi giúp khách hàng giảm chi phí và thời gian xử lý nhờ tự động hóa các khâu thủ công.",
    ),
    (
        "Ai là khách hàng mục tiêu và bạn đã có bao nhiêu khách hàng?",
        "Who are your target customers, and how many do you have?",
        "Khách hàng mục tiêu là doanh nghiệp nhỏ và hợp tác xã trong tỉnh; hiện có một số khách hàng thử nghiệm.",
    ),
    (
        "Giới thiệu đội ngũ sáng lập và vai trò của từng người.",
        "Introduce the founding team and each person's role.",
        "Đội ngũ gồm kỹ sư phần mềm, chuyên gia ngành và người phụ trách kinh doanh, đã làm việc cùng nhau hơn hai năm.",
    ),
    (
        "Bạn mong muốn nhận được hỗ trợ gì từ chương trình?",
        "What support do you expect from the programme?",
        "Chúng tôi cần cố vấn về mô hình kinh doanh, kết nối nhà đầu tư và địa điểm thử nghiệm.",
    ),
    (
        "Mức sẵn sàng công nghệ (TRL) hiện tại và kế hoạch 12 tháng tới?",
        "Current technology readiness (TRL) and 12-month plan?",
        "Sản phẩm đang ở TRL 5; trong 12 tháng tới sẽ hoàn thiện phiên bản thương mại và đăng ký giải pháp hữu ích.",
    ),
    (
        "Tác động xã hội và môi trường của dự án là gì?",
        "What is the project's social and environmental impact?",
        "Dự án tạo việc làm cho lao động địa phương và giảm lượng chất thải ra môi trường.",
    ),
];

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let mut slugs = taken_slugs(cx, "SELECT slug FROM programmes").await?;
    let mut calls = std::collections::HashMap::new();
    for i in 0..cx.count_of(12) {
        let (kind, phase) = PLAN[i % 12];
        let org = match kind {
            "task_call" => w.dept,
            "competition" if i % 12 != 11 => w.dept,
            "training" if cx.chance(0.5) && !w.knowledge.is_empty() => *cx.pick(&w.knowledge),
            _ => *cx.pick(&w.hubs),
        };
        let (o1, o2, c1, c2) = match phase {
            'A' => (-420, -330, 40, 70),
            'B' => (-40, -10, 30, 90),
            'C' => (-30, 20, 214, 330),
            'D' => (100, 170, 120, 200),
            _ => (220, 300, 45, 75),
        };
        let opens = ANCHOR + cx.range(o1..o2) * DAY;
        let closes = opens + cx.range(c1..c2) * DAY;
        let closes = if phase == 'C' { closes.max(ANCHOR + 214 * DAY) } else { closes };
        // the calls open at the demo's "now" stay open on any day; opening dates (and the years
        // in titles) stay put
        let closes = if matches!(phase, 'C' | 'D') { closes + w.shift } else { closes };
        let y = year_of(opens).to_string();
        let sector = *cx.pick(&w.orgs[org].sectors);
        let (sv, se) = prose::sectors(&[sector]);
        let org_name = w.orgs[org].name_vi.clone();
        let round = calls.entry((kind, y.clone())).or_insert(0);
        *round += 1;
        let cohort = round.to_string();
        let (title_vi, title_en) = match kind {
            "incubation" => (
                format!("Khóa ươm tạo khởi nghiệp {y} — {org_name}"),
                format!("{y} startup incubation cohort — {org_name}"),
            ),
            "acceleration" => {
                (format!("Chương trình tăng tốc khởi nghiệp {sv} {y}"), format!("{} startup accelerator {y}", cap(&se)))
            }
            "competition" if org == w.dept => (
                format!("Cuộc thi Khởi nghiệp Đổi mới Sáng tạo tỉnh Ninh Bình {y} (mẫu)"),
                format!("Ninh Bình Innovative Startup Competition {y} (sample)"),
            ),
            "competition" => (format!("Cuộc thi ý tưởng {sv} {y}"), format!("{} ideas competition {y}", cap(&se))),
            "task_call" => (
                format!(
                    "Tuyển chọn tổ chức chủ trì nhiệm vụ khoa học và công nghệ cấp tỉnh về {sv}, đợt {cohort} năm {y}"
                ),
                format!("Call for provincial S&T tasks in {se}, round {cohort}, {y}"),
            ),
            _ => (
                format!("Khóa đào tạo quản trị tài sản trí tuệ và chuyển giao công nghệ {y}"),
                format!("IP management and technology transfer training {y}"),
            ),
        };
        let (starts, ends) = match kind {
            "task_call" => (None, None),
            "competition" => (Some(closes + 30 * DAY), Some(closes + 31 * DAY)),
            "training" => (Some(closes + 7 * DAY), Some(closes + 9 * DAY)),
            _ => {
                let s = closes + cx.range(14..30) * DAY;
                (Some(s), Some(s + cx.range(90..181) * DAY))
            }
        };
        let capacity: Option<i64> = match kind {
            "incubation" => Some(cx.range(10..26)),
            "acceleration" => Some(cx.range(8..16)),
            "competition" => Some(cx.range(30..81)),
            "training" => Some(cx.range(30..61)),
            _ => None,
        };
        let funding: Option<i64> = match kind {
            "competition" => Some(cx.range(2..11) * 100_000_000),
            "task_call" => Some(cx.range(3..16) * 1_000_000_000),
            _ => None,
        };
        let money = funding.map(vnd);
        let what = match kind {
            "incubation" => format!(
                "khóa ươm tạo khởi nghiệp năm {y}, kéo dài khoảng {} tháng,",
                (ends.unwrap_or(closes) - starts.unwrap_or(closes)) / (30 * DAY)
            ),
            "acceleration" => "chương trình tăng tốc ba tháng".to_owned(),
            "competition" => "cuộc thi".to_owned(),
            "task_call" => "đợt tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ".to_owned(),
            _ => "khóa đào tạo ngắn hạn".to_owned(),
        };
        let description_vi = format!(
            "{org_name} tổ chức {what} dành cho các dự án về {sv}.\n\n{}\n\n{}",
            match &money {
                Some((v, _)) => format!("Tổng kinh phí hỗ trợ: {v}."),
                None => "Chương trình miễn phí cho các dự án được chọn.".to_owned(),
            },
            prose::NOTE_VI.replace("Hồ sơ mẫu", "Chương trình mẫu")
        );
        let description_en = format!(
            "{org_name} runs this programme for projects in {se}.\n\n{}\n\n{}",
            match &money {
                Some((_, e)) => format!("Total support: {e}."),
                None => "Free of charge for selected projects.".to_owned(),
            },
            prose::NOTE_EN.replace("Sample profile", "Sample programme")
        );
        let eligibility = bullets(&match kind {
            "task_call" => vec![
                "Tổ chức khoa học và công nghệ, doanh nghiệp có tư cách pháp nhân".to_owned(),
                "Có doanh nghiệp cam kết tiếp nhận và ứng dụng kết quả".to_owned(),
            ],
            "training" => vec!["Doanh nghiệp, hợp tác xã, viện, trường trên địa bàn tỉnh".to_owned()],
            _ => vec![
                "Dự án khởi nghiệp hoặc doanh nghiệp thành lập không quá 5 năm".to_owned(),
                format!("Hoạt động trong lĩnh vực {sv} hoặc lĩnh vực ưu tiên của tỉnh"),
            ],
        });
        let benefits = bullets(&[
            "Cố vấn chuyên môn và kết nối nhà đầu tư".to_owned(),
            "Không gian làm việc và phòng thí nghiệm dùng chung".to_owned(),
            match &money {
                Some((v, _)) => format!("Hỗ trợ tài chính, tổng giá trị {v}"),
                None => "Giới thiệu khách hàng thử nghiệm".to_owned(),
            },
        ]);
        let published = phase != 'E' || i % 24 != 10;
        let id = w.next.programme;
        w.next.programme += 1;
        let created = opens - cx.range(10..40) * DAY;
        let q = Row::new(T::Programmes)
            .bind(id)
            .bind(slugs.make(&title_vi))
            .bind(w.orgs[org].id)
            .bind(kind)
            .bind(&title_vi)
            .bind(&title_en)
            .bind(fold(&title_vi))
            .bind(description_vi)
            .bind(description_en)
            .bind(eligibility)
            .bind(benefits)
            .bind(date(opens))
            .bind(date(closes))
            .bind(starts.map(date))
            .bind(ends.map(date))
            .bind(capacity)
            .bind(funding)
            .bind(i64::from(published))
            .bind(ts(created))
            .bind(ts(created + DAY));
        cx.push(q).await?;
        cx.push(Row::new(T::ProgrammeSectors).bind(id).bind(sector)).await?;
        let n = cx.range(3..6);
        let mut qids = Vec::new();
        for (pos, (pv, pe, answer)) in cx.pick_n(QUESTIONS, n).into_iter().enumerate() {
            let qid = w.next.question;
            w.next.question += 1;
            let required = i64::from(pos < 3);
            cx.push(
                Row::new(T::ProgrammeQuestions)
                    .bind(qid)
                    .bind(id)
                    .bind(pos as i64 + 1)
                    .bind(*pv)
                    .bind(*pe)
                    .bind(required),
            )
            .await?;
            qids.push((qid, *answer));
        }
        if published && phase != 'E' {
            let window = (opens, closes.min(ANCHOR + 175 * DAY).max(opens + 5 * DAY));
            let made = super::applications::insert(cx, w, id, org, kind, phase, window, &qids).await?;
            w.next.application += made;
        }
        w.report.programmes += 1;
    }
    Ok(())
}
