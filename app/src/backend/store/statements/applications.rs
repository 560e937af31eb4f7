//! Applications seen from the applicant's side: the form (draft answers), submitting it before
//! the deadline, and the organisation's list of applications with their states.

use super::audit;
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::store::statements::notifications::{self as notify, Payload};
use crate::domain::dto::Text;
use crate::domain::programmes::{
    Answered, ApplicationState, ApplyPage, OrgApplications, OwnApplication, Window, applicants_for, window,
};
use crate::domain::{OrgKind, ProgrammeType};
use crate::i18n::Lang;
use crate::i18n::programmes::state_label;
use serde_json::json;

/// A published programme as the applicant side needs it.
#[derive(sqlx::FromRow, Clone)]
pub struct Programme {
    pub id: i64,
    pub slug: String,
    pub org_id: i64,
    pub programme_type: String,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub opens_on: String,
    pub closes_on: String,
    pub owner_vi: String,
    pub owner_en: Option<String>,
}

impl Programme {
    pub fn ptype(&self) -> ProgrammeType {
        ProgrammeType::parse(&self.programme_type).unwrap_or(ProgrammeType::Incubation)
    }

    /// May an organisation of `kind` (id `org`) apply?
    pub fn admits(&self, org: i64, kind: OrgKind) -> bool {
        org != self.org_id && applicants_for(self.ptype()).contains(&kind)
    }
}

const PROGRAMME: &str =
    "SELECT p.id, p.slug, p.org_id, p.programme_type, p.title_vi, p.title_en, p.opens_on, p.closes_on,
        o.name_vi AS owner_vi, o.name_en AS owner_en
     FROM programmes p JOIN organizations o ON o.id = p.org_id
     WHERE p.slug = $1 AND p.published = TRUE AND o.hidden = FALSE";

pub async fn published(pool: &Db, slug: &str) -> sqlx::Result<Option<Programme>> {
    sql::query_as(PROGRAMME).bind(slug).fetch_optional(pool).await
}

/// A question with the application's answer, if it has one.
#[derive(sqlx::FromRow)]
struct AnsweredRow {
    question_id: i64,
    prompt_vi: String,
    prompt_en: Option<String>,
    required: bool,
    hidden: bool,
    answer: Option<String>,
}

/// The visible questions with `app`'s answers (none for a new application).
async fn answered(conn: &mut Conn, programme: i64, app: Option<i64>) -> sqlx::Result<Vec<Answered>> {
    let rows: Vec<AnsweredRow> = sql::query_as(
        "SELECT q.id AS question_id, q.prompt_vi, q.prompt_en, q.required, q.hidden,
                (SELECT a.answer FROM application_answers a WHERE a.question_id = q.id AND a.application_id = $2) AS answer
         FROM programme_questions q WHERE q.programme_id = $1 ORDER BY q.position",
    )
    .bind(programme)
    .bind(app)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|r| !r.hidden || r.answer.is_some())
        .map(|r| Answered {
            question_id: r.question_id,
            prompt: Text::new(r.prompt_vi, r.prompt_en),
            required: r.required,
            hidden: r.hidden,
            answer: r.answer.unwrap_or_default(),
        })
        .collect())
}

/// The application form of organisation `org` for `p`; `choices` are the viewer's other
/// organisations that may apply.
pub async fn page(
    pool: &Db,
    p: &Programme,
    org: (i64, String, Text),
    choices: Vec<(String, Text)>,
    today: &str,
) -> sqlx::Result<ApplyPage> {
    let mut conn = pool.begin().await?;
    let app: Option<(i64, String, Option<String>)> = sql::query_as(
        "SELECT id, state, submitted_at FROM applications WHERE programme_id = $1 AND applicant_org_id = $2",
    )
    .bind(p.id)
    .bind(org.0)
    .fetch_optional(&mut *conn)
    .await?;
    let questions = answered(&mut conn, p.id, app.as_ref().map(|a| a.0)).await?;
    Ok(ApplyPage {
        programme_slug: p.slug.clone(),
        programme_title: Text::new(p.title_vi.clone(), p.title_en.clone()),
        owner_name: Text::new(p.owner_vi.clone(), p.owner_en.clone()),
        opens_on: p.opens_on.clone(),
        closes_on: p.closes_on.clone(),
        window: window(&p.opens_on, &p.closes_on, today),
        org_slug: org.1,
        org_name: org.2,
        choices,
        state: app.as_ref().and_then(|a| ApplicationState::parse(&a.1)).unwrap_or(ApplicationState::Draft),
        submitted_at: app.and_then(|a| a.2),
        questions: questions.into_iter().filter(|q| !q.hidden).collect(),
    })
}

