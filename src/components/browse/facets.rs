//! The facets: a disclosure of checkboxes per facet (each value with how many developments it
//! would leave) and the year range. Built when first opened (or at once for a link with
//! filters): they are a quarter of the page's elements, which a first view need not make.

use leptos::prelude::*;

use crate::browse::facets::{counts, group_shows, Facet, Filters};
use crate::browse::labels::facet_label;
use crate::components::common::Term;
use crate::components::context::page;
use crate::link::query::parse_year;
use crate::web::ids::{facet_value_id, CLEAR_ID, FROM_ID, TO_ID};

use super::clear_all::ClearAll;

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

/// Every value of each facet in the dataset, with its count for the current filters.
type Counted = Memo<[Vec<(String, usize)>; 6]>;

/// The facets' content: a group per facet, the year range, and "clear all".
#[component]
fn FacetGroups() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let counted: Counted = Memo::new(move |_| {
        ctx.filters.with(|f| {
            ctx.scores.with(|s| {
                ctx.data
                    .with_value(|d| Facet::ALL.map(|facet| counts(d, s, f, facet)))
            })
        })
    });
    let groups = Facet::ALL
        .into_iter()
        .enumerate()
        .filter(|(k, _)| counted.with_untracked(|c| !c[*k].is_empty()))
        .map(|(k, facet)| view! { <FacetGroup k facet counted /> })
        .collect_view();
    view! {
        <div class="facet-groups">
            {groups}
            <fieldset class="facet facet-years">
                <legend>{t.years}</legend>
                <YearSelect id=FROM_ID label=t.from />
                <YearSelect id=TO_ID label=t.to />
            </fieldset>
        </div>
        <ClearAll id=CLEAR_ID hidden=Signal::derive(move || !ctx.filters.with(Filters::is_active)) />
    }
}

/// The group of `facet` (the `k`-th): a checkbox per value. Values that would leave nothing,
/// and are not chosen, are hidden, and so is the group when that is all of them.
#[component]
fn FacetGroup(k: usize, facet: Facet, counted: Counted) -> impl IntoView {
    let ctx = page();
    let values = counted.with_untracked(|c| c[k].clone());
    let items = values
        .into_iter()
        .enumerate()
        .map(|(i, (value, _))| {
            let id = facet_value_id(facet.param(), i);
            let count = move || counted.with(|c| c[k].get(i).map_or(0, |v| v.1));
            let value = StoredValue::new(value);
            let chosen = move || {
                ctx.filters
                    .with(|f| value.with_value(|v| f.is_chosen(facet, v)))
            };
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
                            ctx.refilter(filters, &focus_id);
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
    let empty = move || counted.with(|c| ctx.filters.with(|f| !group_shows(&c[k], f, facet)));
    view! {
        <fieldset class="facet" hidden=empty>
            <legend>{facet_label(ctx.t, facet)}</legend>
            <ul class="facet-values">{items}</ul>
        </fieldset>
    }
}

/// The first (`id` [`FROM_ID`]) or last year of the range.
#[component]
fn YearSelect(id: &'static str, label: &'static str) -> impl IntoView {
    let ctx = page();
    let year = move || {
        let axis = ctx.axis.get();
        if id == FROM_ID {
            axis.from
        } else {
            axis.to
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
                    if id == FROM_ID {
                        filters.from = year;
                    } else {
                        filters.to = year;
                    }
                    ctx.refilter(filters, id);
                }
            >
                {ctx
                    .all_years
                    .iter()
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
}
