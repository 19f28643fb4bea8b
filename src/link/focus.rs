//! Where focus goes after a navigation, and putting it there: on the control that was used, on
//! the new card's heading, or back on the control that opened a view the reader closed.

use leptos::html::Div;
use leptos::prelude::*;

use crate::web::browser;
use crate::web::ids::{CARD_HEADING_ID, CARD_HOST_ID};

/// Where focus goes after a navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Stays on the control that was used (a timeline cell: the reader keeps exploring).
    Stay,
    /// Moves to the new card's heading (a link inside a card: the reader reads on there).
    Card,
}

/// Where to put focus once the page is up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FocusTarget {
    /// The open card's heading.
    CardHeading,
    /// A control, found again by [`Opener`].
    Control(Opener),
}

/// How to find a control again after the page was updated: by its id, or (for links inside a
/// card, which is rebuilt) by its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opener {
    /// The element with this id.
    Id(String),
    /// The first link inside the card with this `href`.
    CardLink(String),
}

thread_local! {
    /// Whether the app itself is moving focus (after a navigation), not the reader.
    static APP_FOCUS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether focus is being moved by the app after a navigation (a year's preview then stays
/// closed: it opens when the reader moves to a year).
pub fn app_is_focusing() -> bool {
    APP_FOCUS.with(std::cell::Cell::get)
}

/// Puts focus on `target` inside `root`, or on the card's heading if `target` is not there.
pub fn focus_in(root: NodeRef<Div>, target: &FocusTarget) {
    APP_FOCUS.with(|f| f.set(true));
    focus_target(root, target);
    APP_FOCUS.with(|f| f.set(false));
}

/// Puts focus back on `el`, the control of the live page where the reader's focus was on the
/// page written out at build time: as the app moves focus (no preview opens), and without
/// scrolling (the page is where it was).
pub fn focus_again(el: &web_sys::Element) {
    APP_FOCUS.with(|f| f.set(true));
    browser::focus_without_scrolling(el);
    APP_FOCUS.with(|f| f.set(false));
}

fn focus_target(root: NodeRef<Div>, target: &FocusTarget) {
    let Some(root) = root.get_untracked() else {
        return;
    };
    let by_id = |id: &str| root.query_selector(&format!("#{id}")).ok().flatten();
    let found = match target {
        FocusTarget::CardHeading => None,
        FocusTarget::Control(Opener::Id(id)) => by_id(id),
        FocusTarget::Control(Opener::CardLink(href)) => {
            let card = by_id(CARD_HOST_ID);
            card.and_then(|card| browser::link_to(&card, href))
        }
    };
    if let Some(el) = found.or_else(|| by_id(CARD_HEADING_ID)) {
        browser::focus_element(&el);
    }
}
