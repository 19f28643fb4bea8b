//! Finding developments: the search field, the facets, and the count of what is shown.

use leptos::prelude::*;

use crate::deeplink::ViewState;
use crate::facets::Filters;
use crate::i18n::fill;
use crate::labels::{count, filter_name};
use crate::navigation::Focus;
use crate::timeline_lanes::LANES_AT_A_TIME;

use super::context::{page, PageContext};
use super::facets::Facets;

/// Id of the search field.
pub const SEARCH_ID: &str = "search";

/// The search and filters section.
#[component]
pub fn Browse() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let count = move || {
        count(
            t,
            ctx.lang,
            ctx.found.with(Vec::len),
            ctx.data.with_value(|d| d.measures.len()),
        )
    };
    let printed = move || {
        ctx.filters.with(|f| {
            let named: Vec<String> = f.active().iter().map(|a| filter_name(t, f, a)).collect();
            (!named.is_empty()).then(|| fill(t.printed_filters, &[("filters", &named.join("; "))]))
        })
    };
    view! {
        <section class="browse" aria-labelledby="browse-title" role="search">
            <h2 id="browse-title" class="browse-title">{t.browse_title}</h2>
            <div class="search-field">
                <label for=SEARCH_ID>{t.search_label}</label>
                <input
                    id=SEARCH_ID
                    type="search"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || ctx.filters.with(|f| f.query.clone())
                    on:input=move |ev| search(ctx, event_target_value(&ev))
                />
            </div>
            <Facets />
            <p id="result-count" class="result-count" role="status">{count}</p>
            // In print, the active filters in one line, instead of the panel.
            <p class="print-filters">{printed}</p>
        </section>
    }
}

/// Filters the overview by `query`, as typed: a new search is a new view (Back returns to
/// before it); refining it is not (no history entry per keystroke).
fn search(ctx: PageContext, query: String) {
    let state = ctx.nav.state_untracked();
    if state.filters.query == query {
        return;
    }
    ctx.lanes.set(LANES_AT_A_TIME);
    let starting = state.filters.query.is_empty();
    let next = ViewState {
        filters: Filters {
            query,
            ..state.filters.clone()
        },
        ..state
    };
    if starting {
        ctx.nav.go(next, Focus::Stay, None);
    } else {
        ctx.nav.replace(next, None);
    }
}
