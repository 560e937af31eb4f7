//! Publishing: create and edit offers, challenges and research outputs (save a draft or submit
//! for review), the owner's lifecycle steps, and the moderators' decisions. Each handler decides
//! who may act on its first lines: a member (editor or owner) of the owning organisation, of a
//! kind that may publish this kind of listing; a moderator or admin for decisions.

use super::{Refusal, done, internal};
use crate::backend::auth::{guard, session};
use crate::backend::forms::field_errors::FieldErrors;
use crate::backend::forms::fields::Fields;
use crate::backend::listings::input::{self, CHALLENGE_FIELDS, MULTI_FIELDS, Mode, OFFER_FIELDS, RESEARCH_FIELDS};
use crate::backend::state::AppState;
use crate::backend::store::Conflict;
use crate::backend::store::statements::listings::lifecycle;
use crate::backend::store::statements::listings::read::{self, OrgRef};
use crate::backend::store::statements::listings::write::{self, Saved, Target};
use crate::backend::this_year;
use crate::backend::web::{Failure, Moderator, SignedIn, WebResult};
use crate::domain::OrgKind;
use crate::domain::account::{FormError, MemberRole, Notice};
use crate::domain::listing::{Action, Actor, ListingKind, Stage};
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use serde::Deserialize;
use tower_sessions::Session;

/// The handler of one kind's form (the routes list one per kind): `$name(kind)` answers with
/// `$run(kind, …)`.
/// A listing handler's answer, boxed so the per-kind handler can be named.
type Answer = std::pin::Pin<Box<dyn Future<Output = WebResult> + Send>>;

macro_rules! for_kind {
    ($(#[$doc:meta])* $name:ident => $run:ident($($arg:ident: $ty:ty),*)) => {
        $(#[$doc])*
        pub fn $name(
            kind: ListingKind,
        ) -> impl Fn($($ty),*) -> Answer + Clone + Send + Sync + 'static {
            move |$($arg),*| Box::pin($run(kind, $($arg),*))
        }
    };
}

for_kind! {
    /// `POST /{kind}/new`: a new listing of `kind` for the organisation in `?org=`.
    create => create_listing(s: State<AppState>, u: SignedIn, l: Extension<Lang>, sess: Session, q: Query<NewQuery>, b: Bytes)
}
for_kind! {
    /// `POST /{kind}/{slug}/edit`: save or submit the listing's content.
    edit => edit_listing(s: State<AppState>, u: SignedIn, l: Extension<Lang>, sess: Session, p: Path<String>, b: Bytes)
}
for_kind! {
    /// `POST /{kind}/{slug}/status`: the owner's lifecycle step.
    status => status_listing(s: State<AppState>, u: SignedIn, l: Extension<Lang>, sess: Session, p: Path<String>, b: Bytes)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    pub org: String,
}

const FORM: &str = "listing";

fn fields_of(kind: ListingKind) -> &'static [&'static str] {
    match kind {
        ListingKind::Offer => OFFER_FIELDS,
        ListingKind::Challenge => CHALLENGE_FIELDS,
        ListingKind::Research => RESEARCH_FIELDS,
    }
}

/// A refused form with everything typed kept (checkbox groups comma-joined).
fn refusal(kind: ListingKind, f: &Fields, errors: FieldErrors) -> Refusal {
    let mut r = Refusal::new(FORM);
    for name in fields_of(kind) {
        let v = if MULTI_FIELDS.contains(name) { f.all(name).join(",") } else { f.get(name).to_string() };
        r.keep(name, &v);
    }
    r.errors(errors);
    r
}

/// The member (editor or owner) acting for `org`, when `org`'s kind may publish `kind`.
async fn publisher(
    state: &AppState,
    session: &Session,
    lang: Lang,
    kind: ListingKind,
    org: &OrgRef,
) -> Result<i64, Failure> {
    let v = session::viewer(session, state.store.db()).await;
    let v = guard::org_member(v, org.id, MemberRole::Editor).map_err(|d| Failure::denied(lang, d))?;
    if !kind.allowed_org(org.kind) {
        return Err(Failure::Denied(lang));
    }
    Ok(v.id)
}

