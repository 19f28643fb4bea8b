//! The horizontal 2015–2025 timeline: one lane per development, one column per year, and its key.

use crate::deeplink::ViewState;
use crate::i18n::Strings;
use crate::labels::cell_label;
use crate::layout::{self, YEAR_COUNT};
use crate::model::{Dataset, Measure};
use crate::navigation::Focus;
use crate::vdom::{el, Element, Node};

use super::browse::marked;
use super::marks::status_mark;
use super::nav_link;
use crate::i18n::fill;
use crate::search::{excerpt, find, texts};

/// How many more lanes "show more" adds (and how many show at first). Twenty fill a screen or
/// two; each lane costs layout (fifty took about 50 ms to lay out on the benchmark machine, too
/// slow to follow typing: see BENCHMARKS.md).
pub const LANES_AT_A_TIME: usize = 20;

/// Id of the timeline's heading.
pub const TITLE_ID: &str = "timeline-title";
/// Id of the timeline's description.
pub const HELP_ID: &str = "timeline-help";

/// Id of the lane (`tbody`) of the measure at `index`.
pub fn lane_id(index: usize) -> String {
    format!("lane-{index}")
}

/// Id of the link naming the measure at `index`.
pub fn lane_link_id(index: usize) -> String {
    format!("lane-link-{index}")
}

/// Id of the cell of `year` of the measure at `index`.
pub fn cell_id(index: usize, year: i32) -> String {
    format!("cell-{index}-{year}")
}

/// Id of the column header of `year`.
pub fn year_id(year: i32) -> String {
    format!("year-{year}")
}

/// The timeline of the measures of `data` at `lanes` (indices, in display order); `hidden` more
/// lanes match but are not shown yet (a button shows the next ones).
pub fn timeline(
    t: &Strings,
    data: &Dataset,
    base: &ViewState,
    lanes: &[usize],
    hidden: usize,
) -> Node {
    let query = base.filters.query.trim();
    let head = el("thead").child(el("tr").children(layout::years().map(|year| {
        el("th")
            .attr("scope", "col")
            .id(year_id(year))
            .child(year.to_string())
    })));
    let table = el("table")
        .class("timeline")
        .attr("aria-labelledby", TITLE_ID)
        .attr("aria-describedby", HELP_ID)
        .child(head)
        .children(
            lanes
                .iter()
                .filter_map(|&i| data.measures.get(i).map(|m| lane(t, base, m, i, query))),
        );
    let key = el("ul")
        .class("key-list")
        .children(
            layout::statuses(lanes.iter().filter_map(|&i| data.measures.get(i)))
                .into_iter()
                .map(|(status, mark)| {
                    el("li")
                        .child(el("span").class("key-swatch").child(status_mark(mark)))
                        .child(" ")
                        .child(el("span").lang_en().child(status))
                }),
        )
        .child(
            el("li")
                .child(
                    el("span")
                        .class("key-swatch")
                        .child(el("span").class("note-flag")),
                )
                .child(format!(" {}", t.key_note)),
        )
        .child(
            el("li")
                .child(el("span").class("key-swatch key-empty"))
                .child(format!(" {}", t.key_empty)),
        );
    let more = (hidden > 0).then(|| {
        el("button")
            .attr("type", "button")
            .class("button button-secondary show-more")
            .attr("data-action", "more")
            .child(fill(
                t.show_more,
                &[
                    ("n", &hidden.min(LANES_AT_A_TIME).to_string()),
                    ("left", &hidden.to_string()),
                ],
            ))
    });
    el("section")
        .class("timeline-section")
        .attr("aria-labelledby", TITLE_ID)
        .child(el("h2").id(TITLE_ID).child(t.timeline_title))
        .child(el("p").id(HELP_ID).class("help").child(t.timeline_help))
        .child(el("div").class("timeline-scroll").child(table))
        .children(more)
        .child(
            el("div")
                .class("key")
                .child(el("h3").class("key-title").child(t.key_title))
                .child(key),
        )
        .into()
}

/// Where a search matches a development but not in its name: an excerpt showing the match.
fn lane_excerpt(m: &Measure, query: &str) -> Option<Element> {
    if query.is_empty() || !find(&m.title, query).is_empty() {
        return None;
    }
    let text = excerpt(&texts(m), query)?;
    Some(
        el("p")
            .class("lane-excerpt")
            .lang_en()
            .children(marked(&text, query)),
    )
}

