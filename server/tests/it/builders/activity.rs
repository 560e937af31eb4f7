//! What organisations run and do: programmes, events and collaboration requests.

use super::listing::Listing;
use super::org::Org;
use super::user::User;
use super::{day, unique};
use app::backend::db::Db;
use app::backend::store::statements::applications;
use app::backend::store::statements::collab::{self, NewAgreement, NewRequest};
use app::backend::store::statements::event_manage::{self, EventInput};
use app::backend::store::statements::programme_edit::{self, ProgrammeInput, QuestionInput};
use app::backend::store::statements::registrations::{self, Outcome};
use app::backend::store::statements::users;
use app::backend::vn_time::{iso, to_utc};
use app::domain::ProgrammeType;
use app::domain::collab::{AgreementType, CollabAction, CollabState, Intent, Step, TargetType};
use app::domain::programmes::types_for;

/// A programme as the tests address it.
#[derive(Clone, Debug)]
pub struct Programme {
    pub id: i64,
    pub slug: String,
    pub title: String,
}

pub struct ProgrammeBuilder<'a> {
    org: &'a Org,
    input: ProgrammeInput,
}

/// A published programme of `org` (an incubator, innovation space or agency) of its first
/// allowed type, open since yesterday for 30 days, with one required question.
pub fn programme(org: &Org) -> ProgrammeBuilder<'_> {
    let ptype = *types_for(org.kind).first().expect("an organisation that runs programmes");
    ProgrammeBuilder {
        org,
        input: ProgrammeInput {
            ptype,
            title_vi: format!("Chương trình thử nghiệm số {}", unique()),
            title_en: None,
            description_vi: "Một chương trình dựng cho bài kiểm thử.".into(),
            description_en: None,
            eligibility_vi: "Mọi tổ chức phù hợp.".into(),
            benefits_vi: "Hỗ trợ.".into(),
            opens_on: day(-1),
            closes_on: day(30),
            starts_on: None,
            ends_on: None,
            capacity: Some(10),
            funding_vnd: None,
            sectors: vec!["high-tech-agriculture".into()],
            published: true,
            questions: vec![QuestionInput {
                id: None,
                prompt_vi: "Vì sao bạn muốn tham gia?".into(),
                prompt_en: None,
                required: true,
                remove: false,
            }],
        },
    }
}

impl ProgrammeBuilder<'_> {
    pub fn title(mut self, title: &str) -> Self {
        self.input.title_vi = title.into();
        self
    }

    /// Applications open `opens` days from today and close `closes` days from today.
    pub fn open(mut self, opens: i64, closes: i64) -> Self {
        self.input.opens_on = day(opens);
        self.input.closes_on = day(closes);
        self
    }

    pub fn draft(mut self) -> Self {
        self.input.published = false;
        self
    }

    pub fn with(mut self, change: impl FnOnce(&mut ProgrammeInput)) -> Self {
        change(&mut self.input);
        self
    }

    pub async fn create(self, db: &Db) -> Programme {
        let slug = programme_edit::save(db, self.org.owner.id, self.org.id, None, &self.input)
            .await
            .expect("save programme")
            .expect("a valid programme");
        let id = programme_edit::by_slug(db, &slug).await.expect("programme").expect("the new programme").id;
        Programme { id, slug, title: self.input.title_vi }
    }
}

/// The owner moves `programme`'s application window (ISO dates) through the programme's edit
/// write, everything else (questions included) as stored.
pub async fn reschedule(db: &Db, owner: &Org, programme: &Programme, opens_on: &str, closes_on: &str) {
    let edit = programme_edit::load(db, owner.id, Some(programme.id)).await.expect("load").expect("the programme");
    let field = |k: &str| edit.fields.get(k).cloned().unwrap_or_default();
    let some = |k: &str| Some(field(k)).filter(|v| !v.is_empty());
    let input = ProgrammeInput {
        ptype: ProgrammeType::parse(&field("type")).expect("a programme type"),
        title_vi: field("title_vi"),
        title_en: some("title_en"),
        description_vi: field("description_vi"),
        description_en: some("description_en"),
        eligibility_vi: field("eligibility_vi"),
        benefits_vi: field("benefits_vi"),
        opens_on: opens_on.into(),
        closes_on: closes_on.into(),
        starts_on: some("starts_on"),
        ends_on: some("ends_on"),
        capacity: some("capacity").and_then(|v| v.parse().ok()),
        funding_vnd: some("funding_vnd").and_then(|v| v.parse().ok()),
        sectors: edit.sectors,
        published: edit.published,
        questions: edit
            .questions
            .into_iter()
            .map(|q| QuestionInput {
                id: q.id,
                prompt_vi: q.prompt_vi,
                prompt_en: Some(q.prompt_en).filter(|v| !v.is_empty()),
                required: q.required,
                remove: false,
            })
            .collect(),
    };
    programme_edit::save(db, owner.owner.id, owner.id, Some(programme.id), &input)
        .await
        .expect("save programme")
        .expect("a valid programme");
}

