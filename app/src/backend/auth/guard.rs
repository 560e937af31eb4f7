//! Authorisation: the first lines of every write. Each guard answers who may act, from the
//! database's view of the user (roles are never taken from the client).

use crate::domain::account::{MemberRole, Viewer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    /// Nobody is signed in: 401.
    SignedOut,
    /// Signed in, but not allowed: 403.
    Forbidden,
}

pub fn signed_in(viewer: Option<Viewer>) -> Result<Viewer, Denied> {
    viewer.ok_or(Denied::SignedOut)
}

pub fn admin(viewer: Option<Viewer>) -> Result<Viewer, Denied> {
    let v = signed_in(viewer)?;
    if v.role.is_admin() { Ok(v) } else { Err(Denied::Forbidden) }
}

/// Moderators of the Department's listings: admins and moderators.
pub fn moderator(viewer: Option<Viewer>) -> Result<Viewer, Denied> {
    let v = signed_in(viewer)?;
    if v.role.can_moderate() { Ok(v) } else { Err(Denied::Forbidden) }
}

/// A member of `org_id` with at least `needed` (an owner may do what an editor may).
/// Admins act on any organisation.
pub fn org_member(viewer: Option<Viewer>, org_id: i64, needed: MemberRole) -> Result<Viewer, Denied> {
    let v = signed_in(viewer)?;
    if v.role.is_admin() {
        return Ok(v);
    }
    match (v.role_in(org_id), needed) {
        (Some(MemberRole::Owner), _) | (Some(MemberRole::Editor), MemberRole::Editor) => Ok(v),
        _ => Err(Denied::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::account::{Membership, PlatformRole};
    use crate::domain::dto::Text;

    fn viewer(role: PlatformRole, memberships: &[(i64, MemberRole)]) -> Viewer {
        Viewer {
            id: 1,
            email: "a@b.vn".into(),
            display_name: "A".into(),
            role,
            email_verified: true,
            memberships: memberships
                .iter()
                .map(|&(org_id, role)| Membership {
                    org_id,
                    slug: format!("org-{org_id}"),
                    name: Text::new("Tổ chức", None),
                    role,
                    verified: false,
                })
                .collect(),
        }
    }

    #[test]
    fn roles_decide() {
        let editor = viewer(PlatformRole::Member, &[(7, MemberRole::Editor)]);
        let owner = viewer(PlatformRole::Member, &[(7, MemberRole::Owner)]);
        let admin_user = viewer(PlatformRole::Admin, &[]);
        assert_eq!(org_member(None, 7, MemberRole::Editor), Err(Denied::SignedOut));
        assert!(org_member(Some(editor.clone()), 7, MemberRole::Editor).is_ok());
        assert_eq!(org_member(Some(editor.clone()), 7, MemberRole::Owner), Err(Denied::Forbidden));
        assert_eq!(org_member(Some(editor.clone()), 8, MemberRole::Editor), Err(Denied::Forbidden));
        assert!(org_member(Some(owner), 7, MemberRole::Owner).is_ok());
        assert!(org_member(Some(admin_user.clone()), 8, MemberRole::Owner).is_ok());
        assert_eq!(admin(Some(editor)), Err(Denied::Forbidden));
        assert!(admin(Some(admin_user.clone())).is_ok());
        assert_eq!(admin(None), Err(Denied::SignedOut));
        assert!(moderator(Some(viewer(PlatformRole::Moderator, &[]))).is_ok());
        assert!(moderator(Some(admin_user)).is_ok());
        assert_eq!(moderator(Some(viewer(PlatformRole::Member, &[(7, MemberRole::Owner)]))), Err(Denied::Forbidden));
        assert_eq!(moderator(None), Err(Denied::SignedOut));
    }
}
