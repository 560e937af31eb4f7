//! Feedback on suggestions through the real router, on data the test builds: a member marks a
//! suggestion "not relevant" and it never comes back for the organisation; anyone else is
//! refused; openings and requests that follow a suggestion are counted, and the
//! administrators' matching-quality table shows them.

use crate::browser::{Browser, location};
use crate::builders::{Listing, Org, challenge, offer, org, request, staff, user};
use crate::support::spawn_empty;
use app::backend::db::{Db, sql};
use app::domain::account::MemberRole;
use app::domain::kind::OrgKind;
use std::time::{Duration, Instant};

/// A sedge-mat workshop's challenge and two technologies that answer it, from two institutes,
/// among organisations that have nothing to do with it (so that the shared words are rare).
struct World {
    app: crate::support::TestApp,
    db: Db,
    workshop: Org,
    challenge: Listing,
    loom: Listing,
    dyeing: Listing,
    dyeing_org: Org,
}

async fn world() -> World {
    let app = spawn_empty().await;
    let db = app.pool().await;
    for _ in 0..6 {
        org(OrgKind::Enterprise).create(&db).await;
    }
    let workshop = org(OrgKind::Enterprise).name("Hợp tác xã dệt chiếu cói Kim Sơn").create(&db).await;
    let challenge = challenge(&workshop)
        .title("Nâng cao năng suất xưởng dệt chiếu cói")
        .with(|c| {
            c.problem_vi = "Xưởng dệt chiếu cói dệt tay chậm, sợi cói nhuộm màu bị phai sau vài tháng.".into();
            c.desired_result_vi = "Máy dệt chiếu cói bán tự động và quy trình nhuộm cói bền màu.".into();
        })
        .create(&db)
        .await;
    let mech = org(OrgKind::Institute).name("Viện Cơ điện nông nghiệp").create(&db).await;
    let loom = offer(&mech)
        .title("Máy dệt chiếu cói bán tự động")
        .with(|o| {
            o.summary_vi = "Máy dệt chiếu cói bán tự động, năng suất gấp bốn lần dệt tay.".into();
            o.applications_vi = "Xưởng dệt chiếu cói, làng nghề cói.".into();
        })
        .create(&db)
        .await;
    let dyeing_org = org(OrgKind::University).name("Trường Đại học Hoa Lư").create(&db).await;
    let dyeing = offer(&dyeing_org)
        .title("Quy trình nhuộm cói bền màu")
        .with(|o| {
            o.summary_vi = "Nhuộm sợi cói bằng màu tự nhiên, không phai sau hai năm.".into();
            o.applications_vi = "Sản phẩm chiếu cói, túi cói xuất khẩu.".into();
        })
        .create(&db)
        .await;
    World { app, db, workshop, challenge, loom, dyeing, dyeing_org }
}

/// A page once it suggests `item`, to a visitor or to a member (whose links are counted):
/// the indexer takes the new listings in within seconds.
async fn page_with(b: &Browser, path: &str, item: &Listing) -> String {
    let direct = format!("href=\"/offers/{}\"", item.slug);
    let counted = format!("target=offer%3A{}&", item.id);
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (status, html) = b.page(path).await;
        assert_eq!(status, 200, "{path}");
        if html.contains(&direct) || html.contains(&counted) {
            return html;
        }
        assert!(Instant::now() < deadline, "after 15 s, {path} does not suggest {:?}", item.title);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// "Không phù hợp" on a challenge's suggestion, as the card's form sends it.
async fn dismiss(b: &Browser, slug: &str, target: &str, next: &str) -> reqwest::Response {
    b.post("/match/dismiss", &[("kind", "challenge"), ("slug", slug), ("target", target), ("next", next)]).await
}

/// What is recorded for an organisation and a suggested item: times shown, dismissed at and
/// by, opened at, requested at.
async fn feedback(
    db: &Db,
    org: i64,
    target: &str,
) -> Option<(i64, Option<String>, Option<i64>, Option<String>, Option<String>)> {
    sql::query_as(
        "SELECT times_shown, dismissed_at, dismissed_by, opened_at, requested_at FROM match_feedback
          WHERE org_id = $1 AND target = $2",
    )
    .bind(org)
    .bind(target)
    .fetch_optional(db)
    .await
    .expect("feedback row")
}

#[tokio::test]
async fn a_dismissed_suggestion_never_comes_back_and_only_members_may_dismiss() {
    let w = world().await;
    let path = format!("/challenges/{}", w.challenge.slug);
    let loom_key = format!("offer:{}", w.loom.id);
    let slug = w.challenge.slug.as_str();
    // a visitor sees the suggestions, plain links, no feedback
    let visitor = Browser::new(&w.app);
    let html = page_with(&visitor, &path, &w.loom).await;
    assert!(html.contains(&format!("href=\"/offers/{}\"", w.loom.slug)), "a visitor's link is direct");
    assert!(!html.contains("data-testid=\"dismiss\""), "a visitor cannot dismiss");
    assert!(feedback(&w.db, w.workshop.id, &loom_key).await.is_none(), "a visitor's view is not counted");

    // signed out, and a member of another organisation: refused, nothing recorded
    assert_eq!(dismiss(&visitor, slug, &loom_key, &path).await.status().as_u16(), 401);
    let outsider = w.dyeing_org.owner.browser(&w.app).await;
    assert_eq!(dismiss(&outsider, slug, &loom_key, &path).await.status().as_u16(), 403);
    assert!(feedback(&w.db, w.workshop.id, &loom_key).await.is_none());

    // a member (not the owner) sees the feedback controls; the showing is counted
    let colleague = user().member_of(&w.workshop, MemberRole::Editor).create(&w.db).await;
    let member = colleague.browser(&w.app).await;
    let html = page_with(&member, &path, &w.loom).await;
    assert!(html.contains("data-testid=\"dismiss\""), "a member can dismiss");
    assert!(html.contains("rel=\"external\" href=\"/match/open?kind=challenge"), "a member's link is counted");
    let (shown, dismissed, ..) = feedback(&w.db, w.workshop.id, &loom_key).await.expect("the showing is counted");
    assert!(shown >= 1 && dismissed.is_none());

    // malformed targets are refused, and so is an unknown subject
    for bad in ["offer:x", "research:1", "nothing", ""] {
        assert_eq!(dismiss(&member, slug, bad, &path).await.status().as_u16(), 400, "target {bad:?}");
    }
    assert_eq!(dismiss(&member, "khong-co", &loom_key, &path).await.status().as_u16(), 404);

    // the member dismisses the loom: back on the page, it is gone; the other answer stays
    let res = dismiss(&member, slug, &loom_key, &path).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), format!("{path}#suggestions-h"));
    let (_, after) = member.page(&path).await;
    assert!(!after.contains(&format!("target=offer%3A{}&", w.loom.id)), "the dismissed suggestion is still shown");
    assert!(after.contains(&format!("target=offer%3A{}&", w.dyeing.id)), "the other suggestion went too");
    let (_, dismissed, by, ..) = feedback(&w.db, w.workshop.id, &loom_key).await.expect("row");
    assert!(dismissed.is_some());
    assert_eq!(by, Some(colleague.id));
    // for everybody reading the organisation's challenge, not only the one who dismissed it
    let (_, public) = visitor.page(&path).await;
    assert!(!public.contains(&format!("href=\"/offers/{}\"", w.loom.slug)));
    // dismissing twice keeps the first record
    let owner = w.workshop.owner.browser(&w.app).await;
    assert_eq!(dismiss(&owner, slug, &loom_key, &path).await.status().as_u16(), 303);
    let (_, _, by, ..) = feedback(&w.db, w.workshop.id, &loom_key).await.expect("row");
    assert_eq!(by, Some(colleague.id));
}

