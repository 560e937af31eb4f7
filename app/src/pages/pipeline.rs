//! The owner's pipeline: the board `/programmes/{slug}/applications` (a column per state,
//! each card with a small form per allowed move, so it works without JavaScript) and one
//! application `/programmes/{slug}/applications/{id}` with answers, history and reviews.

use super::apply::StateBadge;
use super::programme_edit::Refused;
use crate::components::form::{ErrorSummary, TextArea, with_session};
use crate::components::status::{LoadError, Loading};
use crate::domain::account::FormState;
use crate::domain::programmes::{Access, ApplicationState, ApplicationView, Board, BoardCard, RUBRIC};
use crate::i18n::programmes::{criterion, state_label};
use crate::i18n::{Lang, format, use_lang};
use crate::server_fns::programmes::{load_application, load_board};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn score(lang: Lang, card: &BoardCard) -> String {
    let p = lang.prog();
    match card.average {
        Some(avg) => format!("{} {} · {} {}", p.average, format::decimal(lang, avg), card.reviews, p.reviews_count),
        None => p.no_score.to_string(),
    }
}

/// One form per allowed next state of `card`.
#[component]
fn MoveForms(slug: String, card: BoardCard, #[prop(optional)] back: &'static str) -> impl IntoView {
    let lang = use_lang();
    let p = lang.prog();
    let action = format!("/programmes/{slug}/applications/{}/move", card.id);
    card.state
        .next()
        .iter()
        .map(|to| {
            let label = format!("{} {}", p.move_to, state_label(lang, *to));
            view! {
                <form method="post" action=action.clone() class="inline-form">
                    <input type="hidden" name="to" value=to.as_str() />
                    <input type="hidden" name="back" value=back />
                    <button type="submit" class=format!("button button-small move-{}", to.as_str())>{label}</button>
                </form>
            }
        })
        .collect_view()
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug")).unwrap_or_default();
    let data = Resource::new(slug, load_board);
    view! {
        <div class="container wide">
            {with_session(move |info| {
                let form = info.form("board");
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let form = form.clone();
                            Suspend::new(async move {
                                match data.await {
                                    Ok(Access::Granted(board)) => view! { <BoardView board form /> }.into_any(),
                                    Ok(other) => view! { <Refused access=other next=format!("/programmes/{}/applications", slug()) /> }.into_any(),
                                    Err(_) => view! { <LoadError /> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
            })}
        </div>
    }
}

#[component]
fn BoardView(board: Board, form: FormState) -> impl IntoView {
    let lang = use_lang();
    let p = lang.prog();
    let slug = board.programme_slug.clone();
    let columns = ApplicationState::BOARD
        .iter()
        .map(|state| {
            let cards: Vec<BoardCard> = board.cards.iter().filter(|c| c.state == *state).cloned().collect();
            let count = cards.len();
            let slug = slug.clone();
            view! {
                <section class="board-column" data-testid=format!("column-{}", state.as_str()) aria-labelledby=format!("col-{}", state.as_str())>
                    <h2 id=format!("col-{}", state.as_str())>{state_label(lang, *state)}" "<span class="count">{count}</span></h2>
                    {(count == 0).then(|| view! { <p class="hint">{p.empty_column}</p> })}
                    <ul class="board-cards">
                        {cards.into_iter().map(|card| {
                            let href = format!("/programmes/{slug}/applications/{}", card.id);
                            view! {
                                <li class="board-card" data-testid="board-card">
                                    <h3><a href=href>{lang.text(&card.applicant)}</a></h3>
                                    <p class="meta">{card.submitted_at.as_deref().map(format::date).unwrap_or_default()}</p>
                                    <p class="meta" data-testid="card-score">{score(lang, &card)}</p>
                                    <MoveForms slug=slug.clone() card />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    let title = lang.text(&board.programme_title);
    view! {
        <Title text=format!("{} · {title}", p.board_title) />
        <header class="page-header">
            <p class="eyebrow">{p.board_title}</p>
            <h1><a href=format!("/programmes/{slug}")>{title}</a></h1>
            <p class="lead">{p.board_lead}</p>
            <p><a href=format!("/programmes/{slug}/edit")>{p.edit_link}</a>
                {(board.drafts > 0).then(|| view! { " · "{board.drafts}" "{p.drafts_note} })}</p>
        </header>
        <ErrorSummary form />
        <div class="board" data-testid="board">{columns}</div>
    }
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        params
            .with(|p| (p.get("slug").unwrap_or_default(), p.get("id").and_then(|i| i.parse::<i64>().ok()).unwrap_or(0)))
    };
    let data = Resource::new(key, |(slug, id)| load_application(slug, id));
    view! {
        <div class="container">
            {with_session(move |info| {
                let (board, review) = (info.form("board"), info.form("review"));
                view! {
                    <Suspense fallback=Loading>
                        {move || {
                            let (board, review) = (board.clone(), review.clone());
                            Suspend::new(async move {
                                match data.await {
                                    Ok(Access::Granted(app)) => view! { <ApplicationDetail app board review /> }.into_any(),
                                    Ok(other) => {
                                        let (slug, id) = key();
                                        view! { <Refused access=other next=format!("/programmes/{slug}/applications/{id}") /> }.into_any()
                                    }
                                    Err(_) => view! { <LoadError /> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
            })}
        </div>
    }
}

#[component]
fn ApplicationDetail(app: ApplicationView, board: FormState, review: FormState) -> impl IntoView {
    let lang = use_lang();
    let p = lang.prog();
    let slug = app.programme_slug.clone();
    let mine = app.reviews.iter().find(|r| r.reviewer_id == app.viewer_id).cloned();
    let applicant = lang.text(&app.card.applicant);
    let scores = RUBRIC
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let stored = mine.as_ref().and_then(|m| m.criteria).map(|c| c[i].to_string()).unwrap_or_default();
            let current = review.values.get(*key).cloned().unwrap_or(stored);
            let error = review.error(key).map(|e| crate::i18n::account::form_error(lang, e));
            view! {
                <fieldset class="field score-group" id=format!("f-{key}") class:field-invalid=error.is_some()>
                    <legend>{criterion(lang, key)}</legend>
                    {error.map(|e| view! { <p class="field-error">{e}</p> })}
                    <div class="score-options">
                        {(1..=5).map(|n| {
                            let id = format!("{key}-{n}");
                            view! {
                                <span class="score-option">
                                    <input type="radio" id=id.clone() name=*key value=n.to_string() checked=current == n.to_string() />
                                    <label for=id>{n}</label>
                                </span>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Title text=applicant.clone() />
        <nav class="breadcrumbs" aria-label="breadcrumb">
            <a href=format!("/programmes/{slug}/applications")>{p.back_board}</a>
        </nav>
        <header class="page-header">
            <p class="eyebrow">{lang.text(&app.programme_title)}</p>
            <h1>{applicant}</h1>
            <p><StateBadge state=app.card.state />" · "
                <a href=format!("/org/{}", app.card.applicant_slug)>{p.applicant_profile}</a>" · "
                <span data-testid="card-score">{score(lang, &app.card)}</span></p>
            <ErrorSummary form=board />
            <div class="button-row"><MoveForms slug=slug.clone() card=app.card.clone() back="detail" /></div>
        </header>
        <div class="detail-layout">
            <div class="detail-main">
                <section aria-labelledby="answers-h">
                    <h2 id="answers-h">{p.answers}</h2>
                    <dl class="answers">
                        {app.answers.into_iter().map(|a| view! {
                            <dt>{lang.text(&a.prompt)}{a.hidden.then(|| view! { " "<span class="hint">"("{p.hidden_question}")"</span> })}</dt>
                            <dd class="answer">{if a.answer.is_empty() { p.no_answer.to_string() } else { a.answer }}</dd>
                        }).collect_view()}
                    </dl>
                </section>
                <section aria-labelledby="reviews-h" data-testid="reviews">
                    <h2 id="reviews-h">{p.reviews}</h2>
                    {app.reviews.is_empty().then(|| view! { <p>{p.no_reviews}</p> })}
                    <ul class="review-list">
                        {app.reviews.iter().map(|r| view! {
                            <li>
                                <p><strong>{r.reviewer.clone()}</strong>" · "{p.overall}" "{r.score}"/5 · "{format::date(&r.at)}</p>
                                {r.criteria.map(|c| view! {
                                    <p class="meta">{RUBRIC.iter().zip(c).map(|(k, s)| format!("{} {s}", criterion(lang, k))).collect::<Vec<_>>().join(" · ")}</p>
                                })}
                                <p>{r.comment.clone()}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                    <h3>{p.your_review}</h3>
                    <p class="hint">{p.review_lead}</p>
                    <ErrorSummary form=review.clone() />
                    <form method="post" action=format!("/programmes/{slug}/applications/{}/review", app.id) class="stack" data-testid="review-form" novalidate>
                        {scores}
                        <TextArea form=review.clone() name="comment" label=p.comment value=mine.map(|m| m.comment).unwrap_or_default() rows=4 maxlength=5000 />
                        <button type="submit" class="button">{p.save_review}</button>
                    </form>
                </section>
            </div>
            <aside class="detail-aside">
                <section class="panel" data-testid="timeline">
                    <h2>{p.timeline}</h2>
                    <ol class="timeline">
                        {app.transitions.into_iter().map(|t| view! {
                            <li>
                                <strong>{if t.from.is_none() { p.created_state } else { state_label(lang, t.to) }}</strong>
                                <br /><span class="meta">{format::date_time(&t.at)}{t.actor.map(|a| format!(" · {a}"))}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            </aside>
        </div>
    }
}
