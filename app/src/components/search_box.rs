//! The header's search box: a plain GET form to `/search` (works without JavaScript) that,
//! once hydrated, suggests names as you type — an ARIA combobox with arrow keys, Enter and
//! Escape.

use super::icons;
use crate::domain::search::Suggestion;
use crate::i18n::{Lang, format, labels, use_lang};
use crate::server_fns::search::suggest;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Pause after the last keystroke before asking the server.
const DEBOUNCE_MS: u64 = 120;

#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    let items = RwSignal::new(Vec::<Suggestion>::new());
    let active = RwSignal::new(None::<usize>);
    // Each keystroke bumps the ticket; only the newest request may fill the list.
    let ticket = StoredValue::new(0u64);
    let open = move || !items.with(Vec::is_empty);
    let close = move || {
        items.set(Vec::new());
        active.set(None);
    };
    let navigate = use_navigate();
    let go = move |url: String| {
        close();
        navigate(&url, Default::default());
    };

    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        ticket.update_value(|n| *n += 1);
        let mine = ticket.get_value();
        if text.trim().chars().count() < 2 {
            close();
            return;
        }
        set_timeout(
            move || {
                if ticket.get_value() != mine {
                    return;
                }
                leptos::task::spawn_local(async move {
                    if let Ok(found) = suggest(text).await
                        && ticket.get_value() == mine
                    {
                        items.set(found);
                        active.set(None);
                    }
                });
            },
            std::time::Duration::from_millis(DEBOUNCE_MS),
        );
    };

    let on_keydown = {
        let go = go.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let n = items.with(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" if n > 0 => {
                    ev.prevent_default();
                    active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
                }
                "ArrowUp" if n > 0 => {
                    ev.prevent_default();
                    active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
                }
                "Enter" => {
                    if let Some(url) = active.get().and_then(|i| items.with(|v| v.get(i).map(|s| s.url.clone()))) {
                        ev.prevent_default();
                        go(url);
                    }
                }
                // with the list open, Escape only closes it (a search input would also clear itself)
                "Escape" if n > 0 => {
                    ev.prevent_default();
                    close();
                }
                _ => {}
            }
        }
    };

    let option_id = |i: usize| format!("header-suggestion-{i}");
    view! {
        <form class="header-search" method="get" action="/search" role="search">
            <label class="visually-hidden" for="header-q">{t.search_label}</label>
            <input id="header-q" name="q" type="search" placeholder=t.search_placeholder autocomplete="off"
                role="combobox" aria-autocomplete="list" aria-controls="header-suggestions"
                aria-expanded=move || open().to_string()
                aria-activedescendant=move || active.get().map(option_id)
                on:input=on_input on:keydown=on_keydown
                on:blur=move |_| set_timeout(close, std::time::Duration::from_millis(150)) />
            <button type="submit" class="button-icon" aria-label=t.search_button>{icons::search()}</button>
            <ul id="header-suggestions" class="suggestions" role="listbox" aria-label=t.suggestions hidden=move || !open()
                data-testid="suggestions">
                <For each=move || items.get().into_iter().enumerate() key=|(i, s)| (*i, s.url.clone()) let((i, s))>
                    <SuggestionItem i s selected=Signal::derive(move || active.get() == Some(i)) go=go.clone() lang />
                </For>
            </ul>
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || open().then(|| format!("{} {}", format::number(lang, items.with(Vec::len) as u64), t.suggestions_count))}
            </p>
        </form>
    }
}

#[component]
fn SuggestionItem(
    i: usize,
    s: Suggestion,
    selected: Signal<bool>,
    go: impl Fn(String) + Clone + 'static,
    lang: Lang,
) -> impl IntoView {
    let title = match (lang, &s.title_en) {
        (Lang::En, Some(en)) => en.clone(),
        _ => s.title.clone(),
    };
    let kind = labels::code(lang, crate::domain::FacetKey::Kind, &s.kind);
    let url = s.url.clone();
    view! {
        <li id=format!("header-suggestion-{i}") role="option" aria-selected=move || selected.get().to_string()
            class:active=selected
            // mousedown, not click: it fires before the input's blur closes the list
            on:mousedown=move |ev| {
                ev.prevent_default();
                go(url.clone());
            }>
            <span class="suggestion-title">{title}</span>
            <span class="suggestion-kind">{kind}</span>
        </li>
    }
}
