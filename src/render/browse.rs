//! Finding developments: the search field, the facets with their counts, the year range, the
//! count of what is shown, and the explanation when nothing is left.

use crate::facets::{counts, emptiers, Facet, Filter, Filters};
use crate::i18n::{fill, format_number, Lang, Strings};
use crate::layout;
use crate::model::Dataset;
use crate::search::{highlight, SearchIndex};
use crate::vdom::{el, Element, Node};

/// Id of the search field (which is never rebuilt while a reader types in it).
pub const SEARCH_ID: &str = "search";
/// Id of the element holding the facets (built when first opened, then updated in place).
pub const FACETS_ID: &str = "facets";
/// Id of the polite count of developments shown.
pub const COUNT_ID: &str = "result-count";
/// Id of the "clear all filters" button of the facets.
pub const CLEAR_ID: &str = "clear-filters";

/// Id of the checkbox of the `i`-th value (in sorted order) of `facet`; the count beside it is
/// `{id}-count`, its list item `{id}-item`.
pub fn value_id(facet: Facet, i: usize) -> String {
    format!("facet-{}-{i}", facet.param())
}

/// The facet's name in the interface.
pub fn facet_label(t: &Strings, facet: Facet) -> &'static str {
    match facet {
        Facet::Country => t.facet_country,
        Facet::Type => t.sections.development_type,
        Facet::Theme => t.sections.thematic_categories,
        Facet::Target => t.sections.target_group,
        Facet::Subsystem => t.sections.subsystem,
        Facet::Status => t.status,
    }
}

/// The search and filters section, with the search field and empty places for the facets and
/// the count.
pub fn panel(t: &Strings, query: &str) -> Node {
    el("section")
        .class("browse")
        .attr("aria-labelledby", "browse-title")
        .attr("role", "search")
        .child(
            el("h2")
                .id("browse-title")
                .class("browse-title")
                .child(t.browse_title),
        )
        .child(
            el("div")
                .class("search-field")
                .child(el("label").attr("for", SEARCH_ID).child(t.search_label))
                .child(
                    el("input")
                        .id(SEARCH_ID)
                        .attr("type", "search")
                        .attr("name", "q")
                        .attr("autocomplete", "off")
                        .attr("spellcheck", "false")
                        .attr("value", query.to_owned()),
                ),
        )
        .child(el("div").id(FACETS_ID))
        .child(
            el("p")
                .id(COUNT_ID)
                .class("result-count")
                .attr("role", "status"),
        )
        .into()
}

/// The facets' disclosure as it is before it is first opened: closed, its content not yet
/// built (see [`facets`]; a quarter of the page's elements, which a first view need not make).
pub fn facets_closed(t: &Strings) -> Node {
    disclosure(t, Some("filters")).into()
}

/// The facets' disclosure and its summary (which, with `action`, the click handler watches).
fn disclosure(t: &Strings, action: Option<&'static str>) -> Element {
    el("details").class("filters").child(
        el("summary")
            .attr_opt("data-action", action)
            .child(t.filters_title),
    )
}

