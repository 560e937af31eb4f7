//! Downloads: a public event's `.ics` file, and the attendee list as CSV or XLSX for its
//! organisers (headers in the viewer's language; times in Vietnam time).

use super::{organiser_of, public_event};
use crate::backend::ics::{self, IcsEvent};
use crate::backend::state::AppState;
use crate::backend::store::statements::event_manage::EventRef;
use crate::backend::store::statements::registrations;
use crate::backend::vn_time::parse_iso;
use crate::backend::web::{self, Failure, Viewing, WebResult};
use crate::domain::events::Attendee;
use crate::i18n::{Lang, events::status, format};
use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, header};

/// A file to save, not to show: its type and name, and no caching of per-user data.
fn attachment(body: Vec<u8>, content_type: &'static str, filename: &str, private: bool) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if private { web::private(res) } else { res }
}

pub async fn calendar(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(slug): Path<String>,
) -> WebResult {
    let ev = public_event(&state, &slug).await?;
    let (Some(starts), Some(ends)) = (parse_iso(&ev.starts_at), parse_iso(&ev.ends_at)) else {
        return Err(Failure::internal(format!("event {} has unreadable times", ev.id)));
    };
    let site = state.site_url();
    let host = url::Url::parse(&site).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
    let summary = lang.pick(&ev.title_vi, ev.title_en.as_deref());
    let description = ics::plain_text(lang.pick(&ev.description_vi, ev.description_en.as_deref()));
    let text = ics::calendar(&IcsEvent {
        uid: format!("event-{}@{host}", ev.id),
        summary,
        description: &description,
        location: &ev.venue,
        url: format!("{site}/events/{}", ev.slug),
        starts,
        ends,
        updated: crate::backend::vn_time::now(),
        cancelled: ev.cancelled,
    });
    Ok(attachment(text.into_bytes(), "text/calendar; charset=utf-8", &format!("{}.ics", ev.slug), false))
}

/// The export's rows: header, then one line per registration.
fn table(lang: Lang, rows: &[Attendee]) -> Vec<[String; 5]> {
    let s = lang.events();
    let mut out = vec![[s.col_name, s.col_email, s.col_org, s.col_status, s.col_registered_at].map(str::to_string)];
    out.extend(rows.iter().map(|a| {
        [
            a.name.clone(),
            a.email.clone(),
            a.org.clone().unwrap_or_default(),
            status(lang, a.status).to_string(),
            format::date_time(&a.registered_at),
        ]
    }));
    out
}

async fn rows(state: &AppState, ev: &EventRef) -> Result<Vec<Attendee>, Failure> {
    Ok(registrations::attendees(state.store.db(), ev.id).await?)
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is kept as text.
fn inert(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() }
}

pub async fn csv(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    Extension(lang): Extension<Lang>,
    Path(slug): Path<String>,
) -> WebResult {
    let (_, ev) = organiser_of(&state, viewer, lang, &slug).await?;
    let list = rows(&state, &ev).await?;
    // The byte-order mark makes Excel read the file as UTF-8 (diacritics intact).
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = ::csv::Writer::from_writer(&mut out);
        for row in table(lang, &list) {
            w.write_record(row.iter().map(|c| inert(c))).map_err(Failure::internal)?;
        }
        w.flush().map_err(Failure::internal)?;
    }
    Ok(attachment(out, "text/csv; charset=utf-8", &format!("{slug}-attendees.csv"), true))
}

pub async fn xlsx(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    Extension(lang): Extension<Lang>,
    Path(slug): Path<String>,
) -> WebResult {
    use rust_xlsxwriter::{Format, Workbook};
    let (_, ev) = organiser_of(&state, viewer, lang, &slug).await?;
    let list = rows(&state, &ev).await?;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    let written = (|| -> Result<(), rust_xlsxwriter::XlsxError> {
        sheet.set_name(lang.events().sheet_name)?;
        for (r, row) in table(lang, &list).iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                // Strings are written as strings: nothing a registrant typed becomes a formula.
                if r == 0 {
                    sheet.write_string_with_format(r, c, cell, &bold)?;
                } else {
                    sheet.write_string(r, c, cell)?;
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofit();
        Ok(())
    })();
    written.map_err(Failure::internal)?;
    let bytes = book.save_to_buffer().map_err(Failure::internal)?;
    Ok(attachment(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("{slug}-attendees.xlsx"),
        true,
    ))
}
