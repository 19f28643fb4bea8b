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
use crate::events::{self, set_tab_stop};
use crate::facets::{matching_scored, scores, Filters};
use crate::i18n::{Lang, Strings};
use crate::labels::{announcement, document_title};
use crate::load::LoadError;
use crate::model::Dataset;
use crate::navigation::{FocusTarget, Opener, CARD_HEADING_ID};
use crate::platform;
use crate::render::browse::{self, COUNT_ID, FACETS_ID, SEARCH_ID};
use crate::render::cards::{measure_card, not_found_card, year_card, Tools};
use crate::render::page::{
    self, ANNOUNCER_ID, CARD_HOST_ID, EMBED_BAR_ID, LANGUAGES_ID, NOTICES_ID, TIMELINE_HOST_ID,
};
use crate::render::timeline::{cell_id, lane_id, lane_link_id, timeline, year_id};
use crate::search::SearchIndex;
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
#[derive(Default)]
pub struct Screen {
    /// What kind of view is rendered, and in which language.
    shown: Shown,
    /// The link parameters and lane count the timeline was built for, and the tree shown.
    timeline_for: Option<(ViewState, usize)>,
    timeline: Option<Node>,
    /// What the facets' place shows (see [`Screen::facets`]).
    facets: FacetsShown,
    /// The link the language switch and the embed bar were built for, and the trees shown.
    bars_for: Option<ViewState>,
    bars: Option<(Node, Node)>,
    /// The card's tree shown.
    card: Option<Node>,
    /// The selection shown last.
    selection: Option<Selection>,
    /// The search index of the dataset shown (by its address), made once.
    index: Option<(usize, SearchIndex)>,
    /// The search's scores and the developments the filters leave, for the filters they were
    /// computed for.
    matching: Option<(Filters, Vec<Option<u32>>, Vec<usize>)>,
    /// Per language: 0, its table was not asked for; 1, it is on its way; 2, it came (or not).
    pub languages: [u8; 4],
}

/// What the facets' place shows.
#[derive(Default)]
enum FacetsShown {
    /// Nothing yet.
    #[default]
    Nothing,
    /// The closed disclosure, its content not built until it is first opened.
    Closed(Node),
    /// The facets, built for these filters.
    Built(Filters),
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
        lanes: usize,
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
            LoadState::Ready(data) => self.page(root, data, parsed, lang, lanes),
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

    /// Shows the loading view if nothing is shown yet.
    pub fn show_loading_if_empty(&mut self, root: &Element) {
        if self.shown == Shown::Nothing {
            dom::show(root, page::loading(&crate::i18n::EN));
            self.shown = Shown::Loading(Lang::En);
        }
    }

    /// Brings the facets in step with `filters` (given the search's `scores`): the closed
    /// disclosure until they are first wanted (`opening`, or a link with filters), then the
    /// facets, updated in place.
    fn facets(
        &mut self,
        root: &Element,
        t: &Strings,
        data: &Dataset,
        (scores, filters): (&[Option<u32>], &Filters),
        opening: bool,
    ) {
        match &self.facets {
            FacetsShown::Built(built) if built == filters => return,
            FacetsShown::Closed(_) if !opening => return,
            _ => {}
        }
        let Some(host) = dom::by_id(root, FACETS_ID) else {
            return;
        };
        match &self.facets {
            // In place, so that focus and a screen reader's place stay where they were.
            FacetsShown::Built(_) => browse_update(&host, data, scores, filters),
            FacetsShown::Nothing if !filters.is_active() => {
                let closed = browse::facets_closed(t);
                dom::update(&host, None, &closed);
                self.facets = FacetsShown::Closed(closed);
                return;
            }
            // Built in place of the closed disclosure, which the browser opens after the
            // click; or open at once, for a link with filters.
            shown => {
                let closed = match shown {
                    FacetsShown::Closed(node) => Some(node),
                    _ => None,
                };
                let node = browse::facets(t, data, scores, filters, !opening);
                dom::update(&host, closed, &node);
            }
        }
        self.facets = FacetsShown::Built(filters.clone());
    }

