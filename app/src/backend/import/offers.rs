//! Importing technology offers: one published offer per row, owned by an existing institute,
//! university, R&D centre, startup or enterprise. Each row passes the publishing form's full
//! check (`listings::input::offer`, as when submitting for review) and is written by the
//! form's own writer; an administrator's file needs no review, so the offers go live at once
//! (twelve months until they expire, as when approved).

use super::columns::{Column, Row};
use super::listing::{Cells, OWNER, existing_titles, go_live, judged, new_in, title_key};
use super::lookup::{Owners, Sectors};
use super::{DupKey, DupKind, FieldProblems, Importer, Problem};
use crate::backend::db::{Conn, Db};
use crate::backend::listings::input::{self, Mode, OfferInput};
use crate::backend::store::statements::listings::write::save_offer;
use crate::domain::listing::ListingKind;
use crate::domain::{CoopType, IpStatus};
use async_trait::async_trait;

pub struct Offers;

const fn col(field: &'static str, vi: &'static str, en: &'static str, required: bool, example: &'static str) -> Column {
    Column { field, vi, en, required, example }
}

const COLUMNS: &[Column] = &[
    OWNER,
    col("title_vi", "Tên công nghệ", "Title (Vietnamese)", true, "Máy sấy nông sản bằng năng lượng mặt trời"),
    col("title_en", "Tên công nghệ (tiếng Anh)", "Title (English)", false, "Solar dryer for farm produce"),
    col(
        "summary_vi",
        "Tóm tắt",
        "Summary",
        true,
        "Buồng sấy dùng năng lượng mặt trời kết hợp bơm nhiệt, giữ màu và dinh dưỡng của nông sản.",
    ),
    col("summary_en", "Tóm tắt (tiếng Anh)", "Summary (English)", false, ""),
    col(
        "problem_vi",
        "Vấn đề giải quyết",
        "Problem solved",
        true,
        "Phơi nắng tự nhiên phụ thuộc thời tiết, sản phẩm dễ nhiễm bẩn.",
    ),
    col("advantages_vi", "Ưu điểm", "Advantages", true, "Tiết kiệm 60% điện năng so với máy sấy điện trở."),
    col("applications_vi", "Ứng dụng", "Applications", true, "Hợp tác xã sấy gạo, dược liệu, hoa quả."),
    col("trl", "Mức sẵn sàng công nghệ (TRL 1–9)", "TRL (1–9)", true, "7"),
    col("ip_status", "Tình trạng sở hữu trí tuệ", "IP status", true, "Giải pháp hữu ích"),
    col("ip_number", "Số văn bằng, số đơn", "IP number", false, "2-0002345"),
    col("price_vnd", "Giá chào (đồng)", "Price (VND)", false, "350.000.000"),
    col("price_negotiable", "Giá thỏa thuận", "Price negotiable", false, "Không"),
    col("confidential", "Thông tin bảo mật", "Confidential details", false, ""),
    col("sector", "Lĩnh vực", "Sectors", true, "Nông nghiệp công nghệ cao"),
    col("coop", "Hình thức hợp tác", "Cooperation types", true, "Li-xăng; Dịch vụ kỹ thuật"),
];

/// Cells typed as they stand in the form.
const AS_TYPED: &[&str] = &[
    "title_vi",
    "title_en",
    "summary_vi",
    "summary_en",
    "problem_vi",
    "advantages_vi",
    "applications_vi",
    "trl",
    "ip_number",
    "price_vnd",
    "confidential",
];

pub struct Context {
    owners: Owners,
    sectors: Sectors,
}

/// A valid row: its owner and the form's input.
pub struct NewOffer {
    org_id: i64,
    input: OfferInput,
}

#[async_trait]
impl Importer for Offers {
    type Input = NewOffer;
    type Context = Context;

    fn name(&self) -> &'static str {
        "offers"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
    }

    async fn context(&self, pool: &Db) -> sqlx::Result<Context> {
        Ok(Context { owners: Owners::load(pool).await?, sectors: Sectors::default() })
    }

    fn validate(&self, cx: &Context, row: &Row<'_>) -> Result<NewOffer, FieldProblems> {
        let mut cells = Cells::new(row);
        let owner = cells.owner(&cx.owners, ListingKind::Offer).map(|o| o.id);
        cells.copy(AS_TYPED);
        cells.code("ip_status", IpStatus::ALL, IpStatus::as_str);
        cells.codes("coop", CoopType::ALL, CoopType::as_str);
        cells.flag("price_negotiable");
        cells.sectors(&cx.sectors);
        let (fields, problems) = cells.fields();
        let input = judged(COLUMNS, problems, input::offer(&fields, Mode::Full))?;
        // `judged` passes only when every cell did, so the owner is known here
        owner.map(|org_id| NewOffer { org_id, input }).ok_or_else(|| FieldProblems::from(("org", Problem::UnknownOrg)))
    }

    fn keys(&self, o: &NewOffer) -> Vec<DupKey> {
        vec![title_key(o.org_id, &o.input.title_vi)]
    }

    async fn existing(&self, conn: &mut Conn) -> sqlx::Result<Vec<(DupKind, String, String)>> {
        existing_titles(conn, ListingKind::Offer).await
    }

    async fn insert(&self, conn: &mut Conn, o: &NewOffer) -> sqlx::Result<i64> {
        let written = save_offer(conn, new_in(o.org_id), &o.input).await?;
        go_live(conn, ListingKind::Offer, written).await
    }
}
