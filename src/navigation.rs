//! Keeps the view and the address bar in step: every selection pushes a history entry, and back,
//! forward and reload restore the view from the query string.

use leptos::ev;
use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::deeplink::{self, Parsed, ViewState};
use crate::platform;

/// The id of the open card's heading, which receives focus after a navigation from a card.
pub const CARD_HEADING_ID: &str = "card-title";

/// Where focus goes after a navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Stays on the control that was used (a timeline cell: the reader keeps exploring).
    Stay,
    /// Moves to the new card's heading (a link inside a card: the reader reads on there).
    Card,
}

/// The app's navigation: the current deep link, and how to move to another.
#[derive(Debug, Clone, Copy)]
pub struct Navigator {
    parsed: RwSignal<Parsed>,
}

impl Navigator {
    /// Reads the page's address, and follows back and forward from now on.
    pub fn from_location() -> Self {
        let parsed = RwSignal::new(deeplink::parse(&platform::query()));
        let handle = window_event_listener(ev::popstate, move |_| {
            parsed.set(deeplink::parse(&platform::query()));
        });
        on_cleanup(move || handle.remove());
        Navigator { parsed }
    }

    /// A navigator over a fixed link, for tests: it does not touch the address bar.
    pub fn detached(query: &str) -> Self {
        Navigator {
            parsed: RwSignal::new(deeplink::parse(query)),
        }
    }

    /// The current deep link (tracked).
    pub fn parsed(&self) -> Parsed {
        self.parsed.get()
    }

    /// The current view (tracked).
    pub fn state(&self) -> ViewState {
        self.parsed.with(|p| p.state.clone())
    }

    /// The current view, without tracking it.
    pub fn state_untracked(&self) -> ViewState {
        self.parsed.with_untracked(|p| p.state.clone())
    }

    /// Shows `next`, adding a history entry, then moves focus as asked.
    pub fn go(&self, next: ViewState, focus: Focus) {
        if self
            .parsed
            .with_untracked(|p| p.state == next && p.ignored_year.is_none())
        {
            return;
        }
        platform::push_query(&deeplink::format(&next));
        self.parsed.set(Parsed {
            state: next,
            ignored_year: None,
        });
        if focus == Focus::Card {
            request_animation_frame(|| platform::focus(CARD_HEADING_ID));
        }
    }

    /// Handles a click on a link to `next`: a plain click navigates in place; a click with a
    /// modifier (new tab, new window) is left to the browser, which follows the link's `href`.
    pub fn follow(&self, event: &MouseEvent, next: ViewState, focus: Focus) {
        if event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        event.prevent_default();
        self.go(next, focus);
    }
}

/// The `href` of a link to `state`.
pub fn href(state: &ViewState) -> String {
    let query = deeplink::format(state);
    if query.is_empty() {
        "?".to_owned()
    } else {
        query
    }
}

/// The navigator provided by the [`crate::App`].
pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().unwrap_or_else(|| Navigator::detached(""))
}
