//! The plan's targets: derived counts follow the platform's data, an admin's entry changes the
//! dashboard's chart and keeps its history, bad entries and non-admins change nothing, and the
//! annual report reads as a page and as a valid XLSX.

use crate::browser::{Browser, location};
use crate::support::{TestApp, spawn};
use app::backend::db::Db;
use app::backend::db::sql;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

const ADMIN: &str = "demo.admin@example.com";
const MODERATOR: &str = "demo.moderator@example.com";
const PASSWORD: &str = "KetNoi-demo-2030";

fn this_year() -> i64 {
    app::backend::today()[..4].parse().expect("year")
}

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    b.sign_in(email, PASSWORD).await;
    b
}

/// The indicator `code` in `/api/v1/kpi`.
async fn api_indicator(app: &TestApp, code: &str) -> serde_json::Value {
    let (status, body) = app.json("/api/v1/kpi").await;
    assert_eq!(status, 200);
    body["hits"].as_array().expect("hits").iter().find(|h| h["code"] == code).cloned().expect("indicator in the API")
}

fn actual(indicator: &serde_json::Value, year: i64) -> Option<f64> {
    indicator["actuals"].as_array()?.iter().find(|a| a["year"] == year).and_then(|a| a["value"].as_f64())
}

/// The dashboard card of `code`, from its `<li>` to the next card.
fn card<'a>(html: &'a str, code: &str) -> &'a str {
    let start = html.find(&format!("data-code=\"{code}\"")).expect("card on the dashboard");
    let rest = &html[start..];
    let end = rest[1..].find("data-testid=\"kpi-card\"").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

/// The card's chart: the `<svg>` and its text-alternative table.
fn chart(html: &str, code: &str) -> String {
    let c = card(html, code);
    let start = c.find("<svg").expect("chart");
    let end = c.find("</figure>").expect("end of chart");
    c[start..end].to_string()
}

async fn counts(pool: &Db) -> (i64, i64, i64) {
    sql::query_as(
        "SELECT (SELECT count(*) FROM kpi_actuals), (SELECT count(*) FROM kpi_actual_history),
                (SELECT count(*) FROM audit_log WHERE entity_type = 'kpi')",
    )
    .fetch_one(pool)
    .await
    .expect("counts")
}

