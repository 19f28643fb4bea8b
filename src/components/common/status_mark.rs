//! The shape that marks a status: statuses differ by shape, not by colour alone.

use leptos::prelude::*;

use crate::timeline::bands::Mark;

/// A small SVG shape for a status, drawn in the current colour (so it follows themes and
/// forced-colours mode). Decorative: the status is always also given in words.
#[component]
pub fn StatusMark(mark: Mark) -> impl IntoView {
    let shape = match mark {
        Mark::Ring => view! {
            <circle
                cx="8"
                cy="8"
                r="5.5"
                stroke="currentColor"
                stroke-width="2.5"
                fill="none"
            ></circle>
        }
        .into_any(),
        Mark::Star => view! {
            <path
                d="M8 .8 10.2 5.5 15.3 6.1 11.5 9.6 12.5 14.7 8 12.2 3.5 14.7 4.5 9.6.7 6.1 5.8 5.5Z"
                fill="currentColor"
            ></path>
        }
        .into_any(),
        Mark::Tick => view! {
            <path
                d="M2 8.5 6.5 13 14 3.5"
                stroke="currentColor"
                stroke-width="3"
                stroke-linecap="round"
                stroke-linejoin="round"
                fill="none"
            ></path>
        }
        .into_any(),
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
