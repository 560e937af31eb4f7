//! The owner's side of a programme: the board of applications past the draft, one
//! application with answers, trail and reviews, moving it along the state machine, and each
//! reviewer's rubric score.

use super::applications::{status_payload, transition};
use super::audit;
use crate::backend::db::Db;
use crate::backend::db::sql;
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::statements::notifications as notify;
use crate::domain::ProgrammeType;
use crate::domain::dto::Text;
use crate::domain::programmes::{
    ApplicationState, ApplicationView, Board, BoardCard, ReviewView, TransitionView, overall,
};
use serde_json::json;

macro_rules! cards {
    () => {
        "SELECT a.id, o.slug, o.name_vi, o.name_en, a.state, a.submitted_at,
        (SELECT CAST(avg(r.score) AS DOUBLE PRECISION) FROM application_reviews r WHERE r.application_id = a.id)
          AS average,
        (SELECT count(*) FROM application_reviews r WHERE r.application_id = a.id) AS reviews
     FROM applications a JOIN organizations o ON o.id = a.applicant_org_id"
    };
}

/// A card of the board (`cards!`); `slug` and `name_*` are the applicant's.
#[derive(sqlx::FromRow)]
struct CardRow {
    id: i64,
    slug: String,
    name_vi: String,
    name_en: Option<String>,
    state: String,
    submitted_at: Option<String>,
    average: Option<f64>,
    reviews: i64,
}

fn card(r: CardRow) -> Option<BoardCard> {
    Some(BoardCard {
        id: r.id,
        applicant_slug: r.slug,
        applicant: Text::new(r.name_vi, r.name_en),
        state: ApplicationState::parse(&r.state)?,
        submitted_at: r.submitted_at,
        average: r.average,
        reviews: r.reviews,
    })
}

#[derive(sqlx::FromRow)]
struct HeadRow {
    slug: String,
    title_vi: String,
    title_en: Option<String>,
    programme_type: String,
}

