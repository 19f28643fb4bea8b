//! A year of a lane: a link to the year's card, named with its year, status, whether it has a
//! note, and its development; one of the lane's controls in the timeline's keyboard model.

use leptos::prelude::*;

use crate::labels::cell_label;
use crate::layout::CellEntry;
use crate::navigation::{href, Focus, Opener};
use crate::selection::Selection;
use crate::timeline_ids::cell_id;

use super::context::page;
use super::nav_link::space_follows;
use super::status_mark::StatusMark;
use super::timeline::Roving;

/// The control of `year` (whose status is `entry`) of the measure at `index`, titled `title`.
#[component]
pub fn YearControl(
    index: usize,
    year: i32,
    entry: CellEntry,
    title: String,
    roving: Roving,
) -> impl IntoView {
    let ctx = page();
    let id = ctx
        .data
        .with_value(|d| d.measures.get(index).map(|m| m.id.clone()))
        .unwrap_or_default();
    let target = StoredValue::new(id);
    let next = move || {
        ctx.base
            .with(|b| target.with_value(|id| b.with_selection(id, Some(year))))
    };
    let class = if entry.has_note {
        format!("cell {} has-note", entry.mark.class())
    } else {
        format!("cell {}", entry.mark.class())
    };
    let label = cell_label(ctx.t, year, &entry.status, entry.has_note, &title);
    view! {
        <a
            id=cell_id(index, year)
            href=move || href(&next())
            tabindex=move || if roving.stop(ctx, index) == Some(year) { "0" } else { "-1" }
            class=class
            aria-label=label
            aria-current=move || {
                (ctx.selection.get() == Selection::Year(index, year)).then_some("true")
            }
            on:click=move |ev| {
                ctx.nav.follow(&ev, next(), Focus::Stay, Some(Opener::Id(cell_id(index, year))))
            }
            on:keydown=move |ev| {
                roving.key(ctx, &ev, index, Some(year));
                space_follows(&ev);
            }
        >
            <StatusMark mark=entry.mark />
            <span class="cell-status" lang="en">{entry.status}</span>
            {entry.has_note.then(|| view! { <span class="note-flag"></span> })}
        </a>
    }
}
