//! The builders write what the app would: every built thing shows where the public (or its
//! owner) would find it, and nothing else is in the database.

use super::{challenge, event, offer, org, programme, request, user};
use crate::support::spawn_empty;
use app::backend::store::statements::{collab, users};
use app::domain::account::{MemberRole, PlatformRole};
use app::domain::collab::CollabState;
use app::domain::kind::OrgKind;

#[tokio::test]
async fn an_empty_database_holds_reference_data_only() {
    let app = spawn_empty().await;
    for list in ["organizations", "offers", "challenges", "research", "programmes", "events"] {
        let (status, body) = app.json(&format!("/api/v1/{list}")).await;
        assert_eq!(status, 200, "{list}");
        assert_eq!(body["totalHits"], 0, "no {list}");
    }
    let (_, kpi) = app.json("/api/v1/kpi").await;
    assert!(kpi.is_object(), "the KPI answer works on an empty database: {kpi}");
}

#[tokio::test]
async fn built_things_are_where_the_public_and_their_members_find_them() {
    let app = spawn_empty().await;
    let db = app.pool().await;
    let institute = org(OrgKind::Institute).verified().create(&db).await;
    let incubator = org(OrgKind::Incubator).create(&db).await;
    let buyer = org(OrgKind::Enterprise).sectors(&["smart-tourism"]).create(&db).await;
    assert_ne!(institute.slug, buyer.slug);

    let (status, detail) = app.json(&format!("/api/v1/organizations/{}", institute.slug)).await;
    assert_eq!(status, 200);
    assert_eq!(detail["name"]["vi"], institute.name.as_str());
    assert_eq!(detail["verified"], true, "{detail}");
    let (_, detail) = app.json(&format!("/api/v1/organizations/{}", buyer.slug)).await;
    assert_eq!(detail["verified"], false);

    let live = offer(&institute).confidential("Giá sỉ 40 triệu").create(&db).await;
    let draft = offer(&institute).draft().create(&db).await;
    let open = challenge(&buyer).create(&db).await;
    let (status, _) = app.json(&format!("/api/v1/offers/{}", live.slug)).await;
    assert_eq!(status, 200, "a published offer is public");
    let (status, _) = app.json(&format!("/api/v1/offers/{}", draft.slug)).await;
    assert_eq!(status, 404, "a draft is not");
    let (status, _) = app.json(&format!("/api/v1/challenges/{}", open.slug)).await;
    assert_eq!(status, 200, "an approved challenge is open");

    let call = programme(&incubator).create(&db).await;
    let (status, body) = app.json(&format!("/api/v1/programmes/{}", call.slug)).await;
    assert_eq!(status, 200, "{body}");
    let talk = event(&institute).capacity(3).create(&db).await;
    let (status, body) = app.json(&format!("/api/v1/events/{}", talk.slug)).await;
    assert_eq!(status, 200, "{body}");
    let facts = body["facts"].as_array().expect("facts");
    assert!(facts.contains(&serde_json::json!(["fact_2", "3"])), "three places: {body}");

    let editor = user().member_of(&institute, MemberRole::Editor).create(&db).await;
    let admin = user().role(PlatformRole::Admin).create(&db).await;
    let viewer = users::viewer(&db, editor.id).await.expect("viewer").expect("active");
    assert_eq!(viewer.role_in(institute.id), Some(MemberRole::Editor));
    let viewer = users::viewer(&db, admin.id).await.expect("viewer").expect("active");
    assert!(viewer.role.is_admin());

    // closed ones first: an open request blocks another for the same offer
    for state in [CollabState::Declined, CollabState::Agreement, CollabState::Sent] {
        let id = request(&buyer, &institute).offer(&live).state(state).create(&db).await;
        let seen = users::viewer(&db, buyer.owner.id).await.expect("viewer").expect("active");
        let view = collab::view(&db, &seen, id).await.expect("view").expect("the sender sees it");
        assert_eq!(view.state, state);
    }
    let b = editor.browser(&app).await;
    let (status, _) = b.page(&format!("/org/{}/manage", institute.slug)).await;
    assert_eq!(status, 200, "the editor manages the organisation");
}
