//! What the organisation management pages exchange: the editable profile, its members and
//! open invitations.

use super::account::MemberRole;
use super::kind::OrgKind;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileFields {
    pub name_vi: String,
    pub name_en: String,
    pub short_vi: String,
    pub short_en: String,
    pub description_vi: String,
    pub description_en: String,
    pub location_code: String,
    pub address: String,
    pub founded_year: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub sectors: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgEdit {
    pub id: i64,
    pub slug: String,
    pub kind: OrgKind,
    pub verified: bool,
    pub logo: Option<String>,
    pub fields: ProfileFields,
    /// The viewer's role here (`None` for an admin who is not a member).
    pub my_role: Option<MemberRole>,
    pub members: Vec<Member>,
    pub invitations: Vec<Invitation>,
    /// Wards and communes of the province, by name: (code, name).
    pub locations: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub role: MemberRole,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Invitation {
    pub email: String,
    pub role: MemberRole,
    pub expires: String,
}
