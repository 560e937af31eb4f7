use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;

/// The 404 page; on the server it also sets the response status.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        // A redirect decided while loading (a merged organisation's old address) stands.
        let redirecting = res.0.read().is_ok_and(|p| p.status.is_some_and(|s| s.is_redirection()));
        if !redirecting {
            res.set_status(http::StatusCode::NOT_FOUND);
        }
    }
    let t = use_lang().t();
    view! {
        <Title text=t.not_found_title />
        <div class="container narrow not-found" data-testid="not-found">
            <p class="eyebrow">"404"</p>
            <h1>{t.not_found_title}</h1>
            <p class="lead">{t.not_found_body}</p>
            <p><a class="button" href="/">{t.back_home}</a></p>
        </div>
    }
}
