//! Fixed demo accounts for trying the programme journey end to end, whatever today's date:
//! a standing incubation programme open from 2026 to the end of the plan (2030), run by the
//! first incubator; `demo.incubator@example.com` edits that incubator and
//! `demo.startup@example.com` edits a startup that is not incubated yet. Written after the
//! generator's stream is spent, so the rest of the demo data does not change.

use super::cx::Cx;
use crate::backend::db::sql;
use crate::backend::text::fold;

pub const PROGRAMME_SLUG: &str = "chuong-trinh-uom-tao-thuong-xuyen-2026-2030";
pub const INCUBATOR_USER: &str = "demo.incubator@example.com";
pub const STARTUP_USER: &str = "demo.startup@example.com";

const QUESTIONS: [(&str, &str, bool); 3] = [
    (
        "Sản phẩm hoặc giải pháp của bạn giải quyết vấn đề gì?",
        "What problem does your product or solution solve?",
        true,
    ),
    (
        "Giới thiệu đội ngũ sáng lập và vai trò của từng người.",
        "Introduce the founding team and each person's role.",
        true,
    ),
    ("Bạn mong muốn nhận được hỗ trợ gì từ chương trình?", "What support do you expect from the programme?", false),
];

pub async fn insert(cx: &mut Cx<'_>) -> Result<(), sqlx::Error> {
    let hub: Option<(i64, String, String)> = sql::query_as(
        "SELECT o.id, o.name_vi, coalesce((SELECT min(sector_code) FROM org_sectors s WHERE s.org_id = o.id), 'digital')
         FROM organizations o WHERE o.sample = TRUE AND o.kind = 'incubator' AND o.hidden = FALSE ORDER BY o.id LIMIT 1",
    )
    .fetch_optional(&mut *cx.tx)
    .await?;
    let startup: Option<i64> = sql::query_scalar(
        "SELECT o.id FROM organizations o JOIN startup_profiles sp ON sp.org_id = o.id
         WHERE o.sample = TRUE AND o.hidden = FALSE AND sp.incubated_by IS NULL ORDER BY o.id LIMIT 1",
    )
    .fetch_optional(&mut *cx.tx)
    .await?;
    let (Some((hub, hub_name, sector)), Some(startup)) = (hub, startup) else { return Ok(()) };
    let at = "2025-12-01T08:00:00Z";
    let title_vi = format!("Chương trình ươm tạo thường xuyên 2026–2030 — {hub_name}");
    let title_en = format!("Rolling incubation programme 2026–2030 — {hub_name}");
    let id: i64 = sql::query_scalar(
        "INSERT INTO programmes (slug, org_id, programme_type, title_vi, title_en, title_folded, description_vi,
             description_en, eligibility_vi, benefits_vi, opens_on, closes_on, capacity, published, sample, created_at,
             updated_at)
         VALUES ($1, $2, 'incubation', $3, $4, $5, $6, $7, $8, $9, '2026-01-01', '2030-12-31', 20, TRUE, TRUE, $10, $10)
         RETURNING id",
    )
    .bind(PROGRAMME_SLUG)
    .bind(hub)
    .bind(&title_vi)
    .bind(&title_en)
    .bind(fold(&title_vi))
    .bind(format!(
        "{hub_name} tiếp nhận hồ sơ ươm tạo quanh năm trong giai đoạn 2026–2030; hồ sơ được xét theo từng đợt hằng quý.\n\n\
         *Chương trình mẫu, mang tính minh hoạ.*"
    ))
    .bind(format!(
        "{hub_name} takes incubation applications all year round from 2026 to 2030, reviewed every quarter.\n\n\
         *Sample programme, for illustration.*"
    ))
    .bind("- Dự án khởi nghiệp hoặc doanh nghiệp thành lập không quá 5 năm\n- Có sản phẩm mẫu hoặc ý tưởng đã kiểm chứng")
    .bind("- Không gian làm việc miễn phí 12 tháng\n- Cố vấn chuyên môn và kết nối nhà đầu tư")
    .bind(at)
    .fetch_one(&mut *cx.tx)
    .await?;
    sql::query("INSERT INTO programme_sectors (programme_id, sector_code) VALUES ($1, $2)")
        .bind(id)
        .bind(sector)
        .execute(&mut *cx.tx)
        .await?;
    for (pos, (vi, en, required)) in QUESTIONS.iter().enumerate() {
        sql::query(
            "INSERT INTO programme_questions (programme_id, position, prompt_vi, prompt_en, required)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(pos as i64 + 1)
        .bind(vi)
        .bind(en)
        .bind(required)
        .execute(&mut *cx.tx)
        .await?;
    }
    for (email, name, org) in [
        (INCUBATOR_USER, "Trần Thu Hà (vườn ươm, thử nghiệm)", hub),
        (STARTUP_USER, "Lê Minh Khoa (khởi nghiệp, thử nghiệm)", startup),
    ] {
        let user: i64 = sql::query_scalar(
            "INSERT INTO users (email, display_name, role, disabled, sample, created_at, updated_at)
             VALUES ($1, $2, 'member', FALSE, TRUE, $3, $3) RETURNING id",
        )
        .bind(email)
        .bind(name)
        .bind(at)
        .fetch_one(&mut *cx.tx)
        .await?;
        sql::query("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, 'editor', $3)")
            .bind(user)
            .bind(org)
            .bind(at)
            .execute(&mut *cx.tx)
            .await?;
    }
    Ok(())
}
