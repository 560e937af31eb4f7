//! The owner's board: step-by-step moves, acceptance recording the incubator, the reviewers'
//! rubric, and who may see and move applications.

use super::{move_to, pipeline_snapshot, signed_in, spawn_cast, submit, told};
use crate::browser::{Browser, location};
use crate::builders::{application, org, programme as build_programme, user};
use crate::support::audit_rows;
use app::backend::db::Db;
use app::backend::store::statements::{applications, pipeline as board, search_outbox};
use app::domain::account::PlatformRole;
use app::domain::kind::OrgKind;
use app::domain::programmes::ApplicationState;
use app::domain::programmes::ReviewView;

#[tokio::test]
async fn the_pipeline_moves_step_by_step_and_acceptance_records_the_incubator() {
    let (app, pool, c) = spawn_cast().await;
    let programme = c.slug().to_string();
    let id = submit(&app, &pool, &c).await;
    let b = signed_in(&app, &c.hub.owner).await;
    let (status, html) = b.page(&format!("/programmes/{programme}/applications")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"column-submitted\"") && html.contains("data-testid=\"board-card\""));

    // skipping ahead and unknown states are refused with nothing changed
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    for to in ["accepted", "interview", "draft", "bogus"] {
        assert_eq!(move_to(&b, &programme, id, to).await.status().as_u16(), 303, "{to}");
    }
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before);
    let (_, html) = b.page(&format!("/programmes/{programme}/applications")).await;
    assert!(html.contains("Không thể chuyển hồ sơ sang bước này"));

    let queued = search_outbox::all(&pool).await.expect("outbox");
    let seq = queued.iter().map(|r| r.seq).max().unwrap_or(0);
    for to in ["screening", "interview", "accepted"] {
        let res = move_to(&b, &programme, id, to).await;
        assert_eq!(location(&res), format!("/programmes/{programme}/applications"));
        let notes = told(&pool, &c.startup.owner, &format!("application.{to}")).await;
        assert_eq!(notes.len(), 1, "the applicant is told of {to}");
    }
    let state = applications::state_of(&pool, c.programme.id, c.startup.id).await.expect("state");
    assert_eq!(state, Some(ApplicationState::Accepted));
    let detail = board::detail(&pool, c.programme.id, id, 0).await.expect("detail").expect("the application");
    let trail: Vec<&str> = detail.transitions.iter().map(|t| t.to.as_str()).collect();
    assert_eq!(trail, ["draft", "submitted", "screening", "interview", "accepted"]);
    let moves = audit_rows(&pool, "application.move").await;
    assert_eq!(moves.iter().filter(|r| r.action == "application.move" && r.entity_id == id.to_string()).count(), 3);
    let (_, profile) = app.json(&format!("/api/v1/organizations/{}", c.startup.slug)).await;
    assert_eq!(profile["profile"]["incubatedBy"]["slug"], c.hub.slug.as_str(), "{profile}");
    let (_, html) = app.html(&format!("/org/{}", c.startup.slug)).await;
    let rel = html.find("data-testid=\"rel-incubator\"").expect("incubator shown");
    assert!(html[rel..].contains(&c.hub.name), "the startup's page names the incubator");
    let doc = format!("org:{}", c.startup.id);
    let queued = search_outbox::all(&pool).await.expect("outbox");
    assert!(queued.iter().any(|r| r.seq > seq && r.doc == doc), "the startup is queued for reindexing");

    // final: no move out of accepted
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    move_to(&b, &programme, id, "rejected").await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before);
}

/// The reviews of application `id`, as the owner's reviewers read them.
async fn reviews(db: &Db, programme: i64, id: i64) -> Vec<ReviewView> {
    board::detail(db, programme, id, 0).await.expect("detail").expect("the application").reviews
}

