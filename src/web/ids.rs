//! The ids of the page's elements, in one place: focus finds controls again by them after a
//! navigation, the page's own links and ARIA attributes name them, and the tests and the
//! README's keyboard model rely on them.

/// The app's page: its banner (`<header>`), its `<main>` and its `<footer>`.
pub const PAGE_ID: &str = "page";
/// The open card's heading, which receives focus after a navigation from a card.
pub const CARD_HEADING_ID: &str = "card-title";
/// The element holding the open card.
pub const CARD_HOST_ID: &str = "card-host";
/// The element holding the timeline (or the empty state of a search).
pub const TIMELINE_HOST_ID: &str = "timeline-host";
/// The notes about the link.
pub const NOTICES_ID: &str = "notices";
/// The polite live region.
pub const ANNOUNCER_ID: &str = "announcer";
/// The embedded page's bar, with the link to the full view.
pub const EMBED_BAR_ID: &str = "embed-bar";
/// The language switch's container.
pub const LANGUAGES_ID: &str = "languages";
/// The heading of the failure view.
pub const LOAD_FAILURE_TITLE_ID: &str = "load-failure-title";
/// The embed codes' panel.
pub const EMBED_PANEL_ID: &str = "embed-panel";
/// The timeline's heading.
pub const TIMELINE_TITLE_ID: &str = "timeline-title";
/// The timeline's description (how to use it).
pub const TIMELINE_HELP_ID: &str = "timeline-help";
/// A year's preview, which the previewed control names as its description.
pub const PREVIEW_ID: &str = "year-preview";
/// The heading of the search and filters.
pub const BROWSE_TITLE_ID: &str = "browse-title";
/// The search field.
pub const SEARCH_ID: &str = "search";
/// How many developments are shown.
pub const RESULT_COUNT_ID: &str = "result-count";
/// The facets' "clear all filters" button.
pub const CLEAR_ID: &str = "clear-filters";
/// The first year of the facets' year range.
pub const FROM_ID: &str = "from";
/// The last year of the facets' year range.
pub const TO_ID: &str = "to";

/// Class of the timeline's track, the element that scrolls sideways (the stylesheet styles it).
pub const TRACK_CLASS: &str = "timeline-scroll";

/// The class of what a card opened, under its header (a year's status and note, a
/// development's text): its first lines come on screen with the heading.
pub const CARD_BODY_CLASS: &str = "card-body";

/// Id of the lane (`tbody`) of the measure at `index`.
pub fn lane_id(index: usize) -> String {
    format!("lane-{index}")
}

/// Id of the link naming the measure at `index`.
pub fn lane_link_id(index: usize) -> String {
    format!("lane-link-{index}")
}

/// Id of the year control of `year` of the measure at `index`.
pub fn cell_id(index: usize, year: i32) -> String {
    format!("cell-{index}-{year}")
}

/// Id of the column header of `year`.
pub fn year_id(year: i32) -> String {
    format!("year-{year}")
}

/// Id of the entry of `year` in the open card's Timeline section.
pub fn note_id(year: i32) -> String {
    format!("note-{year}")
}

/// Id of a related development's item in the open card, by its id.
pub fn related_id(id: &str) -> String {
    format!("related-{id}")
}

/// Id of the language switch's link to the language of `code`.
pub fn language_link_id(code: &str) -> String {
    format!("lang-{code}")
}

/// Id of the checkbox of the `i`-th value (in sorted order) of the facet of parameter `param`.
pub fn facet_value_id(param: &str, i: usize) -> String {
    format!("facet-{param}-{i}")
}

/// Id of the embed dialog's choice of colours `code` (`light`, `dark`, `auto`).
pub fn embed_colours_id(code: &str) -> String {
    format!("embed-colours-{code}")
}

/// The classes of `<html>` that set the page's colours, which the stylesheet reads: light, dark
/// (neither: the reader's setting).
pub const SCHEME_CLASSES: [&str; 2] = ["scheme-light", "scheme-dark"];