    fn page(
        &mut self,
        root: &Element,
        data: &Arc<Dataset>,
        parsed: &Parsed,
        lang: Lang,
        lanes: usize,
    ) {
        let t = lang.strings();
        let state = &parsed.state;
        if self.shown != Shown::Page(lang, state.embed) {
            dom::replace_children(root, &page::skeleton(t, state.embed, data.synthetic));
            if let Some(host) = dom::by_id(root, page::BROWSE_ID) {
                dom::show(&host, browse::panel(t, &state.filters.query));
            }
            self.shown = Shown::Page(lang, state.embed);
            self.timeline_for = None;
            self.timeline = None;
            self.facets = FacetsShown::Nothing;
            self.bars_for = None;
            self.bars = None;
            self.card = None;
            self.selection = None;
        }
        let key = Arc::as_ptr(data) as usize;
        if self.index.as_ref().is_none_or(|(k, _)| *k != key) {
            self.index = Some((key, SearchIndex::new(data)));
            self.matching = None;
        }
        let Some((_, index)) = &self.index else {
            return;
        };
        let filters = &state.filters;
        if self.matching.as_ref().is_none_or(|(f, _, _)| f != filters) {
            // The search runs once; the facets' counts use its scores.
            let scores = scores(data, index, filters);
            let found = matching_scored(data, &scores, filters);
            self.matching = Some((filters.clone(), scores, found));
        }
        let (scores, found) = match &self.matching {
            Some((_, scores, found)) => (scores.clone(), found.clone()),
            None => return,
        };

        let resolved = resolve(data, parsed);
        let selection = resolved.selection;
        let full_view = platform::absolute_url(&deeplink::format(&state.full_view()));
        self.browse(root, t, lang, data, filters, (&scores, found.len()));

        // The lanes shown: the first `lanes` matches, and at least up to the one a link selects.
        let selected_at = selection
            .measure_index()
            .filter(|_| state.measure.is_some())
            .and_then(|i| found.iter().position(|&f| f == i));
        let shown = lanes.max(selected_at.map_or(0, |p| p + 1)).min(found.len());
        let timeline_key = (state.with_selection("", None), shown);
        if self.timeline_for.as_ref() != Some(&timeline_key) {
            if let (Some(host), Some((_, index))) =
                (dom::by_id(root, TIMELINE_HOST_ID), &self.index)
            {
                let node = if found.is_empty() && filters.is_active() {
                    browse::empty(t, data, index, filters)
                } else {
                    timeline(t, data, state, &found[..shown], found.len() - shown)
                };
                // In place: typing in search mostly reorders and relabels the same lanes.
                dom::update(&host, self.timeline.as_ref(), &node);
                self.timeline = Some(node);
            }
            self.timeline_for = Some(timeline_key);
        }
        // Before the other changes: marking the focused control as the lane's tab stop makes the
        // browser recompute the page's style at once, cheap while nothing else has changed.
        let current = mark_selection(root, selection);
        if self.bars_for.as_ref() != Some(state) {
            // In place: as a search is typed, only their links change.
            let bars = (
                page::language_switch(t, lang, state),
                page::embed_bar(t, &full_view),
            );
            let old = self.bars.as_ref();
            if let Some(host) = dom::by_id(root, LANGUAGES_ID) {
                dom::update(&host, old.map(|b| &b.0), &bars.0);
            }
            if let Some(host) = dom::by_id(root, EMBED_BAR_ID) {
                dom::update(&host, old.map(|b| &b.1), &bars.1);
            }
            self.bars = Some(bars);
            self.bars_for = Some(state.clone());
        }
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
            let node = card(t, data, state, selection, &tools);
            // The same card (a search typed while it is open changes its links) is updated in
            // place; another one replaces it.
            let same = self.selection == Some(selection);
            dom::update(&host, self.card.as_ref().filter(|_| same), &node);
            self.card = Some(node);
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
        if let (Some(el), Ok(Some(scroller))) = (current, root.query_selector(".timeline-scroll")) {
            platform::scroll_into_view(&scroller, &el);
        }
    }

    /// The search field, facets and count, where the page has them (not in embed mode), given
    /// the search's scores and how many developments the filters leave.
    fn browse(
        &mut self,
        root: &Element,
        t: &Strings,
        lang: Lang,
        data: &Dataset,
        filters: &Filters,
        (scores, found): (&[Option<u32>], usize),
    ) {
        if let Some(search) = dom::by_id(root, SEARCH_ID) {
            // Back and forward change the search; typing must not be disturbed.
            let focused = platform::focused_element().is_some_and(|f| f == search);
            if !focused {
                platform::set_input_value(&search, &filters.query);
            }
        }
        self.facets(
            root,
            t,
            data,
            (scores, filters),
            events::take_facets_wanted(),
        );
        if let Some(count) = dom::by_id(root, COUNT_ID) {
            dom::set_text(&count, &browse::count(t, lang, found, data.measures.len()));
        }
    }
}

/// Brings the facets rendered in `host` in step with `filters`: checked boxes, counts, values
/// shown (those that would leave something, or are chosen), the year range, and "clear all".
fn browse_update(host: &Element, data: &Dataset, scores: &[Option<u32>], filters: &Filters) {
    use crate::facets::{counts, Facet};
    for facet in Facet::ALL {
        for (i, (value, n)) in counts(data, scores, filters, facet).into_iter().enumerate() {
            let id = browse::value_id(facet, i);
            let chosen = filters.is_chosen(facet, &value);
            if let Some(input) = dom::by_id(host, &id) {
                platform::set_checked(&input, chosen);
            }
            if let Some(label) = dom::by_id(host, &format!("{id}-count")) {
                dom::set_text(&label, &format!(" ({n})"));
            }
            if let Some(item) = dom::by_id(host, &format!("{id}-item")) {
                dom::set_attr(&item, "hidden", (n == 0 && !chosen).then_some(""));
            }
        }
    }
    let (from, to) = filters.years();
    for (id, year) in [("from", from), ("to", to)] {
        if let Some(select) = dom::by_id(host, id) {
            platform::set_input_value(&select, &year.to_string());
        }
    }
    if let Some(clear) = dom::by_id(host, browse::CLEAR_ID) {
        dom::set_attr(&clear, "hidden", (!filters.is_active()).then_some(""));
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
        FocusTarget::Selector(selector) => root.query_selector(selector).ok().flatten(),
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

/// Marks the selected lane and year (`aria-current`, classes, the lane's tab stop); returns the
/// selected control, to scroll into view once the page is up to date (measuring it lays the
/// page out, which is done once, at the end).
fn mark_selection(root: &Element, selection: Selection) -> Option<Element> {
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
        Selection::NotFound | Selection::Empty => return None,
    };
    if let Some(lane) = dom::by_id(root, &lane_id(index)) {
        let _ = lane.class_list().add_1("lane-current");
    }
    let el = dom::by_id(root, &current)?;
    dom::set_attr(&el, "aria-current", Some("true"));
    if let Ok(Some(table)) = root.query_selector(".timeline") {
        set_tab_stop(&table, &el);
    }
    Some(el)
}
