//! Downloads of any public list: `GET /export/{list}.csv` and `/export/{list}.xlsx`, with the
//! same query string as the page (`/export/startups.xlsx?sector=energy&sort=newest`). Every
//! matching row is exported (not just the page shown), up to [`lists::MAX_ROWS`], read in
//! batches of [`lists::BATCH`]; CSV is streamed batch by batch, XLSX is written in
//! rust_xlsxwriter's constant-memory mode. Headers and codes are in the request's language.

pub mod cell;
pub mod lists;

use super::search::Searcher;
use super::state::AppState;
use super::store::StoreError;
use crate::backend::db::Db;
use crate::backend::web::{Failure, WebResult};
use crate::domain::ListQuery;
use crate::i18n::Lang;
use axum::Extension;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::response::IntoResponse;
use cell::{BOM, Cell, XlsxSheet, csv_rows};
use http::header;
pub use lists::{Export, List};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub fn parse(ext: &str) -> Option<Format> {
        match ext {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    pub fn ext(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing the spreadsheet failed: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("writing the CSV failed: {0}")]
    Csv(#[from] csv::Error),
}

/// `startups-2026-05-01.xlsx`: the list and the day (Vietnam time) of the export.
pub fn file_name(list: List, format: Format) -> String {
    format!("{}-{}.{}", list.name(), crate::backend::today(), format.ext())
}

pub(crate) async fn download(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> WebResult {
    let parsed = file.rsplit_once('.').and_then(|(name, ext)| Some((List::parse(name)?, Format::parse(ext)?)));
    let (list, format) = parsed.ok_or(Failure::NotFound)?;
    let query = ListQuery::parse(raw.as_deref().unwrap_or(""));
    let export = Export::new(list, &query, lang);
    let headers = export.headers(state.store.db()).await?;
    let disposition = format!("attachment; filename=\"{}\"", file_name(list, format));
    let body = match format {
        Format::Csv => Body::from_stream(csv_stream(state, export, headers)),
        Format::Xlsx => Body::from(xlsx(state.store.db(), Some(&state.searcher), export, &headers).await?),
    };
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, max-age=0".to_string()),
        ],
        body,
    )
        .into_response())
}

/// A store failure keeps its own answer (503 when the database is unreachable); the others
/// are ours: logged, 500.
impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Store(e) => e.into(),
            e => Failure::internal(e),
        }
    }
}

/// The CSV as a stream of chunks: the BOM and header first, then one chunk per batch. Fused:
/// the compression layer polls once more after the end, which `unfold` alone panics on.
fn csv_stream(
    state: AppState,
    export: Export,
    headers: Vec<String>,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Send {
    let mut first = BOM.to_vec();
    let header_row: Vec<Cell> = headers.into_iter().map(Cell::Text).collect();
    first.extend(csv_rows(&[header_row]).unwrap_or_default());
    let start = (state, export, Some(first));
    let chunks = futures_util::stream::unfold(Some(start), |st| async move {
        let (state, mut export, head) = st?;
        let mut chunk = head.unwrap_or_default();
        match export.next_batch(state.store.db(), Some(&state.searcher)).await {
            Ok(Some(rows)) => match csv_rows(&rows) {
                Ok(bytes) => {
                    chunk.extend(bytes);
                    Some((Ok(Bytes::from(chunk)), Some((state, export, None))))
                }
                Err(e) => Some((Err(std::io::Error::other(e)), None)),
            },
            Ok(None) if !chunk.is_empty() => Some((Ok(Bytes::from(chunk)), None)),
            Ok(None) => None,
            Err(e) => {
                tracing::error!(error = %e, "export failed while streaming");
                Some((Err(std::io::Error::other(e)), None))
            }
        }
    });
    futures_util::StreamExt::fuse(chunks)
}

async fn xlsx(
    pool: &Db,
    searcher: Option<&Searcher>,
    mut export: Export,
    headers: &[String],
) -> Result<Vec<u8>, ExportError> {
    let mut sheet = XlsxSheet::new(export.list.name(), headers)?;
    while let Some(rows) = export.next_batch(pool, searcher).await? {
        sheet.append(&rows)?;
    }
    Ok(tokio::task::spawn_blocking(move || sheet.finish())
        .await
        .map_err(|e| rust_xlsxwriter::XlsxError::ParameterError(e.to_string()))??)
}

/// A whole export as bytes (for `ketnoi export`); the search list needs `searcher`.
pub async fn render(
    pool: &Db,
    searcher: Option<&Searcher>,
    list: List,
    query: &ListQuery,
    lang: Lang,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    let mut export = Export::new(list, query, lang);
    let headers = export.headers(pool).await?;
    match format {
        Format::Xlsx => xlsx(pool, searcher, export, &headers).await,
        Format::Csv => {
            let mut out = BOM.to_vec();
            out.extend(csv_rows(&[headers.into_iter().map(Cell::Text).collect()])?);
            while let Some(rows) = export.next_batch(pool, searcher).await? {
                out.extend(csv_rows(&rows)?);
            }
            Ok(out)
        }
    }
}
