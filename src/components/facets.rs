//! The facets: a disclosure of checkboxes per facet (each value with how many developments it
//! would leave) and the year range. Built when first opened (or at once for a link with
//! filters): they are a quarter of the page's elements, which a first view need not make.

use leptos::prelude::*;

use crate::deeplink::parse_year;
use crate::facets::{counts, Facet, Filters};
use crate::labels::facet_label;
use crate::layout;
use crate::navigation::{FocusTarget, Opener};

use super::browse::SEARCH_ID;
use super::context::{page, PageContext};
use super::term::Term;

/// Id of the checkbox of the `i`-th value (in sorted order) of `facet`.
pub fn value_id(facet: Facet, i: usize) -> String {
    format!("facet-{}-{i}", facet.param())
}

/// Id of the "clear all filters" button of the facets.
pub const CLEAR_ID: &str = "clear-filters";

/// The facets' disclosure.
#[component]
pub fn Facets() -> impl IntoView {
    let ctx = page();
    // Open at once for a link that chooses facet values or years (a search alone is in the
    // search field above).
    let open_at_first = ctx
        .filters
        .with_untracked(|f| !f.chosen.is_empty() || f.from.is_some() || f.to.is_some());
    let wanted = RwSignal::new(open_at_first);
    view! {
        <details class="filters" open=open_at_first>
            <summary on:click=move |_| wanted.set(true)>{ctx.t.filters_title}</summary>
            <Show when=move || wanted.get()>
                <FacetGroups />
            </Show>
        </details>
    }
}

/// Shows `filters`, focus then on the control `id`.
fn refilter(ctx: PageContext, filters: Filters, id: &str) {
    ctx.filter(filters);
    ctx.nav
        .focus_after_update(FocusTarget::Control(Opener::Id(id.to_owned())));
}

/// The facets' content: a group per facet, the year range, and "clear all".
#[component]
fn FacetGroups() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    // Every value of the dataset (values that would leave nothing, and are not chosen, are
    // hidden), with its count for the current filters.
    let counted = Memo::new(move |_| {
        ctx.filters.with(|f| {
            ctx.scores.with(|s| {
                ctx.data
                    .with_value(|d| Facet::ALL.map(|facet| counts(d, s, f, facet)))
            })
        })
    });
    let group = move |(k, facet): (usize, Facet)| {
        let values = counted.with_untracked(|c| c[k].clone());
        if values.is_empty() {
            return None;
        }
        let items = values
            .into_iter()
            .enumerate()
            .map(|(i, (value, _))| {
                let id = value_id(facet, i);
                let count = move || counted.with(|c| c[k].get(i).map_or(0, |v| v.1));
                let value = StoredValue::new(value);
                let chosen = move || ctx.filters.with(|f| value.with_value(|v| f.is_chosen(facet, v)));
                let focus_id = id.clone();
                let chosen_at_first = chosen();
                view! {
                    <li id=format!("{id}-item") hidden=move || count() == 0 && !chosen()>
                        <input
                            id=id.clone()
                            type="checkbox"
                            value=value.get_value()
                            checked=chosen_at_first
                            prop:checked=chosen
                            on:change=move |_| {
                                let filters = ctx
                                    .filters
                                    .with_untracked(|f| value.with_value(|v| f.toggled(facet, v)));
                                refilter(ctx, filters, &focus_id);
                            }
                        />
                        <label for=id.clone()>
                            {match facet {
                                Facet::Type | Facet::Status => {
                                    view! { <Term raw=value.get_value() /> }.into_any()
                                }
                                _ => view! { <span lang="en">{value.get_value()}</span> }.into_any(),
                            }}
                            <span id=format!("{id}-count")>{move || format!(" ({})", count())}</span>
                        </label>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <fieldset class="facet">
                <legend>{facet_label(t, facet)}</legend>
                <ul class="facet-values">{items}</ul>
            </fieldset>
        })
    };
    let year_select = move |id: &'static str, label: &'static str| {
        let year = move || {
            let (from, to) = ctx.filters.with(Filters::years);
            if id == "from" {
                from
            } else {
                to
            }
        };
        let at_first = year();
        view! {
            <label class="year-select">
                {format!("{label} ")}
                <select
                    id=id
                    prop:value=move || year().to_string()
                    on:change=move |ev| {
                        let year = parse_year(&event_target_value(&ev));
                        let mut filters = ctx.filters.get_untracked();
                        if id == "from" {
                            filters.from = year;
                        } else {
                            filters.to = year;
                        }
                        refilter(ctx, filters, id);
                    }
                >
                    {layout::years()
                        .map(|y| {
                            view! {
                                <option value=y.to_string() selected=y == at_first>
                                    {y.to_string()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    view! {
        <div class="facet-groups">
            {Facet::ALL.into_iter().enumerate().filter_map(group).collect_view()}
            <fieldset class="facet facet-years">
                <legend>{t.years}</legend>
                {year_select("from", t.from)}
                {year_select("to", t.to)}
            </fieldset>
        </div>
        <ClearAll id=CLEAR_ID hidden=Signal::derive(move || !ctx.filters.with(Filters::is_active)) />
    }
}

/// "Clear all filters": back to everything, focus on the search field.
#[component]
pub fn ClearAll(
    /// The button's id.
    #[prop(optional)]
    id: Option<&'static str>,
    /// Whether it is hidden.
    #[prop(optional, into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    let ctx = page();
    view! {
        <button
            type="button"
            class="button button-secondary"
            id=id
            hidden=move || hidden.get()
            on:click=move |_| refilter(ctx, Filters::default(), SEARCH_ID)
        >
            {ctx.t.clear_all}
        </button>
    }
}

/// Removes `filter` from the filters, focus then on the search field.
pub fn remove(ctx: PageContext, filter: &crate::facets::Filter) {
    let filters = ctx.filters.with_untracked(|f| f.without(filter));
    refilter(ctx, filters, SEARCH_ID);
}
