//! Programmes written by the members of the organisation that runs them: create and edit,
//! with the ordered application questions. Who may act is decided on the first lines; which
//! kinds of programme an organisation may run comes from `domain::programmes::types_for`.

use super::{Refusal, done, internal};
use crate::backend::auth::guard;
use crate::backend::forms::fields::Fields;
use crate::backend::forms::validate;
use crate::backend::state::AppState;
use crate::backend::store::Conflict;
use crate::backend::store::statements::{org_manage, programme_edit as store};
use crate::backend::web::{Failure, SignedIn, WebResult};
use crate::domain::ProgrammeType;
use crate::domain::account::{FormError, MemberRole, Notice};
use crate::domain::programmes::types_for;
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use tower_sessions::Session;

/// The text fields of the programme form, kept on a refusal.
const TEXT: [&str; 14] = [
    "type",
    "title_vi",
    "title_en",
    "description_vi",
    "description_en",
    "eligibility_vi",
    "benefits_vi",
    "opens_on",
    "closes_on",
    "starts_on",
    "ends_on",
    "capacity",
    "funding_vnd",
    "published",
];

/// An ISO date (`yyyy-mm-dd`, what `<input type=date>` sends) or `dd/mm/yyyy`.
pub fn date(raw: &str) -> Result<Option<String>, FormError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map(|d| Some(d.format("%Y-%m-%d").to_string()))
        .map_err(|_| FormError::DateInvalid)
}

/// An optional whole number ≥ `min`; Vietnamese thousands separators (`1.000.000`) allowed.
pub fn number(raw: &str, min: i64) -> Result<Option<i64>, FormError> {
    let s: String = raw.trim().chars().filter(|c| !matches!(c, '.' | ' ' | ',')).collect();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i64>() {
        Ok(n) if n >= min && n < 1_000_000_000_000_000 => Ok(Some(n)),
        _ => Err(FormError::NumberInvalid),
    }
}

/// The question rows in the order chosen. Text inputs arrive once per row, so they line up by
/// index; checkboxes carry their row's index as their value.
fn questions(f: &Fields, r: &mut Refusal) -> Vec<store::QuestionInput> {
    let (ids, vis, ens, orders) = (f.all("q_id"), f.all("q_vi"), f.all("q_en"), f.all("q_order"));
    let required = f.all("q_required");
    let remove = f.all("q_remove");
    r.keep("q_rows", &vis.len().to_string());
    let mut rows = Vec::new();
    for (i, vi) in vis.iter().enumerate() {
        let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
        let (id, en, order) = (get(&ids), get(&ens), get(&orders));
        let flag = |v: &Vec<String>| v.iter().any(|x| x == &i.to_string());
        let (req, rm) = (flag(&required), flag(&remove));
        r.keep(&format!("q_id-{i}"), &id).keep(&format!("q_vi-{i}"), vi).keep(&format!("q_en-{i}"), &en);
        r.keep(&format!("q_order-{i}"), &order);
        if req {
            r.keep(&format!("q_required-{i}"), "1");
        }
        if rm {
            r.keep(&format!("q_remove-{i}"), "1");
        }
        if id.is_empty() && vi.trim().is_empty() && en.trim().is_empty() {
            continue;
        }
        let id = match id.parse::<i64>() {
            _ if id.is_empty() => None,
            Ok(n) => Some(n),
            Err(_) => {
                r.error(&format!("q_vi-{i}"), FormError::ChoiceInvalid);
                continue;
            }
        };
        let (prompt_vi, prompt_en) = if rm {
            (String::new(), None)
        } else {
            (
                r.check(&format!("q_vi-{i}"), validate::line(vi, 500)).unwrap_or_default(),
                r.check(&format!("q_en-{i}"), validate::optional(&en, 500)).flatten(),
            )
        };
        let pos = match order.trim() {
            "" => Some(i as i64 * 10),
            o => {
                r.check(&format!("q_order-{i}"), o.parse::<i64>().map_err(|_| FormError::NumberInvalid)).map(|n| n * 10)
            }
        };
        rows.push((
            pos.unwrap_or(i as i64 * 10),
            i,
            store::QuestionInput { id, prompt_vi, prompt_en, required: req, remove: rm },
        ));
    }
    rows.sort_by_key(|(pos, i, _)| (*pos, *i));
    rows.into_iter().map(|(_, _, q)| q).collect()
}

