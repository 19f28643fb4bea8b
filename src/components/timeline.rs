//! The horizontal 2015–2025 timeline: one lane per development, one column per year.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

use super::status_mark::StatusMark;
use super::use_strings;
use crate::labels::cell_label;
use crate::layout::{self, Cell};
use crate::model::Dataset;
use crate::navigation::{href, use_navigator, Focus};
use crate::platform;
use crate::selection::Selection;

/// The timeline of every measure of `data`, with the selected lane and year marked.
#[component]
pub fn Timeline(
    /// The dataset.
    data: Arc<Dataset>,
    /// What is selected.
    selection: Signal<Selection>,
) -> impl IntoView {
    let t = use_strings();
    let scroller = NodeRef::<html::Div>::new();
    // Keep the selected year in view when the timeline scrolls inside itself.
    Effect::new(move |_| {
        let _ = selection.get();
        request_animation_frame(move || {
            if let Some(container) = scroller.get_untracked() {
                if let Ok(Some(cell)) = container.query_selector(".cell[aria-current]") {
                    platform::scroll_into_view(&container, &cell);
                }
            }
        });
    });
    let head = layout::years()
        .map(|year| {
            view! {
                <th scope="col" class:year-current=move || selection.get().year() == Some(year)>
                    {year}
                </th>
            }
        })
        .collect_view();
    let lanes = (0..data.measures.len())
        .map(|index| view! { <Lane data=data.clone() index selection/> })
        .collect_view();
    let statuses = layout::statuses(&data.measures);
    view! {
        <section class="timeline-section" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{move || t.get().timeline_title}</h2>
            <p id="timeline-help" class="help">{move || t.get().timeline_help}</p>
            <div class="timeline-scroll" node_ref=scroller>
                <table class="timeline" aria-labelledby="timeline-title" aria-describedby="timeline-help">
                    <thead>
                        <tr>{head}</tr>
                    </thead>
                    {lanes}
                </table>
            </div>
            <div class="key">
                <h3 class="key-title">{move || t.get().key_title}</h3>
                <ul class="key-list">
                    {statuses
                        .into_iter()
                        .map(|(status, mark)| {
                            view! {
                                <li><span class=format!("key-swatch {}", mark.class())><StatusMark mark/></span> <span lang="en">{status}</span></li>
                            }
                        })
                        .collect_view()}
                    <li><span class="key-swatch"><span class="note-flag"></span></span> {move || t.get().key_note}</li>
                    <li><span class="key-swatch key-empty"></span> {move || t.get().key_empty}</li>
                </ul>
            </div>
        </section>
    }
}

/// One development's lane: its name, then a cell per year.
#[component]
fn Lane(data: Arc<Dataset>, index: usize, selection: Signal<Selection>) -> impl IntoView {
    let nav = use_navigator();
    let m = &data.measures[index];
    let id = m.id.clone();
    let title_state = {
        let id = id.clone();
        move || nav.state().with_selection(&id, None)
    };
    let title_click = title_state.clone();
    let meta: Vec<String> = [m.development_type.clone(), Some(m.country.clone())]
        .into_iter()
        .flatten()
        .collect();
    let cells = layout::lane(m)
        .into_iter()
        .map(|cell| year_cell(&data, index, cell, selection))
        .collect_view();
    let is_current = move || selection.get().measure_index() == Some(index);
    let title_current = move || (selection.get() == Selection::Measure(index)).then_some("true");
    view! {
        <tbody class="lane" class:lane-current=is_current>
            <tr>
                <th scope="rowgroup" colspan=layout::YEAR_COUNT class="lane-title">
                    <span class="lane-name">
                        <a
                            href=move || href(&title_state())
                            on:click=move |ev| nav.follow(&ev, title_click(), Focus::Stay)
                            aria-current=title_current
                            lang="en"
                        >
                            {m.title.clone()}
                        </a>
                        " "
                        <span class="lane-meta" lang="en">{meta.join(" · ")}</span>
                    </span>
                </th>
            </tr>
            <tr class="lane-cells">{cells}</tr>
        </tbody>
    }
    .into_any()
}

/// A year cell: a link to the year's card where the source gives a status, else empty.
fn year_cell(data: &Dataset, index: usize, cell: Cell, selection: Signal<Selection>) -> AnyView {
    let t = use_strings();
    let nav = use_navigator();
    let year = cell.year;
    let Some(entry) = cell.entry else {
        return view! {
            <td class="cell-empty">
                <span class="visually-hidden">{move || t.get().key_empty}</span>
            </td>
        }
        .into_any();
    };
    let m = &data.measures[index];
    let id = m.id.clone();
    let state = move || nav.state().with_selection(&id, Some(year));
    let click = state.clone();
    let title = m.title.clone();
    let status = entry.status.clone();
    let label = move || cell_label(t.get(), year, &status, entry.has_note, &title);
    let current = move || (selection.get() == Selection::Year(index, year)).then_some("true");
    view! {
        <td>
            <a
                class=format!("cell {}", entry.mark.class())
                class:has-note=entry.has_note
                href=move || href(&state())
                on:click=move |ev| nav.follow(&ev, click(), Focus::Stay)
                aria-label=label
                aria-current=current
            >
                <StatusMark mark=entry.mark/>
                <span class="cell-status" lang="en">{entry.status.clone()}</span>
                {entry.has_note.then(|| view! { <span class="note-flag"></span> })}
            </a>
        </td>
    }
    .into_any()
}
