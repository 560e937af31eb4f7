use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{use_lang().t().loading}</p> }
}

#[component]
pub fn LoadError() -> impl IntoView {
    let t = use_lang().t();
    view! {
        <div class="notice notice-error" role="alert">
            <h2>{t.error_title}</h2>
            <p>{t.error_body}</p>
        </div>
    }
}
