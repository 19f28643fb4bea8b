//! A year's card: the status and the note of one year of a measure, with its neighbours.

use leptos::prelude::*;

use crate::data::model::Measure;
use crate::i18n::fill;
use crate::labels::citation_to_copy;
use crate::layout::{neighbours, Mark};
use crate::navigation::{Focus, CARD_HEADING_ID};

use super::card_tools::CardTools;
use super::context::page;
use super::nav_link::NavLink;
use super::rich_text::Paragraph;
use super::status_mark::StatusMark;
use super::term::{Country, Term};

/// The card of `year` of measure `m` (which has an entry for it).
#[component]
pub fn YearCard(m: Measure, year: i32) -> impl IntoView {
    let t = page().t;
    let Some(entry) = m.year(year).cloned() else {
        return ().into_any();
    };
    let (before, after) = neighbours(&m, year);
    let step = |target: Option<i32>, class: &'static str, label: &'static str| {
        target.map(|y| {
            view! {
                <NavLink measure=m.id.clone() year=y focus=Focus::Card class>
                    {fill(label, &[("year", &y.to_string())])}
                </NavLink>
            }
        })
    };
    let note = match entry.note {
        Some(text) => view! { <Paragraph text /> }.into_any(),
        None => view! { <p class="no-note">{t.no_note}</p> }.into_any(),
    };
    view! {
        <section class="card card-year" aria-labelledby=CARD_HEADING_ID>
            <header class="card-header">
                <p class="eyebrow">
                    <Country name=m.country.clone() />
                </p>
                <h2 id=CARD_HEADING_ID tabindex="-1">
                    <span class="card-year-number">{year.to_string()}</span>
                    <span class="visually-hidden">" – "</span>
                    <span class="card-year-title" lang="en">{m.title.clone()}</span>
                </h2>
                <CardTools measure_title=m.title.clone() />
            </header>
            <dl class="facts year-facts">
                <dt>{t.status}</dt>
                <dd>
                    <StatusMark mark=Mark::of(&entry.status) />
                    " "
                    <Term raw=entry.status.clone() />
                </dd>
                <dt>{t.note}</dt>
                <dd>{note}</dd>
            </dl>
            // In print, the card carries the entry's citation (its link is in the tools).
            {m.citation.clone().map(|citation| view! {
                <div class="print-only print-citation">
                    <h3>{t.sections.cite_as}</h3>
                    <p lang="en">{citation_to_copy(&citation)}</p>
                </div>
            })}
            <nav class="year-nav" aria-label=t.year_navigation>
                {step(before, "year-prev", t.previous_year)}
                {step(after, "year-next", t.next_year)}
                <NavLink measure=m.id.clone() focus=Focus::Card class="year-entry">
                    {t.full_entry}
                </NavLink>
            </nav>
        </section>
    }
    .into_any()
}
