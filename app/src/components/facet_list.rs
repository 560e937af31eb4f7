//! Facets as links: each value links to the list with that filter toggled, so filtering
//! works without JavaScript and every state has a shareable address.

use crate::domain::dto::Facet;
use crate::domain::{FacetKey, ListQuery};
use crate::i18n::{Label, format, labels, use_lang};
use leptos::prelude::*;

/// Values shown before the rest fold under "show more".
const VISIBLE: usize = 8;

#[component]
pub fn FacetList(path: &'static str, query: ListQuery, facets: Vec<Facet>) -> impl IntoView {
    let lang = use_lang();
    facets
        .into_iter()
        .filter(|f| !f.values.is_empty())
        .map(|facet| {
            let key = facet.key;
            let selected = query.filter(key).map(str::to_string);
            let mut items: Vec<AnyView> = facet
                .values
                .into_iter()
                .map(|v| {
                    let is_selected = selected.as_deref() == Some(v.value.as_str());
                    let href = format!("{path}{}", query.with_filter(key, (!is_selected).then_some(v.value.as_str())));
                    let label = v.label.clone().unwrap_or_else(|| labels::code(lang, key, &v.value));
                    view! {
                        <li>
                            <a href=href data-value=v.value.clone() class:selected=is_selected
                                aria-current=is_selected.then_some("true") rel="nofollow">
                                <span class="check" aria-hidden="true"></span>
                                <span class="facet-label">{label}</span>
                                <span class="count">{format::number(lang, v.count)}</span>
                            </a>
                        </li>
                    }
                    .into_any()
                })
                .collect();
            let rest = if items.len() > VISIBLE { items.split_off(VISIBLE) } else { Vec::new() };
            view! {
                <section class="facet" data-testid=format!("facet-{}", key.as_str())>
                    <h3>{key.label(lang)}</h3>
                    <ul>{items}</ul>
                    {(!rest.is_empty()).then(|| view! {
                        <details class="facet-more">
                            <summary>{lang.t().show_more}</summary>
                            <ul>{rest}</ul>
                        </details>
                    })}
                </section>
            }
        })
        .collect_view()
}

/// Chips for the active filters, each removing itself.
#[component]
pub fn ActiveFilters(path: &'static str, query: ListQuery) -> impl IntoView {
    let lang = use_lang();
    let t = lang.t();
    (!query.filters.is_empty()).then(|| {
        let clear = {
            let mut q = query.clone();
            q.filters.clear();
            q.page = 1;
            format!("{path}{}", q.to_query_string())
        };
        view! {
            <ul class="active-filters">
                {query
                    .filters
                    .iter()
                    .map(|(key, value)| {
                        let href = format!("{path}{}", query.with_filter(*key, None));
                        let label = if *key == FacetKey::Location { value.clone() } else { labels::code(lang, *key, value) };
                        let aria = format!("{}: {label}", t.remove_filter);
                        view! {
                            <li>
                                <a class="chip chip-remove" href=href aria-label=aria>
                                    {label} <span aria-hidden="true">" ×"</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li><a class="clear-filters" href=clear>{t.clear_filters}</a></li>
            </ul>
        }
    })
}
