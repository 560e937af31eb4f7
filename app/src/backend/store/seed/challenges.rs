//! Technology requests and challenges (nhu cầu công nghệ, bài toán); about a quarter are the
//! Department's S&T task orders (đặt hàng) with funding and output-based evaluation.

use super::batch::{Row, T};
use super::catalogue::problems;
use super::cx::{ANCHOR, Cx, DAY, date, ts};
use super::prose::{BENEFITS, bullets, cap, vnd};
use super::{ChallengeRef, World, taken_slugs};
use crate::backend::text::fold;
use crate::domain::OrgKind;

/// A challenge's title around its case's; the n-th case takes the n-th (one draw picks both).
const TITLES: &[(&str, &str)] = &[
    ("Tìm giải pháp {p}", "Seeking solutions for {e}"),
    ("Cần công nghệ {p}", "Technology wanted: {e}"),
    ("Bài toán: {p}", "Challenge: {e}"),
];

pub async fn insert(cx: &mut Cx<'_>, w: &mut World) -> Result<(), sqlx::Error> {
    let mut slugs = taken_slugs(cx, "SELECT slug FROM challenges").await?;
    let posters: Vec<usize> = w
        .enterprises
        .iter()
        .chain(&w.enterprises)
        .chain(&w.enterprises)
        .chain(&w.agencies[1..])
        .chain(&w.startups[..w.startups.len().min(20 * cx.scale as usize)])
        .chain(w.knowledge.iter().filter(|k| matches!(w.orgs[**k].kind, OrgKind::Institute | OrgKind::University)))
        .copied()
        .collect();
    for i in 0..cx.count_of(45) {
        let order = i % 45 < 12;
        let org = if order { w.dept } else { *cx.pick(&posters) };
        let sector = *cx.pick(&w.orgs[org].sectors);
        let problem = cx.pick(problems(sector));
        let (p, e) = problem.name;
        // a task order is the province's, so its case is the problem's first setting in turn;
        // an enterprise's is drawn with its title's wording
        let (case, (title_vi, title_en)) = if order {
            let titles = (format!("Đặt hàng nhiệm vụ khoa học và công nghệ: {p}"), format!("S&T task order: {e}"));
            (&problem.cases[i % problem.cases.len()], titles)
        } else {
            let n = *cx.pick(&[0usize, 1, 2]);
            let ((tv, te), case) = (TITLES[n], &problem.cases[n]);
            let (cv, ce) = case.title;
            // only "Bài toán: …" starts its case with a capital
            let title_vi = if n == 2 { tv.replace("{p}", &cap(cv)) } else { tv.replace("{p}", cv) };
            (case, (title_vi, te.replace("{e}", ce)))
        };
        let ((what_vi, what_en), (situation_vi, situation_en)) = (case.title, case.situation);
        let status = match (i % 45, cx.range(0..100)) {
            (20 | 40, _) => "draft",
            (_, 0..=54) => "open",
            (_, 55..=74) => "in_discussion",
            (_, 75..=86) => "matched",
            _ => "closed",
        };
        let published = (status != "draft").then(|| cx.instant(-330..150));
        let created = match published {
            Some(p) => p - cx.range(1..15) * DAY,
            None => cx.instant(-30..170),
        };
        let start = published.unwrap_or(created);
        let deadline = match status {
            "closed" => start + cx.range(30..120) * DAY,
            "open" => (start + cx.range(90..400) * DAY).max(ANCHOR + cx.range(200..420) * DAY),
            _ => start + cx.range(45..300) * DAY,
        } + w.shift;
        let months = cx.range(6..25).to_string();
        let poster = &w.orgs[org].name_vi;
        let problem_vi = if order {
            format!(
                "Thực hiện cơ chế đặt hàng gắn với các bài toán lớn của tỉnh, Sở Khoa học và Công nghệ đặt hàng nhiệm vụ: {p}. Một trường hợp điển hình trên địa bàn: {situation_vi}\n\nKết quả được đánh giá theo sản phẩm đầu ra và mức độ ứng dụng thực tiễn sau 12 tháng nghiệm thu; ưu tiên hồ sơ có doanh nghiệp cùng tài trợ và tiếp nhận kết quả. Thời gian thực hiện tối đa {months} tháng."
            )
        } else {
            format!(
                "{poster} cần giải quyết bài toán {what_vi}. {situation_vi}\n\nGiải pháp cần triển khai được trong khoảng {months} tháng tại cơ sở thực tế trên địa bàn tỉnh."
            )
        };
        let problem_en = if order {
            format!(
                "Under the province's task-ordering mechanism for its major problems, the Department of Science and Technology orders this task: {e}. A typical case in the province: {situation_en}\n\nResults are evaluated on their outputs and on practical uptake within 12 months of acceptance; proposals co-funded by a company that will adopt the results are preferred. Maximum duration: {months} months."
            )
        } else {
            format!(
                "We need to solve the following: {what_en}. {situation_en}\n\nThe solution should be deployable within about {months} months at a real site in the province."
            )
        };
        // the draws stay so that the generator's stream (and every slug after it) is unchanged
        let _ = (cx.pick(BENEFITS), cx.range(15..50));
        let desired = format!(
            "{} Giải pháp vận hành được bởi nhân sự hiện có, có mô hình trình diễn tại địa phương.",
            problem.wanted
        );
        let (bmin, bmax, funding): (Option<i64>, Option<i64>, Option<i64>) = if order {
            let f = cx.range(5..51) * 100_000_000;
            (None, None, Some(f))
        } else if cx.chance(0.8) {
            let min = cx.range(1..11) * 100_000_000;
            (Some(min), Some(min * cx.range(2..6)), None)
        } else {
            (None, None, None)
        };
        let cap_text = match bmax.or(funding) {
            Some(v) => vnd(v).0,
            None => "theo thỏa thuận".to_owned(),
        };
        let constraints = format!(
            "Kinh phí tối đa: {cap_text}. Thời gian thực hiện không quá {months} tháng. Ưu tiên công nghệ sản xuất trong nước, có đội ngũ hỗ trợ kỹ thuật tại tỉnh."
        );
        let trl_min: Option<i64> = (order || cx.chance(0.6)).then(|| cx.range(4..8));
        let criteria = order.then(|| {
            bullets(&[
                format!("Sản phẩm đầu ra đạt mức sẵn sàng công nghệ TRL {} trở lên", trl_min.unwrap_or(6) + 1),
                format!(
                    "Được ít nhất {} doanh nghiệp, hợp tác xã trong tỉnh tiếp nhận ứng dụng sau nghiệm thu",
                    cx.range(2..6)
                ),
                "Có đơn đăng ký sáng chế hoặc giải pháp hữu ích".to_owned(),
                format!("Tỷ lệ vốn đối ứng từ doanh nghiệp tối thiểu {}%", cx.range(2..6) * 10),
            ])
        });
        let english = cx.chance(0.85) || order;
        let id = w.next.challenge;
        w.next.challenge += 1;
        let q = Row::new(T::Challenges)
            .bind(id)
            .bind(slugs.make(&title_vi))
            .bind(w.orgs[org].id)
            .bind(w.orgs[org].kind.as_str())
            .bind(i64::from(order))
            .bind(&title_vi)
            .bind(english.then_some(&title_en))
            .bind(fold(&title_vi))
            .bind(problem_vi)
            .bind(english.then_some(problem_en))
            .bind(desired)
            .bind(constraints)
            .bind(bmin)
            .bind(bmax)
            .bind(funding)
            .bind(criteria)
            .bind(trl_min)
            .bind(date(deadline))
            .bind(status)
            .bind(published.map(ts))
            .bind(ts(created))
            .bind(ts(published.unwrap_or(created) + cx.range(0..10) * DAY));
        cx.push(q).await?;
        cx.push(Row::new(T::ChallengeSectors).bind(id).bind(sector)).await?;
        if let Some(other) = w.orgs[org].sectors.iter().find(|s| **s != sector)
            && cx.chance(0.5)
        {
            cx.push(Row::new(T::ChallengeSectors).bind(id).bind(*other)).await?;
        }
        w.challenges.push(ChallengeRef { id, org, status, title_vi });
        w.report.challenges += 1;
    }
    Ok(())
}