/// A save the store refused: a question that is not the programme's is refused on its row.
fn conflict(r: &mut Refusal, c: &Conflict) {
    let field = match c {
        Conflict::UnknownQuestion(i) => format!("q_vi-{i}"),
        _ => String::new(),
    };
    r.error(&field, c.form_error());
}

/// The whole form, validated against the kinds `allowed` for the organisation; `None` with
/// the refusal filled when anything is wrong.
fn parse(
    f: &Fields,
    r: &mut Refusal,
    allowed: &[ProgrammeType],
    locked: Option<&str>,
) -> Option<store::ProgrammeInput> {
    for k in TEXT {
        r.keep(k, f.get(k));
    }
    r.keep("sector", &f.all("sector").join(","));
    let ptype = match ProgrammeType::parse(f.get("type")) {
        Some(t) if allowed.contains(&t) && locked.is_none_or(|l| l == t.as_str()) => Ok(t),
        _ if f.get("type").is_empty() => Err(FormError::Required),
        _ => Err(FormError::ChoiceInvalid),
    };
    let ptype = r.check("type", ptype);
    let title_vi = r.check("title_vi", validate::line(f.get("title_vi"), 200));
    let title_en = r.check("title_en", validate::optional(f.get("title_en"), 200)).flatten();
    let description_vi = r.check(
        "description_vi",
        validate::optional(f.get("description_vi"), 10_000).and_then(|d| d.ok_or(FormError::Required)),
    );
    let description_en = r.check("description_en", validate::optional(f.get("description_en"), 10_000)).flatten();
    let eligibility_vi = r.check("eligibility_vi", validate::optional(f.get("eligibility_vi"), 5_000)).flatten();
    let benefits_vi = r.check("benefits_vi", validate::optional(f.get("benefits_vi"), 5_000)).flatten();
    let opens = r.check("opens_on", date(f.get("opens_on")).and_then(|d| d.ok_or(FormError::Required)));
    let closes = r.check("closes_on", date(f.get("closes_on")).and_then(|d| d.ok_or(FormError::Required)));
    let starts = r.check("starts_on", date(f.get("starts_on"))).flatten();
    let ends = r.check("ends_on", date(f.get("ends_on"))).flatten();
    if let (Some(o), Some(c)) = (&opens, &closes)
        && c < o
    {
        r.error("closes_on", FormError::DatesOrder);
    }
    if let (Some(s), Some(e)) = (&starts, &ends)
        && e < s
    {
        r.error("ends_on", FormError::DatesOrder);
    }
    let capacity = r.check("capacity", number(f.get("capacity"), 1)).flatten();
    let funding_vnd = r.check("funding_vnd", number(f.get("funding_vnd"), 0)).flatten();
    let sectors = r.check("sector", super::org_input::sectors(f.all("sector")));
    let questions = questions(f, r);
    let (Some(ptype), Some(title_vi), Some(description_vi), Some(opens_on), Some(closes_on), Some(sectors), true) =
        (ptype, title_vi, description_vi, opens, closes, sectors, r.is_clean())
    else {
        return None;
    };
    Some(store::ProgrammeInput {
        ptype,
        title_vi,
        title_en,
        description_vi,
        description_en,
        eligibility_vi: eligibility_vi.unwrap_or_default(),
        benefits_vi: benefits_vi.unwrap_or_default(),
        opens_on,
        closes_on,
        starts_on: starts,
        ends_on: ends,
        capacity,
        funding_vnd,
        sectors,
        published: f.get("published") == "1",
        questions,
    })
}

