//! Bulk import through `/admin/import`: a file with one bad row writes nothing and its report
//! names the row and column (CSV and XLSX); a clean file lands whole and is found by search
//! and on its directory; duplicates within the file and against the database are reported;
//! non-admins and signed-out clients are refused with nothing written; cells are escaped.

use crate::browser::{Browser, DEMO_PASSWORD, location};
use crate::support::{TestApp, spawn};
use app::backend::db::Db;
use app::backend::db::sql;
use reqwest::multipart::{Form, Part};
use serde_json::Value;
use std::time::{Duration, Instant};

const HEADER: &str = "Tên (tiếng Việt)*,Loại hình*,Giới thiệu ngắn*,Lĩnh vực,Trang web,Mã số thuế,Giai đoạn (khởi nghiệp),Quy mô (doanh nghiệp)";

pub(crate) async fn admin(app: &TestApp) -> Browser {
    let b = Browser::new(app);
    b.sign_in("demo.admin@example.com", DEMO_PASSWORD).await;
    b
}

/// Uploads `bytes` as `name`, to be imported as `entity`.
pub(crate) async fn upload(b: &Browser, entity: &str, name: &str, bytes: Vec<u8>, skip: bool) -> reqwest::Response {
    let mut form =
        Form::new().text("entity", entity.to_string()).part("file", Part::bytes(bytes).file_name(name.to_string()));
    if skip {
        form = form.text("skip_duplicates", "1");
    }
    b.client
        .post(format!("{}/admin/import/check", b.base))
        .header("origin", &b.base)
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

/// Uploads a file for a check: the report's token and status.
pub(crate) async fn check(b: &Browser, entity: &str, name: &str, bytes: Vec<u8>) -> (String, Value) {
    let res = upload(b, entity, name, bytes, false).await;
    assert_eq!(res.status().as_u16(), 303);
    let to = location(&res);
    let token = to.strip_prefix("/admin/import?token=").expect("on to the report").to_string();
    (token.clone(), status(b, &token).await)
}

pub(crate) async fn status(b: &Browser, token: &str) -> Value {
    b.get(&format!("/srv/import_status?token={token}")).await.json().await.expect("report json")
}

pub(crate) async fn commit(b: &Browser, token: &str) -> Value {
    let res = b.post("/admin/import/commit", &[("token", token)]).await;
    assert_eq!(res.status().as_u16(), 303);
    status(b, token).await
}

async fn org_count(pool: &Db) -> i64 {
    sql::query_scalar("SELECT COUNT(*) FROM organizations").fetch_one(pool).await.expect("count")
}

fn csv(rows: &[&str]) -> Vec<u8> {
    let mut s = String::from("\u{feff}");
    s.push_str(HEADER);
    for r in rows {
        s.push_str("\r\n");
        s.push_str(r);
    }
    s.into_bytes()
}

pub(crate) fn problems(report: &Value) -> Vec<(u64, String, String)> {
    let mut out = Vec::new();
    for r in report["errors"].as_array().into_iter().flatten() {
        for p in r["problems"].as_array().into_iter().flatten() {
            out.push((
                r["row"].as_u64().unwrap_or(0),
                p["column"].as_str().unwrap_or("").into(),
                p["en"].as_str().unwrap_or("").into(),
            ));
        }
    }
    out
}

const GOOD_1: &str = "Công ty Zentravo Hoa Lư,Doanh nghiệp,Chế biến nông sản sạch,Nông nghiệp công nghệ cao,https://zentravo.example.vn,2700999001,,Nhỏ";
const GOOD_2: &str = "Khởi nghiệp Quirvane,startup,Ứng dụng du lịch thông minh,smart-tourism; digital-ai-iot,,,mvp,";
const BAD_WEB: &str = "Viện Plomvarix,Viện nghiên cứu,Nghiên cứu vật liệu,,không-phải-web,,,";

#[tokio::test]
async fn one_bad_row_in_a_csv_writes_nothing_and_is_reported() {
    let app = spawn().await;
    let pool = app.pool().await;
    let b = admin(&app).await;
    let before = org_count(&pool).await;
    let (token, v) = check(&b, "orgs", "to-chuc.csv", csv(&[GOOD_1, GOOD_2, BAD_WEB])).await;
    let report = &v["report"];
    assert_eq!(report["rows"], 3);
    assert_eq!(report["valid"], 2);
    assert_eq!(report["invalid"], 1);
    let p = problems(report);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].0, p[0].1.as_str()), (4, "Trang web"));
    assert!(p[0].2.contains("http"), "{p:?}");
    // pressing Import anyway (a replayed form) writes nothing either
    let after = commit(&b, &token).await;
    assert!(after["report"]["imported"].is_null());
    assert_eq!(org_count(&pool).await, before);
    let (status, html) = b.page(&format!("/admin/import?token={token}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"import-has-errors\""));
    assert!(!html.contains("data-testid=\"import-commit\""), "no Import button for a failing file");
}

