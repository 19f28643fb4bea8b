//! The shape that marks a status: statuses differ by shape, not by colour alone.

use leptos::prelude::*;

use crate::timeline::bands::Mark;

/// A small SVG shape for a status, drawn in the current colour (so it follows themes and
/// forced-colours mode). Decorative: the status is always also given in words.
#[component]
pub fn StatusMark(mark: Mark) -> impl IntoView {
    let shape = match mark {
        Mark::Circle => {
            view! { <circle cx="8" cy="8" r="6" fill="currentColor"></circle> }.into_any()
        }
        Mark::Cross => view! {
            <path
                d="M3 3 13 13M13 3 3 13"
                stroke="currentColor"
                stroke-width="3"
                stroke-linecap="round"
                fill="none"
            ></path>
        }
        .into_any(),
        Mark::Diamond => {
            view! { <path d="M8 1 15 8 8 15 1 8Z" fill="currentColor"></path> }.into_any()
        }
        Mark::Triangle => {
            view! { <path d="M8 1.5 15 14.5H1Z" fill="currentColor"></path> }.into_any()
        }
        Mark::Square => view! {
            <rect
                x="2.5"
                y="2.5"
                width="11"
                height="11"
                stroke="currentColor"
                stroke-width="2.5"
                fill="none"
            ></rect>
        }
        .into_any(),
    };
    view! {
        <svg
            class=format!("mark {}", mark.class())
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
        >
            {shape}
        </svg>
    }
}