/// `POST /programmes/create`: a new programme for the organisation in the `org` field.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Bytes,
) -> WebResult {
    let db = state.store.db();
    let f = Fields::parse(&body);
    let org_slug = f.get("org").to_string();
    let org = match org_manage::id_by_slug(db, &org_slug).await {
        Ok(Some(id)) => id,
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, "programme", "/account", e).await,
    };
    let v = guard::org_member(Some(viewer), org, MemberRole::Editor).map_err(|d| Failure::denied(lang, d))?;
    let allowed = match store::org(db, org).await {
        Ok(Some((kind, _, _))) => types_for(kind),
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, "programme", "/account", e).await,
    };
    if allowed.is_empty() {
        return Err(Failure::denied(lang, crate::backend::auth::Denied::Forbidden));
    }
    let back = format!("/programmes/new?org={org_slug}");
    let mut r = Refusal::new("programme");
    let Some(input) = parse(&f, &mut r, allowed, None) else { return r.send(&session, &back).await };
    match store::save(db, v.id, org, None, &input).await {
        Ok(Ok(slug)) => {
            state.store.invalidate();
            done(&session, Notice::ProgrammeSaved, &format!("/programmes/{slug}/edit")).await
        }
        Ok(Err(e)) => {
            conflict(&mut r, &e);
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "programme", &back, e).await,
    }
}

/// `POST /programmes/{slug}/save`: the owner's members edit the programme.
pub async fn save(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(slug): Path<String>,
    body: Bytes,
) -> WebResult {
    let db = state.store.db();
    let (id, org) = match store::by_slug(db, &slug).await {
        Ok(Some(p)) => (p.id, p.org_id),
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, "programme", "/account", e).await,
    };
    let v = guard::org_member(Some(viewer), org, MemberRole::Editor).map_err(|d| Failure::denied(lang, d))?;
    let back = format!("/programmes/{slug}/edit");
    let (allowed, locked) = match (store::org(db, org).await, store::submitted_count(db, id).await) {
        (Ok(Some((kind, _, _))), Ok(n)) => {
            let current = store::by_slug(db, &slug).await.ok().flatten().map(|p| p.programme_type);
            (types_for(kind), if n > 0 { current } else { None })
        }
        (Ok(None), _) => return Err(Failure::NotFound),
        (Err(e), _) | (_, Err(e)) => return internal(&session, "programme", &back, e).await,
    };
    let f = Fields::parse(&body);
    let mut r = Refusal::new("programme");
    let Some(input) = parse(&f, &mut r, allowed, locked.as_deref()) else { return r.send(&session, &back).await };
    match store::save(db, v.id, org, Some(id), &input).await {
        Ok(Ok(_)) => {
            state.store.invalidate();
            done(&session, Notice::ProgrammeSaved, &back).await
        }
        Ok(Err(e)) => {
            conflict(&mut r, &e);
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "programme", &back, e).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers() {
        assert_eq!(date("2026-12-31"), Ok(Some("2026-12-31".into())));
        assert_eq!(date("31/12/2026"), Ok(Some("2026-12-31".into())));
        assert_eq!(date(""), Ok(None));
        assert_eq!(date("2026-02-30"), Err(FormError::DateInvalid));
        assert_eq!(number("1.500.000.000", 0), Ok(Some(1_500_000_000)));
        assert_eq!(number("0", 1), Err(FormError::NumberInvalid));
        assert_eq!(number("-5", 0), Err(FormError::NumberInvalid));
        assert_eq!(number("mười", 0), Err(FormError::NumberInvalid));
    }

    #[test]
    fn question_rows_follow_the_order_and_skip_blank_ones() {
        let body = "q_id=&q_vi=Hai&q_en=&q_order=2&q_id=7&q_vi=M%E1%BB%99t&q_en=One&q_order=1\
                    &q_id=&q_vi=&q_en=&q_order=&q_required=1&q_remove=0";
        let f = Fields::parse(&body.into());
        let mut r = Refusal::new("programme");
        let q = questions(&f, &mut r);
        assert!(r.is_clean());
        assert_eq!(q.len(), 2);
        assert_eq!((q[0].id, q[0].prompt_vi.as_str(), q[0].required), (Some(7), "Một", true));
        assert_eq!((q[1].id, q[1].prompt_vi.as_str(), q[1].remove), (None, "", true));
    }
}
