//! The open card: the one the link selects.

use leptos::prelude::*;

use crate::selection::Selection;

use super::context::page;
use super::measure_card::MeasureCard;
use super::not_found::NotFound;
use super::year_card::YearCard;

/// The card of the selection; another selection replaces it (a search typed while it is open
/// only updates its links).
#[component]
pub fn CardArea() -> impl IntoView {
    let ctx = page();
    move || {
        let selection = ctx.selection.get();
        let measure = |i: usize| ctx.data.with_value(|d| d.measures.get(i).cloned());
        match selection {
            Selection::Measure(i) => measure(i).map(|m| view! { <MeasureCard m /> }.into_any()),
            Selection::Year(i, year) => {
                measure(i).map(|m| view! { <YearCard m year /> }.into_any())
            }
            Selection::NotFound => {
                let requested = ctx
                    .state
                    .with_untracked(|s| s.measure.clone().unwrap_or_default());
                Some(view! { <NotFound requested /> }.into_any())
            }
            Selection::Empty => {
                Some(view! { <p class="status-message">{ctx.t.dataset_empty}</p> }.into_any())
            }
        }
    }
}
