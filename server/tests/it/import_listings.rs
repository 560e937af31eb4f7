//! Bulk import of technology offers and research outputs: the publishing form's own checks per
//! row (owner kind, TRL, IP, cooperation types, year, DOI, linked offers), nothing written while
//! one row fails, the whole file live and searchable once it passes, duplicate titles and DOIs
//! reported, and each template's example row failing only on its made-up organisation.

use crate::import::{admin, check, commit, problems};
use crate::support::{TestApp, spawn};
use app::backend::db::Db;
use app::backend::db::sql;
use serde_json::Value;
use std::time::{Duration, Instant};

fn csv(header: &str, rows: &[String]) -> Vec<u8> {
    let mut s = format!("\u{feff}{header}");
    for r in rows {
        s.push_str("\r\n");
        s.push_str(r);
    }
    s.into_bytes()
}

/// `sql` counts rows.
async fn count(pool: &Db, sql: &'static str) -> i64 {
    sql::query_scalar(sql).fetch_one(pool).await.expect("count")
}

const OFFERS: &str = "SELECT COUNT(*) FROM technology_offers";
const OUTPUTS: &str = "SELECT COUNT(*) FROM research_outputs";

async fn slug_of(pool: &Db, kind: &str) -> String {
    sql::query_scalar("SELECT slug FROM organizations WHERE kind = $1 ORDER BY id LIMIT 1")
        .bind(kind)
        .fetch_one(pool)
        .await
        .expect("an organisation of the kind")
}

/// (row, column) of every problem of a report.
fn cells(report: &Value) -> Vec<(u64, String)> {
    problems(report).into_iter().map(|(r, c, _)| (r, c)).collect()
}

