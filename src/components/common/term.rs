//! A value of the dataset's controlled vocabularies, shown as an interface word (see
//! [`crate::text::vocab`]); a value the interface does not know stays the dataset's, marked
//! English. Also the country, and the line of terms and country that heads a lane or a card.

use leptos::prelude::*;

use crate::components::context::page;
use crate::text::vocab::term;

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

/// Vocabulary values, each followed by " · ", then the country: "Policy development ·
/// Practical measure/initiative · BELGIUM-FR".
#[component]
pub fn TermLine(
    /// The vocabulary values, in order (may be none).
    terms: Vec<String>,
    /// The country.
    #[prop(into)]
    country: String,
) -> impl IntoView {
    view! {
        {terms
            .into_iter()
            .map(|raw| {
                view! {
                    <Term raw />
                    " · "
                }
            })
            .collect_view()}
        <Country name=country />
    }
}
