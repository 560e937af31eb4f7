//! The bulk import's report for `/admin/import?token=…`: only the admin who uploaded the file
//! sees it.

use crate::domain::import::ImportReport;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportView {
    /// `None`: no file yet, or the token is unknown, someone else's or expired.
    pub report: Option<ImportReport>,
    /// The checked file is still waiting to be imported.
    pub pending: bool,
    /// A token was asked for but nothing is there (any more).
    pub expired: bool,
}

#[server(prefix = "/srv", endpoint = "import_status", input = GetUrl)]
pub async fn import_status(#[server(default)] token: String) -> Result<ImportView, ServerFnError> {
    let user = super::admin::require_admin().await?;
    if token.is_empty() {
        return Ok(ImportView::default());
    }
    let state = expect_context::<crate::backend::state::AppState>();
    match crate::backend::import::uploads::report(state.store.db(), user, &token).await {
        Ok(Some((report, pending))) => Ok(ImportView { report: Some(report), pending, expired: false }),
        Ok(None) => Ok(ImportView { expired: true, ..Default::default() }),
        Err(e) => Err(super::internal(e)),
    }
}
