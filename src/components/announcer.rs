//! The polite live region that tells screen readers what a selection opened.

use leptos::prelude::*;

/// The live region, saying `text`.
#[component]
pub fn Announcer(
    /// What it says now.
    text: Signal<String>,
) -> impl IntoView {
    view! {
        <p id="announcer" class="visually-hidden" role="status">
            {move || text.get()}
        </p>
    }
}
