//! The horizontal 2015–2025 timeline: one lane per development, one column per year, the key,
//! and "show more". It owns the keyboard model: one tab stop per lane (a roving tabindex), the
//! arrow keys, Home and End move between years and lanes ([`move_focus`]).

use leptos::html::{Div, Table};
use leptos::prelude::*;

use crate::i18n::fill;
use crate::layout::{self, move_focus, Move, Place};
use crate::navigation::FocusTarget;
use crate::platform;
use crate::selection::Selection;
use crate::timeline_ids::{cell_id, lane_id, lane_link_id, year_id};
use crate::timeline_lanes::{more, LANES_AT_A_TIME};

use super::context::{page, PageContext};
use super::key::Key;
use super::lane::Lane;
use super::year_preview::{Preview, YearPreview};

/// Id of the timeline's heading.
pub const TITLE_ID: &str = "timeline-title";
/// Id of the timeline's description.
pub const HELP_ID: &str = "timeline-help";

/// The keyboard model of the timeline: each lane's tab stop, and the table they are in.
#[derive(Clone, Copy)]
pub struct Roving {
    /// Lanes whose tab stop was moved by the arrow keys (measure index, year or the name),
    /// since the selection last changed; the others' is their selected control, or their name.
    moved: RwSignal<Vec<(usize, Option<i32>)>>,
    table: NodeRef<Table>,
}

impl Roving {
    /// The tab stop of the lane of measure `index`: a year, or `None` for its name (tracked).
    pub fn stop(&self, ctx: PageContext, index: usize) -> Option<i32> {
        let moved = self
            .moved
            .with(|m| m.iter().find(|(l, _)| *l == index).map(|(_, y)| *y));
        moved.unwrap_or_else(|| match ctx.selection.get() {
            Selection::Year(i, year) if i == index => Some(year),
            _ => None,
        })
    }

    /// Handles a key on the control of `year` (or the name) of the lane of measure `index`:
    /// an arrow key, Home or End moves focus, carrying the lane's tab stop along.
    pub fn key(
        &self,
        ctx: PageContext,
        ev: &web_sys::KeyboardEvent,
        index: usize,
        year: Option<i32>,
    ) {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(step) = Move::of_key(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        let shown = ctx.shown.get_untracked();
        let Some(lane) = shown.iter().position(|&i| i == index) else {
            return;
        };
        let range = ctx.years.get_untracked();
        let years: Vec<Vec<i32>> = ctx.data.with_value(|d| {
            shown
                .iter()
                .map(|&i| {
                    d.measures
                        .get(i)
                        .map_or_else(Vec::new, |m| layout::entry_years(m, range))
                })
                .collect()
        });
        let Some(to) = move_focus(step, Place { lane, year }, &years) else {
            return;
        };
        let index = shown[to.lane];
        self.moved.update(|m| {
            m.retain(|(l, _)| *l != index);
            m.push((index, to.year));
        });
        let id = match to.year {
            Some(year) => cell_id(index, year),
            None => lane_link_id(index),
        };
        if let Some(next) = self
            .table
            .get_untracked()
            .and_then(|t| t.query_selector(&format!("#{id}")).ok().flatten())
        {
            platform::focus_element(&next);
        }
    }
}

/// The timeline of the lanes on screen.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let roving = Roving {
        moved: RwSignal::new(Vec::new()),
        table: NodeRef::new(),
    };
    let scroller = NodeRef::<Div>::new();
    let preview = Preview::new();
    // A new selection: each lane's tab stop is its selected control (or its name) again, and
    // the selected year (or, for a development, its first year with information) is scrolled
    // into view inside the timeline (not the page).
    Effect::new(move |first: Option<()>| {
        let selection = ctx.selection.get();
        ctx.years.track();
        if first.is_some() && !roving.moved.with_untracked(Vec::is_empty) {
            roving.moved.set(Vec::new());
        }
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            let (Some(scroller), Some(table)) =
                (scroller.get_untracked(), roving.table.get_untracked())
            else {
                return;
            };
            let shown = match selection {
                Selection::Year(i, year) => format!("#{}", cell_id(i, year)),
                Selection::Measure(i) => format!("#{} a.cell", lane_id(i)),
                _ => return,
            };
            if let Ok(Some(current)) = table.query_selector(&shown) {
                platform::scroll_into_view(&scroller, &current);
            }
        });
    });
    // The preview is placed in the viewport: it follows its control when the page or the track
    // scrolls. (In an effect: browsers only, never in the native rendering.)
    Effect::new(move |_| {
        let scrolled = window_event_listener(leptos::ev::scroll, move |_| preview.follow());
        on_cleanup(move || scrolled.remove());
    });
    let hidden = move || ctx.found.with(Vec::len) - ctx.shown.with(Vec::len);
    let year_current = move |year: i32| move || ctx.selection.get().year() == Some(year);
    let title = move || {
        let (from, to) = ctx.years.get();
        fill(
            t.timeline_title,
            &[("from", &from.to_string()), ("to", &to.to_string())],
        )
    };
    // The selected year's column is marked across the lanes (see `.col-` rules in the CSS).
    let table_class = move || match ctx.selection.get().year() {
        Some(year) => format!("timeline col-{year}"),
        None => "timeline".to_owned(),
    };
    view! {
        <section class="timeline-section" aria-labelledby=TITLE_ID>
            <h2 id=TITLE_ID>{title}</h2>
            // For keyboard users, where they look for it: a disclosure, not a paragraph on every
            // screen (the table names it as its description all the same).
            <details class="keyboard-help">
                <summary>{t.keyboard_help_title}</summary>
                <p id=HELP_ID class="help">{t.timeline_help}</p>
            </details>
            <div class="timeline-scroll" node_ref=scroller on:scroll=move |_| preview.follow()>
                <table
                    class=table_class
                    aria-labelledby=TITLE_ID
                    aria-describedby=HELP_ID
                    node_ref=roving.table
                >
                    <thead>
                        <tr>
                            {move || {
                                let (from, to) = ctx.years.get();
                                (from..=to)
                                .map(|year| {
                                    view! {
                                        <th
                                            scope="col"
                                            id=year_id(year)
                                            class=move || year_current(year)().then_some("year-current")
                                        >
                                            {year.to_string()}
                                        </th>
                                    }
                                })
                                .collect_view()
                            }}
                        </tr>
                    </thead>
                    <For each=move || ctx.shown.get() key=|i| *i let:index>
                        <Lane index roving preview />
                    </For>
                </table>
            </div>
            <Show when=move || { hidden() > 0 }>
                <button
                    type="button"
                    class="button button-secondary show-more"
                    on:click=move |_| {
                        let on_screen = ctx.shown.with_untracked(Vec::len);
                        ctx.lanes.update(|n| *n = more(on_screen, *n));
                        // Focus goes to the first of the lanes just shown.
                        ctx.nav
                            .focus_after_update(
                                FocusTarget::Selector(
                                    format!(
                                        "tbody.lane:nth-of-type({}) a[id^=lane-link-]",
                                        on_screen + 1,
                                    ),
                                ),
                            );
                    }
                >
                    {move || {
                        let left = hidden();
                        fill(
                            t.show_more,
                            &[
                                ("n", &left.min(LANES_AT_A_TIME).to_string()),
                                ("left", &left.to_string()),
                            ],
                        )
                    }}
                </button>
            </Show>
            <Key />
            <YearPreview preview />
        </section>
    }
}