#[tokio::test]
async fn api_lists_the_fifteen_targets_and_counts_agreements_live() {
    let app = spawn().await;
    let pool = app.pool().await;
    let (status, body) = app.json("/api/v1/kpi").await;
    assert_eq!(status, 200);
    assert_eq!(body["totalHits"], 15);
    assert_eq!((body["page"].as_u64(), body["perPage"].as_u64()), (Some(1), Some(15)));
    let first = &body["hits"][0];
    for key in ["code", "name", "unit", "baseline", "target", "direction", "source", "actuals", "status", "perYear"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert!(first["name"]["vi"].is_string() && first["name"]["en"].is_string());

    let year = this_year();
    let signed: i64 = sql::query_scalar("SELECT count(*) FROM agreements WHERE substr(signed_on, 1, 4) = $1")
        .bind(year.to_string())
        .fetch_one(&pool)
        .await
        .expect("agreements");
    let before = api_indicator(&app, "products_commercialised").await;
    assert_eq!(before["source"], "derived");
    assert_eq!(actual(&before, year), Some(signed as f64), "#12 counts this year's agreements");
    let (_, page) = app.html("/kpi").await;
    let chart_before = chart(&page, "products_commercialised");

    // one more collaboration reaches a signed agreement today
    let request: i64 = sql::query_scalar(
        "SELECT id FROM collaboration_requests WHERE id NOT IN (SELECT request_id FROM agreements) ORDER BY id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a request without agreement");
    sql::query(
        "INSERT INTO agreements (request_id, agreement_type, value_vnd, signed_on, created_at)
         VALUES ($1, 'licence', 150000000, $2, $2)",
    )
    .bind(request)
    .bind(app::backend::today())
    .execute(&pool)
    .await
    .expect("agreement");

    let after = api_indicator(&app, "products_commercialised").await;
    assert_eq!(actual(&after, year), Some(signed as f64 + 1.0));
    let (_, page) = app.html("/kpi").await;
    let chart_after = chart(&page, "products_commercialised");
    assert_ne!(chart_before, chart_after);
    assert!(chart_after.contains(&format!("data-year=\"{year}\" data-value=\"{}\"", signed + 1)), "{chart_after}");
    // the indicator's page says how it is counted
    let (status, page) = app.html("/kpi/products_commercialised").await;
    assert_eq!(status, 200);
    assert!(page.contains("thỏa thuận hợp tác"), "method on the page");
}

#[tokio::test]
async fn derived_counts_follow_their_definitions() {
    let app = spawn().await;
    let pool = app.pool().await;
    let year = this_year();
    let y = year.to_string();
    let next = format!("{}-01-01", year + 1);
    let q = |sql: &'static str| {
        let pool = pool.clone();
        let (y, next) = (y.clone(), next.clone());
        async move { sql::query_scalar::<i64>(sql).bind(y).bind(next).fetch_one(&pool).await.expect(sql) as f64 }
    };
    let expected = [
        ("provincial_tasks", q("SELECT count(*) FROM challenges WHERE is_task_order = TRUE AND status <> 'draft' AND substr(published_at, 1, 4) = $1 AND $2 <> ''").await),
        ("patent_applications", q("SELECT count(*) FROM research_outputs WHERE output_type IN ('patent', 'utility_solution') AND CAST(year AS TEXT) = $1 AND $2 <> ''").await),
        ("incubators", q("SELECT count(*) FROM organizations WHERE kind IN ('incubator', 'innovation_space') AND verified = TRUE AND hidden = FALSE AND verified_at < $2 AND $1 <> ''").await),
        ("innovative_startups", q("SELECT count(*) FROM organizations WHERE kind = 'startup' AND verified = TRUE AND hidden = FALSE AND verified_at < $2 AND $1 <> ''").await),
    ];
    for (code, n) in expected {
        let ind = api_indicator(&app, code).await;
        assert_eq!(actual(&ind, year), Some(n), "{code}");
    }
    // verifying one more startup raises #11 by one
    let before = actual(&api_indicator(&app, "innovative_startups").await, year).expect("value");
    sql::query(
        "UPDATE organizations SET verified = TRUE, verified_at = $1
          WHERE id = (SELECT id FROM organizations WHERE kind = 'startup' AND verified = FALSE AND hidden = FALSE LIMIT 1)",
    )
    .bind(format!("{y}-03-01T08:00:00Z"))
    .execute(&pool)
    .await
    .expect("verify");
    assert_eq!(actual(&api_indicator(&app, "innovative_startups").await, year), Some(before + 1.0));
}