/// The facets and the year range, in a disclosure (`open`, or closed).
pub fn facets(
    t: &Strings,
    data: &Dataset,
    scores: &[Option<u32>],
    filters: &Filters,
    open: bool,
) -> Node {
    let groups = Facet::ALL.into_iter().filter_map(|facet| {
        // Every value the dataset has, so that updates can work in place; those that would
        // leave nothing (and are not chosen) are hidden.
        let values = counts(data, scores, filters, facet);
        if values.is_empty() {
            return None;
        }
        let items = values.into_iter().enumerate().map(|(i, (value, n))| {
            let id = value_id(facet, i);
            let chosen = filters.is_chosen(facet, &value);
            let mut input = el("input")
                .id(id.clone())
                .attr("type", "checkbox")
                .attr("data-facet", facet.param())
                .attr("value", value.clone());
            if chosen {
                input = input.attr("checked", "");
            }
            el("li")
                .id(format!("{id}-item"))
                .attr_opt("hidden", (n == 0 && !chosen).then_some(""))
                .child(input)
                .child(
                    el("label")
                        .attr("for", id.clone())
                        .child(el("span").lang_en().child(value))
                        .child(
                            el("span")
                                .id(format!("{id}-count"))
                                .child(format!(" ({n})")),
                        ),
                )
        });
        Some(
            el("fieldset")
                .class("facet")
                .child(el("legend").child(facet_label(t, facet)))
                .child(el("ul").class("facet-values").children(items)),
        )
    });
    let (from, to) = filters.years();
    let year_select = |id: &str, label: &str, chosen: i32| {
        el("label")
            .class("year-select")
            .child(format!("{label} "))
            .child(
                el("select")
                    .id(id.to_owned())
                    .attr("data-range", id.to_owned())
                    .children(layout::years().map(|y| {
                        let option = el("option").attr("value", y.to_string());
                        let option = if y == chosen {
                            option.attr("selected", "")
                        } else {
                            option
                        };
                        option.child(y.to_string())
                    })),
            )
    };
    let years = el("fieldset")
        .class("facet facet-years")
        .child(el("legend").child(t.years))
        .child(year_select("from", t.from, from))
        .child(year_select("to", t.to, to));
    disclosure(t, None)
        .attr_opt("open", open.then_some(""))
        .child(
            el("div")
                .class("facet-groups")
                .children(groups)
                .child(years),
        )
        .child(
            clear_all(t)
                .id(CLEAR_ID)
                .attr_opt("hidden", (!filters.is_active()).then_some("")),
        )
        .into()
}

fn clear_all(t: &Strings) -> Element {
    el("button")
        .attr("type", "button")
        .class("button button-secondary")
        .attr("data-action", "clear-filters")
        .child(t.clear_all)
}

/// "3 of 1,000 developments", in the language.
pub fn count(t: &Strings, lang: Lang, shown: usize, total: usize) -> String {
    fill(
        if total == 1 {
            t.count_one
        } else {
            t.count_other
        },
        &[
            ("shown", &format_number(shown, lang)),
            ("total", &format_number(total, lang)),
        ],
    )
}

/// How a filter is named in the empty state.
fn filter_name(t: &Strings, filters: &Filters, filter: &Filter) -> String {
    match filter {
        Filter::Query => fill(t.filter_query, &[("q", filters.query.trim())]),
        Filter::Value(facet, value) => format!("{}: {value}", facet_label(t, *facet)),
        Filter::Years => {
            let (from, to) = filters.years();
            fill(
                t.filter_years,
                &[("from", &from.to_string()), ("to", &to.to_string())],
            )
        }
    }
}

/// When the filters leave nothing: says so, and offers to remove each filter that would leave
/// something (with how many), or to clear them all.
pub fn empty(t: &Strings, data: &Dataset, index: &SearchIndex, filters: &Filters) -> Node {
    let offers = emptiers(data, index, filters)
        .into_iter()
        .map(|(filter, n)| {
            let (kind, facet, value) = match &filter {
                Filter::Query => ("query", "", String::new()),
                Filter::Value(f, v) => ("value", f.param(), v.clone()),
                Filter::Years => ("years", "", String::new()),
            };
            el("li").child(
                el("button")
                    .attr("type", "button")
                    .class("button button-secondary")
                    .attr("data-action", "remove-filter")
                    .attr("data-kind", kind)
                    .attr("data-facet", facet)
                    .attr("data-value", value)
                    .child(fill(
                        t.remove_filter,
                        &[
                            ("filter", &filter_name(t, filters, &filter)),
                            ("count", &n.to_string()),
                        ],
                    )),
            )
        });
    el("div")
        .class("no-results")
        .child(el("p").child(t.no_results))
        .child(el("ul").class("remove-filters").children(offers))
        .child(clear_all(t))
        .into()
}

