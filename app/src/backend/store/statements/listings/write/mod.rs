//! Saving an offer, a challenge or a research output from its form: a new draft, a draft saved
//! again, a draft submitted for review, or an edit of a live listing. An edit to what the public
//! reads (titles, texts, TRL, IP, funding…) of a live listing waits for review beside the
//! approved version, which stays public until a moderator approves the edit (`apply_edit`); the
//! commercial details (price, cooperation types, confidential details, deadline, budget,
//! sectors, linked offers) go live at once — a moderator checks claims, not prices.

mod challenge;
mod input;
mod offer;
mod research;

pub use challenge::{challenge, save_challenge};
pub use input::{ChallengeInput, OfferInput, ResearchInput};
pub use offer::{offer, save_offer};
pub use research::{research, save_research};

use super::{by_table, entity, stage_of, status_of};
use crate::backend::db::Conn;
use crate::backend::db::Tx;
use crate::backend::db::now_iso;
use crate::backend::db::sql;
use crate::backend::store::Conflict;
use crate::backend::store::statements::audit;
use crate::backend::text::slugify;
use crate::domain::listing::{Action, Actor, ListingKind, Stage, next};
use serde_json::{Value, json};

/// Where the form's values go.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    pub org_id: i64,
    /// The listing being edited; `None` creates one.
    pub id: Option<i64>,
    pub submit: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub id: i64,
    pub slug: String,
    pub stage: Stage,
    /// the public text's edit waits for review (the approved version stays public)
    pub held: bool,
}

/// A listing's values written (not yet committed): what it is now, the slug and stage it had
/// before (`None`: created), and the audit entry's `after`.
pub struct Written {
    pub saved: Saved,
    before: Option<(String, Stage)>,
    after: Value,
}

/// What a save of an existing listing does with its public text.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Public {
    /// written into the listing's columns (a draft, or no change to the public text)
    Write,
    /// kept aside for review (`pending_edit`); the approved text stays public
    Hold,
}

/// `Ok(Err(_))` returns the refusal from a writer, as the `?` of the outer `Result`.
macro_rules! refused {
    ($e:expr) => {
        match $e {
            Ok(x) => x,
            Err(r) => return Ok(Err(r)),
        }
    };
}
use refused;

/// A free slug for `title` in `kind`'s table: folded, never `new`, `-2`, `-3`… when taken.
async fn free_slug(conn: &mut Conn, kind: ListingKind, title: &str) -> sqlx::Result<String> {
    let base = match slugify(title) {
        s if s.is_empty() || s == "new" => format!("{}-{s}", entity(kind)),
        s => s,
    };
    let mut slug = base.clone();
    for n in 2.. {
        let taken: Option<i64> =
            sql::query_scalar(by_table!(kind, "SELECT CAST(1 AS BIGINT) FROM ", " WHERE slug = $1"))
                .bind(&slug)
                .fetch_optional(&mut *conn)
                .await?;
        if taken.is_none() {
            break;
        }
        slug = format!("{base}-{n}");
    }
    Ok(slug)
}

/// A listing as a save finds it: owner, slug, what its stage is made of, and `snapshot`, the
/// JSON array of its public fields (`with_json_array!`).
#[derive(sqlx::FromRow)]
struct SavedRow {
    org_id: i64,
    slug: String,
    status: String,
    submitted: bool,
    review_outcome: Option<String>,
    snapshot: String,
}

/// Re-reads an existing listing inside the transaction and decides its stage after the save,
/// and whether the public text is written or held for review. `public` is what the public
/// reads now, to compare with `incoming`; `approving` writes a held edit a moderator approved.
async fn next_stage(
    conn: &mut Conn,
    kind: ListingKind,
    t: Target,
    public: &'static str,
    incoming: &Value,
    approving: bool,
) -> sqlx::Result<Result<(Option<(String, Stage)>, Stage, Public), Conflict>> {
    let Some(id) = t.id else {
        return Ok(Ok((None, if t.submit { Stage::InReview } else { Stage::Draft }, Public::Write)));
    };
    let row: Option<SavedRow> = sql::query_as(public).bind(id).fetch_optional(&mut *conn).await?;
    let Some(SavedRow { org_id, slug, status, submitted, review_outcome, snapshot }) = row else {
        return Ok(Err(Conflict::NotFound));
    };
    if org_id != t.org_id {
        return Ok(Err(Conflict::NotFound));
    }
    let now = stage_of(&status, submitted, review_outcome.as_deref());
    if !now.editable() {
        return Ok(Err(Conflict::StepNotAllowed));
    }
    if approving {
        return Ok(Ok((Some((slug, now)), now, Public::Write)));
    }
    let (to, public) = if t.submit {
        match next(kind, now, Action::Submit, Actor::Member) {
            Some(s) => (s, Public::Write),
            None => return Ok(Err(Conflict::StepNotAllowed)),
        }
    } else if now != Stage::Draft && serde_json::from_str::<Value>(&snapshot).ok().as_ref() != Some(incoming) {
        (now, Public::Hold)
    } else {
        (now, Public::Write)
    };
    Ok(Ok((Some((slug, now)), to, public)))
}

