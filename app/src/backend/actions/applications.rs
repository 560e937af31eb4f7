//! Applications: the applicant's draft and submission, and the owner's pipeline (moving a
//! card, scoring it). Every handler checks who acts on its first lines; the state machine and
//! the deadline are enforced again inside the store's write transaction.

use super::{Refusal, done, internal};
use crate::backend::auth::{Denied, guard};
use crate::backend::forms::fields::Fields;
use crate::backend::forms::validate;
use crate::backend::state::AppState;
use crate::backend::store::Conflict;
use crate::backend::store::statements::applications::{self as apps, Programme};
use crate::backend::store::statements::{org_manage, pipeline, programme_edit};
use crate::backend::web::{Failure, SignedIn, WebResult};
use crate::domain::account::{FormError, MemberRole, Notice, Viewer};
use crate::domain::programmes::{ApplicationState, RUBRIC};
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use tower_sessions::Session;

/// `POST /programmes/{slug}/apply`: saves the draft (`action=draft`) or submits it
/// (`action=submit`) for the organisation in the `org` field.
pub async fn apply(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> WebResult {
    let db = state.store.db();
    let f = Fields::parse(&body);
    let p: Programme = apps::published(db, &slug).await?.ok_or(Failure::NotFound)?;
    let org_slug = f.get("org").to_string();
    let org = org_manage::id_by_slug(db, &org_slug).await?.ok_or(Failure::NotFound)?;
    let v = guard::org_member(Some(v), org, MemberRole::Editor).map_err(|d| Failure::denied(lang, d))?;
    let (kind, _, name) = programme_edit::org(db, org).await?.ok_or(Failure::NotFound)?;
    if !p.admits(org, kind) {
        return Err(Failure::denied(lang, Denied::Forbidden));
    }
    let back = format!("/programmes/{slug}/apply?org={org_slug}");
    let mut r = Refusal::new("apply");
    let mut answers = Vec::new();
    for (key, value) in f.pairs() {
        let Some(qid) = key.strip_prefix("answer-").and_then(|q| q.parse::<i64>().ok()) else { continue };
        r.keep(key, value);
        if let Some(a) = r.check(key, validate::optional(value, 5_000)) {
            answers.push((qid, a.unwrap_or_default()));
        }
    }
    if !r.is_clean() {
        return r.send(&session, &back).await;
    }
    let submit = f.get("action") == "submit";
    let today = crate::backend::today();
    match apps::save(db, v.id, &p, (org, &org_slug, &name.vi), &answers, submit, &today).await {
        Ok(Ok(_)) => {
            let notice = if submit { Notice::ApplicationSubmitted } else { Notice::DraftSaved };
            done(&session, notice, &back).await
        }
        Ok(Err(Conflict::Unanswered(questions))) => {
            for q in questions {
                r.error(&format!("answer-{q}"), FormError::Required);
            }
            r.send(&session, &back).await
        }
        Ok(Err(e)) => {
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "apply", &back, e).await,
    }
}

/// The programme behind `slug` and the viewer, if they are a member of its owner (or admin).
async fn owner_member(state: &AppState, v: Viewer, lang: Lang, slug: &str) -> Result<(Viewer, i64), Failure> {
    let p = programme_edit::by_slug(state.store.db(), slug).await?.ok_or(Failure::NotFound)?;
    guard::org_member(Some(v), p.org_id, MemberRole::Editor).map(|v| (v, p.id)).map_err(|d| Failure::denied(lang, d))
}

/// `POST /programmes/{slug}/applications/{id}/move`: to the state in `to`.
pub async fn move_to(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    SignedIn(v): SignedIn,
    session: Session,
    Path((slug, app)): Path<(String, i64)>,
    body: Bytes,
) -> WebResult {
    let (v, programme) = owner_member(&state, v, lang, &slug).await?;
    let f = Fields::parse(&body);
    let back = if f.get("back") == "detail" {
        format!("/programmes/{slug}/applications/{app}")
    } else {
        format!("/programmes/{slug}/applications")
    };
    let mut r = Refusal::new("board");
    let Some(to) = ApplicationState::parse(f.get("to")) else {
        r.error("", FormError::MoveInvalid);
        return r.send(&session, &back).await;
    };
    match pipeline::move_to(state.store.db(), v.id, programme, app, to).await {
        Ok(Ok(())) => {
            // an incubated startup's public page changed
            state.store.invalidate();
            done(&session, Notice::ApplicationMoved, &back).await
        }
        Ok(Err(Conflict::NotFound)) => Err(Failure::NotFound),
        Ok(Err(e)) => {
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "board", &back, e).await,
    }
}

/// `POST /programmes/{slug}/applications/{id}/review`: the viewer's rubric and comment.
pub async fn review(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    SignedIn(v): SignedIn,
    session: Session,
    Path((slug, app)): Path<(String, i64)>,
    body: Bytes,
) -> WebResult {
    let (v, programme) = owner_member(&state, v, lang, &slug).await?;
    let f = Fields::parse(&body);
    let back = format!("/programmes/{slug}/applications/{app}");
    let mut r = Refusal::new("review");
    let mut scores = [0i64; 4];
    for (i, key) in RUBRIC.iter().enumerate() {
        r.keep(key, f.get(key));
        let score = match f.get(key).trim().parse::<i64>() {
            Ok(n) if (1..=5).contains(&n) => Ok(n),
            _ if f.get(key).trim().is_empty() => Err(FormError::Required),
            _ => Err(FormError::ScoreInvalid),
        };
        scores[i] = r.check(key, score).unwrap_or(0);
    }
    r.keep("comment", f.get("comment"));
    let comment = r.check("comment", validate::optional(f.get("comment"), 5_000)).flatten().unwrap_or_default();
    if !r.is_clean() {
        return r.send(&session, &back).await;
    }
    match pipeline::review(state.store.db(), v.id, programme, app, scores, &comment).await {
        Ok(Ok(())) => done(&session, Notice::ReviewSaved, &back).await,
        Ok(Err(_)) => Err(Failure::NotFound),
        Err(e) => internal(&session, "review", &back, e).await,
    }
}
