//! `/api/docs`: the open-data API for people — every endpoint with its parameters, an example
//! request and its real answer, generated from the OpenAPI document (no script, no CDN).

use crate::components::status::{LoadError, Loading};
use crate::domain::api_docs::{ApiDocs, EndpointDoc};
use crate::i18n::use_lang;
use crate::server_fns::opendata::load_api_docs;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ApiDocsPage() -> impl IntoView {
    let lang = use_lang();
    let s = lang.opendata();
    let data = Resource::new_blocking(|| (), |_| load_api_docs());
    view! {
        <Title text=s.docs_title />
        <crate::components::page_meta::PageMeta title=s.docs_title.to_string() description=s.docs_lead.to_string() />
        <div class="container api-docs">
            <header class="page-header">
                <h1>{s.docs_title}</h1>
                <p class="lead">{s.docs_lead}</p>
                <p><a href="/api/openapi.json" data-testid="openapi-link">{s.docs_openapi}</a></p>
            </header>
            <section aria-labelledby="api-rules">
                <h2 id="api-rules">{s.docs_rules_title}</h2>
                <ul>
                    <li>{s.docs_rule_lists}</li>
                    <li>{s.docs_rule_errors}</li>
                    <li>{s.docs_rule_limit}</li>
                    <li>{s.docs_rule_cors}</li>
                    <li>{s.docs_rule_license}</li>
                </ul>
            </section>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(docs) => view! { <Endpoints docs /> }.into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Endpoints(docs: ApiDocs) -> impl IntoView {
    let s = use_lang().opendata();
    let lang = use_lang();
    let contents = docs
        .endpoints
        .iter()
        .map(|e| {
            let href = format!("#{}", e.id);
            view! { <li><a href=href><code>{e.path.clone()}</code>" — "{lang.text(&e.summary)}</a></li> }
        })
        .collect_view();
    let site = docs.site.clone();
    view! {
        <nav aria-labelledby="api-contents">
            <h2 id="api-contents">{s.docs_endpoints}</h2>
            <ul class="api-contents">{contents}</ul>
        </nav>
        {docs.endpoints.into_iter().map(|e| view! { <Endpoint e site=site.clone() /> }).collect_view()}
    }
}

#[component]
fn Endpoint(e: EndpointDoc, site: String) -> impl IntoView {
    let lang = use_lang();
    let s = lang.opendata();
    let heading = format!("{}-title", e.id);
    let labelled_by = heading.clone();
    let curl = format!("curl -s '{site}{}'", e.example);
    let params = if e.params.is_empty() {
        view! { <p>{s.docs_no_parameters}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap">
                <table class="kpi-table api-params">
                    <thead>
                        <tr>
                            <th scope="col">{s.docs_param_name}</th>
                            <th scope="col">{s.docs_param_in}</th>
                            <th scope="col">{s.docs_param_values}</th>
                            <th scope="col">{s.docs_param_description}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {e.params
                            .into_iter()
                            .map(|p| view! {
                                <tr>
                                    <th scope="row">
                                        <code>{p.name}</code>
                                        {p.required.then(|| view! { <small>{s.docs_required}</small> })}
                                    </th>
                                    <td>{p.location}</td>
                                    <td><code class="api-values">{p.values}</code></td>
                                    <td>{lang.text(&p.description)}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="api-endpoint card" id=e.id.clone() aria-labelledby=labelled_by data-testid="api-endpoint">
            <h2 id=heading.clone()>
                <span class="api-method">{e.method}</span>" "<code>{e.path}</code>
            </h2>
            <p class="api-summary">{lang.text(&e.summary)}</p>
            <p>{lang.text(&e.description)}</p>
            <h3>{s.docs_parameters}</h3>
            {params}
            <h3>{s.docs_responses}</h3>
            <ul class="api-responses">
                {e.responses
                    .into_iter()
                    .map(|(code, what)| view! { <li><code>{code}</code>" "{what}</li> })
                    .collect_view()}
            </ul>
            <h3>{s.docs_example_request}</h3>
            <pre class="api-example"><code>{curl}</code></pre>
            <h3>{s.docs_example_response}</h3>
            <pre class="api-example"><code>{e.example_response}</code></pre>
        </section>
    }
}
