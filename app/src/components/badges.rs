use super::icons;
use crate::i18n::{Label, labels, use_lang};
use leptos::prelude::*;

#[component]
pub fn VerifiedBadge(verified: bool) -> impl IntoView {
    let t = use_lang().t();
    verified.then(|| {
        view! {
            <span class="badge badge-verified" title=t.verified_title>
                {icons::verified()}
                {t.verified_badge}
            </span>
        }
    })
}

#[component]
pub fn SampleBadge(sample: bool) -> impl IntoView {
    let t = use_lang().t();
    sample.then(|| view! { <span class="badge badge-sample" data-testid="sample-badge">{t.sample_badge}</span> })
}

#[component]
pub fn KindBadge(kind: crate::domain::OrgKind) -> impl IntoView {
    let lang = use_lang();
    view! { <span class=format!("badge badge-kind kind-{}", kind.party())>{kind.label(lang)}</span> }
}

#[component]
pub fn SectorChips(sectors: Vec<String>, #[prop(optional)] linked: Option<&'static str>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="chips">
            {sectors
                .into_iter()
                .map(|code| {
                    let label = labels::sector(lang, &code);
                    match linked {
                        Some(base) => {
                            view! { <li><a class="chip" href=format!("{base}?sector={code}")>{label}</a></li> }
                                .into_any()
                        }
                        None => view! { <li class="chip">{label}</li> }.into_any(),
                    }
                })
                .collect_view()}
        </ul>
    }
}