#[tokio::test]
async fn one_bad_row_in_an_xlsx_writes_nothing_and_is_reported() {
    let app = spawn().await;
    let pool = app.pool().await;
    let b = admin(&app).await;
    let before = org_count(&pool).await;
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Name (Vietnamese)", "Kind", "Short description", "Founded", "Stage (startups)"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("import");
    }
    let rows: [(&str, &str, &str, f64, &str); 3] = [
        ("Khởi nghiệp Vexmora", "Startup", "Nền tảng IoT", 2021.0, "Idea"),
        ("Khởi nghiệp Drumvell", "startup", "Truy xuất nguồn gốc", 2022.0, ""),
        ("Doanh nghiệp Trellix Kim Sơn", "Enterprise", "Cơ khí", 1890.0, ""),
    ];
    for (i, (name, kind, short, year, stage)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, *name).expect("import");
        sheet.write_string(r, 1, *kind).expect("import");
        sheet.write_string(r, 2, *short).expect("import");
        sheet.write_number(r, 3, *year).expect("import");
        sheet.write_string(r, 4, *stage).expect("import");
    }
    let bytes = book.save_to_buffer().expect("import");
    let (_, v) = check(&b, "orgs", "orgs.xlsx", bytes).await;
    let p = problems(&v["report"]);
    // row 3: a startup without a stage; row 4: a year before 1900 and an enterprise without a size
    let cells: Vec<(u64, &str)> = p.iter().map(|(r, c, _)| (*r, c.as_str())).collect();
    assert!(cells.contains(&(3, "Stage (startups)")), "{p:?}");
    assert!(cells.contains(&(4, "Founded")), "{p:?}");
    assert!(cells.contains(&(4, "Quy mô (doanh nghiệp)")), "{p:?}");
    assert!(!cells.iter().any(|(r, _)| *r == 2), "row 2 is fine: {p:?}");
    assert_eq!(v["report"]["valid"], 1);
    assert_eq!(org_count(&pool).await, before);
}