/// (slug, title, type) of programme `id`.
async fn head(pool: &Db, id: i64) -> sqlx::Result<(String, Text, ProgrammeType)> {
    let h: HeadRow = sql::query_as("SELECT slug, title_vi, title_en, programme_type FROM programmes WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await?;
    let ptype = ProgrammeType::parse(&h.programme_type).unwrap_or(ProgrammeType::Incubation);
    Ok((h.slug, Text::new(h.title_vi, h.title_en), ptype))
}

pub async fn board(pool: &Db, programme: i64) -> sqlx::Result<Board> {
    let (slug, title, ptype) = head(pool, programme).await?;
    let rows: Vec<CardRow> = sql::query_as(concat!(
        cards!(),
        " WHERE a.programme_id = $1 AND a.state <> 'draft' ORDER BY a.submitted_at, a.id"
    ))
    .bind(programme)
    .fetch_all(pool)
    .await?;
    let drafts: i64 =
        sql::query_scalar("SELECT count(*) FROM applications WHERE programme_id = $1 AND state = 'draft'")
            .bind(programme)
            .fetch_one(pool)
            .await?;
    Ok(Board {
        programme_slug: slug,
        programme_title: title,
        programme_type: ptype,
        cards: rows.into_iter().filter_map(card).collect(),
        drafts,
    })
}

/// A question of the programme with the application's answer (empty if none).
#[derive(sqlx::FromRow)]
struct AnswerRow {
    question_id: i64,
    prompt_vi: String,
    prompt_en: Option<String>,
    required: bool,
    hidden: bool,
    answer: String,
}

/// A reviewer's review; `display_name` is the reviewer's, `at` when it was last saved.
#[derive(sqlx::FromRow)]
struct ReviewRow {
    reviewer_user_id: i64,
    display_name: String,
    score: i64,
    team: Option<i64>,
    innovation: Option<i64>,
    market: Option<i64>,
    feasibility: Option<i64>,
    comment: String,
    at: String,
}

/// A step of an application's trail; `display_name` is the actor's, if any.
#[derive(sqlx::FromRow)]
struct TransitionRow {
    from_state: Option<String>,
    to_state: String,
    display_name: Option<String>,
    at: String,
}

/// Application `app` of programme `programme`, unless it is still a draft (drafts are the
/// applicant's own business).
pub async fn detail(pool: &Db, programme: i64, app: i64, viewer: i64) -> sqlx::Result<Option<ApplicationView>> {
    let row: Option<CardRow> =
        sql::query_as(concat!(cards!(), " WHERE a.programme_id = $1 AND a.id = $2 AND a.state <> 'draft'"))
            .bind(programme)
            .bind(app)
            .fetch_optional(pool)
            .await?;
    let Some(card) = row.and_then(card) else { return Ok(None) };
    let (slug, title, _) = head(pool, programme).await?;
    let answers: Vec<AnswerRow> = sql::query_as(
        "SELECT q.id AS question_id, q.prompt_vi, q.prompt_en, q.required, q.hidden, coalesce(a.answer, '') AS answer
         FROM programme_questions q LEFT JOIN application_answers a ON a.question_id = q.id AND a.application_id = $2
         WHERE q.programme_id = $1 AND (q.hidden = FALSE OR a.answer IS NOT NULL) ORDER BY q.position",
    )
    .bind(programme)
    .bind(app)
    .fetch_all(pool)
    .await?;
    let transitions: Vec<TransitionRow> = sql::query_as(
        "SELECT t.from_state, t.to_state, u.display_name, t.at FROM application_transitions t
         LEFT JOIN users u ON u.id = t.actor_user_id WHERE t.application_id = $1 ORDER BY t.at, t.id",
    )
    .bind(app)
    .fetch_all(pool)
    .await?;
    let reviews: Vec<ReviewRow> = sql::query_as(
        "SELECT r.reviewer_user_id, u.display_name, r.score, r.team, r.innovation, r.market, r.feasibility, r.comment,
                coalesce(r.updated_at, r.created_at) AS at
         FROM application_reviews r JOIN users u ON u.id = r.reviewer_user_id WHERE r.application_id = $1 ORDER BY r.id",
    )
    .bind(app)
    .fetch_all(pool)
    .await?;
    Ok(Some(ApplicationView {
        id: app,
        card,
        programme_slug: slug,
        programme_title: title,
        answers: answers
            .into_iter()
            .map(|a| crate::domain::programmes::Answered {
                question_id: a.question_id,
                prompt: Text::new(a.prompt_vi, a.prompt_en),
                required: a.required,
                hidden: a.hidden,
                answer: a.answer,
            })
            .collect(),
        transitions: transitions
            .into_iter()
            .filter_map(|t| {
                Some(TransitionView {
                    from: t.from_state.as_deref().and_then(ApplicationState::parse),
                    to: ApplicationState::parse(&t.to_state)?,
                    actor: t.display_name,
                    at: t.at,
                })
            })
            .collect(),
        reviews: reviews
            .into_iter()
            .map(|r| ReviewView {
                reviewer_id: r.reviewer_user_id,
                reviewer: r.display_name,
                score: r.score,
                criteria: match (r.team, r.innovation, r.market, r.feasibility) {
                    (Some(t), Some(i), Some(m), Some(f)) => Some([t, i, m, f]),
                    _ => None,
                },
                comment: r.comment,
                at: r.at,
            })
            .collect(),
        viewer_id: viewer,
    }))
}

/// An application with its applicant and its programme, as `move_to` finds it.
#[derive(sqlx::FromRow)]
struct MoveRow {
    state: String,
    applicant_org_id: i64,
    applicant_slug: String,
    applicant_name: String,
    owner_org_id: i64,
    programme_slug: String,
    programme_title: String,
    programme_type: String,
}

/// Moves application `app` of `programme` to `to`. The state is re-read inside the write
/// transaction, so two reviewers moving the same card cannot both succeed from a stale board.
/// Acceptance into an incubation programme records the startup as incubated by the owner.
pub async fn move_to(
    pool: &Db,
    actor: i64,
    programme: i64,
    app: i64,
    to: ApplicationState,
) -> sqlx::Result<Result<(), Conflict>> {
    let mut tx = begin_write(pool).await?;
    let row: Option<MoveRow> = sql::query_as(
        "SELECT a.state, a.applicant_org_id, o.slug AS applicant_slug, o.name_vi AS applicant_name,
                p.org_id AS owner_org_id, p.slug AS programme_slug, p.title_vi AS programme_title, p.programme_type
         FROM applications a JOIN organizations o ON o.id = a.applicant_org_id JOIN programmes p ON p.id = a.programme_id
         WHERE a.id = $1 AND a.programme_id = $2",
    )
    .bind(app)
    .bind(programme)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(MoveRow {
        state,
        applicant_org_id: applicant,
        applicant_slug,
        applicant_name,
        owner_org_id: owner,
        programme_slug: slug,
        programme_title: title,
        programme_type: ptype,
    }) = row
    else {
        return Ok(Err(Conflict::NotFound));
    };
    let Some(from) = ApplicationState::parse(&state) else { return Ok(Err(Conflict::MoveInvalid)) };
    if !from.can_move(to) {
        return Ok(Err(Conflict::MoveInvalid));
    }
    let now = now_iso();
    sql::query("UPDATE applications SET state = $2, updated_at = $3 WHERE id = $1")
        .bind(app)
        .bind(to.as_str())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    transition(&mut tx, app, Some(from), to, actor, &now).await?;
    let incubated = to == ApplicationState::Accepted && ptype == ProgrammeType::Incubation.as_str();
    if incubated {
        super::org_profiles::set_incubated_by(&mut tx, applicant, owner).await?;
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor: Some(actor),
            action: "application.move",
            entity_type: "application",
            entity_id: app.to_string(),
            before: Some(json!({ "state": from.as_str() })),
            after: Some(json!({ "state": to.as_str(), "programme": slug, "incubated_by": incubated.then_some(owner) })),
        },
    )
    .await?;
    let payload = status_payload(format!("/org/{applicant_slug}/applications"), &applicant_name, &title, to);
    notify::org(&mut tx, applicant, Some(actor), &format!("application.{}", to.as_str()), &payload).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The reviewer's rubric scores and comment on application `app` (one review per reviewer;
/// saving again replaces it). Drafts cannot be reviewed.
pub async fn review(
    pool: &Db,
    actor: i64,
    programme: i64,
    app: i64,
    scores: [i64; 4],
    comment: &str,
) -> sqlx::Result<Result<(), Conflict>> {
    let mut tx = begin_write(pool).await?;
    let open: Option<String> =
        sql::query_scalar("SELECT state FROM applications WHERE id = $1 AND programme_id = $2 AND state <> 'draft'")
            .bind(app)
            .bind(programme)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_none() {
        return Ok(Err(Conflict::NotFound));
    }
    let now = now_iso();
    let [team, innovation, market, feasibility] = scores;
    sql::query(
        "INSERT INTO application_reviews (application_id, reviewer_user_id, score, team, innovation, market, feasibility,
             comment, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
         ON CONFLICT (application_id, reviewer_user_id) DO UPDATE SET score = excluded.score, team = excluded.team,
             innovation = excluded.innovation, market = excluded.market, feasibility = excluded.feasibility,
             comment = excluded.comment, updated_at = excluded.updated_at",
    )
    .bind(app)
    .bind(actor)
    .bind(overall(&scores))
    .bind(team)
    .bind(innovation)
    .bind(market)
    .bind(feasibility)
    .bind(comment)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: Some(actor),
            action: "application.review",
            entity_type: "application",
            entity_id: app.to_string(),
            before: None,
            after: Some(json!({ "score": overall(&scores), "criteria": scores })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}
