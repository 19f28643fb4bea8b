//! The polite live region that tells screen readers what a selection opened: nothing in the
//! accessibility tree until it has something to say.

use leptos::prelude::*;

use crate::web::ids::ANNOUNCER_ID;

/// The live region, saying `text`.
#[component]
pub fn Announcer(
    /// What it says now.
    text: Signal<String>,
) -> impl IntoView {
    // A live region without a role (a `status` would be in the tree, empty, and so would a
    // paragraph): a plain block, in the tree only once it has words. Its text as a property:
    // written out at build time, it is then empty (a text child would be written out as a space).
    view! {
        <div
            id=ANNOUNCER_ID
            class="visually-hidden"
            aria-live="polite"
            prop:textContent=move || text.get()
        ></div>
    }
}
