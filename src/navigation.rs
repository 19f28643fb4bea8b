//! Keeps the view and the address bar in step: every selection pushes a history entry, and back,
//! forward and reload restore the view from the query string. It also remembers which control
//! opened each view, so that closing a card (Escape, or Back) returns focus to it.

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::deeplink::{self, Parsed, ViewState};
use crate::i18n::Lang;
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

/// Where to put focus once the page is up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FocusTarget {
    /// The open card's heading.
    CardHeading,
    /// A control, found again by [`Opener`].
    Control(Opener),
    /// The first element matching a CSS selector (written by this crate).
    Selector(String),
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

/// The app's navigation: the current deep link, how to move to another, and focus bookkeeping.
#[derive(Debug, Clone, Copy)]
pub struct Navigator {
    parsed: RwSignal<Parsed>,
    /// The language the browser prefers, used when the link names none.
    browser_lang: Lang,
    /// The history and focus bookkeeping (one stored value: each distinct type stored costs
    /// wasm).
    book: StoredValue<Book>,
}

/// What the navigator remembers besides the link.
#[derive(Debug, Default)]
struct Book {
    /// How many entries this app pushed before the current one (0: the page as it was opened).
    depth: usize,
    /// For each pushed entry (by depth), the control that opened it.
    openers: Vec<Option<Opener>>,
    /// Focus to restore once the page is up to date.
    pending: Option<FocusTarget>,
    /// Whether the card the last navigation opened is to be brought into view.
    reveal: bool,
}

impl Navigator {
    /// Reads the page's address and the browser's languages, and follows back and forward.
    pub fn from_location() -> Self {
        let nav = Navigator::new(
            &platform::query(),
            Lang::negotiate(platform::preferred_languages().iter().map(String::as_str)),
        );
        nav.book
            .update_value(|b| b.depth = platform::history_depth());
        // Back and Forward, for the life of the page (dropping the handle keeps the listener).
        let _ = window_event_listener(leptos::ev::popstate, move |_| nav.restore());
        nav
    }

    /// A navigator over the link `query`, with `browser_lang` as the browser's language.
    pub fn new(query: &str, browser_lang: Lang) -> Self {
        Navigator {
            parsed: RwSignal::new(deeplink::parse(query)),
            browser_lang,
            book: StoredValue::new(Book::default()),
        }
    }

    /// A navigator over a fixed link in English, for tests.
    pub fn detached(query: &str) -> Self {
        Navigator::new(query, Lang::En)
    }

    /// The current deep link (tracked).
    pub fn parsed(&self) -> Parsed {
        self.parsed.get()
    }

    /// The current deep link, without tracking it.
    pub fn parsed_untracked(&self) -> Parsed {
        self.parsed.get_untracked()
    }

    /// The current view (tracked).
    pub fn state(&self) -> ViewState {
        self.parsed.with(|p| p.state.clone())
    }

    /// The current view, without tracking it.
    pub fn state_untracked(&self) -> ViewState {
        self.parsed.with_untracked(|p| p.state.clone())
    }

    /// The interface language: the link's, else the browser's, else English.
    pub fn lang(&self, state: &ViewState) -> Lang {
        state.lang.unwrap_or(self.browser_lang)
    }

    /// Whether the current entry was pushed by this app (so Back stays in the app).
    pub fn can_go_back(&self) -> bool {
        self.book.with_value(|b| b.depth > 0)
    }

    /// Shows `next`, adding a history entry; `opener` is the control that asked for it.
    pub fn go(&self, next: ViewState, focus: Focus, opener: Option<Opener>) {
        if self.parsed.with_untracked(|p| {
            p.state == next && p.ignored_year.is_none() && p.ignored_lang.is_none()
        }) {
            return;
        }
        let opens_a_card = self
            .parsed
            .with_untracked(|p| (&p.state.measure, p.state.year) != (&next.measure, next.year));
        self.book.update_value(|b| {
            b.reveal = opens_a_card;
            b.depth += 1;
            platform::push_query(&deeplink::format(&next), b.depth);
            b.openers.resize(b.depth, None);
            b.openers[b.depth - 1] = opener;
            b.pending = match focus {
                Focus::Card => Some(FocusTarget::CardHeading),
                Focus::Stay => None,
            };
        });
        self.parsed.set(Parsed {
            state: next,
            ..Parsed::default()
        });
    }

    /// Shows `next` in place of the current entry (no new history entry), then focuses `focus`.
    pub fn replace(&self, next: ViewState, focus: Option<FocusTarget>) {
        self.book.update_value(|b| {
            platform::replace_query(&deeplink::format(&next), b.depth);
            b.pending = focus;
        });
        self.parsed.set(Parsed {
            state: next,
            ..Parsed::default()
        });
    }

    /// Goes back one entry; focus returns to the control that opened the current one.
    pub fn back(&self) {
        platform::history_back();
    }

    /// Follows the address bar after Back or Forward.
    fn restore(&self) {
        let depth = platform::history_depth();
        self.book.update_value(|b| {
            if depth < b.depth {
                // Back: return focus to the control that opened the view we left.
                let opener = b.openers.get(b.depth - 1).cloned().flatten();
                b.pending = opener.map(FocusTarget::Control);
            }
            b.depth = depth;
        });
        self.parsed.set(deeplink::parse(&platform::query()));
    }

    /// Asks for focus to go to `target` once the page is up to date.
    pub fn focus_after_update(&self, target: FocusTarget) {
        self.book.update_value(|b| b.pending = Some(target));
    }

    /// Whether the last navigation opened a card to bring into view, once (the page consumes it).
    pub fn take_reveal(&self) -> bool {
        let mut taken = false;
        self.book
            .update_value(|b| taken = std::mem::take(&mut b.reveal));
        taken
    }

    /// The focus asked for by the last navigation, once (the page consumes it).
    pub fn take_pending_focus(&self) -> Option<FocusTarget> {
        let mut taken = None;
        self.book.update_value(|b| taken = b.pending.take());
        taken
    }

    /// Handles a click on a link to `next`: a plain click navigates in place; a click with a
    /// modifier (new tab, new window) is left to the browser, which follows the link's `href`.
    pub fn follow(
        &self,
        event: &MouseEvent,
        next: ViewState,
        focus: Focus,
        opener: Option<Opener>,
    ) {
        if !plain_click(event) {
            return;
        }
        event.prevent_default();
        self.go(next, focus, opener);
    }
}

/// Whether `ev` is a plain left click (not one that asks for a new tab or window).
pub fn plain_click(ev: &MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
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
