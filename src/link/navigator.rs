//! Keeps the view and the address bar in step: every selection pushes a history entry, and back,
//! forward and reload restore the view from the query string. Its [`History`] remembers which
//! control opened each view, so that closing a card (Escape, or Back) returns focus to it.

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::text::i18n::Lang;
use crate::web::browser;

use super::focus::{Focus, FocusTarget, Opener};
use super::history::History;
use super::query::{self, Parsed, ViewState};

/// The app's navigation: the current deep link, how to move to another, and focus bookkeeping.
#[derive(Debug, Clone, Copy)]
pub struct Navigator {
    parsed: RwSignal<Parsed>,
    /// The language the browser prefers, used when the link names none.
    browser_lang: Lang,
    /// The history and focus bookkeeping (one stored value: each distinct type stored costs
    /// wasm).
    book: StoredValue<History>,
}

impl Navigator {
    /// Reads the page's address and the browser's languages, and follows back and forward.
    pub fn from_location() -> Self {
        let nav = Navigator::new(
            &browser::query(),
            Lang::negotiate(browser::preferred_languages().iter().map(String::as_str)),
        );
        nav.book.set_value(History::at(browser::history_depth()));
        // Back and Forward, for the life of the page (dropping the handle keeps the listener).
        let _ = window_event_listener(leptos::ev::popstate, move |_| nav.restore());
        nav
    }

    /// A navigator over the link `query`, with `browser_lang` as the browser's language.
    pub fn new(query: &str, browser_lang: Lang) -> Self {
        Navigator {
            parsed: RwSignal::new(query::parse(query)),
            browser_lang,
            book: StoredValue::new(History::default()),
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
        self.book.with_value(History::can_go_back)
    }

    /// Shows `next`, adding a history entry; `opener` is the control that asked for it.
    pub fn go(&self, next: ViewState, focus: Focus, opener: Option<Opener>) {
        if self
            .parsed
            .with_untracked(|p| p.state == next && p.ignored_nothing())
        {
            return;
        }
        let opens_a_card = self
            .parsed
            .with_untracked(|p| (&p.state.measure, p.state.year) != (&next.measure, next.year));
        self.book.update_value(|b| {
            let depth = b.push(opener, focus, opens_a_card);
            browser::push_query(&query::format(&next), depth);
        });
        self.parsed.set(Parsed {
            state: next,
            ..Parsed::default()
        });
    }

    /// Shows `next` in place of the current entry (no new history entry), then focuses `focus`.
    pub fn replace(&self, next: ViewState, focus: Option<FocusTarget>) {
        self.book.update_value(|b| {
            browser::replace_query(&query::format(&next), b.depth());
            b.replace(focus);
        });
        self.parsed.set(Parsed {
            state: next,
            ..Parsed::default()
        });
    }

    /// Goes back one entry; focus returns to the control that opened the current one.
    pub fn back(&self) {
        browser::history_back();
    }

    /// Follows the address bar after Back or Forward.
    fn restore(&self) {
        let depth = browser::history_depth();
        self.book.update_value(|b| b.moved_to(depth));
        self.parsed.set(query::parse(&browser::query()));
    }

    /// Asks for focus to go to `target` once the page is up to date.
    pub fn focus_after_update(&self, target: FocusTarget) {
        self.book.update_value(|b| b.focus_after_update(target));
    }

    /// Whether the last navigation opened a card to bring into view, once (the page consumes it).
    pub fn take_reveal(&self) -> bool {
        let mut taken = false;
        self.book.update_value(|b| taken = b.take_reveal());
        taken
    }

    /// The focus asked for by the last navigation, once (the page consumes it).
    pub fn take_pending_focus(&self) -> Option<FocusTarget> {
        let mut taken = None;
        self.book.update_value(|b| taken = b.take_pending_focus());
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
    let query = query::format(state);
    if query.is_empty() {
        "?".to_owned()
    } else {
        query
    }
}
