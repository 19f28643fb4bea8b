//! A measure's full card: its kind, type and country, its title and ID number, the card's
//! tools, then every section of the source, in its order and words.

use leptos::prelude::*;

use crate::card::sections::eyebrow;
use crate::components::common::{searched, TermLine};
use crate::components::context::page;
use crate::web::ids::{CARD_BODY_CLASS, CARD_HEADING_ID};

use super::sections::Sections;
use super::tools::CardTools;

/// The full card of the measure at `index`.
#[component]
pub fn MeasureCard(index: usize) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let data = ctx.dataset();
    let Some(m) = data.measures.get(index) else {
        return ().into_any();
    };
    let terms = eyebrow(m).into_iter().map(str::to_owned).collect();
    let id_number = m
        .cedefop_id
        .map(|id| view! { <p class="id-number">{format!("{} {id}", t.sections.id_number)}</p> });
    view! {
        <section class="card card-measure" aria-labelledby=CARD_HEADING_ID>
            <header class="card-header">
                <p class="eyebrow">
                    <TermLine terms country=m.country.clone() />
                </p>
                <h2 id=CARD_HEADING_ID tabindex="-1" lang="en">{searched(m.title.clone())}</h2>
                {id_number}
                <CardTools measure_title=m.title.clone() />
            </header>
            <div class=CARD_BODY_CLASS>
                <Sections index />
            </div>
        </section>
    }
    .into_any()
}
