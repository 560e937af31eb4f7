//! Collaboration requests: sending one, the steps of its state machine, the agreement with its
//! document, the message thread; and the notification actions (open, mark all read, e-mail
//! preference). The store re-checks the state and the viewer's side inside its transaction;
//! these handlers parse the form and map the outcome to a page.

use super::{Refusal, done, internal};
use crate::backend::forms::fields::Fields;
use crate::backend::forms::validate;
use crate::backend::listings::input::amount;
use crate::backend::state::AppState;
use crate::backend::store::statements::collab::{self, NewAgreement, NewRequest, StepError};
use crate::backend::text::slugify;
use crate::backend::web::{self, Failure, SignedIn, WebResult};
use crate::domain::account::{FormError, Notice};
use crate::domain::collab::{AgreementType, CollabAction, Intent, Refused, TargetType};
use crate::i18n::Lang;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use http::header;
use tower_sessions::Session;

/// Largest agreement document accepted.
pub const PDF_MAX_BYTES: usize = 10 * 1024 * 1024;
/// Longest message or note.
pub const MESSAGE_MAX: usize = 4000;

/// A multi-line text: required, NFC, at most `max` characters.
fn text(raw: &str, max: usize) -> Result<String, FormError> {
    validate::optional(&raw.replace("\r\n", "\n"), max)?.ok_or(FormError::Required)
}

/// The form's target: exactly one of `offer`, `challenge`, `org` (a slug).
fn target_of(f: &Fields) -> Option<(TargetType, String)> {
    [("offer", TargetType::Offer), ("challenge", TargetType::Challenge), ("org", TargetType::Org)]
        .into_iter()
        .find(|(k, _)| !f.get(k).is_empty())
        .map(|(k, t)| (t, f.get(k).to_string()))
}

pub async fn send(State(state): State<AppState>, SignedIn(v): SignedIn, session: Session, body: Bytes) -> WebResult {
    let f = Fields::parse(&body);
    let Some((kind, slug)) = target_of(&f) else { return Err(Failure::NotFound) };
    let back = format!(
        "/collab/new?{}={}",
        kind.as_str(),
        url::form_urlencoded::byte_serialize(slug.as_bytes()).collect::<String>()
    );
    let mut r = Refusal::new("collab_new");
    for k in ["from_org", "intent", "message"] {
        r.keep(k, f.get(k));
    }
    let target = match collab::new_target(state.store.db(), &v, kind, &slug).await {
        Ok(Some((_, t))) => t,
        Ok(None) => return Err(Failure::NotFound),
        Err(e) => return internal(&session, "collab_new", &back, e).await,
    };
    if !v.email_verified {
        r.error("", FormError::EmailNotVerified);
    }
    // the organisation must be one of the viewer's, and not the recipient itself
    let from_org = r.check(
        "from_org",
        match f.get("from_org").parse::<i64>() {
            _ if f.get("from_org").is_empty() => Err(FormError::Required),
            Ok(id) if v.role_in(id).is_some() && id != target.to_org => Ok(id),
            _ => Err(FormError::ChoiceInvalid),
        },
    );
    let intent = r.check(
        "intent",
        Intent::parse(f.get("intent")).ok_or(if f.get("intent").is_empty() {
            FormError::Required
        } else {
            FormError::ChoiceInvalid
        }),
    );
    let message = r.check("message", text(f.get("message"), MESSAGE_MAX));
    let (Some(from_org), Some(intent), Some(message), true) = (from_org, intent, message, r.is_clean()) else {
        return r.send(&session, &back).await;
    };
    match collab::create(state.store.db(), v.id, &NewRequest { from_org, target, intent, message }).await {
        Ok(Ok(id)) => done(&session, Notice::RequestSent, &format!("/collab/{id}")).await,
        Ok(Err(e)) => {
            r.error("", e.form_error());
            r.send(&session, &back).await
        }
        Err(e) => internal(&session, "collab_new", &back, e).await,
    }
}

/// The answer to a refused or failed step.
async fn step_failed(lang: Lang, session: &Session, form: &'static str, back: &str, e: StepError) -> WebResult {
    match e {
        StepError::NotFound => Err(Failure::NotFound),
        StepError::NotParty | StepError::Refused(Refused::NotYourStep) => Err(Failure::Denied(lang)),
        StepError::Refused(Refused::NotNow) => {
            let mut r = Refusal::new(form);
            r.error("", FormError::StepNotAllowed);
            r.send(session, back).await
        }
        StepError::Db(e) => internal(session, form, back, e).await,
    }
}

pub async fn take_step(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    body: Bytes,
) -> WebResult {
    let f = Fields::parse(&body);
    let back = format!("/collab/{id}");
    // the agreement has its own form (with a document); `view` happens by opening the page
    let Some(action) =
        CollabAction::parse(f.get("action")).filter(|a| !matches!(a, CollabAction::Agree | CollabAction::View))
    else {
        return Err(Failure::BadRequest);
    };
    let mut r = Refusal::new("collab_step");
    r.keep("action", action.as_str()).keep("note", f.get("note"));
    let note = match action {
        CollabAction::Decline | CollabAction::Close => match r.check("note", text(f.get("note"), MESSAGE_MAX)) {
            Some(n) => Some(n),
            None => return r.send(&session, &back).await,
        },
        _ => None,
    };
    match collab::take_step(state.store.db(), &v, id, action, note.as_deref(), None).await {
        Ok(_) => done(&session, Notice::RequestUpdated, &back).await,
        Err(e) => step_failed(lang, &session, "collab_step", &back, e).await,
    }
}