/// SQLite's plans name every table scan; PostgreSQL's planner rightly scans the small test
/// tables, so there the check is only that every derivation plans.
#[tokio::test]
async fn derived_queries_use_indexes() {
    let app = spawn().await;
    let pool = app.pool().await;
    if pool.engine() == app::backend::db::Engine::Postgres {
        for (code, sql) in app::backend::store::statements::kpi::derive::queries() {
            let plan: Vec<String> = sql::query_scalar(sqlx::AssertSqlSafe(format!("EXPLAIN {sql}")))
                .bind("2026-01-01")
                .bind("2027-01-01")
                .fetch_all(&pool)
                .await
                .unwrap_or_else(|e| panic!("{code} does not plan: {e}"));
            assert!(!plan.is_empty(), "{code}");
        }
        return;
    }
    for (code, sql) in app::backend::store::statements::kpi::derive::queries() {
        let plan: Vec<(i64, i64, i64, String)> =
            sql::query_as(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {sql}")))
                .bind("2026-01-01")
                .bind("2027-01-01")
                .fetch_all(&pool)
                .await
                .expect("plan");
        for (.., detail) in &plan {
            assert!(!detail.starts_with("SCAN "), "{code} scans a table: {plan:?}");
        }
    }
}

#[tokio::test]
async fn admin_entry_changes_the_chart_and_keeps_history() {
    let app = spawn().await;
    let pool = app.pool().await;
    let year = this_year();
    let (_, page) = app.html("/kpi").await;
    let before = chart(&page, "digital_workforce");

    let admin = signed_in(&app, ADMIN).await;
    let (status, form) = admin.page("/admin/kpi").await;
    assert_eq!(status, 200);
    assert!(form.contains("data-testid=\"kpi-entry-form\""));
    let y = year.to_string();
    let res = admin
        .post(
            "/admin/kpi",
            &[
                ("code", "digital_workforce"),
                ("year", &y),
                ("value", "3.456"),
                ("source", "Báo cáo của Sở Nội vụ số 12/BC-SNV"),
                ("note", "Số liệu sơ bộ"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), format!("/admin/kpi?code=digital_workforce&year={year}"));
    let stored: (f64, String, String) = sql::query_as(
        "SELECT value, source_note, note FROM kpi_actuals WHERE indicator_code = 'digital_workforce' AND year = $1",
    )
    .bind(year)
    .fetch_one(&pool)
    .await
    .expect("stored");
    assert_eq!(stored, (3456.0, "Báo cáo của Sở Nội vụ số 12/BC-SNV".into(), "Số liệu sơ bộ".into()));

    let (_, page) = app.html("/kpi").await;
    let after = chart(&page, "digital_workforce");
    assert_ne!(before, after, "the chart changed");
    assert!(after.contains(&format!("data-year=\"{year}\" data-value=\"3456\"")), "{after}");
    assert!(after.contains(&format!("{year}: 3.456 người")), "text alternative says the new value: {after}");

    // a second entry for the same year replaces the value; both stay in the history
    let res = admin
        .post(
            "/admin/kpi",
            &[
                ("code", "digital_workforce"),
                ("year", &y),
                ("value", "3500"),
                ("source", "Niên giám thống kê"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let history: Vec<(f64, String)> = sql::query_as(
        "SELECT value, source_note FROM kpi_actual_history WHERE indicator_code = 'digital_workforce' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .expect("history");
    assert_eq!(
        history,
        vec![(3456.0, "Báo cáo của Sở Nội vụ số 12/BC-SNV".into()), (3500.0, "Niên giám thống kê".into())]
    );
    let audit: Vec<(String, Option<String>)> = sql::query_as(
        "SELECT action, CAST(before_json AS TEXT) FROM audit_log WHERE entity_type = 'kpi' AND entity_id = $1 ORDER BY id",
    )
    .bind(format!("digital_workforce/{year}"))
    .fetch_all(&pool)
    .await
    .expect("audit");
    assert_eq!(audit.len(), 2);
    assert!(audit[1].1.as_deref().is_some_and(|b| b.contains("3456")), "the audit keeps the value before");

    // admins see the history on the indicator's page; the public sees the current source only
    let (_, admin_page) = admin.page("/kpi/digital_workforce").await;
    assert_eq!(admin_page.matches("data-testid=\"kpi-history-row\"").count(), 2);
    let (_, public_page) = app.html("/kpi/digital_workforce").await;
    assert!(!public_page.contains("kpi-history-row"));
    assert!(public_page.contains("Niên giám thống kê"));
}

#[tokio::test]
async fn bad_entries_are_refused_with_values_kept_and_nothing_changed() {
    let app = spawn().await;
    let pool = app.pool().await;
    let before = counts(&pool).await;
    let admin = signed_in(&app, ADMIN).await;
    let y = this_year().to_string();
    let res = admin
        .post(
            "/admin/kpi",
            &[
                ("code", "tfp_share_pct"),
                ("year", &y),
                ("value", "nhiều lắm"),
                ("source", " "),
                ("note", "ghi chú giữ lại"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/admin/kpi");
    let (_, page) = admin.page("/admin/kpi").await;
    assert!(page.contains("data-testid=\"error-summary\""));
    assert!(page.contains("Hãy nhập một số, ví dụ 12,5."), "number message in Vietnamese");
    assert!(page.contains("Vui lòng điền mục này."), "source is required");
    assert!(page.contains("value=\"nhiều lắm\""), "the typed value is kept");
    assert!(page.contains("ghi chú giữ lại"));

    // English, a derived target's plan year (the platform counts it), a rank that is no rank
    let res = admin
        .post("/admin/kpi", &[("code", "products_commercialised"), ("year", &y), ("value", "99"), ("source", "x")])
        .await;
    assert_eq!(location(&res), "/admin/kpi");
    let (_, page) = admin.page("/admin/kpi?lang=en").await;
    assert!(page.contains("Choose one of the options."), "derived year refused");
    let res =
        admin.post("/admin/kpi", &[("code", "pii_rank"), ("year", &y), ("value", "0,5"), ("source", "PII 2026")]).await;
    assert_eq!(location(&res), "/admin/kpi");
    let (_, page) = admin.page("/admin/kpi").await;
    assert!(page.contains("Enter a number, e.g. 12.5."));
    let res = admin.post("/admin/kpi", &[("code", "no_such"), ("year", "1999"), ("value", "1"), ("source", "x")]).await;
    assert_eq!(location(&res), "/admin/kpi");
    let (_, page) = admin.page("/admin/kpi").await;
    assert!(page.contains("Enter a valid year."));
    assert_eq!(counts(&pool).await, before, "nothing written");
}

#[tokio::test]
async fn only_admins_enter_figures() {
    let app = spawn().await;
    let pool = app.pool().await;
    let before = counts(&pool).await;
    let y = this_year().to_string();
    let form = [("code", "digital_workforce"), ("year", y.as_str()), ("value", "9999"), ("source", "x")];
    let anon = Browser::new(&app);
    assert_eq!(anon.post("/admin/kpi", &form).await.status().as_u16(), 401);
    assert_eq!(anon.get("/srv/admin_kpi").await.status().as_u16(), 401);
    let member_email: String =
        sql::query_scalar("SELECT email FROM users WHERE role = 'member' AND email LIKE 'demo.%' ORDER BY id LIMIT 1")
            .fetch_one(&pool)
            .await
            .expect("a demo member");
    for email in [MODERATOR, member_email.as_str()] {
        let b = signed_in(&app, email).await;
        assert_eq!(b.post("/admin/kpi", &form).await.status().as_u16(), 403, "{email}");
        assert_eq!(b.get("/srv/admin_kpi").await.status().as_u16(), 403, "{email}");
        let (_, page) = b.page("/kpi/digital_workforce").await;
        assert!(!page.contains("kpi-history"), "no history for {email}");
    }
    assert_eq!(counts(&pool).await, before, "nothing changed");
}

#[tokio::test]
async fn annual_report_page_and_xlsx() {
    let app = spawn().await;
    let year = this_year();
    let (status, page) = app.html(&format!("/kpi/report?year={year}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Báo cáo kết quả thực hiện các chỉ tiêu"));
    assert!(page.contains(&format!("Năm {year}")));
    assert_eq!(page.matches("data-testid=\"kpi-report-row\"").count(), 15);
    assert!(page.contains(&format!("/kpi/report.xlsx?year={year}&amp;lang=vi")));

    let res = app.get(&format!("/kpi/report.xlsx?year={year}")).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    let bytes = res.bytes().await.expect("body").to_vec();
    assert_eq!(&bytes[..2], b"PK", "a zip container");
    let mut wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a valid XLSX");
    let name = format!("Chỉ tiêu {year}");
    assert_eq!(wb.sheet_names(), vec![name.clone()]);
    let range = wb.worksheet_range(&name).expect("sheet");
    let rows: Vec<&[Data]> = range.rows().collect();
    let text = |d: &Data| d.to_string();
    assert!(text(&rows[0][0]).contains("Báo cáo kết quả thực hiện các chỉ tiêu"));
    let header = rows.iter().position(|r| text(&r[0]) == "STT").expect("header row");
    let heads: Vec<String> = rows[header].iter().map(text).collect();
    assert_eq!(&heads[1..4], &["Chỉ tiêu", "Đơn vị", "Mục tiêu 2030"]);
    assert_eq!(text(&rows[header + 1][5]), year.to_string(), "the report year's column");
    let data: Vec<&&[Data]> =
        rows[header + 2..].iter().take_while(|r| matches!(r[0], Data::Float(_) | Data::Int(_))).collect();
    assert_eq!(data.len(), 15);
    assert_eq!(
        data.iter().map(|r| text(&r[0])).collect::<Vec<_>>(),
        (1..=15).map(|n| n.to_string()).collect::<Vec<_>>()
    );

    // English workbook for ?lang=en
    let res = app.get(&format!("/kpi/report.xlsx?year={year}&lang=en")).await;
    let bytes = res.bytes().await.expect("body").to_vec();
    let wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a valid XLSX");
    assert_eq!(wb.sheet_names(), vec![format!("Targets {year}")]);
}

#[tokio::test]
async fn unknown_indicator_is_not_found() {
    let app = spawn().await;
    let (status, _) = app.html("/kpi/no-such-target").await;
    assert_eq!(status, 404);
}
