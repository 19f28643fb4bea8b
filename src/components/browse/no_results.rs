//! When the filters leave nothing: says so, and offers to remove each filter that would leave
//! something (with how many), or to clear them all.

use leptos::prelude::*;

use crate::browse::facets::emptiers;
use crate::browse::labels::filter_name;
use crate::components::context::page;
use crate::text::i18n::fill;

use super::clear_all::ClearAll;

/// The empty state of the overview.
#[component]
pub fn NoResults() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let offers = move || {
        let filters = ctx.filters.get();
        let found = ctx
            .data
            .with_value(|d| ctx.index.with_value(|i| emptiers(d, i, &filters)));
        found
            .into_iter()
            .map(|(filter, n)| {
                let label = fill(
                    t.remove_filter,
                    &[
                        ("filter", &filter_name(t, &filters, &filter, ctx.all_years)),
                        ("count", &n.to_string()),
                    ],
                );
                view! {
                    <li>
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| ctx.remove_filter(&filter)
                        >
                            {label}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="no-results">
            <p>{t.no_results}</p>
            <ul class="remove-filters">{offers}</ul>
            <ClearAll />
        </div>
    }
}
