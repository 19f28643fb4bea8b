//! A lane's years on the axis, a cell each: a [`Band`] of consecutive years with one status
//! (drawn across its cells, its status written once, each year its own control), or an
//! [`EmptyYear`] the source says nothing of.

use leptos::prelude::*;

use crate::components::common::{StatusMark, Term};
use crate::components::context::page;
use crate::timeline::bands::{band_year_class, label_span_class, status_label_class, Mark};

use super::year_control::YearControl;

/// The band of the measure at `index` over `years` (each with whether it has a note), whose
/// status is `status`: a cell per year with its control, the band drawn across them, its status
/// written once over its first years where it fits, and the mark that ends it where its status
/// ends with one.
#[component]
pub fn Band(index: usize, status: String, mark: Mark, years: Vec<(i32, bool)>) -> impl IntoView {
    let count = years.len();
    let label = status_label_class(&status);
    let end = mark.ends_band().then(|| {
        view! {
            <span class="band-end">
                <StatusMark mark />
            </span>
        }
    });
    // What the eye reads of the band (the key and the controls' names say it to everyone).
    let mut written = Some(view! {
        <span class=format!("band-over {}", label_span_class(count)) aria-hidden="true">
            <span class="band-label">
                <StatusMark mark />
                <span class=label>
                    <Term raw=status />
                </span>
            </span>
            {end}
        </span>
    });
    years
        .into_iter()
        .enumerate()
        .map(|(at, (year, has_note))| {
            let over = written.take();
            view! {
                <td class=band_year_class(mark, at == 0, at + 1 == count)>
                    <YearControl index year has_note />
                    {over}
                </td>
            }
        })
        .collect_view()
}

/// A year the source says nothing of: an empty cell, drawn as empty track.
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
    view! { <td class=class></td> }
}
