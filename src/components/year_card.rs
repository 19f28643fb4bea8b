//! The card of one year of a measure: its status, its note, and the way to the other years.

use std::sync::Arc;

use leptos::prelude::*;

use super::rich_text::RichText;
use super::status_mark::StatusMark;
use super::use_strings;
use crate::i18n::fill;
use crate::layout::{neighbours, Mark};
use crate::model::Dataset;
use crate::navigation::{href, use_navigator, Focus, CARD_HEADING_ID};

/// The card of `year` of the measure at `index`.
#[component]
pub fn YearCard(
    /// The dataset.
    data: Arc<Dataset>,
    /// Which measure.
    index: usize,
    /// Which year (one the measure has an entry for).
    year: i32,
) -> impl IntoView {
    let t = use_strings();
    let nav = use_navigator();
    let Some((m, entry)) = data
        .measures
        .get(index)
        .and_then(|m| m.year(year).map(|e| (m, e)))
    else {
        return ().into_any();
    };
    let link = move |id: String, year: Option<i32>| {
        let next = move || nav.state().with_selection(&id, year);
        let to = next.clone();
        (
            move || href(&next()),
            move |ev| nav.follow(&ev, to(), Focus::Card),
        )
    };
    let (entry_href, entry_click) = link(m.id.clone(), None);
    let (before, after) = neighbours(m, year);
    let step = move |target: Option<i32>,
                     class: &'static str,
                     label: fn(&crate::i18n::Strings) -> &'static str| {
        target.map(|y| {
            let (h, click) = link(m.id.clone(), Some(y));
            view! {
                <a class=class href=h on:click=click>
                    {move || fill(label(t.get()), &[("year", &y.to_string())])}
                </a>
            }
        })
    };
    let note = match entry.note.clone() {
        Some(text) => view! { <p lang="en"><RichText data=data.clone() text/></p> }.into_any(),
        None => view! { <p class="no-note">{move || t.get().no_note}</p> }.into_any(),
    };
    view! {
        <section class="card card-year" aria-labelledby=CARD_HEADING_ID>
            <header class="card-header">
                <p class="eyebrow" lang="en">{m.country.clone()}</p>
                <h2 id=CARD_HEADING_ID tabindex="-1">
                    <span class="card-year">{year}</span>
                    <span class="visually-hidden">" – "</span>
                    <span class="card-year-title" lang="en">{m.title.clone()}</span>
                </h2>
            </header>
            <dl class="facts year-facts">
                <dt>{move || t.get().status}</dt>
                <dd>
                    <StatusMark mark=Mark::of(&entry.status)/>
                    " "
                    <span lang="en">{entry.status.clone()}</span>
                </dd>
                <dt>{move || t.get().note}</dt>
                <dd>{note}</dd>
            </dl>
            <nav class="year-nav" aria-label=move || t.get().year_navigation>
                {step(before, "year-prev", |s| s.previous_year)}
                {step(after, "year-next", |s| s.next_year)}
                <a class="year-entry" href=entry_href on:click=entry_click>
                    {move || t.get().full_entry}
                </a>
            </nav>
        </section>
    }
    .into_any()
}
