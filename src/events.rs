//! The app's event handlers, on its root: clicks follow in-app links (`a[data-nav]`) in place and
//! run buttons (`data-copy`, `data-action`); keys move in the timeline (a roving tab stop per
//! lane), activate links with Space, and close the open card with Escape.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, KeyboardEvent, MouseEvent};

use std::cell::Cell;

use crate::deeplink::{self, ViewState};
use crate::dom;
use crate::facets::{Facet, Filter, Filters};
use crate::i18n::Strings;
use crate::layout::{move_focus, Move, Place};
use crate::navigation::{Focus, FocusTarget, Navigator, Opener, CARD_HEADING_ID};
use crate::platform;
use crate::render::browse::SEARCH_ID;
use crate::render::timeline::LANES_AT_A_TIME;
use crate::render::timeline::{cell_id, lane_link_id};
use crate::screen::LoadState;
use crate::selection::{resolve, Selection};

fn target_element(ev: &web_sys::Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// How to find `link` again once the page is updated.
fn opener_of(link: &Element) -> Option<Opener> {
    let id = link.id();
    if !id.is_empty() {
        return Some(Opener::Id(id));
    }
    link.get_attribute("href").map(Opener::CardLink)
}

/// Handles an event on the app's root: a click, a key, typing or a change of a control.
pub fn dispatch(
    ev: &web_sys::Event,
    nav: Navigator,
    load: RwSignal<LoadState>,
    lanes: RwSignal<usize>,
) {
    match ev.type_().as_str() {
        "click" => on_click(ev.unchecked_ref(), nav, load, lanes),
        "keydown" => on_keydown(ev.unchecked_ref(), nav, load),
        "input" => on_input(ev, nav, lanes),
        "change" => on_change(ev, nav, lanes),
        _ => {}
    }
}

/// Shows `filters` (a new history entry), from the first lanes again, focus on `focus`.
fn filter(nav: Navigator, lanes: RwSignal<usize>, filters: Filters, focus: Option<FocusTarget>) {
    lanes.set(LANES_AT_A_TIME);
    nav.go(
        ViewState {
            filters,
            ..nav.state_untracked()
        },
        Focus::Stay,
        None,
    );
    if let Some(target) = focus {
        nav.focus_after_update(target);
    }
}

fn search_field() -> Option<FocusTarget> {
    Some(FocusTarget::Control(Opener::Id(SEARCH_ID.to_owned())))
}

/// Handles a click anywhere in the app.
pub fn on_click(
    ev: &MouseEvent,
    nav: Navigator,
    load: RwSignal<LoadState>,
    lanes: RwSignal<usize>,
) {
    let t = nav.lang(&nav.state_untracked()).strings();
    let Some(target) = target_element(ev) else {
        return;
    };
    if let Ok(Some(link)) = target.closest("a[data-nav]") {
        let next = deeplink::parse(&link.get_attribute("href").unwrap_or_default()).state;
        match link.get_attribute("data-nav").as_deref() {
            // Another language is the same view: no new history entry, focus stays on the link.
            Some("lang") => {
                if plain_click(ev) {
                    ev.prevent_default();
                    nav.replace(next, opener_of(&link).map(FocusTarget::Control));
                }
            }
            Some("stay") => nav.follow(ev, next, Focus::Stay, opener_of(&link)),
            _ => nav.follow(ev, next, Focus::Card, opener_of(&link)),
        }
    } else if let Ok(Some(button)) = target.closest("button[data-copy]") {
        copy(button, nav, t);
    } else if let Ok(Some(el)) = target.closest("[data-action]") {
        match el.get_attribute("data-action").as_deref() {
            Some("retry") => crate::start_loading(load),
            Some("toggle") => toggle(&el),
            Some("filters") => {
                // The facets' summary, before they are first opened: they are built now, and
                // the browser opens them after this click.
                FACETS_WANTED.with(|w| w.set(true));
                load.notify();
            }
            Some("clear-filters") => filter(nav, lanes, Filters::default(), search_field()),
            Some("remove-filter") => {
                let removed = match el.get_attribute("data-kind").as_deref() {
                    Some("query") => Filter::Query,
                    Some("years") => Filter::Years,
                    _ => match el
                        .get_attribute("data-facet")
                        .as_deref()
                        .and_then(Facet::of_param)
                    {
                        Some(facet) => {
                            Filter::Value(facet, el.get_attribute("data-value").unwrap_or_default())
                        }
                        None => return,
                    },
                };
                let filters = nav.state_untracked().filters.without(&removed);
                filter(nav, lanes, filters, search_field());
            }
            Some("more") => {
                // Focus goes to the first of the lanes just shown.
                let shown = el
                    .closest("main")
                    .ok()
                    .flatten()
                    .map_or(0, |m| dom::select_all(&m, "tbody.lane").len());
                lanes.update(|n| *n = shown.max(*n) + LANES_AT_A_TIME);
                nav.focus_after_update(FocusTarget::Selector(format!(
                    "tbody.lane:nth-of-type({}) a[id^=lane-link-]",
                    shown + 1
                )));
            }
            Some("skip") => {
                ev.prevent_default();
                if let Some(root) = el.closest("main").ok().flatten() {
                    if let Some(heading) = dom::by_id(&root, CARD_HEADING_ID) {
                        platform::focus_element(&heading);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether `ev` is a plain left click (not one that asks for a new tab or window).
fn plain_click(ev: &MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// Shows or hides the panel a disclosure button controls.
fn toggle(button: &Element) {
    let Some(panel) = button.get_attribute("aria-controls").and_then(|id| {
        button
            .closest("main")
            .ok()
            .flatten()
            .and_then(|m| dom::by_id(&m, &id))
    }) else {
        return;
    };
    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    dom::set_attr(
        button,
        "aria-expanded",
        Some(if open { "true" } else { "false" }),
    );
    dom::set_attr(&panel, "hidden", (!open).then_some(""));
}

/// Whether the facets were asked for since this was last called (see [`on_click`]).
pub fn take_facets_wanted() -> bool {
    FACETS_WANTED.with(|w| w.replace(false))
}

/// Where the search stands in the current frame (see [`on_input`]).
#[derive(Clone, Copy, PartialEq)]
enum SearchFrame {
    /// Nothing done since the last frame: a keystroke is handled at once.
    Idle,
    /// The overview followed a keystroke in this frame.
    Updated,
    /// Keystrokes came after that one: they are handled together at the next frame.
    Waiting,
}

thread_local! {
    static FACETS_WANTED: Cell<bool> = const { Cell::new(false) };
    static SEARCH_FRAME: Cell<SearchFrame> = const { Cell::new(SearchFrame::Idle) };
}

/// Handles typing in the search field: the overview follows at once, and keystrokes that come
/// faster than frames are coalesced into one update at the next frame (so typing never waits
/// for filtering); the address bar follows without a history entry per keystroke.
pub fn on_input(ev: &web_sys::Event, nav: Navigator, lanes: RwSignal<usize>) {
    let Some(field) = target_element(ev).filter(|e| e.id() == SEARCH_ID) else {
        return;
    };
    match SEARCH_FRAME.with(Cell::get) {
        SearchFrame::Idle => search(field, nav, lanes),
        SearchFrame::Updated => SEARCH_FRAME.with(|f| f.set(SearchFrame::Waiting)),
        SearchFrame::Waiting => {}
    }
}

/// Filters the overview by what `field` holds now; at the next frame, again if keys came
/// meanwhile.
fn search(field: Element, nav: Navigator, lanes: RwSignal<usize>) {
    filter_by_search(&field, nav, lanes);
    SEARCH_FRAME.with(|f| f.set(SearchFrame::Updated));
    request_animation_frame(move || {
        if SEARCH_FRAME.with(Cell::get) == SearchFrame::Waiting {
            search(field, nav, lanes);
        } else {
            SEARCH_FRAME.with(|f| f.set(SearchFrame::Idle));
        }
    });
}

/// Filters the overview by what `field` holds.
fn filter_by_search(field: &Element, nav: Navigator, lanes: RwSignal<usize>) {
    let query = platform::input_value(field);
    let state = nav.state_untracked();
    if state.filters.query != query {
        lanes.set(LANES_AT_A_TIME);
        // A new search is a new view (Back returns to before it); refining it is not.
        let starting = state.filters.query.is_empty();
        let filters = Filters {
            query,
            ..state.filters.clone()
        };
        let next = ViewState { filters, ..state };
        if starting {
            nav.go(next, Focus::Stay, None);
        } else {
            nav.replace(next, None);
        }
    }
}

/// Handles a facet checkbox or a year of the range.
pub fn on_change(ev: &web_sys::Event, nav: Navigator, lanes: RwSignal<usize>) {
    let Some(target) = target_element(ev) else {
        return;
    };
    let mut filters = nav.state_untracked().filters;
    if let Some(facet) = target
        .get_attribute("data-facet")
        .as_deref()
        .and_then(Facet::of_param)
    {
        let value = target.get_attribute("value").unwrap_or_default();
        filters = filters.toggled(facet, &value);
    } else if let Some(range) = target.get_attribute("data-range") {
        let year = deeplink::parse_year(&platform::input_value(&target));
        match range.as_str() {
            "from" => filters.from = year,
            _ => filters.to = year,
        }
    } else {
        return;
    }
    let focus = Some(FocusTarget::Control(Opener::Id(target.id())));
    filter(nav, lanes, filters, focus);
}

/// Handles a key pressed anywhere in the app.
pub fn on_keydown(ev: &KeyboardEvent, nav: Navigator, load: RwSignal<LoadState>) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(target) = target_element(ev) else {
        return;
    };
    let key = ev.key();
    if key == "Escape" {
        // In a field, Escape is the field's (it clears a search).
        if !matches!(target.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
            close_card(nav, load);
        }
        return;
    }
    if let Ok(Some(item)) = target.closest("a[data-lane]") {
        if let Some(step) = Move::of_key(&key) {
            ev.prevent_default();
            move_in_timeline(&item, step);
            return;
        }
    }
    if key == " " {
        // Space activates links, as it does buttons.
        if let Some(link) = target
            .closest("a[data-nav]")
            .ok()
            .flatten()
            .map(|l| l.unchecked_into::<web_sys::HtmlElement>())
        {
            ev.prevent_default();
            link.click();
        }
    }
}

/// Moves focus from the timeline control `item` by `step`, carrying the lane's tab stop along.
fn move_in_timeline(item: &Element, step: Move) {
    let Some(table) = item.closest("table").ok().flatten() else {
        return;
    };
    // The lanes on screen, in order: their measure index and the years they have a cell for.
    let lanes: Vec<(String, Vec<i32>)> = dom::select_all(&table, "tbody.lane")
        .iter()
        .map(|lane| {
            let index = lane.get_attribute("data-lane").unwrap_or_default();
            let years = dom::select_all(lane, "a[data-year]")
                .iter()
                .filter_map(|a| a.get_attribute("data-year")?.parse().ok())
                .collect();
            (index, years)
        })
        .collect();
    let index = item.get_attribute("data-lane").unwrap_or_default();
    let Some(lane) = lanes.iter().position(|(i, _)| *i == index) else {
        return;
    };
    let year = item.get_attribute("data-year").and_then(|y| y.parse().ok());
    let years: Vec<Vec<i32>> = lanes.iter().map(|(_, y)| y.clone()).collect();
    let Some(to) = move_focus(step, Place { lane, year }, &years) else {
        return;
    };
    let index: usize = lanes[to.lane].0.parse().unwrap_or_default();
    let id = match to.year {
        Some(year) => cell_id(index, year),
        None => lane_link_id(index),
    };
    if let Some(next) = dom::by_id(&table, &id) {
        set_tab_stop(&table, &next);
        platform::focus_element(&next);
    }
}

/// Makes `item` its lane's one tab stop.
pub fn set_tab_stop(table: &Element, item: &Element) {
    let Some(lane) = item.get_attribute("data-lane") else {
        return;
    };
    for other in dom::select_all(table, &format!("a[data-lane=\"{lane}\"]")) {
        dom::set_attr(&other, "tabindex", Some("-1"));
    }
    dom::set_attr(item, "tabindex", Some("0"));
}

/// Closes the open card: back to the view it was opened from (focus returns to the control that
/// opened it); where the page was opened on this card, up to its parent view.
fn close_card(nav: Navigator, load: RwSignal<LoadState>) {
    if nav.can_go_back() {
        nav.back();
        return;
    }
    let state = nav.state_untracked();
    let selection = load.with_untracked(|l| match l {
        LoadState::Ready(data) => Some(
            resolve(
                data,
                &deeplink::Parsed {
                    state: state.clone(),
                    ignored_year: None,
                },
            )
            .selection,
        ),
        _ => None,
    });
    match selection {
        Some(Selection::Year(i, year)) => {
            let measure = state.measure.clone().unwrap_or_default();
            let focus = FocusTarget::Control(Opener::Id(cell_id(i, year)));
            let parent = if measure.is_empty() {
                deeplink::ViewState {
                    year: None,
                    ..state
                }
            } else {
                state.with_selection(&measure, None)
            };
            nav.replace(parent, Some(focus));
        }
        Some(Selection::Measure(i)) if state.measure.is_some() => {
            let focus = FocusTarget::Control(Opener::Id(lane_link_id(i)));
            nav.replace(
                deeplink::ViewState {
                    measure: None,
                    year: None,
                    ..state
                },
                Some(focus),
            );
        }
        _ => {}
    }
}

/// Copies what `button` is for, and says so in the status beside it; where the browser refuses,
/// shows the text to copy by hand.
fn copy(button: Element, nav: Navigator, t: &'static Strings) {
    let copied_text = || button.get_attribute("data-copy-text").unwrap_or_default();
    let (text, done) = match button.get_attribute("data-copy").as_deref() {
        // The link to share is the full view's, even from inside an embed.
        Some("link") => (
            platform::absolute_url(&deeplink::format(&nav.state_untracked().full_view())),
            t.link_copied,
        ),
        Some("snippet") => (copied_text(), t.code_copied),
        _ => (copied_text(), t.citation_copied),
    };
    let status = button.next_element_sibling();
    if let Some(status) = &status {
        status.set_text_content(None);
    }
    spawn_local(async move {
        let copied = platform::copy_text(&text).await;
        if let Some(status) = &status {
            status.set_text_content(Some(if copied { done } else { t.copy_refused }));
        }
        if !copied {
            if let Some(parent) = button.parent_element() {
                let label = button.text_content().unwrap_or_default();
                platform::show_for_copying(&parent, &label, &text);
            }
        }
    });
}
