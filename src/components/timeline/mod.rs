//! The horizontal timeline, a table: one [`Lane`] per development, a row each, one column per
//! year of the axis (a cell per development and year, under the year's header), the
//! [`Key`], and "show more". It owns the keyboard model (one tab stop per lane, the arrow keys,
//! Home and End: [`crate::timeline::keys`]) and the year preview, shared through its
//! [`TimelineContext`].

mod band;
mod context;
mod key;
mod lane;
mod preview;
mod year_control;
mod year_preview;

pub use band::{Band, EmptyYear};
pub use context::{timeline, Roving, TimelineContext};
pub use key::Key;
pub use lane::{Lane, LaneName};
pub use preview::{Preview, Shown};
pub use year_control::YearControl;
pub use year_preview::YearPreview;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::context::page;
use crate::link::focus::{FocusTarget, Opener};
use crate::link::selection::Selection;
use crate::text::i18n::fill;
use crate::timeline::labels::axis_year;
use crate::timeline::lanes::{more, LANES_AT_A_TIME};
use crate::web::browser;
use crate::web::ids::{cell_id, lane_id, lane_link_id, year_id, TRACK_CLASS};
use crate::web::ids::{TIMELINE_HELP_ID, TIMELINE_TITLE_ID};

/// The timeline of the lanes on screen.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let shared = TimelineContext {
        roving: Roving::new(),
        preview: Preview::new(),
    };
    provide_context(shared);
    let (roving, preview) = (shared.roving, shared.preview);
    let scroller = NodeRef::<Div>::new();
    // A new selection: each lane's tab stop is its selected control (or its name) again, and
    // the selected year (or, for a development, its first year with information) is scrolled
    // into view inside the timeline (not the page).
    ctx.handover.on_screen_effect(move |first| {
        let selection = ctx.selection.get();
        ctx.axis.track();
        if !first {
            roving.reset();
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
                browser::scroll_into_view(&scroller, &current);
            }
        });
    });
    // The preview is placed in the viewport: it follows its control when the page or the track
    // scrolls. (In an effect: browsers only, never in the native rendering.)
    Effect::new(move |_| {
        let scrolled = window_event_listener(leptos::ev::scroll, move |_| preview.follow());
        on_cleanup(move || scrolled.remove());
    });
    let title = move || {
        let axis = ctx.axis.get();
        fill(
            t.timeline_title,
            &[
                ("from", &axis.from.to_string()),
                ("to", &axis.to.to_string()),
            ],
        )
    };
    view! {
        // (Not a region: the table has the heading's name, and one name is enough.)
        <section class="timeline-section">
            <h2 id=TIMELINE_TITLE_ID>{title}</h2>
            // For keyboard users, where they look for it: a disclosure, not a paragraph on every
            // screen (the table names it as its description all the same).
            <details class="keyboard-help">
                <summary>{t.keyboard_help_title}</summary>
                <p id=TIMELINE_HELP_ID class="help">{t.timeline_help}</p>
            </details>
            <div class=TRACK_CLASS node_ref=scroller on:scroll=move |_| preview.follow()>
                <table
                    class="timeline"
                    aria-labelledby=TIMELINE_TITLE_ID
                    aria-describedby=TIMELINE_HELP_ID
                    node_ref=roving.table
                >
                    <thead>
                        <Axis />
                    </thead>
                    <tbody>
                        <For each=move || ctx.shown.get() key=|i| *i let:index>
                            <Lane index />
                        </For>
                    </tbody>
                </table>
            </div>
            <ShowMore />
            <Key />
            <YearPreview />
        </section>
    }
}

/// The year axis: a column header per year, the selected one marked (a narrow screen shows
/// only each year's last two digits), after the empty corner over the lanes' row headers.
#[component]
pub fn Axis() -> impl IntoView {
    let ctx = page();
    view! {
        <tr>
            <td class="corner"></td>
            {move || {
                ctx.axis
                    .get()
                    .iter()
                    .map(|year| {
                        let (century, digits) = axis_year(year);
                        view! {
                            <th
                                scope="col"
                                id=year_id(year)
                                class=move || (ctx.selection.get().year() == Some(year)).then_some("year-current")
                            >
                                <span class="year-century">{century}</span>
                                <span class="year-digits">{digits}</span>
                            </th>
                        }
                    })
                    .collect_view()
            }}
        </tr>
    }
}

/// "Show more": the next lanes, focus on the first of them.
#[component]
pub fn ShowMore() -> impl IntoView {
    let ctx = page();
    let hidden = move || ctx.found.with(Vec::len) - ctx.shown.with(Vec::len);
    view! {
        <Show when=move || { hidden() > 0 }>
            <button
                type="button"
                class="button button-secondary show-more"
                on:click=move |_| {
                    let on_screen = ctx.shown.with_untracked(Vec::len);
                    ctx.lanes_wanted.update(|n| *n = more(on_screen, *n));
                    // Focus goes to the first of the lanes just shown.
                    if let Some(first) = ctx.shown.with_untracked(|s| s.get(on_screen).copied()) {
                        ctx.nav
                            .focus_after_update(
                                FocusTarget::Control(Opener::Id(lane_link_id(first))),
                            );
                    }
                }
            >
                {move || {
                    let left = hidden();
                    fill(
                        ctx.t.show_more,
                        &[
                            ("n", &left.min(LANES_AT_A_TIME).to_string()),
                            ("left", &left.to_string()),
                        ],
                    )
                }}
            </button>
        </Show>
    }
}
