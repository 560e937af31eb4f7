//! Kết Nối: the Leptos app. Server-rendered with the `ssr` feature, hydrated in the browser
//! with `hydrate`.
#![recursion_limit = "256"]

pub mod assets;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod server_fns;
mod shell;

#[cfg(feature = "ssr")]
pub mod backend;

pub use shell::{App, shell};

/// The browser entry point: hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[allow(unsafe_code)]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
    // Lets tests (and CSS) know the page is interactive.
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "1");
    }
}