/// `applicant`'s owner applies to the published `programme`, answering every visible question,
/// through the application write: submitted, or with `draft` only saved. The application's id.
pub async fn application(db: &Db, programme: &Programme, applicant: &Org, draft: bool) -> i64 {
    let p = applications::published(db, &programme.slug).await.expect("programme").expect("a published programme");
    let edit = programme_edit::load(db, p.org_id, Some(p.id)).await.expect("load").expect("the programme");
    let answers: Vec<(i64, String)> =
        edit.questions.iter().filter_map(|q| Some((q.id?, "Câu trả lời dựng cho bài kiểm thử.".to_string()))).collect();
    let org = (applicant.id, applicant.slug.as_str(), applicant.name.as_str());
    applications::save(db, applicant.owner.id, &p, org, &answers, !draft, &day(0))
        .await
        .expect("save application")
        .expect("an application the programme takes")
}

/// An event as the tests address it.
#[derive(Clone, Debug)]
pub struct Event {
    pub id: i64,
    pub slug: String,
    pub title: String,
}

pub struct EventBuilder<'a> {
    org: &'a Org,
    input: EventInput,
    publish: bool,
}

/// `days` from today at `hh:mm` in Vietnam, as stored (UTC).
fn at(days: i64, hhmm: &str) -> String {
    iso(to_utc(&format!("{}T{hhmm}", day(days))).expect("a local time"))
}

/// A published workshop of `org` in 14 days, 08:00 to 11:00, without a capacity.
pub fn event(org: &Org) -> EventBuilder<'_> {
    EventBuilder {
        org,
        input: EventInput {
            event_type: "workshop".into(),
            title_vi: format!("Hội thảo thử nghiệm số {}", unique()),
            title_en: None,
            description_vi: "Một sự kiện dựng cho bài kiểm thử.".into(),
            description_en: None,
            starts_at: at(14, "08:00"),
            ends_at: at(14, "11:00"),
            venue: "Hội trường Sở Khoa học và Công nghệ".into(),
            location_code: Some("ninh-binh".into()),
            capacity: None,
            sectors: vec!["high-tech-agriculture".into()],
        },
        publish: true,
    }
}

impl EventBuilder<'_> {
    pub fn title(mut self, title: &str) -> Self {
        self.input.title_vi = title.into();
        self
    }

    pub fn capacity(mut self, places: i64) -> Self {
        self.input.capacity = Some(places);
        self
    }

    /// Starts `days` from today at 08:00 and ends at 11:00 the same day.
    pub fn on(mut self, days: i64) -> Self {
        self.input.starts_at = at(days, "08:00");
        self.input.ends_at = at(days, "11:00");
        self
    }

    pub fn draft(mut self) -> Self {
        self.publish = false;
        self
    }

    /// The event type (`workshop` by default).
    pub fn kind(mut self, event_type: &str) -> Self {
        self.input.event_type = event_type.into();
        self
    }

    pub async fn create(self, db: &Db) -> Event {
        let slug = event_manage::create(db, self.org.owner.id, self.org.id, &self.input, self.publish)
            .await
            .expect("create event");
        let found = event_manage::by_slug(db, &slug).await.expect("event").expect("the new event");
        Event { id: found.id, slug, title: self.input.title_vi }
    }
}

/// `person` registers for `event` through the registration write (their account's name and
/// e-mail, no organisation): a place, or the waiting list when full.
pub async fn registration(db: &Db, event: &Event, person: &User) -> Outcome {
    let ev = event_manage::by_slug(db, &event.slug).await.expect("event").expect("the event");
    let viewer = users::viewer(db, person.id).await.expect("viewer").expect("an active account");
    registrations::register(db, &ev, &viewer, None).await.expect("register").expect("a registration the event takes")
}

