//! The query parameters of each list endpoint: one table that validates requests and that the
//! OpenAPI document and the docs page are generated from, so the three cannot disagree.
//! Pages stay lenient (a hand-edited link never fails, `domain::query`); the API is strict:
//! a value outside the table is a 400 that names the parameter.

use super::ApiError;
use crate::domain::dto::Catalogue;
use crate::domain::query::{MAX_PAGE, MAX_PER_PAGE, decode};
use crate::domain::search::{DocGroup, SEARCH_FACETS};
use crate::domain::*;

/// What values a parameter takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Values {
    /// One of these codes.
    Codes(Vec<&'static str>),
    /// A whole number from `min`; values above `cap` are treated as `cap`.
    Int { min: i64, max: Option<i64>, cap: Option<i64> },
    /// A slug: lower-case ASCII letters, digits, `-` and `_`.
    Slug,
    /// Free text (searched without diacritics).
    Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: &'static str,
    pub values: Values,
    pub vi: &'static str,
    pub en: &'static str,
}

/// The list endpoints (those with query parameters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Organizations,
    Catalogue(Catalogue),
    Search,
}

fn codes<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> Values {
    Values::Codes(all.iter().map(|v| code(*v)).collect())
}

fn p(name: &'static str, values: Values, vi: &'static str, en: &'static str) -> Param {
    Param { name, values, vi, en }
}

fn facet(key: FacetKey, ep: Endpoint) -> Param {
    use FacetKey as F;
    let sectors = Values::Codes(SECTORS.iter().map(|s| s.code).collect());
    match key {
        F::Kind => match ep {
            Endpoint::Search => {
                let mut all: Vec<&str> = OrgKind::ALL.iter().map(|k| k.as_str()).collect();
                all.extend(DocGroup::ALL.iter().map(|g| g.as_str()));
                p("kind", Values::Codes(all), "Loại tổ chức hoặc loại mục", "Organisation kind or entry family")
            }
            _ => p("kind", codes(OrgKind::ALL, OrgKind::as_str), "Loại tổ chức", "Organisation kind"),
        },
        F::Sector => p("sector", sectors, "Lĩnh vực", "Sector"),
        F::Location => p("location", Values::Slug, "Xã, phường (mã địa bàn)", "Ward or commune (place code)"),
        F::Stage => p("stage", codes(Stage::ALL, Stage::as_str), "Giai đoạn khởi nghiệp", "Startup stage"),
        F::Need => p("need", codes(Need::ALL, Need::as_str), "Khởi nghiệp đang tìm", "What a startup is looking for"),
        F::Size => {
            p("size", codes(EnterpriseSize::ALL, EnterpriseSize::as_str), "Quy mô doanh nghiệp", "Enterprise size")
        }
        F::Service => {
            let mut all: Vec<&str> = IncubatorService::ALL.iter().map(|s| s.as_str()).collect();
            for code in IntermediaryService::ALL.iter().map(|s| s.as_str()) {
                if !all.contains(&code) {
                    all.push(code);
                }
            }
            p("service", Values::Codes(all), "Dịch vụ cung cấp", "Service offered")
        }
        F::Verified => p(
            "verified",
            Values::Codes(vec!["1", "0"]),
            "1: chỉ tổ chức đã xác minh; 0: chưa xác minh",
            "1: verified organisations only; 0: not verified",
        ),
        F::Trl => p(
            "trl",
            Values::Int { min: 1, max: Some(9), cap: None },
            "Mức sẵn sàng công nghệ (TRL)",
            "Technology readiness level (TRL)",
        ),
        F::Ip => p("ip", codes(IpStatus::ALL, IpStatus::as_str), "Tình trạng sở hữu trí tuệ", "IP status"),
        F::Coop => p("coop", codes(CoopType::ALL, CoopType::as_str), "Hình thức hợp tác", "Cooperation type"),
        F::Type => {
            let values = match ep {
                Endpoint::Organizations => codes(InvestorType::ALL, InvestorType::as_str),
                Endpoint::Catalogue(Catalogue::Challenges) => Values::Codes(vec!["task_order", "challenge"]),
                Endpoint::Catalogue(Catalogue::Research) => codes(ResearchType::ALL, ResearchType::as_str),
                Endpoint::Catalogue(Catalogue::Programmes) => codes(ProgrammeType::ALL, ProgrammeType::as_str),
                Endpoint::Catalogue(Catalogue::Events) => codes(EventType::ALL, EventType::as_str),
                Endpoint::Catalogue(Catalogue::Offers) | Endpoint::Search => {
                    let mut all: Vec<&str> = Vec::new();
                    let every = InvestorType::ALL.iter().map(|t| t.as_str()).chain(["task_order", "challenge"]);
                    let every = every
                        .chain(ResearchType::ALL.iter().map(|t| t.as_str()))
                        .chain(ProgrammeType::ALL.iter().map(|t| t.as_str()))
                        .chain(EventType::ALL.iter().map(|t| t.as_str()));
                    for code in every {
                        if !all.contains(&code) {
                            all.push(code);
                        }
                    }
                    Values::Codes(all)
                }
            };
            p(
                "type",
                values,
                "Loại (nhà đầu tư, bài toán, kết quả, chương trình, sự kiện)",
                "Type (investor, challenge, output, programme, event)",
            )
        }
        F::Status => {
            let values = match ep {
                Endpoint::Catalogue(Catalogue::Programmes) => Values::Codes(vec!["open", "upcoming", "closed"]),
                _ => Values::Codes(vec!["open", "in_discussion", "matched", "closed"]),
            };
            p("status", values, "Trạng thái", "Status")
        }
        F::Year => {
            p("year", Values::Int { min: 1900, max: Some(2100), cap: None }, "Năm công bố", "Year of publication")
        }
        F::When => p("when", Values::Codes(vec!["upcoming", "past"]), "Sắp diễn ra hay đã qua", "Upcoming or past"),
    }
}

