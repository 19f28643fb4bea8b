//! The view for a link to a measure the dataset does not hold.

use std::sync::Arc;

use leptos::prelude::*;

use super::use_strings;
use crate::i18n::fill;
use crate::model::Dataset;
use crate::navigation::{href, use_navigator, Focus, CARD_HEADING_ID};

/// Says the requested development is not here, and lists those that are.
#[component]
pub fn NotFound(
    /// The dataset.
    data: Arc<Dataset>,
    /// The id the link asked for.
    requested: String,
) -> impl IntoView {
    let t = use_strings();
    let nav = use_navigator();
    let shown: String = if requested.chars().count() > 60 {
        requested.chars().take(60).chain(['…']).collect()
    } else {
        requested
    };
    let links = data
        .measures
        .iter()
        .map(|m| {
            let id = m.id.clone();
            let next = move || nav.state().with_selection(&id, None);
            let to = next.clone();
            view! {
                <li>
                    <a href=move || href(&next()) on:click=move |ev| nav.follow(&ev, to(), Focus::Card)>
                        {m.title.clone()}
                    </a>
                    " "
                    <span class="meta">"(" {m.country.clone()} ")"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card card-not-found" aria-labelledby=CARD_HEADING_ID>
            <h2 id=CARD_HEADING_ID tabindex="-1">
                {move || fill(t.get().not_found_title, &[("id", &shown)])}
            </h2>
            <p>{move || t.get().not_found_text}</p>
            <ul class="measure-list" lang="en">{links}</ul>
        </section>
    }
}
