//! The shape that marks a status: statuses differ by shape, not by colour alone.

use leptos::prelude::*;

use crate::timeline::bands::Mark;

/// How a mark is drawn in its 16×16 box: its path, and, for a line rather than a filled shape,
/// its width and whether its ends and corners are round. (One table, one view.)
fn shape(mark: Mark) -> (&'static str, Option<(&'static str, bool)>) {
    match mark {
        Mark::Ring => (
            "M2.5 8a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0Z",
            Some(("2.5", false)),
        ),
        Mark::Triangle => ("M8 1.5 15 14.5H1Z", None),
        Mark::Diamond => ("M8 1 15 8 8 15 1 8Z", None),
        Mark::Star => (
            "M8 .8 10.2 5.5 15.3 6.1 11.5 9.6 12.5 14.7 8 12.2 3.5 14.7 4.5 9.6.7 6.1 5.8 5.5Z",
            None,
        ),
        Mark::Circle => ("M2 8a6 6 0 1 0 12 0a6 6 0 1 0-12 0Z", None),
        Mark::Cross => ("M3 3 13 13M13 3 3 13", Some(("3", true))),
        Mark::Tick => ("M2 8.5 6.5 13 14 3.5", Some(("3", true))),
        Mark::Square => ("M2.5 2.5h11v11h-11Z", Some(("2.5", false))),
    }
}

/// A small SVG shape for a status, drawn in the current colour (so it follows themes and
/// forced-colours mode). Decorative: the status is always also given in words.
#[component]
pub fn StatusMark(mark: Mark) -> impl IntoView {
    let (d, line) = shape(mark);
    let round = line.filter(|(_, round)| *round).map(|_| "round");
    view! {
        <svg
            class=format!("mark {}", mark.class())
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
        >
            <path
                d=d
                fill=if line.is_some() { "none" } else { "currentColor" }
                stroke=line.map(|_| "currentColor")
                stroke-width=line.map(|(width, _)| width)
                stroke-linecap=round
                stroke-linejoin=round
            ></path>
        </svg>
    }
}