/// Keeps `edit` (the form's values, JSON) for review beside the public version, or with `None`
/// drops what was waiting: the public text was just written, so nothing differs any more.
async fn hold_edit(conn: &mut Conn, kind: ListingKind, id: i64, edit: Option<&str>) -> sqlx::Result<()> {
    let at = edit.map(|_| now_iso());
    sql::query(by_table!(
        kind,
        "UPDATE ",
        " SET pending_edit = $2, pending_at = $3, pending_note = NULL WHERE id = $1"
    ))
    .bind(id)
    .bind(edit)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The JSON of a held edit, or the error that says it could not be written.
fn edit_json<T: serde::Serialize>(input: &T) -> sqlx::Result<String> {
    serde_json::to_string(input).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

/// Writes the edit held for review into listing `id`'s columns (a moderator approved it), in
/// the caller's transaction. `Ok(Err(NotFound))` when no edit waits.
pub(in crate::backend::store::statements::listings) async fn apply_edit(
    conn: &mut Conn,
    kind: ListingKind,
    id: i64,
    org_id: i64,
) -> sqlx::Result<Result<Saved, Conflict>> {
    let edit: Option<String> = sql::query_scalar(by_table!(kind, "SELECT pending_edit FROM ", " WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .flatten();
    let Some(edit) = edit else { return Ok(Err(Conflict::NotFound)) };
    let decode = |e: serde_json::Error| sqlx::Error::Decode(Box::new(e));
    let t = Target { org_id, id: Some(id), submit: false };
    let written = match kind {
        ListingKind::Offer => offer::write(conn, t, &serde_json::from_str(&edit).map_err(decode)?, true).await?,
        ListingKind::Challenge => {
            let org_kind: String = sql::query_scalar("SELECT kind FROM organizations WHERE id = $1")
                .bind(org_id)
                .fetch_one(&mut *conn)
                .await?;
            let input = serde_json::from_str(&edit).map_err(decode)?;
            challenge::write(conn, t, &org_kind, &input, true).await?
        }
        ListingKind::Research => {
            let input = serde_json::from_str(&edit).map_err(decode)?;
            research::write(conn, t, &input, crate::backend::vn_time::this_year(), true).await?
        }
    };
    Ok(written.map(|w| w.saved))
}

/// Moves a listing to `stage`, with the moderator's outcome and note when there is one.
pub(super) async fn set_stage(
    conn: &mut Conn,
    kind: ListingKind,
    id: i64,
    stage: Stage,
    outcome: Option<&str>,
    note: Option<&str>,
) -> sqlx::Result<()> {
    let at = now_iso();
    sql::query(by_table!(
        kind,
        "UPDATE ",
        " SET status = $2, submitted_at = $3, review_outcome = $4, review_note = $5, updated_at = $6 WHERE id = $1"
    ))
    .bind(id)
    .bind(status_of(kind, stage))
    .bind((stage == Stage::InReview).then_some(&at))
    .bind(outcome)
    .bind(note)
    .bind(&at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces a listing's rows in a code table (`DELETE` then one `INSERT` per code).
async fn replace_codes(
    conn: &mut Conn,
    delete: &'static str,
    insert: &'static str,
    id: i64,
    codes: &[&str],
) -> sqlx::Result<()> {
    sql::query(delete).bind(id).execute(&mut *conn).await?;
    for c in codes {
        sql::query(insert).bind(id).bind(*c).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Replaces a listing's sectors.
async fn replace_sectors(conn: &mut Conn, kind: ListingKind, id: i64, sectors: &[String]) -> sqlx::Result<()> {
    let (delete, insert) = match kind {
        ListingKind::Offer => (
            "DELETE FROM offer_sectors WHERE offer_id = $1",
            "INSERT INTO offer_sectors (offer_id, sector_code) VALUES ($1, $2)",
        ),
        ListingKind::Challenge => (
            "DELETE FROM challenge_sectors WHERE challenge_id = $1",
            "INSERT INTO challenge_sectors (challenge_id, sector_code) VALUES ($1, $2)",
        ),
        ListingKind::Research => (
            "DELETE FROM research_sectors WHERE research_id = $1",
            "INSERT INTO research_sectors (research_id, sector_code) VALUES ($1, $2)",
        ),
    };
    let codes: Vec<&str> = sectors.iter().map(String::as_str).collect();
    replace_codes(conn, delete, insert, id, &codes).await
}

/// The common end of a form's save: stage change, audit entry, commit (a refusal rolls back).
async fn finish(
    mut tx: Tx,
    kind: ListingKind,
    actor: i64,
    written: Result<Written, Conflict>,
) -> sqlx::Result<Result<Saved, Conflict>> {
    let Written { saved, before, mut after } = refused!(written);
    let (id, to) = (saved.id, saved.stage);
    let from = before.as_ref().map(|b| b.1);
    if from != Some(to) {
        set_stage(&mut tx, kind, id, to, None, None).await?;
    }
    let action = match (from, to) {
        (None, _) => "create",
        _ if saved.held => "propose_edit",
        (Some(Stage::Draft), Stage::InReview) => "submit",
        (Some(_), Stage::InReview) => "resubmit",
        _ => "update",
    };
    after["stage"] = json!(to.as_str());
    audit::record(
        &mut tx,
        audit::Entry {
            actor: Some(actor),
            action: &format!("{}.{action}", entity(kind)),
            entity_type: entity(kind),
            entity_id: id.to_string(),
            before: from.map(|s| json!({ "stage": s.as_str() })),
            after: Some(after),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(saved))
}