/// Every query parameter the endpoint accepts, filters first.
pub fn params(ep: Endpoint) -> Vec<Param> {
    let filters: &[FacetKey] = match ep {
        Endpoint::Organizations => &crate::domain::Directory::FILTERS,
        Endpoint::Catalogue(cat) => cat.facets(),
        Endpoint::Search => SEARCH_FACETS,
    };
    let mut out: Vec<Param> = Vec::new();
    out.push(match ep {
        Endpoint::Search => p(
            "q",
            Values::Text,
            "Từ khóa; có hoặc không dấu đều được, hỗ trợ \"cụm từ\"",
            "Search words, with or without Vietnamese diacritics; \"phrases\" supported",
        ),
        _ => p(
            "q",
            Values::Text,
            "Lọc theo tên hoặc tiêu đề (không phân biệt dấu)",
            "Narrow by name or title (diacritics ignored)",
        ),
    });
    out.extend(filters.iter().map(|k| facet(*k, ep)));
    out.push(match ep {
        Endpoint::Search => p(
            "sort",
            Values::Codes(vec!["relevance", "newest"]),
            "Thứ tự: mức độ liên quan (mặc định) hoặc mới nhất",
            "Order: relevance (default) or newest first",
        ),
        _ => p(
            "sort",
            Values::Codes(vec!["name", "newest"]),
            "Thứ tự: theo tên (mặc định) hoặc mới nhất",
            "Order: by name (default) or newest first",
        ),
    });
    out.push(p(
        "page",
        Values::Int { min: 1, max: None, cap: Some(i64::from(MAX_PAGE)) },
        "Trang, bắt đầu từ 1",
        "Page number, from 1",
    ));
    out.push(p(
        "per_page",
        Values::Int { min: 1, max: None, cap: Some(i64::from(MAX_PER_PAGE)) },
        "Số kết quả mỗi trang (mặc định 24, tối đa 100)",
        "Results per page (default 24, capped at 100)",
    ));
    out.push(p("lang", Values::Codes(vec!["vi", "en"]), "Ngôn ngữ của thông báo lỗi", "Language of error messages"));
    out
}

