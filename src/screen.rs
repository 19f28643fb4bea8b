//! Keeps the page in step with the app's state: what is loaded, and what the link selects.
//!
//! The timeline is built once (and again only when the language or the link's other parameters
//! change), so that focus stays on the control a reader used; each selection then marks it,
//! renders the card, the notes about the link and the page title, and tells screen readers what
//! opened.

use std::sync::Arc;

use web_sys::Element;

use crate::deeplink::{Parsed, ViewState};
use crate::dom;
use crate::i18n::Strings;
use crate::labels::{announcement, document_title};
use crate::load::LoadError;
use crate::model::Dataset;
use crate::platform;
use crate::render::cards::{measure_card, not_found_card, year_card};
use crate::render::page::{self, ANNOUNCER_ID, CARD_HOST_ID, NOTICES_ID, TIMELINE_HOST_ID};
use crate::render::timeline::{cell_id, lane_id, lane_link_id, timeline, year_id};
use crate::selection::{resolve, Selection};
use crate::vdom::{el, Node};

/// Where the dataset is.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// On its way.
    Loading,
    /// It could not be shown.
    Failed(LoadError),
    /// Here.
    Ready(Arc<Dataset>),
}

/// What is on the page now.
#[derive(Debug, Default)]
pub struct Screen {
    /// What kind of view is rendered.
    shown: Shown,
    /// The link parameters and language the timeline was built for.
    timeline_for: Option<(ViewState, &'static str)>,
    /// The selection shown last.
    selection: Option<Selection>,
}

#[derive(Debug, Default, PartialEq, Eq)]
enum Shown {
    #[default]
    Nothing,
    Loading,
    Failure,
    Page,
}

impl Screen {
    /// Brings `root` in step with `load` and the link `parsed`, in the language `t`.
    pub fn update(
        &mut self,
        root: &Element,
        load: &LoadState,
        parsed: &Parsed,
        t: &'static Strings,
    ) {
        match load {
            LoadState::Loading => {
                if self.shown != Shown::Loading {
                    dom::show(root, page::loading(t));
                    self.shown = Shown::Loading;
                }
            }
            LoadState::Failed(error) => {
                dom::show(root, page::failure(t, error));
                platform::set_title(t.load_failed_title);
                self.shown = Shown::Failure;
            }
            LoadState::Ready(data) => self.page(root, data, parsed, t),
        }
    }

    fn page(&mut self, root: &Element, data: &Dataset, parsed: &Parsed, t: &'static Strings) {
        if self.shown != Shown::Page {
            dom::replace_children(root, &page::skeleton(t));
            self.shown = Shown::Page;
            self.timeline_for = None;
            self.selection = None;
        }
        let resolved = resolve(data, parsed);
        let selection = resolved.selection;
        let state = &parsed.state;
        let key = (state.with_selection("", None), t.code);
        if self.timeline_for.as_ref() != Some(&key) {
            if let Some(host) = dom::by_id(root, TIMELINE_HOST_ID) {
                let lanes: Vec<usize> = (0..data.measures.len()).collect();
                dom::show(&host, timeline(t, data, state, &lanes));
            }
            self.timeline_for = Some(key);
        }
        mark_selection(root, selection);
        if let Some(host) = dom::by_id(root, NOTICES_ID) {
            dom::replace_children(&host, &page::notices(t, &resolved.notices));
        }
        if let Some(host) = dom::by_id(root, CARD_HOST_ID) {
            dom::show(&host, card(t, data, state, selection));
        }
        let requested = state.measure.as_deref().unwrap_or_default();
        platform::set_title(&document_title(t, data, selection, requested));
        // Screen readers hear what a selection opened; the first view is said by the page.
        if self.selection.is_some_and(|s| s != selection) {
            if let Some(announcer) = dom::by_id(root, ANNOUNCER_ID) {
                announcer.set_text_content(Some(&announcement(t, data, selection, requested)));
            }
        }
        self.selection = Some(selection);
    }
}

/// The card for `selection`.
fn card(t: &Strings, data: &Dataset, state: &ViewState, selection: Selection) -> Node {
    match selection {
        Selection::Measure(i) => measure_card(t, data, state, &data.measures[i]),
        Selection::Year(i, year) => year_card(t, data, state, &data.measures[i], year),
        Selection::NotFound => {
            not_found_card(t, data, state, state.measure.as_deref().unwrap_or_default())
        }
        Selection::Empty => el("p")
            .class("status-message")
            .child(t.dataset_empty)
            .into(),
    }
}

/// Marks the selected lane and year (`aria-current`, classes), and scrolls the selected year
/// into view where the timeline scrolls inside itself.
fn mark_selection(root: &Element, selection: Selection) {
    for el in dom::select_all(root, ".timeline [aria-current]") {
        dom::set_attr(&el, "aria-current", None);
    }
    for el in dom::select_all(root, ".lane-current, .year-current") {
        let _ = el.class_list().remove_2("lane-current", "year-current");
    }
    let (index, current) = match selection {
        Selection::Measure(i) => (i, lane_link_id(i)),
        Selection::Year(i, year) => {
            if let Some(th) = dom::by_id(root, &year_id(year)) {
                let _ = th.class_list().add_1("year-current");
            }
            (i, cell_id(i, year))
        }
        Selection::NotFound | Selection::Empty => return,
    };
    if let Some(lane) = dom::by_id(root, &lane_id(index)) {
        let _ = lane.class_list().add_1("lane-current");
    }
    if let Some(el) = dom::by_id(root, &current) {
        dom::set_attr(&el, "aria-current", Some("true"));
        if let Ok(Some(scroller)) = root.query_selector(".timeline-scroll") {
            platform::scroll_into_view(&scroller, &el);
        }
    }
}
