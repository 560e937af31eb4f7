//! Programmes and their application pipeline through the real router, each test on an empty
//! database with its own incubator, startup and programme: creating and editing a programme,
//! applying (draft, submit, deadline, required answers), the owner's board (allowed and refused
//! moves, reviews), acceptance recording the incubator on the startup's public page,
//! notifications, and who may see and do what — every refusal leaving nothing changed.

mod apply;
mod edit;
mod pipeline;

use crate::browser::Browser;
use crate::builders::{Org, Programme, User, org, programme};
use crate::support::{TestApp, spawn_empty, vn_date};
use app::backend::db::Db;
use app::backend::store::statements::programme_edit::QuestionInput;
use app::backend::store::statements::{
    admin, applications, notifications, pipeline as board, programme_edit, search_source,
};
use app::domain::admin::AdminQuery;
use app::domain::kind::OrgKind;

/// An incubator with its standing programme (three questions, the first two required), and a
/// startup that may apply to it.
struct Cast {
    hub: Org,
    startup: Org,
    programme: Programme,
}

impl Cast {
    fn slug(&self) -> &str {
        &self.programme.slug
    }
}

async fn cast(db: &Db) -> Cast {
    let hub = org(OrgKind::Incubator).create(db).await;
    let startup = org(OrgKind::Startup).create(db).await;
    let question = |prompt: &str, required: bool| QuestionInput {
        id: None,
        prompt_vi: prompt.into(),
        prompt_en: None,
        required,
        remove: false,
    };
    let programme = programme(&hub)
        .title("Chương trình ươm tạo thường xuyên")
        .open(-30, 365)
        .with(|p| {
            p.questions = vec![
                question("Giải pháp của bạn là gì?", true),
                question("Đội ngũ của bạn gồm những ai?", true),
                question("Bạn cần hỗ trợ gì?", false),
            ]
        })
        .create(db)
        .await;
    Cast { hub, startup, programme }
}

async fn spawn_cast() -> (TestApp, Db, Cast) {
    let app = spawn_empty().await;
    let db = app.pool().await;
    let c = cast(&db).await;
    (app, db, c)
}

async fn signed_in(app: &TestApp, who: &User) -> Browser {
    who.browser(app).await
}

/// (id, required) of the programme's visible questions, in order (the edit page's data).
async fn questions(db: &Db, owner: &Org, programme: i64) -> Vec<(i64, bool)> {
    let edit = programme_edit::load(db, owner.id, Some(programme)).await.expect("load").expect("the programme");
    edit.questions.iter().map(|q| (q.id.expect("a stored question"), q.required)).collect()
}

/// The startup's application to the standing programme: (id, state).
async fn application(db: &Db, c: &Cast) -> Option<(i64, &'static str)> {
    let state = applications::state_of(db, c.programme.id, c.startup.id).await.expect("state")?;
    // No store reader gives a draft's id (the board leaves drafts out): the one read of the
    // table itself.
    let id: i64 = app::backend::db::sql::query_scalar(
        "SELECT id FROM applications WHERE programme_id = $1 AND applicant_org_id = $2",
    )
    .bind(c.programme.id)
    .bind(c.startup.id)
    .fetch_one(db)
    .await
    .expect("application id");
    Some((id, state.as_str()))
}

/// Everything a refused pipeline write might have touched, as the store reads it: the
/// programmes (fields, questions), the board and every application on it (answers, trail,
/// reviews), the startup's own answers, both sides' notifications, the audit log's length, the
/// number of documents (programmes among them) and the startup's public profile (incubated by).
async fn pipeline_snapshot(app: &TestApp, db: &Db, c: &Cast, more: &[i64]) -> String {
    let mut out = String::new();
    for id in std::iter::once(c.programme.id).chain(more.iter().copied()) {
        let edit = programme_edit::load(db, c.hub.id, Some(id)).await.expect("load");
        let b = board::board(db, id).await.expect("board");
        out += &format!("{edit:?}|{b:?}|");
        for card in &b.cards {
            let detail = board::detail(db, id, card.id, 0).await.expect("detail");
            out += &format!("{detail:?}|");
        }
    }
    if let Some(p) = applications::published(db, c.slug()).await.expect("programme") {
        let name = app::domain::dto::Text::new(c.startup.name.clone(), None);
        let page = applications::page(db, &p, (c.startup.id, c.startup.slug.clone(), name), vec![], &vn_date(0))
            .await
            .expect("apply page");
        out += &format!("{page:?}|");
    }
    for who in [&c.hub.owner, &c.startup.owner] {
        out += &format!("{}|", notifications::list(db, who.id, 1).await.expect("notifications").1);
    }
    let audit = admin::audit_log(db, &AdminQuery { q: None, filter: None, page: 1 }).await.expect("audit").total;
    let docs = search_source::count_all(db).await.expect("documents");
    let (_, detail) = app.json(&format!("/api/v1/organizations/{}", c.startup.slug)).await;
    let profile = &detail["profile"];
    out + &format!("{audit}|{docs}|{profile:?}")
}

/// The startup submits complete answers to the standing programme; the application's id.
async fn submit(app: &TestApp, db: &Db, c: &Cast) -> i64 {
    let b = signed_in(app, &c.startup.owner).await;
    let qs = questions(db, &c.hub, c.programme.id).await;
    let names: Vec<String> = qs.iter().map(|(id, _)| format!("answer-{id}")).collect();
    let mut form: Vec<(&str, &str)> = vec![("org", &c.startup.slug), ("action", "submit")];
    for n in &names {
        form.push((n, "Cảm biến độ ẩm đất cho ruộng lúa Yên Mô."));
    }
    let res = b.post(&format!("/programmes/{}/apply", c.slug()), &form).await;
    assert_eq!(res.status().as_u16(), 303);
    let (id, state) = application(db, c).await.expect("submitted");
    assert_eq!(state, "submitted");
    id
}

async fn move_to(b: &Browser, programme: &str, app: i64, to: &str) -> reqwest::Response {
    b.post(&format!("/programmes/{programme}/applications/{app}/move"), &[("to", to)]).await
}

/// `who`'s notifications of `kind`: their links.
async fn told(db: &Db, who: &User, kind: &str) -> Vec<String> {
    let (rows, _) = notifications::list(db, who.id, 1).await.expect("notifications");
    rows.into_iter().filter(|n| n.kind == kind).map(|n| n.link).collect()
}
