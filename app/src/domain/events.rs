//! Events as their organisers and registrants see them: the edit form's fields, the
//! registration panel of the event page, and the attendee list.

use super::code_enum::code_enum;
use super::dto::Text;
use super::kind::OrgKind;
use serde::{Deserialize, Serialize};

code_enum!(
    /// A registration's state: `waitlisted` ones move up, in order of arrival, when a place frees.
    RegStatus { Registered = "registered", Waitlisted = "waitlisted", Cancelled = "cancelled", Attended = "attended" }
);

/// The kinds of organisation that hold events (hubs, the State, knowledge and connector
/// organisations); startups, investors and enterprises take part in them.
pub fn organises_events(kind: OrgKind) -> bool {
    matches!(
        kind,
        OrgKind::Incubator
            | OrgKind::InnovationSpace
            | OrgKind::Agency
            | OrgKind::Institute
            | OrgKind::University
            | OrgKind::Intermediary
            | OrgKind::RndCenter
    )
}

/// The edit form's values as typed: times are Vietnam time `YYYY-MM-DDTHH:MM`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventFields {
    pub event_type: String,
    pub title_vi: String,
    pub title_en: String,
    pub description_vi: String,
    pub description_en: String,
    pub starts: String,
    pub ends: String,
    pub venue: String,
    pub location_code: String,
    pub capacity: String,
    pub sectors: Vec<String>,
}

/// The create (no `slug`) or edit page of an event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventEdit {
    pub slug: Option<String>,
    pub org_slug: String,
    pub org_name: Text,
    pub fields: EventFields,
    pub published: bool,
    pub cancelled: bool,
    pub registered: i64,
    pub waitlisted: i64,
    /// Wards and communes to choose from: (code, name).
    pub locations: Vec<(String, String)>,
}

/// The viewer's own registration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyRegistration {
    pub status: RegStatus,
    /// 1-based place on the waiting list.
    pub position: Option<i64>,
}

/// The registration box of an event page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventPanel {
    pub slug: String,
    pub cancelled: bool,
    pub started: bool,
    pub capacity: Option<i64>,
    /// Registered or attended.
    pub taken: i64,
    pub waitlisted: i64,
    pub mine: Option<MyRegistration>,
    /// The viewer may edit the event and see its attendees.
    pub can_manage: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attendee {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub org: Option<String>,
    pub status: RegStatus,
    /// ISO UTC.
    pub registered_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttendeeList {
    pub slug: String,
    pub title: Text,
    pub starts_at: String,
    pub capacity: Option<i64>,
    /// Attendees in list order: registered and attended first, then the waiting list in
    /// order, then cancellations.
    pub rows: Vec<Attendee>,
}

impl AttendeeList {
    pub fn count(&self, status: RegStatus) -> usize {
        self.rows.iter().filter(|r| r.status == status).count()
    }
}

/// The create page: the form for `?org=` when the viewer manages it and it holds events;
/// otherwise the organisations they could create one for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewEvent {
    pub form: Option<EventEdit>,
    /// (slug, name) of the viewer's organisations that hold events.
    pub choices: Vec<(String, Text)>,
    /// `?org=` names an organisation whose kind does not hold events.
    pub cannot_organise: bool,
    /// The organisation's events, drafts included, newest first.
    pub events: Vec<OrgEvent>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgEvent {
    pub slug: String,
    pub title: Text,
    pub starts_at: String,
    pub published: bool,
    pub cancelled: bool,
}
