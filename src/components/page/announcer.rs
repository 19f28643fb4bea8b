//! The polite live region that tells screen readers what a selection opened.

use leptos::prelude::*;

use crate::web::ids::ANNOUNCER_ID;

/// The live region, saying `text`.
#[component]
pub fn Announcer(
    /// What it says now.
    text: Signal<String>,
) -> impl IntoView {
    view! {
        <p id=ANNOUNCER_ID class="visually-hidden" role="status">
            // Nothing, rather than an empty text, which would be written out as a space.
            {move || Some(text.get()).filter(|s| !s.is_empty())}
        </p>
    }
}
