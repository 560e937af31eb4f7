//! The admin's import routes: `POST /admin/import/check` (upload, dry run, keep the file),
//! `POST /admin/import/commit` (import exactly the checked file) and the templates
//! `GET /admin/import/template/{entity}.{csv|xlsx}`. Admins only, checked first.

use super::{Entity, FileProblem, Options, SheetFormat, read, run, unreadable, uploads};
use crate::backend::actions::{Refusal, internal};
use crate::backend::export::Format;
use crate::backend::state::AppState;
use crate::backend::web::{Admin, Failure, WebResult};
use crate::domain::account::FormError;
use crate::domain::import::ImportReport;
use crate::i18n::Lang;
use axum::Extension;
use axum::extract::{Form, Multipart, Path, State};
use axum::response::{IntoResponse, Redirect};
use http::header;
use serde::Deserialize;
use tower_sessions::Session;

const PAGE: &str = "/admin/import";
/// Admin pages share one flash form name.
const FORM: &str = "admin";

fn to_report(token: &str) -> WebResult {
    Ok(Redirect::to(&format!("{PAGE}?token={token}")).into_response())
}

/// Reads, checks and keeps the uploaded file; on to its report.
pub(crate) async fn check(
    State(state): State<AppState>,
    Admin(v): Admin,
    session: Session,
    mut multipart: Multipart,
) -> WebResult {
    let (mut entity, mut skip, mut file, mut too_large) = (String::new(), false, None, false);
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("entity") => entity = field.text().await.unwrap_or_default(),
                Some("skip_duplicates") => skip = true,
                Some("file") => {
                    let name = field.file_name().unwrap_or("").to_string();
                    match field.bytes().await {
                        Ok(b) => file = Some((name, b.to_vec())),
                        Err(_) => too_large = true,
                    }
                }
                _ => {}
            },
            Ok(None) => break,
            Err(_) => {
                too_large = true;
                break;
            }
        }
    }
    let Some(entity) = Entity::parse(&entity) else {
        let mut r = Refusal::new("admin");
        r.error("entity", FormError::ChoiceInvalid);
        return r.send(&session, PAGE).await;
    };
    let (name, bytes) = file.unwrap_or_default();
    let name: String = name.rsplit(['/', '\\']).next().unwrap_or("").chars().take(200).collect();
    let format = SheetFormat::from_name(&name);
    let problem = if too_large || bytes.len() > super::MAX_BYTES {
        Some(FileProblem::TooLarge)
    } else if bytes.is_empty() {
        Some(FileProblem::NoFile)
    } else if format.is_none() {
        Some(FileProblem::BadFormat)
    } else {
        None
    };
    let format = format.unwrap_or(SheetFormat::Csv);
    let opts = Options { skip_duplicates: skip, commit: false, actor: Some(v.id) };
    let (report, keep) = match problem {
        Some(p) => (unreadable(entity, &name, p), Vec::new()),
        None => match checked(&state, entity, &name, format, bytes, opts).await {
            Ok(x) => x,
            Err(e) => return internal(&session, FORM, PAGE, e).await,
        },
    };
    let up =
        uploads::Upload { entity: entity.name().into(), file_name: name, format, skip_duplicates: skip, content: keep };
    match uploads::save(state.store.db(), v.id, &up, &report).await {
        Ok(token) => to_report(&token),
        Err(e) => internal(&session, FORM, PAGE, e).await,
    }
}

/// Reads and runs the file; the report, and the bytes when they are worth keeping.
async fn checked(
    state: &AppState,
    entity: Entity,
    name: &str,
    format: SheetFormat,
    bytes: Vec<u8>,
    opts: Options,
) -> Result<(ImportReport, Vec<u8>), sqlx::Error> {
    let (sheet, bytes) = tokio::task::spawn_blocking(move || (read::read(&bytes, format), bytes))
        .await
        .map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    match sheet {
        Ok(sheet) => Ok((run(state.store.db(), entity, name, &sheet, opts, None).await?, bytes)),
        Err(p) => Ok((unreadable(entity, name, p), Vec::new())),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct CommitForm {
    token: String,
}

/// Imports the file checked under `token`, validating it again inside the write transaction.
pub(crate) async fn commit(
    State(state): State<AppState>,
    Admin(v): Admin,
    session: Session,
    Form(f): Form<CommitForm>,
) -> WebResult {
    let up = match uploads::pending(state.store.db(), v.id, &f.token).await {
        Ok(Some(up)) => up,
        // gone, expired, someone else's or already imported: the page says which it can
        Ok(None) => return to_report(&f.token),
        Err(e) => return internal(&session, FORM, PAGE, e).await,
    };
    let Some(entity) = Entity::parse(&up.entity) else { return to_report(&f.token) };
    let opts = Options { skip_duplicates: up.skip_duplicates, commit: true, actor: Some(v.id) };
    let report = match checked(&state, entity, &up.file_name, up.format, up.content, opts).await {
        Ok((r, _)) => r,
        Err(e) => return internal(&session, FORM, PAGE, e).await,
    };
    if report.imported.is_some() {
        state.store.invalidate();
    }
    match uploads::update(state.store.db(), &f.token, &report).await {
        Ok(()) => to_report(&f.token),
        Err(e) => internal(&session, FORM, PAGE, e).await,
    }
}

/// `orgs.csv` / `orgs.xlsx`: headers in the user's language and an example row.
pub(crate) async fn template(Extension(lang): Extension<Lang>, _: Admin, Path(file): Path<String>) -> WebResult {
    let parsed = file.rsplit_once('.').and_then(|(e, f)| Some((Entity::parse(e)?, Format::parse(f)?)));
    let (entity, format) = parsed.ok_or(Failure::NotFound)?;
    let bytes = super::template::file(entity, lang, format).map_err(Failure::internal)?;
    let disposition = format!("attachment; filename=\"{}-template.{}\"", entity.name(), format.ext());
    Ok(([(header::CONTENT_TYPE, format.content_type().to_string()), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response())
}
