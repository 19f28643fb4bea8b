//! A year of a lane: a quiet segment of its band, and a link to the year's card, named with its
//! year, status, whether it has a note, and its development; one of the lane's controls in the
//! timeline's keyboard model. Hover and focus show its preview.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::labels::cell_label;
use crate::navigation::{Focus, Opener};
use crate::selection::Selection;
use crate::timeline_ids::cell_id;
use crate::vocab::term;

use super::context::page;
use super::nav_link::space_follows;
use super::page::app_is_focusing;
use super::timeline::Roving;
use super::year_preview::{Preview, PREVIEW_ID};

/// The control of `year` of the measure at `index`, titled `title`, whose status is `status`.
#[component]
pub fn YearControl(
    index: usize,
    year: i32,
    status: String,
    has_note: bool,
    title: String,
    roving: Roving,
    preview: Preview,
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
    let class = if has_note {
        format!("cell y{year} has-note")
    } else {
        format!("cell y{year}")
    };
    let label = cell_label(ctx.t, year, term(ctx.t, &status).text(), has_note, &title);
    let show = move |ev: &web_sys::Event| {
        if let Some(control) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            preview.show(index, year, &control);
        }
    };
    view! {
        <a
            id=cell_id(index, year)
            href=move || target.with_value(|id| ctx.href(id, Some(year)))
            tabindex=move || if roving.stop(ctx, index) == Some(year) { "0" } else { "-1" }
            class=class
            aria-label=label
            aria-current=move || {
                (ctx.selection.get() == Selection::Year(index, year)).then_some("true")
            }
            aria-describedby=move || preview.is_on(index, year).then_some(PREVIEW_ID)
            on:click=move |ev| {
                ctx.nav.follow(&ev, next(), Focus::Stay, Some(Opener::Id(cell_id(index, year))))
            }
            on:keydown=move |ev| {
                if ev.key() == "Escape" && preview.dismiss() {
                    // Escape closes the preview first; the card stays, and so does focus.
                    ev.stop_propagation();
                    return;
                }
                roving.key(ctx, &ev, index, Some(year));
                space_follows(&ev);
            }
            on:pointerenter=move |ev| show(&ev)
            on:pointerleave=move |_| preview.leave()
            on:focus=move |ev| {
                if !app_is_focusing() {
                    show(&ev);
                    preview.focus(true);
                }
            }
            on:blur=move |_| preview.focus(false)
        >
            {has_note.then(|| view! { <span class="note-flag"></span> })}
        </a>
    }
}
