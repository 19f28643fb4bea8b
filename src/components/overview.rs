//! The first view of the dataset: the default measure's title and its years.

use std::rc::Rc;

use leptos::prelude::*;

use crate::i18n::EN;
use crate::model::Dataset;

/// Shows the dataset's first measure: its title and each year of its timeline with the status.
#[component]
pub fn Overview(
    /// The loaded dataset.
    data: Rc<Dataset>,
) -> impl IntoView {
    let Some(measure) = data.measures.first().cloned() else {
        return view! { <p class="status-message">{EN.dataset_empty}</p> }.into_any();
    };
    view! {
        <article class="measure">
            <h1>{measure.title.clone()}</h1>
            <p class="measure-country">{measure.country.clone()}</p>
            <ol class="years">
                {measure
                    .timeline
                    .iter()
                    .map(|entry| {
                        view! {
                            <li>
                                <span class="year">{entry.year}</span>
                                " "
                                <span class="status">{entry.status.clone()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </article>
    }
    .into_any()
}
