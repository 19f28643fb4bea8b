//! A year of a lane: a quiet segment of its band, and a link to the year's card, named with what
//! its row and column headers do not say (its status, and whether it has a note); one of the
//! lane's controls in the timeline's keyboard model. Hover and focus show its preview.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::common::space_follows;
use crate::components::context::page;
use crate::link::focus::{app_is_focusing, Focus, Opener};
use crate::link::selection::Selection;
use crate::text::vocab::term;
use crate::timeline::labels::cell_label;
use crate::web::ids::{cell_id, PREVIEW_ID};

use super::context::{timeline, TimelineContext};

/// The control of `year` of the measure at `index` (which has an entry for it, with a note or
/// not: `has_note`).
#[component]
pub fn YearControl(index: usize, year: i32, has_note: bool) -> impl IntoView {
    let ctx = page();
    let TimelineContext { roving, preview } = timeline();
    let (id, label) = ctx
        .data
        .with_value(|d| {
            let m = d.measures.get(index)?;
            let status = m.year(year).map_or("", |e| e.status.as_str());
            let label = cell_label(ctx.t, term(ctx.t, status).text(), has_note);
            Some((m.id.clone(), label))
        })
        .unwrap_or_default();
    let target = StoredValue::new(id);
    let next = move || {
        ctx.base
            .with(|b| target.with_value(|id| b.with_selection(id, Some(year))))
    };
    // The selected year's column is marked across the lanes.
    let class = move || match (has_note, ctx.selection.get().year() == Some(year)) {
        (true, true) => "cell has-note column-current",
        (true, false) => "cell has-note",
        (false, true) => "cell column-current",
        (false, false) => "cell",
    };
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
                preview.keys();
                if ev.key() == "Escape" && preview.dismiss() {
                    // Escape closes the preview first; the card stays, and so does focus.
                    ev.stop_propagation();
                    return;
                }
                roving.key(ctx, &ev, index, Some(year));
                space_follows(&ev);
            }
            // A tap opens the card; the preview is for a mouse's hover and the keys' focus.
            on:pointerenter=move |ev| {
                preview.pointer(&ev.pointer_type());
                if !preview.by_touch() {
                    show(&ev);
                }
            }
            on:pointerdown=move |ev| preview.pointer(&ev.pointer_type())
            on:pointerleave=move |_| preview.leave()
            on:focus=move |ev| {
                if !app_is_focusing() && !preview.by_touch() {
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
