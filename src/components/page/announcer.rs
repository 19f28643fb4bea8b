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
        // Its text as a property: written out at build time, it is then empty (a text child
        // would be written out as a space).
        <p id=ANNOUNCER_ID class="visually-hidden" role="status" prop:textContent=move || text.get()></p>
    }
}
