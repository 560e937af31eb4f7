//! Suggestions on detail pages, and the signed-in user's dashboard.

use crate::domain::matching::{DashboardSection, SubjectKind, Suggestions};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
use super::internal as failed;

/// Suggestions for a public organisation, offer or challenge (empty when there is none). For a
/// member of the subject's organisation the showing is counted (the matching-quality table)
/// and the cards offer "not relevant".
#[server(prefix = "/srv", endpoint = "suggestions", input = GetUrl)]
pub async fn get_suggestions(kind: SubjectKind, slug: String) -> Result<Suggestions, ServerFnError> {
    use crate::backend::{matching, today};
    let (state, viewer) = super::viewer().await;
    let db = state.store.db();
    let Some(subject) = matching::resolve(db, kind, &slug).await.map_err(failed)? else {
        return Ok(Suggestions::default());
    };
    let day = today();
    let list = matching::suggestions(db, &state.searcher, kind.group(), subject.id, subject.org_id, &day)
        .await
        .map_err(failed)?;
    let member = viewer.is_some_and(|v| v.role_in(subject.org_id).is_some());
    if member {
        count_shown(db, subject.org_id, &list, &day).await;
    }
    Ok(Suggestions { list, member })
}

/// Counts a showing to a member; a failure costs the count, never the page.
#[cfg(feature = "ssr")]
async fn count_shown(db: &crate::backend::db::Db, org: i64, list: &[crate::domain::matching::Suggestion], day: &str) {
    use crate::backend::store::statements::match_feedback;
    let targets: Vec<String> = list.iter().map(|s| s.target.clone()).collect();
    if let Err(e) = match_feedback::shown(db, org, &targets, day).await {
        tracing::warn!(error = %e, "could not count suggestions shown");
    }
}

/// One section per organisation of the signed-in user. Signed out: a redirect to sign in.
#[server(prefix = "/srv", endpoint = "dashboard", input = GetUrl)]
pub async fn get_dashboard() -> Result<Option<Vec<DashboardSection>>, ServerFnError> {
    use crate::backend::{matching, today};
    use crate::domain::OrgKind;
    use crate::domain::search::DocGroup;
    let (state, viewer) = super::viewer().await;
    let Some(viewer) = viewer else {
        leptos_axum::redirect("/login?next=/dashboard");
        super::refuse(http::StatusCode::SEE_OTHER);
        return Ok(None);
    };
    let day = today();
    let mut sections = Vec::with_capacity(viewer.memberships.len());
    for m in viewer.memberships {
        let kind = crate::backend::store::statements::orgs::kind(state.store.db(), m.org_id).await.map_err(failed)?;
        let Some(kind) = kind.as_deref().and_then(OrgKind::parse) else { continue };
        let suggestions =
            matching::suggestions(state.store.db(), &state.searcher, DocGroup::Org, m.org_id, m.org_id, &day)
                .await
                .map_err(failed)?;
        count_shown(state.store.db(), m.org_id, &suggestions, &day).await;
        sections.push(DashboardSection { slug: m.slug, name: m.name, kind, suggestions });
    }
    Ok(Some(sections))
}
