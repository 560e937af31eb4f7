//! Programmes and their application pipeline: who may run which kind of programme, who may
//! apply, the pipeline's state machine and the review rubric; the DTOs of the pages.

use super::code_enum::code_enum;
use super::dto::Text;
use super::{OrgKind, ProgrammeType};
use serde::{Deserialize, Serialize};

code_enum!(
    /// Where an application stands. `draft` belongs to the applicant; the rest to the pipeline.
    ApplicationState {
        Draft = "draft",
        Submitted = "submitted",
        Screening = "screening",
        Interview = "interview",
        Accepted = "accepted",
        Rejected = "rejected",
    }
);

impl ApplicationState {
    /// The board's columns, in order.
    pub const BOARD: [ApplicationState; 5] = [
        ApplicationState::Submitted,
        ApplicationState::Screening,
        ApplicationState::Interview,
        ApplicationState::Accepted,
        ApplicationState::Rejected,
    ];

    /// Where the programme's owner may move an application from here. The pipeline goes
    /// forward one stage at a time (an interview is part of every selection, so nobody is
    /// accepted unseen) or ends in a rejection from any open stage. Accepted and rejected are
    /// final: a decision that was sent to the applicant is not taken back silently. A draft is
    /// the applicant's, and only they submit it.
    pub fn next(self) -> &'static [ApplicationState] {
        use ApplicationState::*;
        match self {
            Submitted => &[Screening, Rejected],
            Screening => &[Interview, Rejected],
            Interview => &[Accepted, Rejected],
            Draft | Accepted | Rejected => &[],
        }
    }

    pub fn can_move(self, to: ApplicationState) -> bool {
        self.next().contains(&to)
    }
}

/// The programme types an organisation of `kind` may run: incubators and innovation spaces
/// run cohorts, accelerators, competitions and training; the Department (agencies) runs S&T
/// task calls, competitions and training. Only hubs incubate, so an accepted incubation
/// applicant is always incubated by a hub.
pub fn types_for(kind: OrgKind) -> &'static [ProgrammeType] {
    use ProgrammeType::*;
    match kind {
        OrgKind::Incubator | OrgKind::InnovationSpace => &[Incubation, Acceleration, Competition, Training],
        OrgKind::Agency => &[TaskCall, Competition, Training],
        _ => &[],
    }
}

/// The kinds of organisation that may apply to a programme of type `t`.
pub fn applicants_for(t: ProgrammeType) -> &'static [OrgKind] {
    use OrgKind::*;
    match t {
        ProgrammeType::TaskCall => &[Institute, University, RndCenter, Enterprise],
        ProgrammeType::Training => &[Startup, Enterprise, Institute, University, RndCenter],
        _ => &[Startup],
    }
}

/// A review's criteria, each scored 1–5.
pub const RUBRIC: [&str; 4] = ["team", "innovation", "market", "feasibility"];

/// The overall score of a review: the rounded mean of its criteria.
pub fn overall(scores: &[i64; 4]) -> i64 {
    let sum: i64 = scores.iter().sum();
    (sum * 2 + 4) / 8
}

/// Where the window for applications stands on `today` (ISO dates compare as strings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Window {
    Upcoming,
    Open,
    Closed,
}

pub fn window(opens_on: &str, closes_on: &str, today: &str) -> Window {
    if today < opens_on {
        Window::Upcoming
    } else if today > closes_on {
        Window::Closed
    } else {
        Window::Open
    }
}

/// One application question as the edit page shows it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuestionEdit {
    pub id: Option<i64>,
    pub prompt_vi: String,
    pub prompt_en: String,
    pub required: bool,
    /// Answered by an applicant already: removing it hides it.
    pub answered: bool,
}

/// The programme edit page's data; `slug` is `None` while creating.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeEdit {
    pub slug: Option<String>,
    pub org_slug: String,
    pub org_name: Text,
    /// Types this organisation may run.
    pub types: Vec<ProgrammeType>,
    pub fields: std::collections::BTreeMap<String, String>,
    pub sectors: Vec<String>,
    pub published: bool,
    pub questions: Vec<QuestionEdit>,
    pub submitted_count: i64,
}

/// A question with the applicant's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    pub question_id: i64,
    pub prompt: Text,
    pub required: bool,
    pub hidden: bool,
    pub answer: String,
}

/// The application form's data for one applicant organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplyPage {
    pub programme_slug: String,
    pub programme_title: Text,
    pub owner_name: Text,
    pub opens_on: String,
    pub closes_on: String,
    pub window: Window,
    pub org_slug: String,
    pub org_name: Text,
    /// Other organisations of the viewer that may apply.
    pub choices: Vec<(String, Text)>,
    pub state: ApplicationState,
    pub submitted_at: Option<String>,
    pub questions: Vec<Answered>,
}

