//! The preview of a year, on hover and focus of its control: the year, its status and the first
//! line of its note. As WCAG 1.4.13 asks, Escape dismisses it (focus stays), it can be hovered
//! itself, and it stays until the pointer or the focus leaves. It is a preview only: Enter or a
//! click opens the year's card.

use leptos::prelude::*;

use crate::components::common::Term;
use crate::components::context::page;
use crate::timeline::labels::note_preview;
use crate::web::ids::PREVIEW_ID;

use super::context::timeline;
use super::preview::Shown;

/// The timeline's preview, where it is open.
#[component]
pub fn YearPreview() -> impl IntoView {
    let ctx = page();
    let preview = timeline().preview;
    let t = ctx.t;
    let content = move || {
        let shown = preview.shown.get()?;
        let (status, note) = ctx.data.with_value(|d| {
            let entry = d.measures.get(shown.index)?.year(shown.year)?;
            Some((
                entry.status.clone(),
                entry.note.as_deref().map(|n| note_preview(n, 140)),
            ))
        })?;
        Some(view! {
            <p class="preview-head">
                <span class="preview-year">{shown.year.to_string()}</span>
                " · "
                <Term raw=status />
            </p>
            {match note {
                Some(note) => view! { <p class="preview-note" lang="en">{note}</p> }.into_any(),
                None => view! { <p class="preview-note no-note">{t.no_note}</p> }.into_any(),
            }}
        })
    };
    let place = move |f: fn(&Shown) -> f64| {
        move || {
            preview
                .shown
                // In whole pixels: formatting a float would bring its code into the wasm.
                .with(|s| s.as_ref().map(|s| format!("{}px", f(s).round() as i64)))
        }
    };
    view! {
        <div
            id=PREVIEW_ID
            class="year-preview"
            role="tooltip"
            hidden=move || preview.shown.with(Option::is_none)
            style:top=place(|s| s.top)
            style:left=place(|s| s.left)
            on:pointerenter=move |_| preview.hovered()
            on:pointerleave=move |_| preview.leave()
        >
            {content}
        </div>
    }
}