/// Waits until the open-data search finds `q` (the index follows the outbox).
async fn searchable(app: &TestApp, q: &str) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (_, body) = app.json(&format!("/api/v1/search?q={q}")).await;
        if body["totalHits"].as_u64().unwrap_or(0) >= 1 {
            return;
        }
        assert!(Instant::now() < deadline, "{q} never reached search: {body}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

// Vietnamese and English headers mixed, as people copy them.
const OFFER_HEADER: &str = "Tổ chức,Tên công nghệ,Tóm tắt,Problem solved,Ưu điểm,Ứng dụng,TRL (1–9),Tình trạng sở hữu trí tuệ,IP number,Giá chào (đồng),Giá thỏa thuận,Lĩnh vực,Hình thức hợp tác";

fn offer_row(org: &str, title: &str, trl: &str, coop: &str) -> String {
    format!(
        "{org},{title},Buồng sấy kết hợp bơm nhiệt,Phơi nắng phụ thuộc thời tiết,Tiết kiệm điện,Hợp tác xã sấy gạo,{trl},Giải pháp hữu ích,2-0004567,350.000.000,Không,Nông nghiệp công nghệ cao,\"{coop}\""
    )
}

#[tokio::test]
async fn offers_with_one_bad_row_write_nothing_then_go_live_whole() {
    let app = spawn().await;
    let pool = app.pool().await;
    let b = admin(&app).await;
    let institute = slug_of(&pool, "institute").await;
    let investor = slug_of(&pool, "investor").await;
    let before = count(&pool, OFFERS).await;
    let good = [
        offer_row(&institute, "Máy sấy Zorvantic năng lượng mặt trời", "7", "Li-xăng; Dịch vụ kỹ thuật"),
        offer_row(&institute, "Cảm biến Qelmarin đo độ mặn", "5", "licence"),
    ];
    // an investor may not offer technology; TRL 12 does not exist; "Cho thuê" is no cooperation type
    let bad = offer_row(&investor, "Công nghệ Vorpalix", "12", "Cho thuê");
    let rows = [good[0].clone(), good[1].clone(), bad];
    let (token, v) = check(&b, "offers", "chao-ban.csv", csv(OFFER_HEADER, &rows)).await;
    let report = &v["report"];
    assert_eq!(
        (report["rows"].as_u64(), report["valid"].as_u64(), report["invalid"].as_u64()),
        (Some(3), Some(2), Some(1))
    );
    let found = cells(report);
    for cell in ["Tổ chức", "TRL (1–9)", "Hình thức hợp tác"] {
        assert!(found.contains(&(4, cell.to_string())), "{cell} on row 4: {found:?}");
    }
    assert!(found.iter().all(|(r, _)| *r == 4), "rows 2 and 3 pass: {found:?}");
    let after = commit(&b, &token).await;
    assert!(after["report"]["imported"].is_null());
    assert_eq!(count(&pool, OFFERS).await, before, "nothing written");

    let (token, v) = check(&b, "offers", "chao-ban.csv", csv(OFFER_HEADER, &good)).await;
    assert_eq!(v["report"]["valid"], 2, "{v}");
    let done = commit(&b, &token).await;
    assert_eq!(done["report"]["imported"], 2, "{done}");
    assert_eq!(count(&pool, OFFERS).await, before + 2);
    type Row = (String, String, i64, String, Option<String>, bool, Option<i64>, bool);
    let (slug, status, trl, ip, ip_number, a_year, price, negotiable): Row = sql::query_as(
        "SELECT slug, status, trl, ip_status, ip_number,
                expires_at > $1, price_vnd, price_negotiable
           FROM technology_offers WHERE title_vi = 'Máy sấy Zorvantic năng lượng mặt trời'",
    )
    .bind(crate::support::utc_time(360 * 24))
    .fetch_one(&pool)
    .await
    .expect("imported offer");
    assert_eq!(
        (status.as_str(), trl, ip.as_str(), ip_number.as_deref(), price, negotiable),
        ("published", 7, "utility_solution", Some("2-0004567"), Some(350_000_000), false)
    );
    assert!(a_year, "live for twelve months");
    let coop: Vec<String> =
        sql::query_scalar("SELECT coop_type FROM offer_cooperation c JOIN technology_offers t ON t.id = c.offer_id WHERE t.slug = $1 ORDER BY 1")
            .bind(&slug)
            .fetch_all(&pool)
            .await
            .expect("cooperation");
    assert_eq!(coop, vec!["licence", "technical_service"]);
    let audits: (i64, i64) = sql::query_as(
        "SELECT SUM(CASE WHEN action = 'import.offers' THEN 1 ELSE 0 END), SUM(CASE WHEN action = 'offer.create' THEN 1 ELSE 0 END) FROM audit_log WHERE action IN ('import.offers', 'offer.create')",
    )
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!(audits, (1, 0), "one audit entry for the import");
    // live: its public page and search (without diacritics)
    let (status, html) = b.page(&format!("/offers/{slug}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Máy sấy Zorvantic"));
    searchable(&app, "may%20say%20zorvantic").await;

    // the same title of the same organisation again, and twice in one file
    let (_, v) = check(&b, "offers", "lai.csv", csv(OFFER_HEADER, &[good[0].clone()])).await;
    let p = problems(&v["report"]);
    assert!(p.iter().any(|(r, c, m)| *r == 2 && c == "Tên công nghệ" && m.contains("already")), "{p:?}");
    let twice = offer_row(&institute, "Bơm Xandrel tiết kiệm nước", "6", "Li-xăng");
    let (_, v) = check(&b, "offers", "hai-lan.csv", csv(OFFER_HEADER, &[twice.clone(), twice])).await;
    let p = problems(&v["report"]);
    assert!(p.iter().any(|(r, c, m)| *r == 3 && c == "Tên công nghệ" && m.ends_with("row 2.")), "{p:?}");
    assert_eq!(count(&pool, OFFERS).await, before + 2);
}

const RESEARCH_HEADER: &str = "Organisation,Tên công trình,Loại kết quả,Tác giả,Năm công bố,DOI,Patent number,Tóm tắt,Lĩnh vực,Tin chào bán liên quan (địa chỉ),Công bố quốc tế";

#[tokio::test]
async fn research_outputs_link_their_own_offers_and_refuse_repeated_dois() {
    let app = spawn().await;
    let pool = app.pool().await;
    let b = admin(&app).await;
    // an institute with an offer, and another organisation's offer
    let (org, own_offer): (String, String) = sql::query_as(
        "SELECT o.slug, t.slug FROM organizations o JOIN technology_offers t ON t.org_id = o.id
          WHERE o.kind IN ('institute', 'university', 'rnd_center') ORDER BY t.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("an institute's offer");
    let other_offer: String = sql::query_scalar(
        "SELECT t.slug FROM technology_offers t JOIN organizations o ON o.id = t.org_id WHERE o.slug <> $1 LIMIT 1",
    )
    .bind(&org)
    .fetch_one(&pool)
    .await
    .expect("another organisation's offer");
    let enterprise = slug_of(&pool, "enterprise").await;
    let before = count(&pool, OUTPUTS).await;
    let row = |org: &str, title: &str, kind: &str, year: &str, doi: &str, patent: &str, offer: &str| {
        format!(
            "{org},{title},{kind},Nguyễn Văn An; Trần Thị Bình,{year},{doi},{patent},Đánh giá 24 dòng lúa,Nông nghiệp công nghệ cao,{offer},Có"
        )
    };
    let rows = [
        row(&org, "Giống lúa Kestrova chịu mặn", "Bài báo khoa học", "2024", "10.1000/kestrova.1", "", &own_offer),
        row(&org, "Quy trình Mirelda ủ phân", "Sáng chế", "2023", "", "1-0034567", ""),
        // an enterprise publishes no research; a patent needs its number; a year to come;
        // another organisation's offer; the DOI of row 2
        row(&enterprise, "Bài báo Tolvane", "patent", "2099", "10.1000/KESTROVA.1", "", &other_offer),
    ];
    let (_, v) = check(&b, "research", "ket-qua.csv", csv(RESEARCH_HEADER, &rows)).await;
    let found = cells(&v["report"]);
    for cell in ["Organisation", "Năm công bố", "Patent number"] {
        assert!(found.contains(&(4, cell.to_string())), "{cell} on row 4: {found:?}");
    }
    assert!(found.iter().all(|(r, _)| *r == 4), "rows 2 and 3 pass: {found:?}");
    assert_eq!(count(&pool, OUTPUTS).await, before);

    // the other organisation's offer is refused even for the right owner; one DOI twice in a file
    let stray = row(&org, "Bài báo Tolvane", "paper", "2022", "", "", &other_offer);
    let same_doi = row(&org, "Bài báo Wystrel", "paper", "2022", "10.1000/KESTROVA.1", "", "");
    let (_, v) = check(&b, "research", "ket-qua.csv", csv(RESEARCH_HEADER, &[rows[0].clone(), stray, same_doi])).await;
    let p = problems(&v["report"]);
    assert!(p.iter().any(|(r, c, _)| *r == 3 && c == "Tin chào bán liên quan (địa chỉ)"), "{p:?}");
    assert!(p.iter().any(|(r, c, m)| *r == 4 && c == "DOI" && m.ends_with("row 2.")), "{p:?}");

    let (token, v) = check(&b, "research", "ket-qua.csv", csv(RESEARCH_HEADER, &rows[..2])).await;
    assert_eq!(v["report"]["valid"], 2, "{v}");
    let done = commit(&b, &token).await;
    assert_eq!(done["report"]["imported"], 2, "{done}");
    let (slug, status, international, linked): (String, String, bool, i64) = sql::query_as(
        "SELECT r.slug, r.status, r.international, (SELECT COUNT(*) FROM offer_research l WHERE l.research_id = r.id)
           FROM research_outputs r WHERE r.title_vi = 'Giống lúa Kestrova chịu mặn'",
    )
    .fetch_one(&pool)
    .await
    .expect("imported output");
    assert_eq!((status.as_str(), international, linked), ("published", true, 1));
    let (status, _) = b.page(&format!("/research/{slug}")).await;
    assert_eq!(status, 200);
    searchable(&app, "kestrova").await;
    // the DOI is now taken, whatever its case
    let again = row(&org, "Giống lúa khác", "paper", "2024", "10.1000/Kestrova.1", "", "");
    let (_, v) = check(&b, "research", "lai.csv", csv(RESEARCH_HEADER, &[again])).await;
    let p = problems(&v["report"]);
    assert!(p.iter().any(|(r, c, m)| *r == 2 && c == "DOI" && m.contains("Kestrova")), "{p:?}");
}

#[tokio::test]
async fn each_template_example_fails_only_on_its_made_up_organisation() {
    let app = spawn().await;
    let b = admin(&app).await;
    for entity in ["offers", "research"] {
        for format in ["csv", "xlsx"] {
            let bytes =
                b.get(&format!("/admin/import/template/{entity}.{format}")).await.bytes().await.expect("template");
            let (_, v) = check(&b, entity, &format!("mau.{format}"), bytes.to_vec()).await;
            let p = problems(&v["report"]);
            assert_eq!(p.len(), 1, "{entity}.{format}: {p:?}");
            assert_eq!((p[0].0, p[0].1.as_str()), (2, "Tổ chức*"), "{entity}.{format}");
            assert!(p[0].2.contains("No organisation"), "{p:?}");
        }
    }
}
