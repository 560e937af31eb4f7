//! Suggestions on detail pages, and the signed-in user's dashboard.

use crate::domain::matching::{DashboardSection, SubjectKind, Suggestion};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
use super::internal as failed;

/// Suggestions for a public organisation, offer or challenge (empty when there is none).
#[server(prefix = "/srv", endpoint = "suggestions", input = GetUrl)]
pub async fn get_suggestions(kind: SubjectKind, slug: String) -> Result<Vec<Suggestion>, ServerFnError> {
    use crate::backend::{AppState, matching, today};
    let state = expect_context::<AppState>();
    let Some(id) = matching::resolve(state.store.db(), kind, &slug).await.map_err(failed)? else {
        return Ok(Vec::new());
    };
    matching::suggestions(state.store.db(), &state.searcher, kind.group(), id, &today()).await.map_err(failed)
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
        let suggestions = matching::suggestions(state.store.db(), &state.searcher, DocGroup::Org, m.org_id, &day)
            .await
            .map_err(failed)?;
        sections.push(DashboardSection { slug: m.slug, name: m.name, kind, suggestions });
    }
    Ok(Some(sections))
}
