//! Downloads of lists: `/export/{list}.csv|xlsx` hold every row the page's filters match, in
//! the page's order, headers in the user's language, formulas neutralised, and nothing that
//! is not public (hidden organisations, draft offers).

use crate::support::{TestApp, spawn};
use app::backend::db::sql;
use calamine::{Data, Reader, Xlsx};
use serde_json::Value;
use std::io::Cursor;

async fn download(app: &TestApp, path: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let res = app.get(path).await;
    assert_eq!(res.status().as_u16(), 200, "{path}");
    let headers = res.headers().clone();
    (headers, res.bytes().await.expect("body").to_vec())
}

fn xlsx_rows(bytes: &[u8]) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a valid XLSX");
    let range = book.worksheet_range_at(0).expect("a sheet").expect("readable");
    range.rows().map(|r| r.to_vec()).collect()
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    // read back with the importer's own RFC 4180 reader (the `csv` crate)
    let sheet = app::backend::import::read::read(bytes, app::backend::import::SheetFormat::Csv).expect("valid CSV");
    std::iter::once(sheet.headers).chain(sheet.rows.into_iter().map(|(_, r)| r)).collect()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The most common sector among public startups.
async fn busy_sector(app: &TestApp) -> String {
    sql::query_scalar(
        "SELECT s.sector_code FROM org_sectors s JOIN organizations o ON o.id = s.org_id
         WHERE o.kind = 'startup' AND o.hidden = FALSE GROUP BY s.sector_code ORDER BY COUNT(*) DESC LIMIT 1",
    )
    .fetch_one(&app.pool().await)
    .await
    .expect("a sector")
}

#[tokio::test]
async fn xlsx_of_a_filtered_directory_matches_the_list() {
    let app = spawn().await;
    let sector = busy_sector(&app).await;
    let (_, api): (u16, Value) =
        app.json(&format!("/api/v1/organizations?kind=startup&sector={sector}&sort=newest&per_page=100")).await;
    let total = api["totalHits"].as_u64().expect("export");
    assert!(total > 3, "enough startups in {sector}");
    let (headers, bytes) = download(&app, &format!("/export/startups.xlsx?sector={sector}&sort=newest&page=2")).await;
    assert!(headers["content-type"].to_str().expect("export").contains("spreadsheetml"));
    let disposition = headers["content-disposition"].to_str().expect("export");
    assert!(
        disposition.starts_with("attachment; filename=\"startups-") && disposition.ends_with(".xlsx\""),
        "{disposition}"
    );
    assert!(bytes.starts_with(b"PK"));
    let rows = xlsx_rows(&bytes);
    assert_eq!(text(&rows[0][0]), "Tên");
    assert_eq!(text(&rows[0][2]), "Loại hình");
    assert_eq!(rows.len() as u64 - 1, total, "every matching row, not one page");
    let first = &api["hits"][0];
    assert_eq!(text(&rows[1][0]), first["name"]["vi"].as_str().expect("export"));
    assert_eq!(text(&rows[1][2]), "Khởi nghiệp");
    assert_eq!(text(&rows[1][11]), format!("/org/{}", first["slug"].as_str().expect("export")));
    // founded years are numbers, not text
    assert!(rows.iter().skip(1).any(|r| matches!(r[6], Data::Float(_) | Data::Int(_))), "numbers as numbers");
}

/// Browsers ask for compression: the streamed CSV arrives whole, gzip-compressed (a stream that
/// broke off at its end once made Chromium cancel the download).
#[tokio::test]
async fn a_compressed_csv_arrives_whole() {
    use std::io::Read;
    let app = spawn().await;
    let (_, plain) = download(&app, "/export/offers.csv").await;
    let res = reqwest::Client::new()
        .get(format!("{}/export/offers.csv", app.base))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("export");
    assert_eq!(res.headers()["content-encoding"], "gzip");
    let zipped = res.bytes().await.expect("the whole body");
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&zipped[..]).read_to_end(&mut unzipped).expect("valid gzip");
    assert_eq!(unzipped, plain);
}