/// Is `value` one the parameter accepts?
fn accepts(values: &Values, value: &str) -> bool {
    match values {
        Values::Codes(codes) => codes.contains(&value),
        Values::Int { min, max, .. } => match value.parse::<i64>() {
            Ok(n) => n >= *min && max.is_none_or(|m| n <= m),
            // a number too large for i64 is still a number above any cap
            Err(_) => {
                max.is_none() && !value.is_empty() && value.len() <= 40 && value.bytes().all(|b| b.is_ascii_digit())
            }
        },
        Values::Slug => {
            !value.is_empty()
                && value.len() <= 64
                && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        }
        Values::Text => true,
    }
}

/// Validates the raw query string against the endpoint's table and builds the list query.
/// Parameters the table does not name are ignored (tracking parameters, cache busters).
pub fn parse(raw: Option<&str>, ep: Endpoint) -> Result<ListQuery, ApiError> {
    let table = params(ep);
    let mut pairs: Vec<(&'static str, String)> = Vec::new();
    for pair in raw.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = decode(k) else { continue };
        let key = if key == "perPage" { "per_page".to_string() } else { key };
        let Some(param) = table.iter().find(|p| p.name == key) else { continue };
        let value = match decode(v) {
            Some(value) => value,
            // free text that is not UTF-8 is dropped, as the pages do; a code cannot be that
            None if param.values == Values::Text => continue,
            None => return Err(ApiError::InvalidParam(param.name)),
        };
        let value = value.trim();
        if value.is_empty() && param.values == Values::Text {
            continue;
        }
        if !accepts(&param.values, value) {
            return Err(if param.name == "kind" {
                ApiError::BadRequest("invalid_kind")
            } else {
                ApiError::InvalidParam(param.name)
            });
        }
        let value = match param.values {
            // ListQuery clamps; a number beyond i64 becomes the cap
            Values::Int { cap: Some(cap), .. } => value.parse::<i64>().unwrap_or(cap).min(cap).to_string(),
            _ => value.to_string(),
        };
        pairs.push((param.name, value));
    }
    Ok(ListQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_values_and_caps() {
        let ep = Endpoint::Catalogue(Catalogue::Offers);
        let q = parse(Some("sector=energy&trl=4&per_page=100000&page=2&utm_source=x"), ep).expect("valid");
        assert_eq!((q.per_page, q.page, q.filter(FacetKey::Trl)), (MAX_PER_PAGE, 2, Some("4")));
        assert_eq!(parse(Some("sector=dragon"), ep), Err(ApiError::InvalidParam("sector")));
        assert_eq!(parse(Some("trl=10"), ep), Err(ApiError::InvalidParam("trl")));
        assert_eq!(parse(Some("page=0"), ep), Err(ApiError::InvalidParam("page")));
        assert_eq!(parse(Some("page=abc"), ep), Err(ApiError::InvalidParam("page")));
        assert_eq!(parse(Some("per_page="), ep), Err(ApiError::InvalidParam("per_page")));
        assert_eq!(parse(Some("sector="), ep), Err(ApiError::InvalidParam("sector")));
        assert_eq!(parse(Some("page=99999999999999999999999"), ep).map(|q| q.page), Ok(MAX_PAGE));
        assert_eq!(parse(Some("kind=dragon"), Endpoint::Organizations), Err(ApiError::BadRequest("invalid_kind")));
        // a facet of another list is not this list's parameter: ignored
        assert!(parse(Some("stage=whatever"), ep).is_ok());
        assert_eq!(parse(Some("q=n%C3%B4ng"), ep).map(|q| q.q), Ok(Some("nông".into())));
    }

    #[test]
    fn every_enumerated_value_is_accepted() {
        for ep in [Endpoint::Organizations, Endpoint::Search]
            .into_iter()
            .chain(Catalogue::ALL.iter().map(|c| Endpoint::Catalogue(*c)))
        {
            for param in params(ep) {
                if let Values::Codes(codes) = &param.values {
                    for code in codes {
                        let q = format!("{}={code}", param.name);
                        assert!(parse(Some(&q), ep).is_ok(), "{ep:?} {q}");
                    }
                }
            }
        }
    }
}
