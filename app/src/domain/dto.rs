//! What the server sends to pages and to the JSON API. Field names serialise in camelCase,
//! the shape the public JSON API promises (`{hits, totalHits, page, perPage}`).

use super::enums::*;
use super::kind::{FacetKey, OrgKind};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Page<T> {
    pub hits: Vec<T>,
    pub total_hits: u64,
    pub page: u32,
    pub per_page: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FacetValue {
    pub value: String,
    /// Shown as is when the value is not a code the UI can translate (a place name).
    pub label: Option<String>,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Facet {
    pub key: FacetKey,
    pub values: Vec<FacetValue>,
}

/// Text that exists in Vietnamese and may exist in English.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Text {
    pub vi: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn new(vi: impl Into<String>, en: Option<String>) -> Self {
        Text { vi: vi.into(), en }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgRef {
    pub slug: String,
    pub kind: OrgKind,
    pub name: Text,
    pub verified: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgCard {
    pub slug: String,
    pub kind: OrgKind,
    pub name: Text,
    pub short_description: Text,
    pub sectors: Vec<String>,
    pub location: Option<String>,
    pub founded_year: Option<i32>,
    pub verified: bool,
    pub sample: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub investor_type: Option<InvestorType>,
    /// The uploaded logo (`/media/logos/{id}?v=…`), re-encoded PNG.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryPage {
    #[serde(flatten)]
    pub page: Page<OrgCard>,
    pub facets: Vec<Facet>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
// Field names are renamed per variant (not `rename_all_fields`) so that the OpenAPI schema
// derived from this type spells them as the JSON does.
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Profile {
    #[serde(rename_all = "camelCase")]
    Startup {
        stage: Stage,
        team_size: Option<i64>,
        needs: Vec<Need>,
        incubated_by: Option<OrgRef>,
        investors: Vec<OrgRef>,
    },
    #[serde(rename_all = "camelCase")]
    Incubator {
        capacity: Option<i64>,
        services: Vec<IncubatorService>,
        startups: Vec<OrgRef>,
    },
    #[serde(rename_all = "camelCase")]
    Investor {
        investor_type: InvestorType,
        ticket_min_vnd: Option<i64>,
        ticket_max_vnd: Option<i64>,
        stages: Vec<Stage>,
        portfolio: Vec<Investment>,
    },
    #[serde(rename_all = "camelCase")]
    Institute {
        research_areas: Text,
        labs: Text,
        researcher_count: Option<i64>,
    },
    #[serde(rename_all = "camelCase")]
    Enterprise {
        size: EnterpriseSize,
        industry: Text,
        innovation_needs: Text,
    },
    #[serde(rename_all = "camelCase")]
    Intermediary {
        services: Vec<IntermediaryService>,
    },
    None,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Investment {
    pub startup: OrgRef,
    pub round: InvestmentRound,
    pub amount_vnd: Option<i64>,
    pub year: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgDetail {
    #[serde(flatten)]
    pub card: OrgCard,
    /// Sanitised HTML rendered from the markdown description.
    pub description_html: Text,
    pub address: Option<String>,
    pub website: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub verified_at: Option<String>,
    pub profile: Profile,
    pub offers: Vec<ItemCard>,
    pub challenges: Vec<ItemCard>,
    pub research: Vec<ItemCard>,
    pub programmes: Vec<ItemCard>,
    pub events: Vec<ItemCard>,
}

/// The catalogues beside the organisations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Catalogue {
    Offers,
    Challenges,
    Research,
    Programmes,
    Events,
}

impl Catalogue {
    pub const ALL: &'static [Catalogue] =
        &[Catalogue::Offers, Catalogue::Challenges, Catalogue::Research, Catalogue::Programmes, Catalogue::Events];

    pub fn path(self) -> &'static str {
        match self {
            Catalogue::Offers => "/offers",
            Catalogue::Challenges => "/challenges",
            Catalogue::Research => "/research",
            Catalogue::Programmes => "/programmes",
            Catalogue::Events => "/events",
        }
    }

    pub fn facets(self) -> &'static [FacetKey] {
        use FacetKey::*;
        match self {
            Catalogue::Offers => &[Sector, Trl, Ip, Coop],
            Catalogue::Challenges => &[Type, Sector, Status],
            Catalogue::Research => &[Type, Sector, Year],
            Catalogue::Programmes => &[Type, Sector, Status],
            Catalogue::Events => &[Type, Sector, When],
        }
    }
}

/// One entry of a catalogue list: an offer, challenge, research output, programme or event.
/// `facts` are (label code, value) pairs the card shows as key facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ItemCard {
    pub catalogue: Catalogue,
    pub slug: String,
    pub title: Text,
    pub summary: Text,
    pub org: OrgRef,
    pub sectors: Vec<String>,
    /// The item's type code (task order, paper, techmart …) when it has one.
    pub type_code: Option<String>,
    pub status: Option<String>,
    pub trl: Option<i64>,
    /// The date that matters for the item (published, deadline, start), ISO.
    pub date: Option<String>,
    pub end_date: Option<String>,
    pub amount_vnd: Option<i64>,
    pub sample: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CatalogPage {
    #[serde(flatten)]
    pub page: Page<ItemCard>,
    pub facets: Vec<Facet>,
}

/// A labelled section of an item's detail page (markdown already rendered to safe HTML).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Section {
    pub key: String,
    pub html: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ItemDetail {
    pub card: ItemCard,
    pub sections: Vec<Section>,
    /// Key facts as (fact key, value code or text).
    pub facts: Vec<(String, String)>,
    pub related: Vec<ItemCard>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct KindCount {
    pub kind: OrgKind,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct HomeData {
    pub kinds: Vec<KindCount>,
    pub offers: u64,
    pub challenges: u64,
    pub research: u64,
    pub agreements: u64,
    pub latest_offers: Vec<ItemCard>,
    pub latest_challenges: Vec<ItemCard>,
    pub upcoming_events: Vec<ItemCard>,
}

/// The site's public address without a trailing slash (`https://ketnoi.example.vn`), from the
/// server's configuration: what the views need of it, handed to them as a context so that no
/// view reaches into the server's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteUrl(pub String);
