//! A year's card: the status and the note of one year of a measure, with its neighbours.

use leptos::prelude::*;

use crate::card::labels::citation_to_copy;
use crate::components::common::{searched, Country, NavLink, Paragraph, StatusMark, Term};
use crate::components::context::page;
use crate::link::focus::Focus;
use crate::text::i18n::fill;
use crate::timeline::bands::Mark;
use crate::web::ids::{CARD_BODY_CLASS, CARD_HEADING_ID};

use super::tools::CardTools;

/// The card of `year` of the measure at `index` (which has an entry for it).
#[component]
pub fn YearCard(index: usize, year: i32) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let data = ctx.dataset();
    let Some(m) = data.measures.get(index) else {
        return ().into_any();
    };
    let Some(entry) = m.year(year).cloned() else {
        return ().into_any();
    };
    let (before, after) = m.neighbours(year);
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
                    <span class="card-year-title" lang="en">{searched(m.title.clone())}</span>
                </h2>
                <CardTools measure_title=m.title.clone() />
            </header>
            <dl class=format!("facts year-facts {CARD_BODY_CLASS}")>
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
