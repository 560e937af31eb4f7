//! Programmes written by their owners: create and edit with sectors and the ordered
//! application questions, in one `BEGIN IMMEDIATE` transaction with its audit entry.
//!
//! A removed question that somebody has answered (even in a draft) is hidden, not deleted: the
//! delete would cascade to the answers. Hidden questions leave the form and the edit page, and
//! reviewers still see their answers.

use super::audit;
use crate::backend::db::sql;
use crate::backend::db::{Conn, Db};
use crate::backend::db::{begin_write, now_iso};
use crate::backend::store::Conflict;
use crate::backend::text::{fold, slugify};
use crate::domain::dto::Text;
use crate::domain::programmes::{ProgrammeEdit, QuestionEdit, types_for};
use crate::domain::{OrgKind, ProgrammeType};
use serde_json::json;
use std::collections::BTreeMap;

/// A question row of the form, in the order the owner wants.
pub struct QuestionInput {
    pub id: Option<i64>,
    pub prompt_vi: String,
    pub prompt_en: Option<String>,
    pub required: bool,
    pub remove: bool,
}

/// The validated programme.
pub struct ProgrammeInput {
    pub ptype: ProgrammeType,
    pub title_vi: String,
    pub title_en: Option<String>,
    pub description_vi: String,
    pub description_en: Option<String>,
    pub eligibility_vi: String,
    pub benefits_vi: String,
    pub opens_on: String,
    pub closes_on: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub capacity: Option<i64>,
    pub funding_vnd: Option<i64>,
    pub sectors: Vec<String>,
    pub published: bool,
    pub questions: Vec<QuestionInput>,
}

/// What the handlers need to know about a programme before acting on it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProgrammeRef {
    pub id: i64,
    pub slug: String,
    /// The owner.
    pub org_id: i64,
    pub programme_type: String,
}

pub async fn by_slug(pool: &Db, slug: &str) -> sqlx::Result<Option<ProgrammeRef>> {
    sql::query_as("SELECT id, slug, org_id, programme_type FROM programmes WHERE slug = $1")
        .bind(slug)
        .fetch_optional(pool)
        .await
}

#[derive(sqlx::FromRow)]
struct OwnerRow {
    kind: String,
    slug: String,
    name_vi: String,
    name_en: Option<String>,
}

/// An organisation's kind, slug and names.
pub async fn org(pool: &Db, org_id: i64) -> sqlx::Result<Option<(OrgKind, String, Text)>> {
    let row: Option<OwnerRow> = sql::query_as("SELECT kind, slug, name_vi, name_en FROM organizations WHERE id = $1")
        .bind(org_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.and_then(|o| Some((OrgKind::parse(&o.kind)?, o.slug, Text::new(o.name_vi, o.name_en)))))
}

/// Applications past the draft: while there are any, the programme's type stays.
pub async fn submitted_count(pool: &Db, programme: i64) -> sqlx::Result<i64> {
    sql::query_scalar("SELECT count(*) FROM applications WHERE programme_id = $1 AND state <> 'draft'")
        .bind(programme)
        .fetch_one(pool)
        .await
}

/// A visible question of the form; `answered` once somebody has answered it.
#[derive(sqlx::FromRow)]
struct QuestionRow {
    id: i64,
    prompt_vi: String,
    prompt_en: Option<String>,
    required: bool,
    answered: bool,
}

/// A programme's fields as the edit form shows them.
#[derive(sqlx::FromRow)]
struct ProgrammeRow {
    slug: String,
    programme_type: String,
    title_vi: String,
    title_en: Option<String>,
    description_vi: String,
    description_en: Option<String>,
    eligibility_vi: String,
    benefits_vi: String,
    opens_on: String,
    closes_on: String,
    starts_on: Option<String>,
    ends_on: Option<String>,
    capacity: Option<i64>,
    funding_vnd: Option<i64>,
    published: bool,
}