/// The organiser moves `event` to start at `starts_at` (UTC, as stored) through the edit write,
/// everything else unchanged: how an event that has begun is set up.
pub async fn move_start(db: &Db, org: &Org, event: &Event, starts_at: &str) {
    let ev = event_manage::by_slug(db, &event.slug).await.expect("event").expect("the event");
    let edit = event_manage::load_edit(db, &ev).await.expect("load event");
    let input = EventInput {
        event_type: edit.fields.event_type,
        title_vi: ev.title_vi.clone(),
        title_en: ev.title_en.clone(),
        description_vi: ev.description_vi.clone(),
        description_en: ev.description_en.clone(),
        starts_at: starts_at.into(),
        ends_at: ev.ends_at.clone(),
        venue: ev.venue.clone(),
        location_code: Some(edit.fields.location_code).filter(|c| !c.is_empty()),
        capacity: ev.capacity,
        sectors: edit.fields.sectors,
    };
    event_manage::update(db, org.owner.id, &ev, &input).await.expect("move the event");
}

pub struct RequestBuilder<'a> {
    from: &'a Org,
    to: &'a Org,
    offer: Option<&'a Listing>,
    challenge: Option<&'a Listing>,
    intent: Intent,
    message: String,
    state: CollabState,
}

/// A collaboration request from `from`'s owner to `to` (about the organisation itself unless
/// an offer or a challenge is given), left in the state `sent`.
pub fn request<'a>(from: &'a Org, to: &'a Org) -> RequestBuilder<'a> {
    RequestBuilder {
        from,
        to,
        offer: None,
        challenge: None,
        intent: Intent::Licence,
        message: "Chúng tôi muốn tìm hiểu thêm về khả năng hợp tác.".into(),
        state: CollabState::Sent,
    }
}

impl<'a> RequestBuilder<'a> {
    pub fn offer(mut self, offer: &'a Listing) -> Self {
        self.offer = Some(offer);
        self
    }

    pub fn challenge(mut self, challenge: &'a Listing) -> Self {
        self.challenge = Some(challenge);
        self
    }

    pub fn message(mut self, message: &str) -> Self {
        self.message = message.into();
        self
    }

    pub fn intent(mut self, intent: Intent) -> Self {
        self.intent = intent;
        self
    }

    /// The state it is left in, reached by the steps each side would take.
    pub fn state(mut self, state: CollabState) -> Self {
        self.state = state;
        self
    }

    /// The request's id.
    pub async fn create(self, db: &Db) -> i64 {
        let kind = match (self.offer, self.challenge) {
            (Some(_), _) => TargetType::Offer,
            (None, Some(_)) => TargetType::Challenge,
            (None, None) => TargetType::Org,
        };
        let new = NewRequest {
            from_org: self.from.id,
            target: collab::Target {
                kind,
                offer_id: self.offer.map(|l| l.id),
                challenge_id: self.challenge.map(|l| l.id),
                to_org: self.to.id,
            },
            intent: self.intent,
            message: self.message,
        };
        let id = collab::create(db, self.from.owner.id, &new).await.expect("send request").expect("not a duplicate");
        use CollabAction as A;
        use CollabState as S;
        let steps: &[(bool, A)] = match self.state {
            S::Sent => &[],
            S::Viewed => &[(false, A::View)],
            S::Accepted => &[(false, A::Accept)],
            S::Declined => &[(false, A::Decline)],
            S::Withdrawn => &[(true, A::Withdraw)],
            S::InProgress => &[(false, A::Accept), (false, A::Start)],
            S::Agreement => &[(false, A::Accept), (false, A::Start), (false, A::Agree)],
            S::ClosedNoDeal => &[(false, A::Accept), (false, A::Close)],
        };
        let agreement = NewAgreement {
            agreement_type: AgreementType::Licence,
            value_vnd: Some(250_000_000),
            signed_on: day(0),
            document: None,
        };
        for (by_sender, action) in steps {
            let who = if *by_sender { &self.from.owner } else { &self.to.owner };
            let viewer = users::viewer(db, who.id).await.expect("viewer").expect("an active account");
            let note = matches!(action, A::Decline | A::Close).then_some("Chưa phù hợp lúc này.");
            let agreement = (*action == A::Agree).then_some(&agreement);
            let step =
                collab::take_step(db, &viewer, id, *action, note, agreement).await.expect("a step the state allows");
            assert!(matches!(step, Step::To(_)), "{action:?} moved the request");
        }
        id
    }
}
