//! Applications to a programme: the pipeline draft → submitted → screening → interview →
//! accepted | rejected, with the full transition trail, answers and reviewer scores.

use super::World;
use super::batch::{Row, T};
use super::cx::{Cx, DAY, HOUR, ts};

const COMMENTS: &[&str] = &[
    "Ý tưởng rõ ràng, đội ngũ có năng lực; cần làm rõ mô hình doanh thu.",
    "Sản phẩm phù hợp với định hướng ưu tiên của tỉnh, nên mời phỏng vấn.",
    "Thị trường mục tiêu còn hẹp, chưa có số liệu thử nghiệm.",
    "Công nghệ có tính mới, cần kế hoạch bảo hộ sở hữu trí tuệ.",
    "Hồ sơ chưa đầy đủ, đề nghị bổ sung thông tin tài chính.",
];

/// The states applications end up in, by the programme's phase (see `activity::PLAN`).
fn states(phase: char) -> &'static [&'static str] {
    match phase {
        'A' => &["rejected", "accepted", "rejected", "rejected", "accepted"],
        'B' => &["accepted", "rejected", "interview", "rejected", "accepted", "screening"],
        'C' => &["submitted", "draft", "screening", "interview", "submitted", "draft", "screening"],
        _ => &["draft", "submitted", "submitted", "screening", "draft"],
    }
}

fn path(state: &str, with_interview: bool) -> &'static [&'static str] {
    match state {
        "draft" => &["draft"],
        "submitted" => &["draft", "submitted"],
        "screening" => &["draft", "submitted", "screening"],
        "interview" => &["draft", "submitted", "screening", "interview"],
        "accepted" => &["draft", "submitted", "screening", "interview", "accepted"],
        _ if with_interview => &["draft", "submitted", "screening", "interview", "rejected"],
        _ => &["draft", "submitted", "screening", "rejected"],
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn insert(
    cx: &mut Cx<'_>,
    w: &World,
    programme_id: i64,
    owner: usize,
    kind: &str,
    phase: char,
    window: (i64, i64),
    questions: &[(i64, &str)],
) -> Result<i64, sqlx::Error> {
    let groups: [&[usize]; 2] = match kind {
        "task_call" => [&w.knowledge, &w.enterprises],
        "training" => [&w.enterprises, &w.startups],
        _ => [&w.startups, &[]],
    };
    let n = cx.range(6..15);
    let applicants: Vec<usize> = cx.pick_n_of(&groups, n).into_iter().filter(|a| *a != owner).collect();
    let states = states(phase);
    let offset = cx.range(0..states.len());
    let staff = w.member_of(owner);
    let made = applicants.len() as i64;
    for (j, org) in applicants.into_iter().enumerate() {
        let state = states[(j + offset) % states.len()];
        let steps = path(state, cx.chance(0.5));
        let id = w.next.application + j as i64;
        let user = w.member_of(org);
        let mut t = window.0 + cx.range(0..(window.1 - window.0).max(1));
        let mut times = Vec::with_capacity(steps.len());
        for (k, _) in steps.iter().enumerate() {
            if k > 0 {
                t += cx.range(1..8) * DAY + cx.range(0..8) * HOUR;
            }
            times.push(t);
        }
        let submitted = (steps.len() > 1).then(|| ts(times[1]));
        let last = times[times.len() - 1];
        cx.push(
            Row::new(T::Applications)
                .bind(id)
                .bind(programme_id)
                .bind(w.orgs[org].id)
                .bind(user)
                .bind(state)
                .bind(submitted)
                .bind(ts(times[0]))
                .bind(ts(last)),
        )
        .await?;
        let mut from: Option<&str> = None;
        for (step, at) in steps.iter().zip(&times) {
            let actor = if matches!(*step, "draft" | "submitted") { user } else { staff.or(w.admin) };
            cx.push(Row::new(T::ApplicationTransitions).bind(id).bind(from).bind(*step).bind(actor).bind(ts(*at)))
                .await?;
            from = Some(step);
        }
        let answered = if state == "draft" { questions.len().min(1) } else { questions.len() };
        for (qid, answer) in questions.iter().take(answered) {
            let text = if cx.chance(0.5) {
                format!("{answer} Chi tiết xem hồ sơ đính kèm.")
            } else {
                (*answer).to_owned()
            };
            cx.push(Row::new(T::ApplicationAnswers).bind(id).bind(*qid).bind(text)).await?;
        }
        if matches!(state, "screening" | "interview" | "accepted" | "rejected") && !w.reviewers.is_empty() {
            let n = cx.range(1..3);
            for reviewer in cx.pick_n(&w.reviewers, n) {
                let score: i64 = match state {
                    "accepted" => cx.range(4..6),
                    "rejected" => cx.range(1..4),
                    _ => cx.range(2..6),
                };
                let comment = *cx.pick(COMMENTS);
                let at = times[2.min(times.len() - 1)] + cx.range(1..48) * HOUR;
                cx.push(
                    Row::new(T::ApplicationReviews).bind(id).bind(*reviewer).bind(score).bind(comment).bind(ts(at)),
                )
                .await?;
            }
        }
    }
    Ok(made)
}