/// `text` with the places `query` matches marked (`<mark>`), as nodes.
pub fn marked(text: &str, query: &str) -> Vec<Node> {
    if query.trim().is_empty() {
        return vec![Node::from(text.to_owned())];
    }
    highlight(text, query)
        .into_iter()
        .map(|(run, hit)| {
            if hit {
                el("mark").child(run).into()
            } else {
                Node::from(run)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{bundled, EN};
    use crate::load::parse_dataset;

    fn data() -> Dataset {
        parse_dataset(include_str!("../../public/data/timeline.json")).expect("valid")
    }

    /// The facets of `d` for `filters`, built (`open`, or closed).
    fn built_facets(d: &Dataset, filters: &Filters, open: bool) -> Node {
        let index = SearchIndex::new(d);
        facets(
            &EN,
            d,
            &crate::facets::scores(d, &index, filters),
            filters,
            open,
        )
    }

    #[test]
    fn counts_are_written_for_the_language() {
        assert_eq!(count(&EN, Lang::En, 3, 3), "3 of 3 developments");
        assert_eq!(count(&EN, Lang::En, 1, 1), "1 of 1 development");
        assert_eq!(
            count(bundled(Lang::Fr), Lang::Fr, 12, 1000),
            "12 sur 1\u{202F}000 évolutions"
        );
    }

    #[test]
    fn facets_show_values_with_their_counts_and_the_chosen_ones_checked() {
        let filters = Filters {
            chosen: vec![(Facet::Subsystem, "CVET".into())],
            ..Filters::default()
        };
        let node = built_facets(&data(), &filters, true);
        let labels: Vec<String> = node
            .find_all(&|e| {
                e.tag == "label"
                    && e.get_attr("for")
                        .is_some_and(|f| f.starts_with("facet-subsystem"))
            })
            .iter()
            .map(|l| l.text_content())
            .collect();
        assert_eq!(labels, ["CVET (1)", "IVET (3)"]);
        let checked = node.find_all(&|e| e.get_attr("checked").is_some());
        assert_eq!(checked.len(), 1);
        assert_eq!(checked[0].get_attr("value"), Some("CVET"));
        // Values that would leave nothing are not offered.
        let practical = node
            .find_all(&|e| e.tag == "li" && e.text_content().contains("PRACTICAL MEASURE"))
            .pop()
            .expect("the value is there, for updates in place");
        assert_eq!(practical.get_attr("hidden"), Some(""));
        assert_eq!(
            node.find_all(&|e| e.tag == "details")[0].get_attr("open"),
            Some("")
        );
    }

    #[test]
    fn closed_facets_are_the_same_disclosure_without_its_content() {
        let closed = facets_closed(&EN);
        let built = built_facets(&data(), &Filters::default(), false);
        let summary = |n: &Node| {
            n.find_all(&|e| e.tag == "summary")
                .iter()
                .map(|e| e.text_content())
                .collect::<Vec<_>>()
        };
        // Built later in place of the closed one, the disclosure keeps its summary (and the
        // focus on it), and stays closed until the browser opens it.
        assert_eq!(summary(&closed), summary(&built));
        assert_eq!(summary(&closed), ["Filters"]);
        assert!(closed.find_all(&|e| e.tag == "input").is_empty());
        for node in [&closed, &built] {
            assert_eq!(
                node.find_all(&|e| e.tag == "details")[0].get_attr("open"),
                None
            );
        }
    }

    #[test]
    fn the_empty_state_offers_the_filters_to_remove() {
        let d = data();
        let index = SearchIndex::new(&d);
        let filters = Filters {
            query: "pathway".into(),
            chosen: vec![
                (Facet::Subsystem, "CVET".into()),
                (Facet::Theme, "Lifelong guidance".into()),
            ],
            ..Filters::default()
        };
        let node = empty(&EN, &d, &index, &filters);
        let buttons: Vec<String> = node
            .find_all(&|e| e.tag == "button")
            .iter()
            .map(|b| b.text_content())
            .collect();
        assert_eq!(
            buttons,
            ["Remove “Subsystem: CVET” (1 found)", "Clear all filters"]
        );
    }

    #[test]
    fn matches_are_marked() {
        let nodes: Vec<String> = marked("Cité des métiers", "cite")
            .iter()
            .map(Node::to_html)
            .collect();
        assert_eq!(nodes, ["<mark>Cité</mark>", " des métiers"]);
        assert_eq!(marked("x", " ").len(), 1);
    }
}