/// Validates and writes; answers with the redirect (or the refused form back at `back`).
#[allow(clippy::too_many_arguments)] // the request's parts, each used once
async fn save(
    state: &AppState,
    session: &Session,
    kind: ListingKind,
    org: &OrgRef,
    user: i64,
    target: Target,
    live: bool,
    f: &Fields,
    back: &str,
) -> WebResult {
    let db = state.store.db();
    let mode = if target.submit || live { Mode::Full } else { Mode::Draft };
    let written: sqlx::Result<Result<Saved, Conflict>> = match kind {
        ListingKind::Offer => match input::offer(f, mode) {
            Ok(o) => write::offer(db, user, target, &o).await,
            Err(e) => return refusal(kind, f, e).send(session, back).await,
        },
        ListingKind::Challenge => {
            match input::challenge(f, mode, org.kind == OrgKind::Agency, &crate::backend::today()) {
                Ok(c) => write::challenge(db, user, target, org.kind.as_str(), &c).await,
                Err(e) => return refusal(kind, f, e).send(session, back).await,
            }
        }
        ListingKind::Research => match input::research(f, mode, this_year()) {
            Ok(r) => write::research(db, user, target, &r, this_year()).await,
            Err(e) => return refusal(kind, f, e).send(session, back).await,
        },
    };
    match written {
        Ok(Ok(saved)) => {
            state.store.invalidate();
            let (notice, to) = match saved.stage {
                Stage::Draft => (Notice::ListingDraftSaved, format!("/{}/{}/edit", kind.path(), saved.slug)),
                _ if saved.held => (Notice::ListingEditHeld, format!("/{}/{}/edit", kind.path(), saved.slug)),
                Stage::InReview => (Notice::ListingSubmitted, format!("/org/{}/listings", org.slug)),
                _ => (Notice::ListingUpdated, format!("/org/{}/listings", org.slug)),
            };
            done(session, notice, &to).await
        }
        Ok(Err(c)) => {
            let field = if c == Conflict::ForeignOffer { "offer" } else { "" };
            refusal(kind, f, FieldErrors::from((field, c.form_error()))).send(session, back).await
        }
        Err(e) => internal(session, FORM, back, e).await,
    }
}

async fn create_listing(
    kind: ListingKind,
    State(state): State<AppState>,
    _: SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Query(q): Query<NewQuery>,
    body: Bytes,
) -> WebResult {
    let org = match read::org(state.store.db(), &q.org).await {
        Ok(Some(o)) => o,
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, FORM, "/account", e).await,
    };
    let user = publisher(&state, &session, lang, kind, &org).await?;
    let f = Fields::parse(&body);
    let target = Target { org_id: org.id, id: None, submit: f.get("intent") == "submit" };
    let back = format!("/{}/new?org={}", kind.path(), org.slug);
    save(&state, &session, kind, &org, user, target, false, &f, &back).await
}

async fn edit_listing(
    kind: ListingKind,
    State(state): State<AppState>,
    _: SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> WebResult {
    let back = format!("/{}/{slug}/edit", kind.path());
    let listing = match read::listing(state.store.db(), kind, &slug).await {
        Ok(Some(l)) => l,
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, FORM, &back, e).await,
    };
    let user = publisher(&state, &session, lang, kind, &listing.org).await?;
    let f = Fields::parse(&body);
    let target = Target { org_id: listing.org.id, id: Some(listing.id), submit: f.get("intent") == "submit" };
    let live = !matches!(listing.stage, Stage::Draft);
    save(&state, &session, kind, &listing.org, user, target, live, &f, &back).await
}

/// An owner's step from the organisation's listings page (`action` field).
async fn status_listing(
    kind: ListingKind,
    State(state): State<AppState>,
    _: SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> WebResult {
    let listing = match read::listing(state.store.db(), kind, &slug).await {
        Ok(Some(l)) => l,
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, "listings", "/account", e).await,
    };
    let user = publisher(&state, &session, lang, kind, &listing.org).await?;
    let back = format!("/org/{}/listings", listing.org.slug);
    let f = Fields::parse(&body);
    let mut r = Refusal::new("listings");
    // submitting goes through the form, which checks every field
    let Some(action) = Action::parse(f.get("action")).filter(|a| *a != Action::Submit) else {
        r.error("", FormError::StepNotAllowed);
        return r.send(&session, &back).await;
    };
    match lifecycle::step(state.store.db(), user, kind, listing.id, Some(listing.org.id), action, Actor::Member, None)
        .await
    {
        Ok(Ok(_)) => {
            state.store.invalidate();
            done(&session, Notice::ListingStepDone, &back).await
        }
        Ok(Err(e)) => {
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "listings", &back, e).await,
    }
}

/// A moderator's decision: approve, request changes (message required) or reject (reason
/// required).
pub async fn decide(
    State(state): State<AppState>,
    session: Session,
    Path((kind, id)): Path<(String, i64)>,
    Moderator(v): Moderator,
    body: Bytes,
) -> WebResult {
    let Some(kind) = ListingKind::parse(&kind) else { return Err(Failure::NotFound) };
    let back = "/admin/moderation";
    let f = Fields::parse(&body);
    let mut r = Refusal::new("moderation");
    let item = format!("{}-{id}", kind.as_str());
    r.keep("item", &item);
    r.keep("note", f.get("note"));
    let action = match Action::parse(f.get("action")) {
        Some(a @ (Action::Approve | Action::RequestChanges | Action::Reject)) => a,
        _ => {
            r.error("action", FormError::ChoiceInvalid);
            return r.send(&session, back).await;
        }
    };
    let note = match r.check("note", crate::backend::forms::validate::optional(f.get("note"), 2000)) {
        Some(n) => n,
        None => return r.send(&session, back).await,
    };
    if note.is_none() && action != Action::Approve {
        r.error("note", FormError::Required);
        return r.send(&session, back).await;
    }
    match lifecycle::step(state.store.db(), v.id, kind, id, None, action, Actor::Moderator, note.as_deref()).await {
        Ok(Ok(_)) => {
            state.store.invalidate();
            done(&session, Notice::ListingDecided, back).await
        }
        Ok(Err(e)) => {
            r.error("", e.form_error());
            r.send(&session, back).await
        }
        Err(e) => internal(&session, "moderation", back, e).await,
    }
}
