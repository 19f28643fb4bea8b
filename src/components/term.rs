//! A value of the dataset's controlled vocabularies, shown as an interface word (see
//! [`crate::vocab`]); a value the interface does not know stays the dataset's, marked English.

use leptos::prelude::*;

use crate::vocab::term;

use super::context::page;

/// The vocabulary value `raw`, as the page's language says it.
#[component]
pub fn Term(#[prop(into)] raw: String) -> impl IntoView {
    let shown = term(page().t, &raw);
    if shown.is_dataset() {
        view! { <span lang="en">{raw.clone()}</span> }.into_any()
    } else {
        shown.text().to_owned().into_any()
    }
}

/// A country, as the dataset writes it (English), never broken at its hyphen.
#[component]
pub fn Country(#[prop(into)] name: String) -> impl IntoView {
    view! { <span class="country" lang="en">{name}</span> }
}
