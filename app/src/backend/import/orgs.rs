//! Importing organisations. The common fields go through the same validation as the profile
//! form (`actions::org_input`); kind-specific ones (a startup's stage, an enterprise's size, an
//! investor's type…) fill the kind's profile table. Imported organisations are unverified,
//! not sample data, with a slug made as the create form makes it.

use super::columns::{Column, Row, key};
use super::lookup::{Sectors, by_label};
use super::{DupKey, DupKind, FieldProblems, Importer, Problem, website_host};
use crate::backend::actions::org_input;
use crate::backend::db::{Conn, Db};
use crate::backend::store::statements::import_lookups;
use crate::backend::store::statements::org_manage::{self, ProfileUpdate};
use crate::backend::store::statements::org_profiles::{self, KindProfile};
use crate::backend::text::fold;
use crate::domain::{EnterpriseSize, InvestorType, OrgKind, Stage};
use async_trait::async_trait;
use std::collections::HashMap;

pub struct Orgs;

const fn col(field: &'static str, vi: &'static str, en: &'static str, required: bool, example: &'static str) -> Column {
    Column { field, vi, en, required, example }
}

const COLUMNS: &[Column] = &[
    col("name_vi", "Tên (tiếng Việt)", "Name (Vietnamese)", true, "Công ty TNHH Nông nghiệp Xanh Tam Điệp"),
    col("name_en", "Tên tiếng Anh", "Name (English)", false, "Tam Diep Green Agriculture Co., Ltd"),
    col("kind", "Loại hình", "Kind", true, "Doanh nghiệp"),
    col(
        "short_vi",
        "Giới thiệu ngắn",
        "Short description",
        true,
        "Sản xuất rau hữu cơ trong nhà màng, truy xuất nguồn gốc bằng mã QR.",
    ),
    col(
        "short_en",
        "Giới thiệu ngắn (tiếng Anh)",
        "Short description (English)",
        false,
        "Organic greenhouse vegetables, traceable by QR code.",
    ),
    col("description_vi", "Mô tả chi tiết", "Description", false, ""),
    col("description_en", "Mô tả chi tiết (tiếng Anh)", "Description (English)", false, ""),
    col("sector", "Lĩnh vực", "Sectors", false, "Nông nghiệp công nghệ cao; Kinh tế xanh và tuần hoàn"),
    col("location", "Xã, phường", "Ward or commune", false, ""),
    col("address", "Địa chỉ", "Address", false, "Tổ 5, phường Trung Sơn"),
    col("founded_year", "Năm thành lập", "Founded", false, "2019"),
    col("website", "Trang web", "Website", false, "https://nongnghiepxanh.example.vn"),
    col("contact_name", "Người liên hệ", "Contact name", false, "Nguyễn Thị Hoa"),
    col("contact_email", "E-mail liên hệ", "Contact e-mail", false, "lienhe@nongnghiepxanh.example.vn"),
    col("contact_phone", "Điện thoại", "Phone", false, "0229 3864 123"),
    col("tax_code", "Mã số thuế", "Tax code", false, "2700123456"),
    col("stage", "Giai đoạn (khởi nghiệp)", "Stage (startups)", false, ""),
    col("team_size", "Số thành viên (khởi nghiệp)", "Team size (startups)", false, ""),
    col("size", "Quy mô (doanh nghiệp)", "Size (enterprises)", false, "Nhỏ"),
    col("investor_type", "Loại nhà đầu tư", "Investor type", false, ""),
    col("ticket_min", "Khoản đầu tư tối thiểu (đồng)", "Smallest ticket (VND)", false, ""),
    col("ticket_max", "Khoản đầu tư tối đa (đồng)", "Largest ticket (VND)", false, ""),
    col("capacity", "Sức chứa (vườn ươm)", "Capacity (incubators)", false, ""),
    col("researchers", "Số nhà nghiên cứu", "Researchers (institutes)", false, ""),
];

