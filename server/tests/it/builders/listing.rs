//! Offers and challenges: saved by a member through the listing form's write, submitted, and
//! (unless a draft is asked for) approved by the Department's moderator.

use super::org::Org;
use super::user::staff;
use super::{day, unique};
use app::backend::db::Db;
use app::backend::listings::input::{ChallengeInput, OfferInput};
use app::backend::store::statements::listings::lifecycle;
use app::backend::store::statements::listings::write::{self, Saved, Target};
use app::domain::listing::{Action, Actor, ListingKind, Stage};
use app::domain::{CoopType, IpStatus};

/// A listing as the tests address it.
#[derive(Clone, Debug)]
pub struct Listing {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub org_id: i64,
    pub stage: Stage,
}

/// How far a new listing goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    Draft,
    Review,
    Live,
}

/// Submits (if asked) and approves (if asked) what the form saved.
async fn advance(db: &Db, kind: ListingKind, org: &Org, saved: Saved, title: String, reach: Reach) -> Listing {
    let mut stage = saved.stage;
    if reach == Reach::Live {
        let staff = staff(db).await;
        let stepped = lifecycle::step(db, staff.id, kind, saved.id, None, Action::Approve, Actor::Moderator, None)
            .await
            .expect("approve")
            .expect("an approvable listing");
        stage = stepped.stage;
    }
    Listing { id: saved.id, slug: saved.slug, title, org_id: org.id, stage }
}

/// A listing being built: the form a member fills in, and how far it goes.
pub struct ListingBuilder<'a, I> {
    org: &'a Org,
    input: I,
    reach: Reach,
}

pub type OfferBuilder<'a> = ListingBuilder<'a, OfferInput>;
pub type ChallengeBuilder<'a> = ListingBuilder<'a, ChallengeInput>;

/// The field every listing form has.
pub trait Titled {
    fn title_mut(&mut self) -> &mut String;
}

impl Titled for OfferInput {
    fn title_mut(&mut self) -> &mut String {
        &mut self.title_vi
    }
}

impl Titled for ChallengeInput {
    fn title_mut(&mut self) -> &mut String {
        &mut self.title_vi
    }
}

impl<I: Titled> ListingBuilder<'_, I> {
    pub fn title(mut self, title: &str) -> Self {
        *self.input.title_mut() = title.into();
        self
    }

    /// Change any other field of the form.
    pub fn with(mut self, change: impl FnOnce(&mut I)) -> Self {
        change(&mut self.input);
        self
    }

    /// Saved, never submitted.
    pub fn draft(mut self) -> Self {
        self.reach = Reach::Draft;
        self
    }

    /// Submitted, waiting for the moderator.
    pub fn in_review(mut self) -> Self {
        self.reach = Reach::Review;
        self
    }

    fn target(&self) -> Target {
        Target { org_id: self.org.id, id: None, submit: self.reach != Reach::Draft }
    }
}

/// A published offer of `org` (TRL 6, a granted patent, licence or pilot), with empty
/// confidential details.
pub fn offer(org: &Org) -> OfferBuilder<'_> {
    let n = unique();
    ListingBuilder {
        org,
        input: OfferInput {
            title_vi: format!("Công nghệ thử nghiệm số {n}"),
            title_en: None,
            summary_vi: "Một công nghệ dựng cho bài kiểm thử.".into(),
            summary_en: None,
            problem_vi: "Vấn đề cần giải quyết.".into(),
            advantages_vi: "Ưu điểm.".into(),
            applications_vi: "Ứng dụng.".into(),
            trl: Some(6),
            ip_status: Some(IpStatus::GrantedPatent),
            ip_number: None,
            price_vnd: None,
            price_negotiable: true,
            confidential: String::new(),
            sectors: vec!["high-tech-agriculture".into()],
            coop: vec![CoopType::Licence, CoopType::Pilot],
        },
        reach: Reach::Live,
    }
}

impl OfferBuilder<'_> {
    pub fn confidential(mut self, details: &str) -> Self {
        self.input.confidential = details.into();
        self
    }

    pub fn sectors(mut self, sectors: &[&str]) -> Self {
        self.input.sectors = sectors.iter().map(|s| s.to_string()).collect();
        self
    }

    pub async fn create(self, db: &Db) -> Listing {
        let saved = write::offer(db, self.org.owner.id, self.target(), &self.input)
            .await
            .expect("save offer")
            .expect("a valid offer");
        advance(db, ListingKind::Offer, self.org, saved, self.input.title_vi, self.reach).await
    }
}

/// An open challenge of `org` (an enterprise, agency, startup, institute or university) with a
/// budget and a deadline in 60 days.
pub fn challenge(org: &Org) -> ChallengeBuilder<'_> {
    let n = unique();
    ListingBuilder {
        org,
        input: ChallengeInput {
            title_vi: format!("Bài toán thử nghiệm số {n}"),
            title_en: None,
            problem_vi: "Một bài toán dựng cho bài kiểm thử.".into(),
            problem_en: None,
            desired_result_vi: "Kết quả mong muốn.".into(),
            constraints_vi: "Ràng buộc.".into(),
            budget_min: Some(100_000_000),
            budget_max: Some(500_000_000),
            trl_min: Some(5),
            deadline: Some(day(60)),
            sectors: vec!["high-tech-agriculture".into()],
            task_order: false,
            funding_vnd: None,
            evaluation_criteria_vi: None,
        },
        reach: Reach::Live,
    }
}

impl ChallengeBuilder<'_> {
    pub async fn create(self, db: &Db) -> Listing {
        let saved = write::challenge(db, self.org.owner.id, self.target(), self.org.kind.as_str(), &self.input)
            .await
            .expect("save challenge")
            .expect("a valid challenge");
        advance(db, ListingKind::Challenge, self.org, saved, self.input.title_vi, self.reach).await
    }
}
