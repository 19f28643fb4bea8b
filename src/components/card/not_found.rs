//! The card for a link to a measure the dataset does not hold: says so, and lists those it does.

use leptos::prelude::*;

use crate::components::common::TitleLink;
use crate::components::context::page;
use crate::text::i18n::fill;
use crate::web::ids::CARD_HEADING_ID;

/// The not-found card for the link's `requested` id.
#[component]
pub fn NotFound(requested: String) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let shown: String = if requested.chars().count() > 60 {
        requested.chars().take(60).chain(['…']).collect()
    } else {
        requested
    };
    let links = ctx.data.with_value(|d| {
        d.measures
            .iter()
            .map(|m| {
                view! {
                    <li>
                        <TitleLink id=m.id.clone() title=m.title.clone() />
                        " "
                        <span class="meta" lang="en">{format!("({})", m.country)}</span>
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <section class="card card-not-found" aria-labelledby=CARD_HEADING_ID>
            <h2 id=CARD_HEADING_ID tabindex="-1">{fill(t.not_found_title, &[("id", &shown)])}</h2>
            <p>{t.not_found_text}</p>
            <ul class="measure-list">{links}</ul>
        </section>
    }
}