/// One line of a notification about application `app`'s new state, in both languages.
pub fn status_payload(link: String, applicant: &str, title: &str, state: ApplicationState) -> Payload {
    Payload {
        link,
        vi: format!("Hồ sơ của {applicant} vào “{title}”: {}", state_label(Lang::Vi, state)),
        en: format!("{applicant}'s application to “{title}”: {}", state_label(Lang::En, state)),
    }
}

/// Saves `org`'s answers as a draft, and with `submit` hands the application in. Refused with
/// nothing written: after the deadline, once submitted, or (submitting) before the opening or
/// with required questions unanswered ([`Conflict::Unanswered`]).
pub async fn save(
    pool: &Db,
    actor: i64,
    p: &Programme,
    org: (i64, &str, &str),
    answers: &[(i64, String)],
    submit: bool,
    today: &str,
) -> sqlx::Result<Result<i64, Conflict>> {
    let (org_id, org_slug, org_name) = org;
    let mut tx = begin_write(pool).await?;
    let now = now_iso();
    // Dates re-read inside the transaction: the owner may have just moved the deadline.
    let (opens, closes): (String, String) = sql::query_as("SELECT opens_on, closes_on FROM programmes WHERE id = $1")
        .bind(p.id)
        .fetch_one(&mut *tx)
        .await?;
    match window(&opens, &closes, today) {
        Window::Closed => return Ok(Err(Conflict::DeadlinePassed)),
        Window::Upcoming if submit => return Ok(Err(Conflict::NotOpenYet)),
        _ => {}
    }
    let existing: Option<(i64, String)> =
        sql::query_as("SELECT id, state FROM applications WHERE programme_id = $1 AND applicant_org_id = $2")
            .bind(p.id)
            .bind(org_id)
            .fetch_optional(&mut *tx)
            .await?;
    let id = match existing {
        Some((_, state)) if state != "draft" => return Ok(Err(Conflict::AlreadySubmitted)),
        Some((id, _)) => id,
        None => {
            let id: i64 = sql::query_scalar(
                "INSERT INTO applications (programme_id, applicant_org_id, applicant_user_id, state, created_at, updated_at)
                 VALUES ($1, $2, $3, 'draft', $4, $4) RETURNING id",
            )
            .bind(p.id)
            .bind(org_id)
            .bind(actor)
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?;
            transition(&mut tx, id, None, ApplicationState::Draft, actor, &now).await?;
            id
        }
    };
    let questions = answered(&mut tx, p.id, Some(id)).await?;
    let mut unanswered = Vec::new();
    for q in questions.iter().filter(|q| !q.hidden) {
        let answer = answers.iter().find(|(qid, _)| *qid == q.question_id).map(|(_, a)| a.as_str()).unwrap_or("");
        if answer.is_empty() {
            sql::query("DELETE FROM application_answers WHERE application_id = $1 AND question_id = $2")
                .bind(id)
                .bind(q.question_id)
                .execute(&mut *tx)
                .await?;
            if q.required {
                unanswered.push(q.question_id);
            }
        } else {
            sql::query(
                "INSERT INTO application_answers (application_id, question_id, answer) VALUES ($1, $2, $3)
                 ON CONFLICT (application_id, question_id) DO UPDATE SET answer = excluded.answer",
            )
            .bind(id)
            .bind(q.question_id)
            .bind(answer)
            .execute(&mut *tx)
            .await?;
        }
    }
    if submit && !unanswered.is_empty() {
        return Ok(Err(Conflict::Unanswered(unanswered)));
    }
    let state = if submit { "submitted" } else { "draft" };
    sql::query(
        "UPDATE applications SET state = $2, submitted_at = CASE WHEN $2 = 'submitted' THEN $3 END, updated_at = $3
         WHERE id = $1",
    )
    .bind(id)
    .bind(state)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    if submit {
        transition(&mut tx, id, Some(ApplicationState::Draft), ApplicationState::Submitted, actor, &now).await?;
        audit::record(
            &mut tx,
            audit::Entry {
                actor: Some(actor),
                action: "application.submit",
                entity_type: "application",
                entity_id: id.to_string(),
                before: Some(json!({ "state": "draft" })),
                after: Some(json!({ "state": "submitted", "programme": p.slug, "org": org_slug })),
            },
        )
        .await?;
        let title = &p.title_vi;
        let to_owner = status_payload(
            format!("/programmes/{}/applications/{id}", p.slug),
            org_name,
            title,
            ApplicationState::Submitted,
        );
        notify::org(&mut tx, p.org_id, Some(actor), "application.submitted", &to_owner).await?;
        let to_applicant =
            status_payload(format!("/org/{org_slug}/applications"), org_name, title, ApplicationState::Submitted);
        notify::org(&mut tx, org_id, Some(actor), "application.submitted", &to_applicant).await?;
    }
    tx.commit().await?;
    Ok(Ok(id))
}