/// A signing date: ISO, from 1990 on, not after today in Vietnam.
fn signed_on(raw: &str, today: &str) -> Result<String, FormError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(FormError::Required);
    }
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| FormError::DateInvalid)?;
    let iso = d.format("%Y-%m-%d").to_string();
    if iso.as_str() < "1990-01-01" {
        Err(FormError::DateInvalid)
    } else if iso.as_str() > today {
        Err(FormError::DateInFuture)
    } else {
        Ok(iso)
    }
}

/// A PDF by its signature (`%PDF-`), not by the name or type the browser claims.
fn pdf(bytes: &[u8]) -> Result<(), FormError> {
    if bytes.len() > PDF_MAX_BYTES {
        Err(FormError::PdfTooLarge)
    } else if !bytes.starts_with(b"%PDF-") {
        Err(FormError::PdfInvalid)
    } else {
        Ok(())
    }
}

pub async fn agreement(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> WebResult {
    let back = format!("/collab/{id}");
    let mut r = Refusal::new("collab_agreement");
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut document: Option<(String, Vec<u8>)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                if name == "document" {
                    let file = field.file_name().unwrap_or("thoa-thuan.pdf").to_string();
                    match field.bytes().await {
                        Ok(b) if !b.is_empty() => document = Some((file, b.to_vec())),
                        Ok(_) => {}
                        Err(_) => {
                            r.error("document", FormError::PdfTooLarge);
                        }
                    }
                } else if let Ok(t) = field.text().await {
                    fields.push((name, t));
                }
            }
            Ok(None) => break,
            Err(_) => {
                r.error("document", FormError::PdfTooLarge);
                break;
            }
        }
    }
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str()).unwrap_or("");
    for k in ["agreement_type", "value_vnd", "signed_on"] {
        r.keep(k, get(k));
    }
    let kind = r.check(
        "agreement_type",
        AgreementType::parse(get("agreement_type")).ok_or(if get("agreement_type").is_empty() {
            FormError::Required
        } else {
            FormError::ChoiceInvalid
        }),
    );
    let value = r.check("value_vnd", amount(get("value_vnd")));
    let date = r.check("signed_on", signed_on(get("signed_on"), &crate::backend::today()));
    if let Some((_, bytes)) = &document {
        r.check("document", pdf(bytes));
    }
    let (Some(agreement_type), Some(value_vnd), Some(signed_on), true) = (kind, value, date, r.is_clean()) else {
        return r.send(&session, &back).await;
    };
    let a = NewAgreement { agreement_type, value_vnd, signed_on, document: document.map(|(n, b)| (file_name(&n), b)) };
    match collab::take_step(state.store.db(), &v, id, CollabAction::Agree, None, Some(&a)).await {
        Ok(_) => done(&session, Notice::RequestUpdated, &back).await,
        Err(e) => step_failed(lang, &session, "collab_agreement", &back, e).await,
    }
}

/// A safe download name: the browser's name without its path, folded to plain characters
/// ("Hợp đồng.pdf" → "hop-dong.pdf").
fn file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let stem =
        base.len().checked_sub(4).filter(|n| base.is_char_boundary(*n) && base[*n..].eq_ignore_ascii_case(".pdf"));
    let slug: String = stem.map(|n| slugify(&base[..n])).unwrap_or_default().chars().take(96).collect();
    if slug.is_empty() { "thoa-thuan.pdf".into() } else { format!("{slug}.pdf") }
}

pub async fn message(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i64>,
    body: Bytes,
) -> WebResult {
    let f = Fields::parse(&body);
    let back = format!("/collab/{id}#thread");
    let mut r = Refusal::new("collab_message");
    r.keep("body", f.get("body"));
    let Some(text) = r.check("body", text(f.get("body"), MESSAGE_MAX)) else { return r.send(&session, &back).await };
    match collab::post_message(state.store.db(), &v, id, &text).await {
        Ok(()) => done(&session, Notice::MessagePosted, &back).await,
        Err(e) => step_failed(lang, &session, "collab_message", &back, e).await,
    }
}

/// `GET /collab/{id}/document`: the agreement's PDF, for the parties only (404 otherwise).
pub async fn document(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    _session: Session,
    Path(id): Path<i64>,
) -> WebResult {
    let (name, bytes) = collab::agreement_document(state.store.db(), &v, id).await?.ok_or(Failure::NotFound)?;
    Ok(web::private((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        bytes,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_dates_pdfs_names() {
        assert_eq!(amount(""), Ok(None));
        assert_eq!(amount("1.250.000.000 ₫"), Ok(Some(1_250_000_000)));
        assert_eq!(amount("-5"), Err(FormError::AmountInvalid));
        assert_eq!(amount("99999999999999999999999"), Err(FormError::AmountInvalid));
        assert_eq!(signed_on("2026-03-01", "2026-05-01"), Ok("2026-03-01".into()));
        assert_eq!(signed_on("2026-05-02", "2026-05-01"), Err(FormError::DateInFuture));
        assert_eq!(signed_on("01/03/2026", "2026-05-01"), Err(FormError::DateInvalid));
        assert_eq!(signed_on("", "2026-05-01"), Err(FormError::Required));
        assert_eq!(pdf(b"%PDF-1.7 ..."), Ok(()));
        assert_eq!(pdf(b"<html>"), Err(FormError::PdfInvalid));
        assert_eq!(file_name("C:\\docs\\Hợp đồng.pdf"), "hop-dong.pdf");
        assert_eq!(file_name("ghi-chu.txt"), "thoa-thuan.pdf");
        assert_eq!(file_name("../../etc/passwd"), "thoa-thuan.pdf");
    }
}