/// Places by code and by name, and sectors by name.
pub struct Lookups {
    places: HashMap<String, String>,
    place_by_name: HashMap<String, String>,
    sectors: Sectors,
}

pub struct NewOrg {
    pub kind: OrgKind,
    pub profile: ProfileUpdate,
    pub tax_code: Option<String>,
    pub extra: KindProfile,
}

/// A whole number ≥ 0; thousands separators (`.`, `,`, spaces) and `đ`/`₫` are allowed.
fn count(raw: &str) -> Result<Option<i64>, Problem> {
    let digits: String = raw.chars().filter(|c| !matches!(c, '.' | ',' | ' ' | 'đ' | '₫')).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    digits.parse::<i64>().ok().filter(|n| *n >= 0).map(Some).ok_or(Problem::Number)
}

/// A Vietnamese tax code: 10 digits, or 10 digits `-` 3 digits (a branch).
fn tax_code(raw: &str) -> Result<Option<String>, Problem> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Ok(None);
    }
    let (main, branch) = s.split_once('-').unwrap_or((&s, ""));
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if digits(main, 10) && (branch.is_empty() || digits(branch, 3)) { Ok(Some(s)) } else { Err(Problem::TaxCode) }
}

/// The website duplicate key: host without `www.` plus the path (`facebook.com/abc` and
/// `facebook.com/xyz` are different organisations).
fn website_key(url: &str) -> Option<String> {
    let host = website_host(url)?;
    let path = url::Url::parse(url).ok()?.path().trim_matches('/').to_ascii_lowercase();
    Some(if path.is_empty() { host } else { format!("{host}/{path}") })
}

fn required<T>(field: &str, raw: &str, parsed: Option<T>, problems: &mut FieldProblems) -> Option<T> {
    if raw.is_empty() {
        problems.fail(field, Problem::Form(crate::domain::account::FormError::Required));
    } else if parsed.is_none() {
        problems.fail(field, Problem::Form(crate::domain::account::FormError::ChoiceInvalid));
    }
    parsed
}

#[async_trait]
impl Importer for Orgs {
    type Input = NewOrg;
    type Context = Lookups;