pub async fn transition(
    conn: &mut Conn,
    app: i64,
    from: Option<ApplicationState>,
    to: ApplicationState,
    actor: i64,
    at: &str,
) -> sqlx::Result<()> {
    sql::query(
        "INSERT INTO application_transitions (application_id, from_state, to_state, actor_user_id, at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(app)
    .bind(from.map(ApplicationState::as_str))
    .bind(to.as_str())
    .bind(actor)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// One of an organisation's applications with its programme and the programme's owner.
#[derive(sqlx::FromRow)]
struct OwnApplicationRow {
    programme_slug: String,
    title_vi: String,
    title_en: Option<String>,
    owner_vi: String,
    owner_en: Option<String>,
    state: String,
    submitted_at: Option<String>,
    updated_at: String,
    closes_on: String,
}

/// Every application of organisation `org_id`, newest first (no reviews, no scores).
pub async fn of_org(pool: &Db, org_id: i64, slug: String, name: Text) -> sqlx::Result<OrgApplications> {
    let rows: Vec<OwnApplicationRow> = sql::query_as(
        "SELECT p.slug AS programme_slug, p.title_vi, p.title_en, o.name_vi AS owner_vi, o.name_en AS owner_en, a.state,
                a.submitted_at, a.updated_at, p.closes_on
         FROM applications a JOIN programmes p ON p.id = a.programme_id JOIN organizations o ON o.id = p.org_id
         WHERE a.applicant_org_id = $1 ORDER BY a.updated_at DESC, a.id DESC",
    )
    .bind(org_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .filter_map(|r| {
            Some(OwnApplication {
                programme_slug: r.programme_slug,
                programme_title: Text::new(r.title_vi, r.title_en),
                owner: Text::new(r.owner_vi, r.owner_en),
                state: ApplicationState::parse(&r.state)?,
                submitted_at: r.submitted_at,
                updated_at: r.updated_at,
                closes_on: r.closes_on,
            })
        })
        .collect();
    Ok(OrgApplications { org_slug: slug, org_name: name, items })
}

/// One of the viewer's organisations, as the application form may offer it.
#[derive(Clone, Debug)]
pub struct ApplicantOrg {
    pub id: i64,
    pub slug: String,
    pub name: Text,
    pub kind: OrgKind,
}

#[derive(sqlx::FromRow)]
struct ApplicantOrgRow {
    id: i64,
    slug: String,
    name_vi: String,
    name_en: Option<String>,
    kind: String,
}

/// The viewer's organisations among `org_ids`, by name.
pub async fn orgs(pool: &Db, org_ids: &[i64]) -> sqlx::Result<Vec<ApplicantOrg>> {
    let ids = serde_json::to_string(org_ids).unwrap_or_else(|_| "[]".into());
    let rows: Vec<ApplicantOrgRow> = sql::query_as(
        "SELECT id, slug, name_vi, name_en, kind FROM organizations WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_each($1))
         ORDER BY name_vi",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|o| {
            Some(ApplicantOrg {
                id: o.id,
                slug: o.slug,
                name: Text::new(o.name_vi, o.name_en),
                kind: OrgKind::parse(&o.kind)?,
            })
        })
        .collect())
}

/// The state of `org`'s application to programme `p`, if any.
pub async fn state_of(pool: &Db, p: i64, org: i64) -> sqlx::Result<Option<ApplicationState>> {
    let s: Option<String> =
        sql::query_scalar("SELECT state FROM applications WHERE programme_id = $1 AND applicant_org_id = $2")
            .bind(p)
            .bind(org)
            .fetch_optional(pool)
            .await?;
    Ok(s.as_deref().and_then(ApplicationState::parse))
}
