//! Text with the places a search matches marked (`<mark>`).

use leptos::prelude::*;

use crate::browse::search::highlight;
use crate::components::context::page;

/// `text` with the places `query` matches marked.
pub fn marked_text(text: &str, query: &str) -> AnyView {
    if query.trim().is_empty() {
        return text.to_owned().into_any();
    }
    highlight(text, query)
        .into_iter()
        .map(|(run, hit)| {
            if hit {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// Dataset `text`, with the places the page's search matches marked (as the search changes).
pub fn searched(text: String) -> AnyView {
    let query = page().query;
    (move || query.with(|q| marked_text(&text, q))).into_any()
}
