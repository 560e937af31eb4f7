//! The prompt a page shows where it needs a signed-in user and there is none.

use crate::i18n::use_lang;
use leptos::prelude::*;

/// Shown where a page needs a signed-in user and there is none.
#[component]
pub fn SignInPrompt(next: String) -> impl IntoView {
    let a = use_lang().account();
    let href = format!("/login?next={next}");
    view! {
        <div class="notice" data-testid="sign-in-prompt">
            <p>{a.denied_signed_out}</p>
            <p><a class="button" href=href>{a.sign_in}</a></p>
        </div>
    }
}
