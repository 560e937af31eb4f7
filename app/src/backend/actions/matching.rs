//! Feedback on suggestions, from members of the organisation they are for: marking one "not
//! relevant" (a POST; back on the page it is gone, and it never comes back for the
//! organisation), and opening one (a link through here that counts the click and goes on to
//! the suggested page on this site). Anyone else opening the link just goes on; anyone else
//! dismissing is refused.

use super::{internal, safe_next};
use crate::backend::db::now_iso;
use crate::backend::forms::fields::Fields;
use crate::backend::matching;
use crate::backend::search::doc::{key, parse_key};
use crate::backend::state::AppState;
use crate::backend::store::statements::match_feedback;
use crate::backend::web::{Failure, SignedIn, Viewing, WebResult};
use crate::domain::account::Viewer;
use crate::domain::matching::SubjectKind;
use crate::domain::search::DocGroup;
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use tower_sessions::Session;

/// Where the suggestions sit on a page.
const ANCHOR: &str = "#suggestions-h";

/// The organisation a suggestion was for, and the suggested item's key, from the fields
/// `kind` and `slug` (the page's subject) and `target`. Unknown subjects are a 404, malformed
/// targets a 400.
async fn feedback_of(state: &AppState, f: &Fields) -> Result<(i64, String), Failure> {
    let kind = SubjectKind::parse(f.get("kind")).ok_or(Failure::BadRequest)?;
    let (group, id) = parse_key(f.get("target")).ok_or(Failure::BadRequest)?;
    if matches!(group, DocGroup::Research | DocGroup::Event) {
        return Err(Failure::BadRequest);
    }
    let db = state.store.db();
    let subject = matching::resolve(db, kind, f.get("slug")).await.map_err(Failure::internal)?;
    Ok((subject.ok_or(Failure::NotFound)?.org_id, key(group, id)))
}

fn member(v: &Viewer, org: i64) -> bool {
    v.role_in(org).is_some()
}

/// "Không phù hợp": only a member of the organisation the suggestion is for may say so.
pub async fn dismiss(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Bytes,
) -> WebResult {
    let f = Fields::parse(&body);
    let (org, target) = feedback_of(&state, &f).await?;
    if !member(&v, org) {
        return Err(Failure::Denied(lang));
    }
    // back where the list was: the page's own anchor (the dashboard's section), else the list's
    let next = safe_next(f.get("next"));
    let back = if next.contains('#') { next.to_string() } else { format!("{next}{ANCHOR}") };
    match match_feedback::dismiss(state.store.db(), org, &target, v.id, &now_iso()).await {
        Ok(()) => Ok(Redirect::to(&back).into_response()),
        Err(e) => internal(&session, "suggestions", &back, e).await,
    }
}

/// A suggestion's link for members: counts the opening, then on to `to` (a path on this site).
/// A GET, so that the link opens in a new tab too; a forged one can only count a click.
pub async fn open(State(state): State<AppState>, Viewing(v): Viewing, RawQuery(query): RawQuery) -> WebResult {
    let f = Fields::parse(&Bytes::from(query.unwrap_or_default()));
    let to = safe_next(f.get("to")).to_string();
    if let Some(v) = v {
        match feedback_of(&state, &f).await {
            Ok((org, target)) if member(&v, org) => {
                if let Err(e) = match_feedback::opened(state.store.db(), org, &target, &now_iso()).await {
                    // the reader still gets where they were going
                    tracing::warn!(error = %e, "could not count a suggestion's opening");
                }
            }
            _ => {}
        }
    }
    Ok(Redirect::to(&to).into_response())
}
