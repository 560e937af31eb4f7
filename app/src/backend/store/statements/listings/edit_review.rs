//! A moderator's decision on an edit of a live listing that waits for review (`pending_edit`):
//! approving writes it over the public version; asking for changes hands it back to the owner
//! with a message; turning it down drops it. The approved version stays public throughout, so
//! a listing never disappears from the directory and search because its owner improved it.

use super::write::apply_edit;
use super::{by_table, entity};
use crate::backend::db::Conn;
use crate::backend::db::sql;
use crate::backend::store::Conflict;
use crate::backend::store::statements::audit;
use crate::backend::store::statements::notifications as notify;
use crate::domain::listing::{Action, ListingKind};
use serde_json::json;

/// The listing a decision is about: its id, owner and slug.
pub(super) struct Edited<'a> {
    pub kind: ListingKind,
    pub id: i64,
    pub org_id: i64,
    pub slug: &'a str,
}

/// Takes `action` (approve, request changes, reject) on the edit waiting for listing `e`, by
/// moderator `user` with `note`, in the caller's transaction, and tells the organisation.
pub(super) async fn decide(
    conn: &mut Conn,
    user: i64,
    e: Edited<'_>,
    action: Action,
    note: Option<&str>,
) -> sqlx::Result<Result<(), Conflict>> {
    match action {
        Action::Approve => {
            if let Err(c) = apply_edit(&mut *conn, e.kind, e.id, e.org_id).await? {
                return Ok(Err(c));
            }
        }
        Action::RequestChanges => {
            sql::query(by_table!(e.kind, "UPDATE ", " SET pending_at = NULL, pending_note = $2 WHERE id = $1"))
                .bind(e.id)
                .bind(note)
                .execute(&mut *conn)
                .await?;
        }
        Action::Reject => {
            sql::query(by_table!(
                e.kind,
                "UPDATE ",
                " SET pending_edit = NULL, pending_at = NULL, pending_note = $2 WHERE id = $1"
            ))
            .bind(e.id)
            .bind(note)
            .execute(&mut *conn)
            .await?;
        }
        _ => return Ok(Err(Conflict::StepNotAllowed)),
    }
    // the title the public reads after the decision (the new one once approved)
    let title: String = sql::query_scalar(by_table!(e.kind, "SELECT title_vi FROM ", " WHERE id = $1"))
        .bind(e.id)
        .fetch_one(&mut *conn)
        .await?;
    audit::record(
        &mut *conn,
        audit::Entry {
            actor: Some(user),
            action: &format!("{}.{}_edit", entity(e.kind), action.as_str()),
            entity_type: entity(e.kind),
            entity_id: e.id.to_string(),
            before: None,
            after: Some(json!({ "note": note })),
        },
    )
    .await?;
    let note = note.unwrap_or_default();
    let (vi, en) = match action {
        Action::Approve => (
            format!("Bản chỉnh sửa tin “{title}” đã được duyệt và đang hiển thị công khai."),
            format!("Your edit of “{title}” is approved and now public."),
        ),
        Action::RequestChanges => (
            format!(
                "Cán bộ kiểm duyệt đề nghị sửa lại bản chỉnh sửa tin “{title}” (bản đã duyệt vẫn hiển thị): {note}"
            ),
            format!(
                "A moderator asks for changes to your edit of “{title}” (the approved version stays public): {note}"
            ),
        ),
        _ => (
            format!("Bản chỉnh sửa tin “{title}” không được duyệt; bản đã duyệt vẫn hiển thị: {note}"),
            format!("Your edit of “{title}” was not approved; the approved version stays public: {note}"),
        ),
    };
    let link = format!("/{}/{}/edit", e.kind.path(), e.slug);
    let event = format!("listing.edit_{}", action.as_str());
    notify::org(&mut *conn, e.org_id, Some(user), &event, &notify::Payload { link, vi, en }).await?;
    Ok(Ok(()))
}
