//! Keeps the view and the address bar in step: every selection pushes a history entry (the
//! view's own page, see [`super::address`]), and back, forward and reload restore the view from
//! the address. Its [`History`] remembers which
//! control opened each view, so that closing a card (Escape, or Back) returns focus to it.

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::text::i18n::Lang;
use crate::web::browser;

use super::address::{self, Pages};
use super::focus::{Focus, FocusTarget, Opener};
use super::history::History;
use super::query::{Parsed, ViewState};

/// The `<meta name>` whose content lists the pages written out ([`Pages::encode`]), which every
/// written-out page carries.
pub const PAGES_META: &str = "vet-timeline-pages";

/// The app's navigation: the current deep link, how to move to another, and focus bookkeeping.
#[derive(Debug, Clone, Copy)]
pub struct Navigator {
    parsed: RwSignal<Parsed>,
    /// How many folders below the app's folder the page's address is (its links climb back).
    level: RwSignal<usize>,
    /// The pages written out at build time: the links the app hands out lead to these.
    pages: StoredValue<Pages>,
    /// The history and focus bookkeeping (one stored value: each distinct type stored costs
    /// wasm).
    book: StoredValue<History>,
}

impl Navigator {
    /// Reads the page's address and the pages written out, and follows back and forward.
    pub fn from_location() -> Self {
        let folder = browser::app_folder();
        let pages = browser::meta_content(PAGES_META).unwrap_or_default();
        let nav = Navigator::new(
            &browser::path_under(&folder),
            &browser::query(),
            Pages::decode(&pages),
        );
        let depth = browser::history_depth();
        nav.book.set_value(History::at(depth));
        // The fragment that brought a new page to its card has done its work: without it, going
        // back to this entry later does not take focus away (see [`Navigator::move_to`]).
        if browser::fragment() == address::CARD_FRAGMENT {
            browser::replace_url(&format!("./{}", browser::query()), depth);
        }
        // Back and Forward, for the life of the page (dropping the handle keeps the listener).
        let _ = window_event_listener(leptos::ev::popstate, move |_| nav.restore());
        nav
    }

    /// A navigator over the link at `path` (under the app's folder) with `query`, where `pages`
    /// were written out.
    pub fn new(path: &str, query: &str, pages: Pages) -> Self {
        Navigator {
            parsed: RwSignal::new(address::read(path, query)),
            level: RwSignal::new(address::level(path)),
            pages: StoredValue::new(pages),
            book: StoredValue::new(History::default()),
        }
    }

    /// A navigator over a fixed link (a query at the app's folder), for tests.
    pub fn detached(query: &str) -> Self {
        Navigator::new("", query, Pages::default())
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

    /// The interface language: the link's, else English (the app's folder's own page).
    pub fn lang(&self, state: &ViewState) -> Lang {
        state.lang.unwrap_or_default()
    }

    /// The address of `state`, relative to the app's folder (see [`address::href`]).
    fn address(&self, state: &ViewState) -> String {
        self.pages
            .with_value(|p| address::href(state, self.lang(state), p))
    }

    /// The `href` of a link to `state` on the current page (tracked: it climbs back from the
    /// page's address).
    pub fn href(&self, state: &ViewState) -> String {
        address::from_level(self.level.get(), &self.address(state))
    }

    /// The `href` of the file at `path` in the app's folder, from the current page (tracked).
    pub fn asset(&self, path: &str) -> String {
        address::from_level(self.level.get(), path)
    }

    /// The address of `state` from the app's folder `folder` (an absolute one: what a copied
    /// link gives).
    pub fn url_in(&self, folder: &str, state: &ViewState) -> String {
        format!("{folder}{}", self.address(state))
    }

    /// Moves the address bar to `next`'s page, as a new entry (`push`) or in place of the
    /// current one, recorded as the app's `depth`-th entry. (Without the fragment that leads a
    /// new page to its card: the app brings the card into view itself, and a fragment would
    /// take focus away when the reader goes back to the entry.)
    fn move_to(&self, next: &ViewState, push: bool, depth: usize) {
        let address = self.address(next);
        let address = address.split('#').next().unwrap_or_default();
        let url = address::from_level(self.level.get_untracked(), address);
        if push {
            browser::push_url(&url, depth);
        } else {
            browser::replace_url(&url, depth);
        }
        let path = address.split(['?', '#']).next().unwrap_or_default();
        self.level.set(address::level(path));
    }

    /// Whether the current entry was pushed by this app (so Back stays in the app).
    pub fn can_go_back(&self) -> bool {
        self.book.with_value(History::can_go_back)
    }

    /// Shows `next`, adding a history entry; `opener` is the control that asked for it.
    pub fn go(&self, next: ViewState, focus: Focus, opener: Option<Opener>) {
        if self
            .parsed
            .with_untracked(|p| p.state == next && p.ignored.is_empty())
        {
            return;
        }
        let opens_a_card = self
            .parsed
            .with_untracked(|p| (&p.state.measure, p.state.year) != (&next.measure, next.year));
        let depth = self
            .book
            .try_update_value(|b| b.push(opener, focus, opens_a_card))
            .unwrap_or_default();
        self.move_to(&next, true, depth);
        self.parsed.set(Parsed {
            state: next,
            ..Parsed::default()
        });
    }

    /// Shows `next` in place of the current entry (no new history entry), then focuses `focus`.
    pub fn replace(&self, next: ViewState, focus: Option<FocusTarget>) {
        let depth = self
            .book
            .try_update_value(|b| {
                b.replace(focus);
                b.depth()
            })
            .unwrap_or_default();
        self.move_to(&next, false, depth);
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
        let path = browser::path_under(&browser::app_folder());
        self.level.set(address::level(&path));
        self.parsed.set(address::read(&path, &browser::query()));
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
