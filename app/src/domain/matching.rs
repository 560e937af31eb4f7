//! "Suggested for you": what the matching engine answers and the pages show. Each suggestion
//! carries typed reasons; the page renders them in the viewer's language (`i18n::matching`).

use super::dto::Text;
use super::kind::OrgKind;
use super::search::DocGroup;
use serde::{Deserialize, Serialize};

/// What suggestions are asked for: an organisation, an offer or a challenge, by public slug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SubjectKind {
    Org,
    Offer,
    Challenge,
}

impl SubjectKind {
    /// The code forms and addresses use.
    pub fn code(self) -> &'static str {
        match self {
            SubjectKind::Org => "org",
            SubjectKind::Offer => "offer",
            SubjectKind::Challenge => "challenge",
        }
    }

    pub fn parse(code: &str) -> Option<SubjectKind> {
        [SubjectKind::Org, SubjectKind::Offer, SubjectKind::Challenge].into_iter().find(|k| k.code() == code)
    }

    pub fn group(self) -> DocGroup {
        match self {
            SubjectKind::Org => DocGroup::Org,
            SubjectKind::Offer => DocGroup::Offer,
            SubjectKind::Challenge => DocGroup::Challenge,
        }
    }
}

/// Why a suggestion fits. Codes (sectors, stages, services…) are rendered by the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reason {
    /// Sector codes both sides have.
    SharedSectors(Vec<String>),
    /// The startup's stage (code) is one the investor funds or the programme takes.
    StageFit(String),
    /// The investor's ticket range meets what a startup of this stage raises.
    TicketFit { min_vnd: Option<i64>, max_vnd: Option<i64> },
    /// The offer's TRL meets the challenge's minimum.
    TrlFit { trl: i64, required: i64 },
    /// The offer is ready to deploy (TRL ≥ 7) and the other side states no minimum.
    TrlReady(i64),
    /// Cooperation types (codes) of the offer that deliver a solution to the other side.
    Cooperation(Vec<String>),
    /// Incubator services (codes) answering the startup's needs.
    ServicesForNeeds(Vec<String>),
    /// The startup is looking for funding.
    SeeksFunding,
    /// The startup is looking for a pilot customer.
    SeeksPilot,
    /// The programme takes applications until this date (ISO).
    OpenUntil(String),
    /// The programme opens on this date (ISO).
    OpensOn(String),
    /// An S&T task order: research organisations are its natural bidders.
    TaskOrder,
    /// Same ward or commune (its name).
    SameWard(String),
    /// Same province (its name).
    SameProvince(String),
    /// Meaningful phrases both texts contain, as written in the suggestion's text.
    KeyTerms(Vec<String>),
}

impl Reason {
    /// Whether the reason says why the two fit (a shared subject, a stage, a need met), rather
    /// than something else they have in common (the province, a way to cooperate).
    pub fn explains(&self) -> bool {
        !matches!(self, Reason::SameWard(_) | Reason::SameProvince(_) | Reason::Cooperation(_) | Reason::TrlReady(_))
    }
}

/// How well a suggestion fits, shown as a label and a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fit {
    High,
    Good,
    Fair,
}

impl Fit {
    /// Thresholds on the combined score (0–1), see `backend/matching/score.rs`, set on the
    /// judged pairs (`ketnoi bench-match --judged`): of the pairs scoring at least 0.75, 5 of 6
    /// were judged relevant; of those at least 0.45, half.
    pub fn of(score: f32) -> Fit {
        if score >= 0.75 {
            Fit::High
        } else if score >= 0.45 {
            Fit::Good
        } else {
            Fit::Fair
        }
    }
}

/// What a suggestion is: an organisation of some kind, or a listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SuggestedKind {
    Org(OrgKind),
    Offer,
    Challenge,
    Programme,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub kind: SuggestedKind,
    pub href: String,
    pub title: Text,
    /// The organisation behind a listing.
    pub owner: Option<Text>,
    /// 0–1.
    pub score: f32,
    pub fit: Fit,
    pub reasons: Vec<Reason>,
    /// The suggested item as the search index names it (`offer:12`): what feedback refers to.
    #[serde(default)]
    pub target: String,
}

/// The suggestions of one subject, and whether the viewer is a member of its organisation
/// (then each suggestion can be marked "not relevant", and openings are counted).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Suggestions {
    pub list: Vec<Suggestion>,
    pub member: bool,
}

/// One month of the matching-quality table (administrators): suggestions first shown to
/// members that month, and how many of them were opened, dismissed, turned into a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QualityMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub shown: i64,
    pub opened: i64,
    pub dismissed: i64,
    pub requested: i64,
}

/// One organisation of the signed-in user with its suggestions (the dashboard).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DashboardSection {
    pub slug: String,
    pub name: Text,
    pub kind: OrgKind,
    pub suggestions: Vec<Suggestion>,
}
