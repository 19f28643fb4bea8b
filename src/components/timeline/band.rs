//! A lane's years on the axis: a [`Band`] of consecutive years with one status (each year
//! still its own control), or an [`EmptyYear`] the source says nothing of.

use leptos::prelude::*;

use crate::components::common::{StatusMark, Term};
use crate::components::context::page;
use crate::timeline::bands::{status_label_class, Mark};

use super::year_control::YearControl;

/// The band of the measure at `index` over `years` (each with whether it has a note), whose
/// status is `status`: its year controls, its status written once where it fits, and the mark
/// that ends it where its status ends with one.
#[component]
pub fn Band(index: usize, status: String, mark: Mark, years: Vec<(i32, bool)>) -> impl IntoView {
    let colspan = years.len().to_string();
    let label = status_label_class(&status);
    let controls = years
        .into_iter()
        .map(|(year, has_note)| view! { <YearControl index year has_note /> })
        .collect_view();
    let end = mark.ends_band().then(|| {
        view! {
            <span class="band-end" aria-hidden="true">
                <StatusMark mark />
            </span>
        }
    });
    view! {
        <td class="band-cell" colspan=colspan>
            <div class=format!("band {}", mark.band_class())>
                {controls}
                <span class="band-label" aria-hidden="true">
                    <StatusMark mark />
                    <span class=label>
                        <Term raw=status />
                    </span>
                </span>
                {end}
            </div>
        </td>
    }
}

/// A year the source says nothing of: empty track, said as such to screen readers.
#[component]
pub fn EmptyYear(year: i32) -> impl IntoView {
    let ctx = page();
    // The selected year's column is marked across the lanes.
    let class = move || {
        if ctx.selection.get().year() == Some(year) {
            "cell-empty column-current"
        } else {
            "cell-empty"
        }
    };
    view! {
        <td class=class>
            <span class="visually-hidden">{ctx.t.key_empty}</span>
        </td>
    }
}