/// One development's lane: its name (with the search's matches marked, and an excerpt where the
/// match is not in the name), then a cell per year.
fn lane(t: &Strings, base: &ViewState, m: &Measure, index: usize, query: &str) -> Element {
    let meta: Vec<&str> = m
        .development_type
        .iter()
        .map(String::as_str)
        .chain([m.country.as_str()])
        .collect();
    let title = el("tr").child(
        el("th")
            .attr("scope", "rowgroup")
            .attr("colspan", YEAR_COUNT.to_string())
            .class("lane-title")
            .child(
                el("span")
                    .class("lane-name")
                    .child(
                        nav_link(base, &m.id, None, Focus::Stay)
                            .id(lane_link_id(index))
                            .attr("data-lane", index.to_string())
                            .attr("tabindex", "0")
                            .lang_en()
                            .children(marked(&m.title, query)),
                    )
                    .child(" ")
                    .child(
                        el("span")
                            .class("lane-meta")
                            .lang_en()
                            .child(meta.join(" · ")),
                    ),
            )
            .children(lane_excerpt(m, query)),
    );
    let cells = layout::lane(m).into_iter().map(|cell| match cell.entry {
        None => el("td")
            .class("cell-empty")
            .child(el("span").class("visually-hidden").child(t.key_empty)),
        Some(entry) => {
            let mut class = format!("cell {}", entry.mark.class());
            if entry.has_note {
                class.push_str(" has-note");
            }
            let mut link = nav_link(base, &m.id, Some(cell.year), Focus::Stay)
                .id(cell_id(index, cell.year))
                .attr("data-lane", index.to_string())
                .attr("data-year", cell.year.to_string())
                .attr("tabindex", "-1")
                .class(class)
                .attr(
                    "aria-label",
                    cell_label(t, cell.year, &entry.status, entry.has_note, &m.title),
                )
                .child(status_mark(entry.mark))
                .child(
                    el("span")
                        .class("cell-status")
                        .lang_en()
                        .child(entry.status),
                );
            if entry.has_note {
                link = link.child(el("span").class("note-flag"));
            }
            el("td").child(link)
        }
    });
    el("tbody")
        .class("lane")
        .id(lane_id(index))
        .attr("data-lane", index.to_string())
        .child(title)
        .child(el("tr").class("lane-cells").children(cells))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::load::parse_dataset;

    fn data() -> Dataset {
        parse_dataset(include_str!("../../public/data/timeline.json")).expect("valid")
    }

    #[test]
    fn one_lane_per_development_and_eleven_cells_each() {
        let d = data();
        let node = timeline(&EN, &d, &ViewState::default(), &[0, 1, 2], 0);
        let lanes = node.find_all(&|e| e.tag == "tbody");
        assert_eq!(lanes.len(), 3);
        for lane in &lanes {
            let cells = Node::Element((*lane).clone())
                .find_all(&|e| e.tag == "td")
                .len();
            assert_eq!(cells, 11);
        }
        let years = node.find_all(&|e| e.tag == "th" && e.get_attr("scope") == Some("col"));
        assert_eq!(years.len(), 11);
    }

    #[test]
    fn cells_are_named_links_to_their_year() {
        let d = data();
        let node = timeline(&EN, &d, &ViewState::default(), &[0, 1, 2], 0);
        let cell = node
            .find_all(&|e| e.get_attr("id") == Some("cell-0-2019"))
            .pop()
            .expect("the 2019 cell");
        assert_eq!(cell.get_attr("href"), Some("?measure=28020&year=2019"));
        assert_eq!(
            cell.get_attr("aria-label"),
            Some("2019: Implementation, with a note – Measures of guidance and promotion of work-based learning")
        );
        assert_eq!(cell.get_attr("data-nav"), Some("stay"));
        // One tab stop per lane: its name; the years are reached with the arrow keys.
        assert_eq!(cell.get_attr("tabindex"), Some("-1"));
        let name = node
            .find_all(&|e| e.get_attr("id") == Some("lane-link-0"))
            .pop()
            .expect("the lane's name");
        assert_eq!(name.get_attr("tabindex"), Some("0"));
        let empty = node.find_all(&|e| e.get_attr("class") == Some("cell-empty"));
        assert_eq!(
            empty.len(),
            10 + 10,
            "the related developments cover one year each"
        );
    }

    #[test]
    fn the_key_lists_statuses_notes_and_empty_years() {
        let d = data();
        let node = timeline(&EN, &d, &ViewState::default(), &[0, 1, 2], 0);
        let key = node.find_all(&|e| e.get_attr("class") == Some("key-list"));
        assert_eq!(
            key[0].text_content(),
            " Implementation Discontinued Year with a note No information for that year"
        );
    }

    #[test]
    fn search_matches_are_marked_and_explained() {
        let d = data();
        let base = crate::deeplink::parse("?q=cite+des+metiers").state;
        let node = timeline(&EN, &d, &base, &[0], 0);
        let excerpt = node.find_all(&|e| e.get_attr("class") == Some("lane-excerpt"));
        assert_eq!(excerpt.len(), 1, "the match is not in the title");
        let marks = |node: &Node| -> Vec<String> {
            node.find_all(&|e| e.tag == "mark")
                .iter()
                .map(|m| m.text_content())
                .collect()
        };
        assert_eq!(marks(&node), ["Cité des métiers"]);
        let peq = timeline(&EN, &d, &crate::deeplink::parse("?q=peq").state, &[1], 0);
        assert_eq!(marks(&peq), ["PEQ"]);
    }

    #[test]
    fn more_lanes_are_offered_by_a_button() {
        let d = data();
        let node = timeline(&EN, &d, &ViewState::default(), &[0], 120);
        let more = node.find_all(&|e| e.get_attr("data-action") == Some("more"));
        assert_eq!(more[0].text_content(), "Show 20 more (120 not shown)");
        let none = timeline(&EN, &d, &ViewState::default(), &[0, 1, 2], 0);
        assert!(none
            .find_all(&|e| e.get_attr("data-action") == Some("more"))
            .is_empty());
    }

    #[test]
    fn links_keep_the_other_parameters() {
        let d = data();
        let base = crate::deeplink::parse("?measure=28020&utm=x").state;
        let node = timeline(&EN, &d, &base, &[2], 0);
        let link = node
            .find_all(&|e| e.get_attr("id") == Some("lane-link-2"))
            .pop()
            .expect("lane link");
        assert_eq!(
            link.get_attr("href"),
            Some("?measure=be-fr-social-partner-pact-employment-training&utm=x")
        );
    }
}
