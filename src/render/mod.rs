//! What the reader sees of the dataset, built as [`vdom`](crate::vdom) trees by plain functions:
//! the timeline, the cards, and their pieces. Tested natively; put on the page by
//! [`crate::dom`].
//!
//! Links that stay in the app carry `data-nav` (`card`: focus moves to the card that opens;
//! `stay`: focus stays on the link) and a real `href` (the deep link); the app follows them in
//! place. Copy buttons carry `data-copy`.

pub mod browse;
pub mod cards;
pub mod marks;
pub mod page;
pub mod text;
pub mod timeline;

use crate::deeplink::ViewState;
use crate::navigation::{href, Focus};
use crate::vdom::{el, Element};

/// A link to the card of measure `id` (or of its `year`), keeping the other parameters of `base`.
pub fn nav_link(base: &ViewState, id: &str, year: Option<i32>, focus: Focus) -> Element {
    el("a")
        .attr("href", href(&base.with_selection(id, year)))
        .attr(
            "data-nav",
            match focus {
                Focus::Card => "card",
                Focus::Stay => "stay",
            },
        )
}