#[tokio::test]
async fn reviewers_score_with_the_rubric_and_edit_their_own_review() {
    let (app, pool, c) = spawn_cast().await;
    let programme = c.slug().to_string();
    let id = submit(&app, &pool, &c).await;
    let b = signed_in(&app, &c.hub.owner).await;
    let url = format!("/programmes/{programme}/applications/{id}/review");
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;
    b.post(&url, &[("team", "7"), ("innovation", "4"), ("market", ""), ("feasibility", "3")]).await;
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before, "out-of-range score refused");
    let (_, html) = b.page(&format!("/programmes/{programme}/applications/{id}")).await;
    assert!(html.contains("Hãy chấm điểm từ 1 đến 5.") && html.contains("href=\"#f-market\""));

    let res = b
        .post(
            &url,
            &[("team", "5"), ("innovation", "4"), ("market", "4"), ("feasibility", "3"), ("comment", "Đội ngũ mạnh")],
        )
        .await;
    assert_eq!(location(&res), format!("/programmes/{programme}/applications/{id}"));
    let given = reviews(&pool, c.programme.id, id).await;
    assert_eq!(given.len(), 1);
    assert_eq!(
        (given[0].score, given[0].criteria.map(|c| c[0]), given[0].comment.as_str()),
        (4, Some(5), "Đội ngũ mạnh")
    );
    b.post(&url, &[("team", "2"), ("innovation", "2"), ("market", "2"), ("feasibility", "2"), ("comment", "Xem lại")])
        .await;
    let given = reviews(&pool, c.programme.id, id).await;
    assert_eq!(
        (given.len(), given[0].score, given[0].comment.as_str()),
        (1, 2, "Xem lại"),
        "one review per reviewer, replaced"
    );
    let (_, html) = b.page(&format!("/programmes/{programme}/applications")).await;
    assert!(html.contains("Điểm TB 2"), "the board shows the average");

    // the applicant sees neither score nor comment anywhere
    let s = signed_in(&app, &c.startup.owner).await;
    for page in [
        format!("/org/{}/applications", c.startup.slug),
        format!("/programmes/{programme}/apply?org={}", c.startup.slug),
    ] {
        let (_, html) = s.page(&page).await;
        assert!(!html.contains("Xem lại") && !html.contains("Điểm TB"), "{page}");
    }
}

#[tokio::test]
async fn only_the_owner_sees_and_moves_applications() {
    let (app, pool, c) = spawn_cast().await;
    let programme = c.slug().to_string();
    let id = submit(&app, &pool, &c).await;
    // another incubator's programme, with a submitted application of another startup
    let rival = org(OrgKind::Incubator).create(&pool).await;
    let elsewhere = build_programme(&rival).create(&pool).await;
    let applicant = org(OrgKind::Startup).create(&pool).await;
    let foreign = application(&pool, &elsewhere, &applicant, false).await;
    let outsider = org(OrgKind::Enterprise).create(&pool).await;
    let board_url = format!("/programmes/{programme}/applications");
    let detail = format!("{board_url}/{id}");
    let review = [("team", "1"), ("innovation", "1"), ("market", "1"), ("feasibility", "1")];
    let before = pipeline_snapshot(&app, &pool, &c, &[]).await;

    let anon = Browser::new(&app);
    assert_eq!(anon.page(&board_url).await.0, 401);
    assert_eq!(anon.page(&detail).await.0, 401);
    assert_eq!(move_to(&anon, &programme, id, "screening").await.status().as_u16(), 401);
    assert_eq!(anon.post(&format!("{detail}/review"), &review).await.status().as_u16(), 401);
    assert_eq!(
        anon.post(&format!("/programmes/{programme}/apply"), &[("org", &c.startup.slug)]).await.status().as_u16(),
        401
    );

    // the applicant: no board, no detail, no moves, no scores
    let s = signed_in(&app, &c.startup.owner).await;
    assert_eq!(s.page(&board_url).await.0, 403);
    assert_eq!(s.page(&detail).await.0, 403);
    assert_eq!(move_to(&s, &programme, id, "screening").await.status().as_u16(), 403);
    assert_eq!(s.post(&format!("{detail}/review"), &review).await.status().as_u16(), 403);

    // a member of an unrelated organisation
    let o = signed_in(&app, &outsider.owner).await;
    assert_eq!(o.page(&detail).await.0, 403);
    assert_eq!(move_to(&o, &programme, id, "screening").await.status().as_u16(), 403);
    // nor may they apply in the startup's name, nor the incubator (not an eligible kind)
    let apply = format!("/programmes/{programme}/apply");
    assert_eq!(o.post(&apply, &[("org", &c.startup.slug), ("action", "draft")]).await.status().as_u16(), 403);
    let b = signed_in(&app, &c.hub.owner).await;
    assert_eq!(b.post(&apply, &[("org", &c.hub.slug), ("action", "draft")]).await.status().as_u16(), 403);
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before, "every refusal left everything as it was");

    // an application id of another programme under this programme's address
    assert_eq!(b.page(&format!("{board_url}/{foreign}")).await.0, 404);
    assert_eq!(move_to(&b, &programme, foreign, "screening").await.status().as_u16(), 404);
    assert_eq!(pipeline_snapshot(&app, &pool, &c, &[]).await, before);

    // the owner's member and an admin see it
    assert_eq!(b.page(&detail).await.0, 200);
    let admin = user().role(PlatformRole::Admin).create(&pool).await;
    let a = signed_in(&app, &admin).await;
    let (status, html) = a.page(&board_url).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-testid=\"board-card\""));
}
