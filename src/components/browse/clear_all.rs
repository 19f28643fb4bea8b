//! "Clear all filters": back to everything, focus on the search field.

use leptos::prelude::*;

use crate::components::context::page;

/// The button.
#[component]
pub fn ClearAll(
    /// The button's id.
    #[prop(optional)]
    id: Option<&'static str>,
    /// Whether it is hidden.
    #[prop(optional, into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    let ctx = page();
    view! {
        <button
            type="button"
            class="button button-secondary"
            id=id
            hidden=move || hidden.get()
            on:click=move |_| ctx.clear_filters()
        >
            {ctx.t.clear_all}
        </button>
    }
}