/// The edit page's data: a blank programme for `org_id`, or programme `id` as stored.
pub async fn load(pool: &Db, org_id: i64, id: Option<i64>) -> sqlx::Result<Option<ProgrammeEdit>> {
    let Some((kind, org_slug, org_name)) = org(pool, org_id).await? else { return Ok(None) };
    let mut edit = ProgrammeEdit { org_slug, org_name, types: types_for(kind).to_vec(), ..Default::default() };
    let Some(id) = id else { return Ok(Some(edit)) };
    let p: ProgrammeRow = sql::query_as(
        "SELECT slug, programme_type, title_vi, title_en, description_vi, description_en, eligibility_vi, benefits_vi,
                opens_on, closes_on, starts_on, ends_on, capacity, funding_vnd, published
         FROM programmes WHERE id = $1",
    )
    .bind(id)
    .fetch_one(pool)
    .await?;
    let opt = |s: Option<String>| s.unwrap_or_default();
    let num = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let fields: BTreeMap<String, String> = [
        ("type", p.programme_type),
        ("title_vi", p.title_vi),
        ("title_en", opt(p.title_en)),
        ("description_vi", p.description_vi),
        ("description_en", opt(p.description_en)),
        ("eligibility_vi", p.eligibility_vi),
        ("benefits_vi", p.benefits_vi),
        ("opens_on", p.opens_on),
        ("closes_on", p.closes_on),
        ("starts_on", opt(p.starts_on)),
        ("ends_on", opt(p.ends_on)),
        ("capacity", num(p.capacity)),
        ("funding_vnd", num(p.funding_vnd)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    edit.sectors = sql::query_scalar("SELECT sector_code FROM programme_sectors WHERE programme_id = $1")
        .bind(id)
        .fetch_all(pool)
        .await?;
    let questions: Vec<QuestionRow> = sql::query_as(
        "SELECT q.id, q.prompt_vi, q.prompt_en, q.required,
                EXISTS (SELECT 1 FROM application_answers a WHERE a.question_id = q.id) AS answered
         FROM programme_questions q WHERE q.programme_id = $1 AND q.hidden = FALSE ORDER BY q.position",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    edit.questions = questions
        .into_iter()
        .map(|q| QuestionEdit {
            id: Some(q.id),
            prompt_vi: q.prompt_vi,
            prompt_en: q.prompt_en.unwrap_or_default(),
            required: q.required,
            answered: q.answered,
        })
        .collect();
    edit.slug = Some(p.slug);
    edit.fields = fields;
    edit.published = p.published;
    edit.submitted_count = submitted_count(pool, id).await?;
    Ok(Some(edit))
}

async fn unique_slug(conn: &mut Conn, title: &str) -> sqlx::Result<String> {
    let base = slugify(title);
    let base: String = if base.is_empty() { "chuong-trinh".into() } else { base.chars().take(100).collect() };
    let mut slug = base.clone();
    let mut n = 2;
    // `new` is the address of the create page.
    while slug == "new"
        || sql::query_scalar::<i64>("SELECT CAST(1 AS BIGINT) FROM programmes WHERE slug = $1")
            .bind(&slug)
            .fetch_optional(&mut *conn)
            .await?
            .is_some()
    {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

/// Creates (`existing` = `None`) or updates a programme of `org_id`; the slug, or
/// [`Conflict::UnknownQuestion`] when a question id does not belong to the programme (a
/// tampered form).
pub async fn save(
    pool: &Db,
    actor: i64,
    org_id: i64,
    existing: Option<i64>,
    p: &ProgrammeInput,
) -> sqlx::Result<Result<String, Conflict>> {
    let mut tx = begin_write(pool).await?;
    let now = now_iso();
    let (id, slug) = match existing {
        None => {
            let slug = unique_slug(&mut tx, &p.title_vi).await?;
            let id: i64 = sql::query_scalar(
                "INSERT INTO programmes (slug, org_id, programme_type, title_vi, title_folded, opens_on, closes_on,
                     created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(&slug)
            .bind(org_id)
            .bind(p.ptype.as_str())
            .bind(&p.title_vi)
            .bind(fold(&p.title_vi))
            .bind(&p.opens_on)
            .bind(&p.closes_on)
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?;
            (id, slug)
        }
        Some(id) => {
            let slug: String =
                sql::query_scalar("SELECT slug FROM programmes WHERE id = $1").bind(id).fetch_one(&mut *tx).await?;
            (id, slug)
        }
    };
    sql::query(
        "UPDATE programmes SET programme_type = $2, title_vi = $3, title_en = $4, title_folded = $5,
             description_vi = $6, description_en = $7, eligibility_vi = $8, benefits_vi = $9, opens_on = $10,
             closes_on = $11, starts_on = $12, ends_on = $13, capacity = $14, funding_vnd = $15, published = $16,
             updated_at = $17
         WHERE id = $1",
    )
    .bind(id)
    .bind(p.ptype.as_str())
    .bind(&p.title_vi)
    .bind(&p.title_en)
    .bind(fold(&p.title_vi))
    .bind(&p.description_vi)
    .bind(&p.description_en)
    .bind(&p.eligibility_vi)
    .bind(&p.benefits_vi)
    .bind(&p.opens_on)
    .bind(&p.closes_on)
    .bind(&p.starts_on)
    .bind(&p.ends_on)
    .bind(p.capacity)
    .bind(p.funding_vnd)
    .bind(p.published)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    sql::query("DELETE FROM programme_sectors WHERE programme_id = $1").bind(id).execute(&mut *tx).await?;
    for s in &p.sectors {
        sql::query("INSERT INTO programme_sectors (programme_id, sector_code) VALUES ($1, $2)")
            .bind(id)
            .bind(s)
            .execute(&mut *tx)
            .await?;
    }
    if let Err(e) = save_questions(&mut tx, id, &p.questions).await? {
        return Ok(Err(e));
    }
    let after = json!({
        "slug": slug, "type": p.ptype.as_str(), "title_vi": p.title_vi, "opens_on": p.opens_on,
        "closes_on": p.closes_on, "published": p.published, "questions": p.questions.iter().filter(|q| !q.remove).count(),
    });
    let action = if existing.is_some() { "programme.update" } else { "programme.create" };
    audit::record(
        &mut tx,
        audit::Entry {
            actor: Some(actor),
            action,
            entity_type: "programme",
            entity_id: id.to_string(),
            before: None,
            after: Some(after),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(slug))
}

/// Writes the questions in the order given. Positions are first moved out of the way (to
/// minus the id) so the `UNIQUE (programme_id, position)` holds at every step.
async fn save_questions(
    tx: &mut Conn,
    programme: i64,
    questions: &[QuestionInput],
) -> sqlx::Result<Result<(), Conflict>> {
    let known: Vec<(i64, bool)> = sql::query_as(
        "SELECT q.id, EXISTS (SELECT 1 FROM application_answers a WHERE a.question_id = q.id)
         FROM programme_questions q WHERE q.programme_id = $1",
    )
    .bind(programme)
    .fetch_all(&mut *tx)
    .await?;
    for (i, q) in questions.iter().enumerate() {
        if q.id.is_some_and(|id| !known.iter().any(|(k, _)| *k == id)) {
            return Ok(Err(Conflict::UnknownQuestion(i)));
        }
    }
    sql::query("UPDATE programme_questions SET position = -id WHERE programme_id = $1")
        .bind(programme)
        .execute(&mut *tx)
        .await?;
    let mut position = 0i64;
    for q in questions {
        match (q.id, q.remove) {
            (Some(id), true) => {
                let answered = known.iter().any(|(k, a)| *k == id && *a);
                let sql = if answered {
                    "UPDATE programme_questions SET hidden = TRUE WHERE id = $1"
                } else {
                    "DELETE FROM programme_questions WHERE id = $1"
                };
                sql::query(sql).bind(id).execute(&mut *tx).await?;
            }
            (None, true) => {}
            (Some(id), false) => {
                position += 1;
                sql::query(
                    "UPDATE programme_questions SET position = $2, prompt_vi = $3, prompt_en = $4, required = $5, hidden = FALSE
                     WHERE id = $1",
                )
                .bind(id)
                .bind(position)
                .bind(&q.prompt_vi)
                .bind(&q.prompt_en)
                .bind(q.required)
                .execute(&mut *tx)
                .await?;
            }
            (None, false) => {
                position += 1;
                sql::query(
                    "INSERT INTO programme_questions (programme_id, position, prompt_vi, prompt_en, required)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(programme)
                .bind(position)
                .bind(&q.prompt_vi)
                .bind(&q.prompt_en)
                .bind(q.required)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    // Hidden questions (and any the form did not mention) go after the visible ones.
    let rest: Vec<i64> =
        sql::query_scalar("SELECT id FROM programme_questions WHERE programme_id = $1 AND position < 0 ORDER BY id")
            .bind(programme)
            .fetch_all(&mut *tx)
            .await?;
    for id in rest {
        position += 1;
        sql::query("UPDATE programme_questions SET position = $2 WHERE id = $1")
            .bind(id)
            .bind(position)
            .execute(&mut *tx)
            .await?;
    }
    Ok(Ok(()))
}