#[tokio::test]
async fn a_clean_file_is_imported_whole_and_found() {
    let app = spawn().await;
    let pool = app.pool().await;
    let b = admin(&app).await;
    let before = org_count(&pool).await;
    let (token, v) = check(&b, "orgs", "to-chuc.csv", csv(&[GOOD_1, GOOD_2])).await;
    assert_eq!(v["report"]["valid"], 2, "{v}");
    assert_eq!(v["pending"], true);
    let (_, html) = b.page(&format!("/admin/import?token={token}")).await;
    assert!(html.contains("data-testid=\"import-commit\""));
    assert_eq!(org_count(&pool).await, before, "a check writes nothing");

    let done = commit(&b, &token).await;
    assert_eq!(done["report"]["imported"], 2, "{done}");
    assert_eq!(org_count(&pool).await, before + 2);
    let (verified, sample, tax, stage): (bool, bool, Option<String>, Option<String>) = sql::query_as(
        "SELECT o.verified, o.sample, o.tax_code, sp.stage FROM organizations o
         LEFT JOIN startup_profiles sp ON sp.org_id = o.id WHERE o.name_vi = 'Khởi nghiệp Quirvane'",
    )
    .fetch_one(&pool)
    .await
    .expect("imported startup");
    assert_eq!((verified, sample, tax, stage.as_deref()), (false, false, None, Some("mvp")));
    let sectors: Vec<String> = sql::query_scalar(
        "SELECT sector_code FROM org_sectors s JOIN organizations o ON o.id = s.org_id WHERE o.name_vi = 'Công ty Zentravo Hoa Lư'",
    )
    .fetch_all(&pool)
    .await
    .expect("import");
    assert_eq!(sectors, vec!["high-tech-agriculture"]);
    let audit: i64 = sql::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'import.orgs'")
        .fetch_one(&pool)
        .await
        .expect("import");
    assert_eq!(audit, 1);
    // the same file cannot be imported twice
    let again = commit(&b, &token).await;
    assert_eq!(again["pending"], false);
    assert_eq!(org_count(&pool).await, before + 2);

    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (_, body) = app.json("/api/v1/search?q=quirvane").await;
        if body["totalHits"].as_u64() == Some(1) {
            break;
        }
        assert!(Instant::now() < deadline, "the imported startup never reached search: {body}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, html) = b.page("/startups?q=quirvane").await;
    assert_eq!(status, 200);
    assert!(html.contains("Khởi nghiệp Quirvane"));
}

#[tokio::test]
async fn duplicates_within_the_file_and_against_the_database_are_reported() {
    let app = spawn().await;
    let pool = app.pool().await;
    let b = admin(&app).await;
    let existing: String = sql::query_scalar("SELECT name_vi FROM organizations ORDER BY id LIMIT 1")
        .fetch_one(&pool)
        .await
        .expect("import");
    let dup_db = format!("\"{}\",Doanh nghiệp,Trùng tên,,,,,Vừa", existing.to_uppercase());
    let again_tax = "Công ty Khác Hẳn,Doanh nghiệp,Cùng mã số thuế,,,2700999001,,Lớn";
    let before = org_count(&pool).await;
    let (_, v) = check(&b, "orgs", "dup.csv", csv(&[GOOD_1, &dup_db, again_tax])).await;
    let p = problems(&v["report"]);
    assert!(p.iter().any(|(r, c, m)| *r == 3 && c == "Tên (tiếng Việt)*" && m.contains(&existing)), "{p:?}");
    assert!(p.iter().any(|(r, c, m)| *r == 4 && c == "Mã số thuế" && m.ends_with("row 2.")), "{p:?}");
    assert_eq!(org_count(&pool).await, before);

    // with "skip duplicates", the row matching the database is left out; the file's own
    // duplicate still fails
    let res = upload(&b, "orgs", "dup.csv", csv(&[GOOD_1, &dup_db]), true).await;
    let token = location(&res).rsplit('=').next().expect("import").to_string();
    let v = commit(&b, &token).await;
    assert_eq!(v["report"]["skipped"], serde_json::json!([3]), "{v}");
    assert_eq!(v["report"]["imported"], 1);
    assert_eq!(org_count(&pool).await, before + 1);
}

#[tokio::test]
async fn only_admins_import_and_cells_are_escaped() {
    let app = spawn().await;
    let pool = app.pool().await;
    let before = org_count(&pool).await;
    let anon = Browser::new(&app);
    assert_eq!(upload(&anon, "orgs", "a.csv", csv(&[GOOD_1]), false).await.status().as_u16(), 401);
    assert_eq!(anon.get("/admin/import/template/orgs.csv").await.status().as_u16(), 401);
    let member_email: String = sql::query_scalar("SELECT email FROM users WHERE role = 'member' ORDER BY id LIMIT 1")
        .fetch_one(&pool)
        .await
        .expect("import");
    let member = Browser::new(&app);
    member.sign_in(&member_email, DEMO_PASSWORD).await;
    assert_eq!(upload(&member, "orgs", "a.csv", csv(&[GOOD_1]), false).await.status().as_u16(), 403);
    assert_eq!(member.post("/admin/import/commit", &[("token", "x")]).await.status().as_u16(), 403);
    let kept: i64 = sql::query_scalar("SELECT COUNT(*) FROM import_uploads").fetch_one(&pool).await.expect("import");
    assert_eq!((kept, org_count(&pool).await), (0, before));

    let b = admin(&app).await;
    let evil = "<script>alert(1)</script>,<img src=x onerror=alert(2)>,x,,,,,";
    let (token, v) = check(&b, "orgs", "<b>evil</b>.csv", csv(&[evil])).await;
    assert_eq!(v["report"]["invalid"], 1);
    let (_, html) = b.page(&format!("/admin/import?token={token}")).await;
    assert!(!html.contains("<script>alert(1)") && !html.contains("<img src=x"), "cells are escaped");
    assert!(!html.contains("<b>evil</b>"));
    // nobody else reads the report
    let other = Browser::new(&app);
    let res = other.get(&format!("/srv/import_status?token={token}")).await;
    assert_eq!(res.status().as_u16(), 401);
    assert!(!res.text().await.expect("import").contains("script"));
}

#[tokio::test]
async fn unreadable_files_are_refused_clearly() {
    let app = spawn().await;
    let b = admin(&app).await;
    let latin1 = b"T\xean,Lo\xe0i\r\nA,B\r\n".to_vec();
    let (_, v) = check(&b, "orgs", "latin1.csv", latin1).await;
    assert!(v["report"]["file_problem"]["en"].as_str().expect("import").contains("UTF-8"), "{v}");
    let (_, v) = check(&b, "orgs", "notes.txt", b"hello".to_vec()).await;
    assert!(v["report"]["file_problem"]["en"].as_str().expect("import").contains("CSV"), "{v}");
    let (_, v) = check(&b, "orgs", "missing.csv", "Tên,Ghi chú\r\nA,B\r\n".as_bytes().to_vec()).await;
    let p = problems(&v["report"]);
    assert!(p.iter().any(|(r, c, m)| *r == 1 && c == "Loại hình" && m.contains("missing")), "{p:?}");
    // the template is a valid file for the importer: its example row passes
    let template = b.get("/admin/import/template/orgs.xlsx").await.bytes().await.expect("import").to_vec();
    assert!(template.starts_with(b"PK"));
    let (_, v) = check(&b, "orgs", "orgs-template.xlsx", template).await;
    assert_eq!(v["report"]["valid"], 1, "{v}");
}