    fn name(&self) -> &'static str {
        "orgs"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
    }

    async fn context(&self, pool: &Db) -> sqlx::Result<Lookups> {
        let rows = import_lookups::places(pool).await?;
        let place_by_name = rows.iter().map(|(code, name)| (key(name), code.clone())).collect();
        Ok(Lookups { places: rows.into_iter().collect(), place_by_name, sectors: Sectors::default() })
    }

    fn validate(&self, cx: &Lookups, row: &Row<'_>) -> Result<NewOrg, FieldProblems> {
        let mut problems = FieldProblems::new();
        let kind_raw = row.get("kind");
        let kind = by_label(OrgKind::ALL, OrgKind::as_str, kind_raw);
        let kind = required("kind", kind_raw, kind, &mut problems);
        let (sectors, unknown) = cx.sectors.parse(row.get("sector"));
        if !unknown.is_empty() {
            problems.fail("sector", Problem::UnknownSectors(unknown));
        }
        let place = row.get("location");
        let location = match (cx.places.contains_key(place), cx.place_by_name.get(&key(place))) {
            _ if place.is_empty() => String::new(),
            (true, _) => place.to_string(),
            (false, Some(code)) => code.clone(),
            (false, None) => {
                problems.fail("location", Problem::UnknownLocation);
                String::new()
            }
        };
        let get = |f: &str| row.get(f).to_string();
        let profile = match org_input::profile(&get, sectors, &location, &cx.places) {
            Ok(p) => Some(p),
            Err(errors) => {
                problems.merge(errors.map(Problem::Form));
                None
            }
        };
        let tax = problems.put("tax_code", tax_code(row.get("tax_code")));
        let mut number = |field: &str| problems.put(field, count(row.get(field)));
        let (team_size, min, max, capacity, researchers) = (
            number("team_size"),
            number("ticket_min"),
            number("ticket_max"),
            number("capacity"),
            number("researchers"),
        );
        let extra = match kind {
            Some(OrgKind::Startup) => {
                let stage = by_label(Stage::ALL, Stage::as_str, row.get("stage"));
                required("stage", row.get("stage"), stage, &mut problems)
                    .map(|stage| KindProfile::Startup { stage, team_size: team_size.filter(|n| *n > 0) })
            }
            Some(OrgKind::Enterprise) => {
                let size = by_label(EnterpriseSize::ALL, EnterpriseSize::as_str, row.get("size"));
                required("size", row.get("size"), size, &mut problems).map(|size| KindProfile::Enterprise { size })
            }
            Some(OrgKind::Investor) => {
                if let (Some(a), Some(b)) = (min, max)
                    && a > b
                {
                    problems.fail("ticket_max", Problem::Range);
                }
                let t = by_label(InvestorType::ALL, InvestorType::as_str, row.get("investor_type"));
                required("investor_type", row.get("investor_type"), t, &mut problems)
                    .map(|kind| KindProfile::Investor { kind, min, max })
            }
            Some(OrgKind::Incubator | OrgKind::InnovationSpace) => Some(KindProfile::Incubator { capacity }),
            Some(OrgKind::Institute | OrgKind::University | OrgKind::RndCenter) => {
                Some(KindProfile::Institute { researchers })
            }
            Some(_) => Some(KindProfile::None),
            None => None,
        };
        match (kind, profile, extra) {
            (Some(kind), Some(profile), Some(extra)) => problems.done(NewOrg { kind, profile, tax_code: tax, extra }),
            _ => Err(problems),
        }
    }

    fn keys(&self, o: &NewOrg) -> Vec<DupKey> {
        let mut keys = vec![DupKey { kind: DupKind::Name, value: fold(&o.profile.name_vi), field: "name_vi" }];
        if let Some(t) = &o.tax_code {
            keys.push(DupKey { kind: DupKind::TaxCode, value: t.clone(), field: "tax_code" });
        }
        if let Some(w) = o.profile.website.as_deref().and_then(website_key) {
            keys.push(DupKey { kind: DupKind::Website, value: w, field: "website" });
        }
        keys
    }

    async fn existing(&self, conn: &mut Conn) -> sqlx::Result<Vec<(DupKind, String, String)>> {
        let rows = import_lookups::org_keys(conn).await?;
        let mut out = Vec::with_capacity(rows.len() * 2);
        for import_lookups::OrgKeys { name_vi: name, name_folded: folded, tax_code: tax, website: web } in rows {
            if let Some(t) = tax.filter(|t| !t.is_empty()) {
                out.push((DupKind::TaxCode, t, name.clone()));
            }
            if let Some(w) = web.as_deref().and_then(website_key) {
                out.push((DupKind::Website, w, name.clone()));
            }
            out.push((DupKind::Name, folded, name));
        }
        Ok(out)
    }

    async fn insert(&self, conn: &mut Conn, o: &NewOrg) -> sqlx::Result<i64> {
        let (id, _) = org_manage::insert(conn, o.kind, &o.profile, o.tax_code.as_deref()).await?;
        org_profiles::insert(conn, id, o.kind, &o.extra).await?;
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_parsers() {
        assert_eq!(tax_code(" 2700123456 "), Ok(Some("2700123456".into())));
        assert_eq!(tax_code("2700123456-001"), Ok(Some("2700123456-001".into())));
        assert_eq!(tax_code("27001234"), Err(Problem::TaxCode));
        assert_eq!(count("1.000.000.000 đ"), Ok(Some(1_000_000_000)));
        assert_eq!(count("-3"), Err(Problem::Number));
        assert_eq!(website_key("https://www.Vien.vn/"), Some("vien.vn".into()));
        assert_eq!(website_key("https://facebook.com/abc/"), Some("facebook.com/abc".into()));
    }
}
