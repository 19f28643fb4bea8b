//! The open card, the one the link selects: a measure's full card ([`MeasureCard`]), a year's
//! ([`YearCard`]), or the not-found card ([`NotFound`]); each with its tools ([`CardTools`]: copy buttons, the
//! [`EmbedPanel`]).

mod copy_button;
mod embed_panel;
mod embed_preview;
mod measure_card;
mod not_found;
mod sections;
mod tools;
mod year_card;

pub use copy_button::{Copied, CopyButton, CopyGroup};
pub use embed_panel::EmbedPanel;
pub use measure_card::MeasureCard;
pub use not_found::NotFound;
pub use sections::{CardSection, Sections};
pub use tools::CardTools;
pub use year_card::YearCard;

use leptos::prelude::*;

use crate::components::context::page;
use crate::link::selection::Selection;

/// The card of the selection; another selection replaces it (a search typed while it is open
/// only updates its links).
#[component]
pub fn CardArea() -> impl IntoView {
    let ctx = page();
    move || match ctx.selection.get() {
        Selection::Measure(index) => view! { <MeasureCard index /> }.into_any(),
        Selection::Year(index, year) => view! { <YearCard index year /> }.into_any(),
        Selection::NotFound => {
            let requested = ctx
                .state
                .with_untracked(|s| s.measure.clone().unwrap_or_default());
            view! { <NotFound requested /> }.into_any()
        }
        Selection::Empty => {
            view! { <p class="status-message">{ctx.t.dataset_empty}</p> }.into_any()
        }
    }
}
