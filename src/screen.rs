//! Keeps the page in step with the app's state: what is loaded, the link, and the language.
//!
//! The timeline is built once (and again only when the language or the link's other parameters
//! change), so that focus stays on the control a reader used; each selection then marks it,
//! renders the card, the notes about the link and the page title, and tells screen readers what
//! opened. Focus is never lost: a control that was rebuilt gets it back, and a navigation can ask
//! for it to go somewhere ([`FocusTarget`]).

use std::sync::Arc;

use web_sys::Element;

use crate::deeplink::{self, Parsed, ViewState};
use crate::dom;
use crate::embed::{self, app_folder, frame_title};
use crate::events::set_tab_stop;
use crate::i18n::{Lang, Strings};
use crate::labels::{announcement, document_title};
use crate::load::LoadError;
use crate::model::Dataset;
use crate::navigation::{FocusTarget, Opener, CARD_HEADING_ID};
use crate::platform;
use crate::render::cards::{measure_card, not_found_card, year_card, Tools};
use crate::render::page::{
    self, ANNOUNCER_ID, CARD_HOST_ID, EMBED_BAR_ID, LANGUAGES_ID, NOTICES_ID, TIMELINE_HOST_ID,
};
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
    /// What kind of view is rendered, and in which language.
    shown: Shown,
    /// The link parameters the timeline was built for.
    timeline_for: Option<ViewState>,
    /// The selection shown last.
    selection: Option<Selection>,
}

#[derive(Debug, Default, PartialEq, Eq)]
enum Shown {
    #[default]
    Nothing,
    Loading(Lang),
    Failure,
    /// The page, in a language, embedded or not.
    Page(Lang, bool),
}

impl Screen {
    /// Brings `root` in step with `load` and the link `parsed`, in `lang`; then puts focus where
    /// `focus` asks, or back where it was if the update removed it.
    pub fn update(
        &mut self,
        root: &Element,
        load: &LoadState,
        parsed: &Parsed,
        lang: Lang,
        focus: Option<FocusTarget>,
    ) {
        let t = lang.strings();
        platform::set_page_language(t.code);
        let before = Focused::now(root);
        match load {
            LoadState::Loading => {
                if self.shown != Shown::Loading(lang) {
                    dom::show(root, page::loading(t));
                    self.shown = Shown::Loading(lang);
                }
            }
            LoadState::Failed(error) => {
                dom::show(root, page::failure(t, error));
                platform::set_title(t.load_failed_title);
                self.shown = Shown::Failure;
            }
            LoadState::Ready(data) => self.page(root, data, parsed, lang),
        }
        match focus {
            Some(target) => focus_target(root, &target),
            None => before.restore(root),
        }
        if parsed.state.embed {
            embed::post_size(&platform::absolute_url(&deeplink::format(
                &parsed.state.full_view(),
            )));
        }
    }

    fn page(&mut self, root: &Element, data: &Dataset, parsed: &Parsed, lang: Lang) {
        let t = lang.strings();
        let state = &parsed.state;
        if self.shown != Shown::Page(lang, state.embed) {
            dom::replace_children(root, &page::skeleton(t, state.embed));
            self.shown = Shown::Page(lang, state.embed);
            self.timeline_for = None;
            self.selection = None;
        }
        let resolved = resolve(data, parsed);
        let selection = resolved.selection;
        let full_view = platform::absolute_url(&deeplink::format(&state.full_view()));
        if let Some(host) = dom::by_id(root, LANGUAGES_ID) {
            dom::show(&host, page::language_switch(t, lang, state));
        }
        if let Some(host) = dom::by_id(root, EMBED_BAR_ID) {
            dom::show(&host, page::embed_bar(t, &full_view));
        }
        let base = state.with_selection("", None);
        if self.timeline_for.as_ref() != Some(&base) {
            if let Some(host) = dom::by_id(root, TIMELINE_HOST_ID) {
                let lanes: Vec<usize> = (0..data.measures.len()).collect();
                dom::show(&host, timeline(t, data, state, &lanes));
            }
            self.timeline_for = Some(base);
        }
        mark_selection(root, selection);
        if let Some(host) = dom::by_id(root, NOTICES_ID) {
            dom::replace_children(&host, &page::notices(t, &resolved.notices));
        }
        if let Some(host) = dom::by_id(root, CARD_HOST_ID) {
            let measure = selection
                .measure_index()
                .map(|i| data.measures[i].title.as_str());
            let tools = Tools {
                embed: (!state.embed).then(|| {
                    embed::snippets(&app_folder(&full_view), state, &frame_title(t, measure))
                }),
                link: full_view,
            };
            dom::show(&host, card(t, data, state, selection, &tools));
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

/// Where focus was before an update.
struct Focused {
    id: String,
    in_card: bool,
}

impl Focused {
    fn now(root: &Element) -> Focused {
        let active = platform::focused_element();
        let in_card = active.as_ref().is_some_and(|a| {
            dom::by_id(root, CARD_HOST_ID).is_some_and(|host| host.contains(Some(a)))
        });
        Focused {
            id: active.map(|a| a.id()).unwrap_or_default(),
            in_card,
        }
    }

    /// Puts focus back where it was, if the update removed the element that had it.
    fn restore(&self, root: &Element) {
        if platform::focused_element().is_some_and(|a| a.is_connected()) {
            return;
        }
        let again = (!self.id.is_empty())
            .then(|| dom::by_id(root, &self.id))
            .flatten();
        match again {
            Some(el) => {
                platform::focus_element(&el);
            }
            None if self.in_card => focus_target(root, &FocusTarget::CardHeading),
            None => {}
        }
    }
}

/// Puts focus on `target`, or on the card's heading if `target` is not on the page.
fn focus_target(root: &Element, target: &FocusTarget) {
    let found = match target {
        FocusTarget::CardHeading => None,
        FocusTarget::Control(Opener::Id(id)) => dom::by_id(root, id),
        FocusTarget::Control(Opener::CardLink(href)) => {
            dom::by_id(root, CARD_HOST_ID).and_then(|card| {
                dom::select_all(&card, "a[href]")
                    .into_iter()
                    .find(|a| a.get_attribute("href").as_deref() == Some(href.as_str()))
            })
        }
    };
    let el = found.or_else(|| dom::by_id(root, CARD_HEADING_ID));
    if let Some(el) = el {
        platform::focus_element(&el);
    }
}

/// The card for `selection`, with its `tools`.
fn card(
    t: &Strings,
    data: &Dataset,
    state: &ViewState,
    selection: Selection,
    tools: &Tools,
) -> Node {
    match selection {
        Selection::Measure(i) => measure_card(t, data, state, &data.measures[i], tools),
        Selection::Year(i, year) => year_card(t, data, state, &data.measures[i], year, tools),
        Selection::NotFound => {
            not_found_card(t, data, state, state.measure.as_deref().unwrap_or_default())
        }
        Selection::Empty => el("p")
            .class("status-message")
            .child(t.dataset_empty)
            .into(),
    }
}

/// Marks the selected lane and year (`aria-current`, classes, the lane's tab stop), and scrolls
/// the selected year into view where the timeline scrolls inside itself.
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
        if let Ok(Some(table)) = root.query_selector(".timeline") {
            set_tab_stop(&table, &el);
        }
        if let Ok(Some(scroller)) = root.query_selector(".timeline-scroll") {
            platform::scroll_into_view(&scroller, &el);
        }
    }
}
