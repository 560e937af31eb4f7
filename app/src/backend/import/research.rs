//! Importing research outputs (papers, patents, utility solutions, theses, datasets): one
//! published output per row, owned by an existing institute, university or R&D centre, checked
//! by the publishing form's full check (`listings::input::research`) and written by the form's
//! own writer. An output may name offers of its own organisation (their address names) to link.

use super::columns::{Column, Row};
use super::listing::{Cells, OWNER, existing_titles, go_live, judged, new_in, title_key};
use super::lookup::{Owners, Sectors};
use super::{DupKey, DupKind, FieldProblems, Importer, Problem};
use crate::backend::db::{Conn, Db};
use crate::backend::listings::input::{self, Mode, ResearchInput};
use crate::backend::store::statements::import_lookups;
use crate::backend::store::statements::listings::write::save_research;
use crate::backend::this_year;
use crate::domain::ResearchType;
use crate::domain::account::FormError;
use crate::domain::listing::ListingKind;
use async_trait::async_trait;
use std::collections::HashSet;

pub struct Research;

const fn col(field: &'static str, vi: &'static str, en: &'static str, required: bool, example: &'static str) -> Column {
    Column { field, vi, en, required, example }
}

const COLUMNS: &[Column] = &[
    OWNER,
    col(
        "title_vi",
        "Tên công trình",
        "Title (Vietnamese)",
        true,
        "Tuyển chọn giống lúa chịu mặn cho vùng ven biển Kim Sơn",
    ),
    col("title_en", "Tên công trình (tiếng Anh)", "Title (English)", false, ""),
    col("output_type", "Loại kết quả", "Output type", true, "Bài báo khoa học"),
    col("authors", "Tác giả", "Authors", true, "Nguyễn Văn An; Trần Thị Bình"),
    col("year", "Năm công bố", "Year", true, "2025"),
    col("doi", "DOI", "DOI", false, "10.1000/xyz123"),
    col("patent_number", "Số bằng sáng chế, giải pháp hữu ích", "Patent number", false, ""),
    col(
        "abstract_vi",
        "Tóm tắt",
        "Abstract",
        true,
        "Đánh giá 24 dòng lúa trên đất nhiễm mặn 4‰, chọn được 3 dòng năng suất trên 6 tấn/ha.",
    ),
    col("abstract_en", "Tóm tắt (tiếng Anh)", "Abstract (English)", false, ""),
    col("international", "Công bố quốc tế", "International", false, "Không"),
    col("sector", "Lĩnh vực", "Sectors", true, "Nông nghiệp công nghệ cao"),
    col("offer", "Tin chào bán liên quan (địa chỉ)", "Linked offers (address names)", false, ""),
];

const AS_TYPED: &[&str] =
    &["title_vi", "title_en", "authors", "year", "doi", "patent_number", "abstract_vi", "abstract_en"];

pub struct Context {
    owners: Owners,
    sectors: Sectors,
    /// (organisation, offer address name) of every offer, for the links.
    offers: HashSet<(i64, String)>,
    this_year: i64,
}

pub struct NewResearch {
    org_id: i64,
    input: ResearchInput,
}

#[async_trait]
impl Importer for Research {
    type Input = NewResearch;
    type Context = Context;

    fn name(&self) -> &'static str {
        "research"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
    }

    async fn context(&self, pool: &Db) -> sqlx::Result<Context> {
        let offers = import_lookups::offer_slugs(pool).await?.into_iter().collect();
        Ok(Context { owners: Owners::load(pool).await?, sectors: Sectors::default(), offers, this_year: this_year() })
    }

    fn validate(&self, cx: &Context, row: &Row<'_>) -> Result<NewResearch, FieldProblems> {
        let mut cells = Cells::new(row);
        let owner = cells.owner(&cx.owners, ListingKind::Research).map(|o| o.id);
        cells.copy(AS_TYPED);
        cells.code("output_type", ResearchType::ALL, ResearchType::as_str);
        cells.flag("international");
        cells.sectors(&cx.sectors);
        cells.many("offer");
        if let Some(org) = owner
            && row.list("offer").into_iter().any(|slug| !cx.offers.contains(&(org, slug)))
        {
            // only the organisation's own offers can be linked (as in the form)
            cells.problems.fail("offer", Problem::Form(FormError::ChoiceInvalid));
        }
        let (fields, problems) = cells.fields();
        let input = judged(COLUMNS, problems, input::research(&fields, Mode::Full, cx.this_year))?;
        owner
            .map(|org_id| NewResearch { org_id, input })
            .ok_or_else(|| FieldProblems::from(("org", Problem::UnknownOrg)))
    }

    fn keys(&self, r: &NewResearch) -> Vec<DupKey> {
        let mut keys = vec![title_key(r.org_id, &r.input.title_vi)];
        if let Some(doi) = &r.input.doi {
            keys.push(DupKey { kind: DupKind::Doi, value: doi.to_lowercase(), field: "doi" });
        }
        keys
    }

    async fn existing(&self, conn: &mut Conn) -> sqlx::Result<Vec<(DupKind, String, String)>> {
        let mut out = existing_titles(&mut *conn, ListingKind::Research).await?;
        let dois = import_lookups::research_dois(conn).await?;
        out.extend(dois.into_iter().map(|(doi, title)| (DupKind::Doi, doi, title)));
        Ok(out)
    }

    async fn insert(&self, conn: &mut Conn, r: &NewResearch) -> sqlx::Result<i64> {
        let written = save_research(conn, new_in(r.org_id), &r.input, this_year()).await?;
        go_live(conn, ListingKind::Research, written).await
    }
}
