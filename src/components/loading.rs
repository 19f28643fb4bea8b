//! The view shown while the dataset loads.

use leptos::prelude::*;

use crate::i18n::EN;

/// A polite "loading" message, announced to screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="status-message" role="status">
            {EN.loading}
        </p>
    }
}
