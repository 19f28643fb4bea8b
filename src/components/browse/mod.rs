//! Finding developments: the [`SearchField`], the [`Facets`], the count of what is shown, and
//! the empty state when nothing is left ([`NoResults`]).

mod clear_all;
mod download;
mod facets;
mod no_results;

pub use clear_all::ClearAll;
pub use download::Download;
pub use facets::Facets;
pub use no_results::NoResults;

use leptos::prelude::*;

use crate::browse::facets::Filters;
use crate::browse::labels::{count, filter_name};
use crate::components::context::{page, PageContext};
use crate::link::focus::Focus;
use crate::link::query::ViewState;
use crate::text::i18n::fill;
use crate::timeline::lanes::LANES_AT_A_TIME;
use crate::web::ids::{BROWSE_TITLE_ID, RESULT_COUNT_ID, SEARCH_ID};

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
            let named: Vec<String> = f
                .active()
                .iter()
                .map(|a| filter_name(t, f, a, ctx.all_years))
                .collect();
            (!named.is_empty()).then(|| fill(t.printed_filters, &[("filters", &named.join("; "))]))
        })
    };
    view! {
        <section class="browse" aria-labelledby=BROWSE_TITLE_ID role="search">
            <h2 id=BROWSE_TITLE_ID class="browse-title">{t.browse_title}</h2>
            <SearchField />
            <Facets />
            <div class="result-bar">
                <p id=RESULT_COUNT_ID class="result-count" role="status">{count}</p>
                <Download />
            </div>
            // In print, the active filters in one line, instead of the panel.
            <p class="print-filters">{printed}</p>
        </section>
    }
}

/// The search field: titles and every text, as typed.
#[component]
pub fn SearchField() -> impl IntoView {
    let ctx = page();
    view! {
        <div class="search-field">
            <label for=SEARCH_ID>{ctx.t.search_label}</label>
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
    }
}

/// Filters the overview by `query`, as typed: a new search is a new view (Back returns to
/// before it); refining it is not (no history entry per keystroke).
fn search(ctx: PageContext, query: String) {
    let state = ctx.nav.state_untracked();
    if state.filters.query == query {
        return;
    }
    ctx.lanes_wanted.set(LANES_AT_A_TIME);
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