#[tokio::test]
async fn openings_and_requests_are_counted_for_the_quality_table() {
    let w = world().await;
    let path = format!("/challenges/{}", w.challenge.slug);
    let dyeing_key = format!("offer:{}", w.dyeing.id);
    let owner = w.workshop.owner.browser(&w.app).await;
    page_with(&owner, &path, &w.dyeing).await;

    // the counted link goes on to the suggested page, on this site only
    let to = format!("/offers/{}", w.dyeing.slug);
    let open = format!(
        "/match/open?kind=challenge&slug={}&target={dyeing_key}&to={}",
        w.challenge.slug,
        to.replace('/', "%2F")
    );
    let res = owner.get(&open).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), to);
    let (_, _, _, opened, _) = feedback(&w.db, w.workshop.id, &dyeing_key).await.expect("row");
    assert!(opened.is_some(), "the opening is counted");
    let res = owner.get(&open.replace(&to.replace('/', "%2F"), "%2F%2Fevil.example")).await;
    assert_eq!(location(&res), "/account", "never a redirect off the site");
    // someone else's click goes on but counts nothing
    let other = w.dyeing_org.owner.browser(&w.app).await;
    assert_eq!(location(&other.get(&open).await), to);
    assert!(feedback(&w.db, w.dyeing_org.id, &dyeing_key).await.is_none());

    // a collaboration request to the suggested offer: the suggestion led to a request
    request(&w.workshop, &w.dyeing_org).offer(&w.dyeing).create(&w.db).await;
    let (.., requested) = feedback(&w.db, w.workshop.id, &dyeing_key).await.expect("row");
    assert!(requested.is_some(), "the request is counted");

    // the administrators' table, beside the KPI entry
    let admin = staff(&w.db).await.browser(&w.app).await;
    let (status, html) = admin.page("/admin/kpi").await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"match-quality\""), "no quality table");
    let (shown, opened, requested): (i64, i64, i64) = sql::query_as(
        "SELECT count(CASE WHEN times_shown > 0 THEN 1 END), count(opened_at), count(requested_at) FROM match_feedback",
    )
    .fetch_one(&w.db)
    .await
    .expect("counts");
    assert!(shown >= 2 && opened == 1 && requested == 1, "{shown} {opened} {requested}");
    let row = html.split("data-testid=\"match-quality-row\"").nth(1).expect("a month's row").replace("<!>", "");
    let row = row.split("</tr>").next().unwrap_or_default();
    assert!(row.contains(&format!("<td>{shown}</td><td>1 (")), "shown and opened in {row}");
    // a member of an organisation is not an administrator: the page refuses, no table
    let (_, refused) = owner.page("/admin/kpi").await;
    assert!(refused.contains("Không có quyền truy cập") && !refused.contains("data-testid=\"match-quality\""));
}