/// On the programme page: what the signed-in viewer may do there.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeActions {
    pub manage: bool,
    /// Organisations of the viewer that may apply, with their application's state if any.
    pub apply_as: Vec<(String, Text, Option<ApplicationState>)>,
    pub window: Option<Window>,
}

/// A card on the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardCard {
    pub id: i64,
    pub applicant_slug: String,
    pub applicant: Text,
    pub state: ApplicationState,
    pub submitted_at: Option<String>,
    pub average: Option<f64>,
    pub reviews: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Board {
    pub programme_slug: String,
    pub programme_title: Text,
    pub programme_type: ProgrammeType,
    pub cards: Vec<BoardCard>,
    pub drafts: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransitionView {
    pub from: Option<ApplicationState>,
    pub to: ApplicationState,
    pub actor: Option<String>,
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewView {
    pub reviewer_id: i64,
    pub reviewer: String,
    pub score: i64,
    /// Per criterion of `RUBRIC`; `None` for reviews given as one overall score.
    pub criteria: Option<[i64; 4]>,
    pub comment: String,
    pub at: String,
}

/// An application as the owner's reviewers see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i64,
    pub card: BoardCard,
    pub programme_slug: String,
    pub programme_title: Text,
    pub answers: Vec<Answered>,
    pub transitions: Vec<TransitionView>,
    pub reviews: Vec<ReviewView>,
    pub viewer_id: i64,
}

/// One of an organisation's applications, as the applicant sees it (no scores).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnApplication {
    pub programme_slug: String,
    pub programme_title: Text,
    pub owner: Text,
    pub state: ApplicationState,
    pub submitted_at: Option<String>,
    pub updated_at: String,
    pub closes_on: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgApplications {
    pub org_slug: String,
    pub org_name: Text,
    pub items: Vec<OwnApplication>,
}

/// A page's data, or why the viewer may not see it (the response carries the status too).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Access<T> {
    Granted(T),
    SignedOut,
    Forbidden,
    NotFound,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_move_of_the_state_machine() {
        use ApplicationState::*;
        let allowed = [
            (Submitted, Screening),
            (Submitted, Rejected),
            (Screening, Interview),
            (Screening, Rejected),
            (Interview, Accepted),
            (Interview, Rejected),
        ];
        for from in ApplicationState::ALL {
            for to in ApplicationState::ALL {
                assert_eq!(from.can_move(*to), allowed.contains(&(*from, *to)), "{from} → {to}");
            }
        }
        // skipping ahead, going back, reopening and submitting for the applicant are refused
        assert!(!Submitted.can_move(Accepted));
        assert!(!Screening.can_move(Accepted));
        assert!(!Interview.can_move(Screening));
        assert!(!Accepted.can_move(Rejected) && !Rejected.can_move(Screening));
        assert!(!Draft.can_move(Submitted));
    }

    #[test]
    fn who_runs_and_who_applies() {
        assert!(types_for(OrgKind::Agency).contains(&ProgrammeType::TaskCall));
        assert!(!types_for(OrgKind::Incubator).contains(&ProgrammeType::TaskCall));
        assert!(types_for(OrgKind::InnovationSpace).contains(&ProgrammeType::Incubation));
        assert!(!types_for(OrgKind::Agency).contains(&ProgrammeType::Incubation));
        assert!(types_for(OrgKind::Startup).is_empty());
        assert_eq!(applicants_for(ProgrammeType::Incubation), &[OrgKind::Startup]);
        assert!(applicants_for(ProgrammeType::TaskCall).contains(&OrgKind::RndCenter));
        assert!(!applicants_for(ProgrammeType::TaskCall).contains(&OrgKind::Startup));
    }

    #[test]
    fn overall_and_window() {
        assert_eq!(overall(&[5, 5, 5, 5]), 5);
        assert_eq!(overall(&[1, 1, 1, 1]), 1);
        assert_eq!(overall(&[3, 4, 4, 4]), 4);
        assert_eq!(overall(&[3, 3, 3, 4]), 3);
        assert_eq!(window("2026-06-01", "2026-06-30", "2026-05-31"), Window::Upcoming);
        assert_eq!(window("2026-06-01", "2026-06-30", "2026-06-01"), Window::Open);
        assert_eq!(window("2026-06-01", "2026-06-30", "2026-06-30"), Window::Open);
        assert_eq!(window("2026-06-01", "2026-06-30", "2026-07-01"), Window::Closed);
    }
}