#[tokio::test]
async fn csv_in_english_with_formulas_neutralised_and_nothing_private() {
    let app = spawn().await;
    let pool = app.pool().await;
    // a name a spreadsheet would run as a formula, on a public startup
    let (id, slug): (i64, String) = sql::query_as(
        "SELECT id, slug FROM organizations WHERE kind = 'startup' AND hidden = FALSE ORDER BY name_folded LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("export");
    sql::query("UPDATE organizations SET name_vi = '=HYPERLINK(\"http://evil.example\",\"x\")' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("export");
    let hidden: String = sql::query_scalar(
        "UPDATE organizations SET hidden = TRUE WHERE id = (SELECT id FROM organizations WHERE kind = 'startup' AND hidden = FALSE AND id <> $1 ORDER BY id DESC LIMIT 1) RETURNING slug",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("export");
    let (headers, bytes) = download(&app, "/export/startups.csv?lang=en").await;
    assert!(headers["content-type"].to_str().expect("export").starts_with("text/csv"));
    let rows = csv_rows(&bytes);
    assert_eq!(rows[0][0], "Name");
    assert_eq!(rows[0][11], "Page address");
    let evil = rows.iter().find(|r| r[11] == format!("/org/{slug}")).expect("the renamed startup");
    assert!(evil[0].starts_with("'=HYPERLINK"), "{evil:?}");
    assert!(!rows.iter().any(|r| r[11] == format!("/org/{hidden}")), "hidden organisations stay out");
    let (_, api) = app.json("/api/v1/organizations?kind=startup").await;
    assert_eq!(rows.len() as u64 - 1, api["totalHits"].as_u64().expect("export"));

    let (_, bytes) = download(&app, "/export/startups.xlsx").await;
    let rows = xlsx_rows(&bytes);
    let evil = rows.iter().find(|r| text(&r[11]) == format!("/org/{slug}")).expect("export");
    assert!(text(&evil[0]).starts_with("'="), "the XLSX cell is text with the guard");
}

#[tokio::test]
async fn offers_search_and_kpi_exports() {
    let app = spawn().await;
    let pool = app.pool().await;
    let draft: String = sql::query_scalar(
        "UPDATE technology_offers SET status = 'draft' WHERE id = (SELECT id FROM technology_offers WHERE status = 'published' ORDER BY id LIMIT 1) RETURNING slug",
    )
    .fetch_one(&pool)
    .await
    .expect("export");
    let (_, bytes) = download(&app, "/export/offers.csv").await;
    let rows = csv_rows(&bytes);
    let (_, api) = app.json("/api/v1/offers").await;
    assert_eq!(rows.len() as u64 - 1, api["totalHits"].as_u64().expect("export"));
    assert!(!rows.iter().any(|r| r.last() == Some(&format!("/offers/{draft}"))), "drafts stay out");

    let (_, api) = app.json("/api/v1/search?q=nong+nghiep").await;
    let (_, bytes) = download(&app, "/export/search.xlsx?q=nong+nghiep").await;
    let rows = xlsx_rows(&bytes);
    assert_eq!(rows.len() as u64 - 1, api["totalHits"].as_u64().expect("export").min(10_000));
    assert_eq!(text(&rows[1][9]), api["hits"][0]["url"].as_str().expect("export"));

    let (_, bytes) = download(&app, "/export/kpi.xlsx?lang=en").await;
    let rows = xlsx_rows(&bytes);
    assert_eq!(text(&rows[0][1]), "Indicator");
    assert_eq!(rows.len(), 16, "15 indicators and the header");
    assert!(matches!(rows[1][5], Data::Float(_)), "targets are numbers");
    assert!(text(&rows[0][8]).starts_with("Actual 20"), "a column per year");

    assert_eq!(app.get("/export/nothing.csv").await.status().as_u16(), 404);
    assert_eq!(app.get("/export/startups.pdf").await.status().as_u16(), 404);
}

#[tokio::test]
async fn list_pages_link_to_their_downloads() {
    let app = spawn().await;
    let (_, html) = app.html("/startups?sector=energy&page=2").await;
    assert!(html.contains("/export/startups.xlsx?sector=energy&amp;lang=vi"), "download keeps the filters");
    assert!(html.contains("Tải Excel") && html.contains("Tải CSV"));
}
