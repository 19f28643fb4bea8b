//! The cards: a measure's full card (every section of the source, in its order and words), a
//! year's card, and the card for a link to a measure the dataset does not hold.

use crate::deeplink::ViewState;
use crate::embed::Snippets;
use crate::i18n::{fill, Strings};
use crate::layout::{neighbours, Mark};
use crate::markup;
use crate::model::{Dataset, Measure, YearEntry};
use crate::navigation::{Focus, CARD_HEADING_ID};
use crate::validate::is_web_address;
use crate::vdom::{el, Element, Node};

use super::marks::status_mark;
use super::nav_link;
use super::page::print_link;
use super::text::{blocks, paragraph, plain_list, rich};

/// The shell of a card: a region named by its heading.
fn card(kind: &str) -> Element {
    el("section")
        .class(format!("card {kind}"))
        .attr("aria-labelledby", CARD_HEADING_ID)
}

/// The card's heading, which receives focus when a link inside a card opens another.
fn heading() -> Element {
    el("h2").id(CARD_HEADING_ID).attr("tabindex", "-1")
}

/// A titled section of a card.
fn section(title: &'static str, body: impl Into<Node>) -> Element {
    el("section")
        .class("card-section")
        .child(el("h3").child(title))
        .child(body)
}

/// A "Copy ..." button and the polite status that confirms it.
pub fn copy_button(label: &'static str, what: &'static str, text: Option<&str>) -> Element {
    el("span")
        .class("copy")
        .child(
            el("button")
                .attr("type", "button")
                .class("button button-secondary")
                .attr("data-copy", what)
                .attr_opt("data-copy-text", text.map(str::to_owned))
                .child(label),
        )
        .child(el("span").class("copy-status").attr("role", "status"))
}

/// What a card's tools offer besides copying the link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tools {
    /// The absolute address of the view (print writes it out).
    pub link: String,
    /// The codes to embed the view, in full view (not inside an embed).
    pub embed: Option<Snippets>,
}

/// Id of the embed codes' panel.
pub const EMBED_PANEL_ID: &str = "embed-panel";

/// The card's tools: copy the link to this view, show the embed codes, and (in print) the
/// link; then the embed codes' panel, hidden, which takes the header's whole width.
fn tools(t: &Strings, tools: &Tools) -> Vec<Element> {
    let mut buttons = el("div")
        .class("card-tools")
        .child(copy_button(t.copy_link, "link", None));
    let mut panel = None;
    if let Some(snippets) = &tools.embed {
        buttons = buttons.child(
            el("button")
                .attr("type", "button")
                .class("button button-secondary")
                .attr("data-action", "toggle")
                .attr("aria-expanded", "false")
                .attr("aria-controls", EMBED_PANEL_ID)
                .child(t.embed),
        );
        let code = |label: &'static str, text: &str| {
            el("div")
                .class("snippet")
                .child(el("h3").class("snippet-title").child(label))
                .child(el("pre").child(el("code").child(text.to_owned())))
                .child(copy_button(t.copy_code, "snippet", Some(text)))
        };
        panel = Some(
            el("div")
                .id(EMBED_PANEL_ID)
                .class("embed-panel")
                .attr("hidden", "")
                .child(el("p").child(t.embed_help))
                .child(code(t.embed_script, &snippets.script))
                .child(code(t.embed_iframe, &snippets.iframe)),
        );
    }
    let mut out = vec![buttons.child(print_link(t, &tools.link))];
    out.extend(panel);
    out
}

/// The full card of measure `m`, with its `tools`.
pub fn measure_card(
    t: &Strings,
    data: &Dataset,
    base: &ViewState,
    m: &Measure,
    link: &Tools,
) -> Node {
    let mut eyebrow: Vec<&str> = Vec::new();
    if let Some(kind) = &m.entry_kind {
        eyebrow.push(kind);
        eyebrow.extend(m.development_type.as_deref());
    }
    eyebrow.push(&m.country);
    let mut header = el("header")
        .class("card-header")
        .child(
            el("p")
                .class("eyebrow")
                .lang_en()
                .child(eyebrow.join(" · ")),
        )
        .child(heading().lang_en().child(m.title.clone()));
    if let Some(id) = m.cedefop_id {
        header = header.child(
            el("p")
                .class("id-number")
                .child(format!("{} {id}", t.sections.id_number)),
        );
    }
    header = header.children(tools(t, link));
    card("card-measure")
        .child(header)
        .child(
            el("div")
                .class("card-body")
                .children(sections(t, data, base, m)),
        )
        .into()
}

/// Every section the entry has, in the source's order; those it lacks are left out.
fn sections(t: &Strings, data: &Dataset, base: &ViewState, m: &Measure) -> Vec<Element> {
    let s = &t.sections;
    let mut out = Vec::new();
    if !m.summary.is_empty() {
        out.push(blocks(data, base, &m.summary));
    }
    for (title, body) in [
        (s.background, &m.background),
        (s.objectives, &m.objectives),
        (s.description, &m.description),
    ] {
        if !body.is_empty() {
            out.push(section(title, blocks(data, base, body)));
        }
    }
    if !m.timeline.is_empty() {
        let years = m.timeline.iter().map(|entry| {
            let mut li = el("li").child(year_link(base, m, entry));
            if let Some(note) = &entry.note {
                li = li.child(paragraph(data, base, note));
            }
            li
        });
        out.push(section(
            s.timeline,
            el("ol")
                .class("year-list")
                .attr("role", "list")
                .children(years),
        ));
    }
    if let (None, Some(kind)) = (&m.entry_kind, &m.development_type) {
        // Full entries name their type in the header; related developments in a section.
        out.push(section(
            s.development_type,
            el("p").lang_en().child(kind.clone()),
        ));
    }
    if !m.bodies_responsible.is_empty() {
        out.push(section(
            s.bodies_responsible,
            plain_list(&m.bodies_responsible),
        ));
    }
    if !m.target_groups.is_empty() {
        let groups = m.target_groups.iter().flat_map(|g| {
            [
                el("h4").lang_en().child(g.group.clone()),
                plain_list(&g.members),
            ]
        });
        out.push(section(s.target_group, el("div").children(groups)));
    }
    if !m.thematic_categories.is_empty() {
        out.push(section(
            s.thematic_categories,
            plain_list(&m.thematic_categories),
        ));
    }
    if !m.subsystems.is_empty() {
        out.push(section(s.subsystem, plain_list(&m.subsystems)));
    }
    if !m.further_reading.is_empty() {
        let items = m.further_reading.iter().map(|r| {
            let title = r.title.as_str();
            match r.url.as_deref().filter(|u| is_web_address(u)) {
                Some(url) => el("li").child(
                    el("a")
                        .attr("href", url.to_owned())
                        .attr("rel", "noopener noreferrer")
                        .child(title.to_owned()),
                ),
                None => el("li").child(title.to_owned()),
            }
        });
        out.push(section(
            s.further_reading,
            el("ul").lang_en().children(items),
        ));
    }
    let related: Vec<Element> = m
        .related
        .iter()
        .filter_map(|id| data.measure(id))
        .map(|r| related_item(t, data, base, r))
        .collect();
    if !related.is_empty() {
        out.push(section(
            s.related,
            el("ul").class("related").children(related),
        ));
    }
    let referring: Vec<Element> = data
        .referring_to(&m.id)
        .map(|other| el("li").child(title_link(base, other)))
        .collect();
    if !referring.is_empty() {
        out.push(section(
            t.listed_as_related_by,
            el("ul").children(referring),
        ));
    }
    if let Some(citation) = &m.citation {
        let url = citation.url.as_deref().filter(|u| is_web_address(u));
        let plain = markup::plain_text(&citation.text);
        let copied = match url {
            Some(u) => format!("{plain} {u}"),
            None => plain,
        };
        let mut body = el("div").child(el("p").class("citation").lang_en().children(rich(
            data,
            base,
            &citation.text,
        )));
        if let Some(u) = url {
            body = body.child(
                el("p")
                    .class("citation-url")
                    .child(el("a").attr("href", u.to_owned()).child(u.to_owned())),
            );
        }
        body = body.child(copy_button(t.copy_citation, "citation", Some(&copied)));
        out.push(section(s.cite_as, body));
    }
    out
}

/// A link to a measure's full card, showing its title.
fn title_link(base: &ViewState, m: &Measure) -> Element {
    nav_link(base, &m.id, None, Focus::Card)
        .lang_en()
        .child(m.title.clone())
}

/// A year's status, with its mark, as a link to the year's card.
fn year_link(base: &ViewState, m: &Measure, entry: &YearEntry) -> Element {
    nav_link(base, &m.id, Some(entry.year), Focus::Card)
        .class("year-link")
        .child(status_mark(Mark::of(&entry.status)))
        .child(
            el("span")
                .class("year-link-year")
                .child(entry.year.to_string()),
        )
        .child(" ")
        .child(el("span").lang_en().child(entry.status.clone()))
}

/// A related development as the source lists it: status and year, title, text, country, type
/// of development and subsystem.
fn related_item(t: &Strings, data: &Dataset, base: &ViewState, r: &Measure) -> Element {
    let mut status = el("p").class("related-status");
    if let Some(latest) = r.timeline.last() {
        status = status.child(year_link(base, r, latest));
    }
    let mut facts = el("dl").class("facts");
    if let Some(kind) = &r.development_type {
        facts = facts
            .child(el("dt").child(t.sections.development_type))
            .child(el("dd").lang_en().child(kind.clone()));
    }
    if !r.subsystems.is_empty() {
        facts = facts
            .child(el("dt").child(t.sections.subsystem))
            .child(el("dd").lang_en().child(r.subsystems.join(" ")));
    }
    el("li")
        .class("related-item")
        .child(status)
        .child(el("h4").child(title_link(base, r)))
        .child(blocks(data, base, &r.summary))
        .child(el("p").class("meta").lang_en().child(r.country.clone()))
        .child(facts)
}

/// The card of `year` of measure `m` (which has an entry for it), with its `tools`.
pub fn year_card(
    t: &Strings,
    data: &Dataset,
    base: &ViewState,
    m: &Measure,
    year: i32,
    link: &Tools,
) -> Node {
    let Some(entry) = m.year(year) else {
        return Node::from("");
    };
    let (before, after) = neighbours(m, year);
    let step = |target: Option<i32>, class: &str, label: &str| {
        target.map(|y| {
            nav_link(base, &m.id, Some(y), Focus::Card)
                .class(class.to_owned())
                .child(fill(label, &[("year", &y.to_string())]))
        })
    };
    let note = match &entry.note {
        Some(text) => paragraph(data, base, text),
        None => el("p").class("no-note").child(t.no_note),
    };
    let nav = el("nav")
        .class("year-nav")
        .attr("aria-label", t.year_navigation)
        .children(step(before, "year-prev", t.previous_year))
        .children(step(after, "year-next", t.next_year))
        .child(
            nav_link(base, &m.id, None, Focus::Card)
                .class("year-entry")
                .child(t.full_entry),
        );
    card("card-year")
        .child(
            el("header")
                .class("card-header")
                .child(el("p").class("eyebrow").lang_en().child(m.country.clone()))
                .child(
                    heading()
                        .child(el("span").class("card-year-number").child(year.to_string()))
                        .child(el("span").class("visually-hidden").child(" – "))
                        .child(
                            el("span")
                                .class("card-year-title")
                                .lang_en()
                                .child(m.title.clone()),
                        ),
                )
                .children(tools(t, link)),
        )
        .child(
            el("dl")
                .class("facts year-facts")
                .child(el("dt").child(t.status))
                .child(
                    el("dd")
                        .child(status_mark(Mark::of(&entry.status)))
                        .child(" ")
                        .child(el("span").lang_en().child(entry.status.clone())),
                )
                .child(el("dt").child(t.note))
                .child(el("dd").child(note)),
        )
        .child(nav)
        .into()
}

/// The card for a link to a measure the dataset does not hold: says so, and lists those it does.
pub fn not_found_card(t: &Strings, data: &Dataset, base: &ViewState, requested: &str) -> Node {
    let shown: String = if requested.chars().count() > 60 {
        requested.chars().take(60).chain(['…']).collect()
    } else {
        requested.to_owned()
    };
    let links = data.measures.iter().map(|m| {
        el("li").child(title_link(base, m)).child(" ").child(
            el("span")
                .class("meta")
                .lang_en()
                .child(format!("({})", m.country)),
        )
    });
    card("card-not-found")
        .child(heading().child(fill(t.not_found_title, &[("id", &shown)])))
        .child(el("p").child(t.not_found_text))
        .child(el("ul").class("measure-list").children(links))
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::load::parse_dataset;

    const URL: &str = "https://example.org/timeline/?measure=28020";
    const LINK: &Tools = &Tools {
        link: String::new(),
        embed: None,
    };

    fn tools() -> Tools {
        Tools {
            link: URL.to_owned(),
            embed: Some(crate::embed::snippets(
                "https://example.org/timeline/",
                &ViewState::measure("28020"),
                "T",
            )),
        }
    }

    fn data() -> Dataset {
        parse_dataset(include_str!("../../public/data/timeline.json")).expect("valid")
    }

    fn headings(node: &Node, tag: &str) -> Vec<String> {
        node.find_all(&|e| e.tag == tag)
            .iter()
            .map(|e| e.text_content())
            .collect()
    }

    #[test]
    fn the_measure_card_has_every_section_in_the_source_order() {
        let d = data();
        let card = measure_card(&EN, &d, &ViewState::default(), &d.measures[0], LINK);
        assert_eq!(
            headings(&card, "h3"),
            [
                "Background",
                "Objectives",
                "Description",
                "Timeline",
                "Bodies responsible",
                "Target group",
                "Thematic categories",
                "Subsystem",
                "Further reading",
                "Related policy developments",
                "Cite as"
            ]
        );
        assert_eq!(
            headings(&card, "h2"),
            ["Measures of guidance and promotion of work-based learning"]
        );
        let text = card.text_content();
        assert!(text.contains("ID number 28020"));
        assert!(text.contains("POLICY DEVELOPMENT · PRACTICAL MEASURE/INITIATIVE · BELGIUM-FR"));
        assert_eq!(
            headings(&card, "h4")[..2],
            ["Learners", "Entities providing VET"]
        );
    }

    #[test]
    fn the_card_region_is_named_by_its_heading() {
        let d = data();
        let Node::Element(card) =
            measure_card(&EN, &d, &ViewState::default(), &d.measures[0], LINK)
        else {
            panic!("an element");
        };
        assert_eq!(card.tag, "section");
        assert_eq!(card.get_attr("aria-labelledby"), Some(CARD_HEADING_ID));
    }

    #[test]
    fn further_reading_has_titles_and_no_invented_addresses() {
        let d = data();
        let card = measure_card(&EN, &d, &ViewState::default(), &d.measures[0], LINK);
        let links: Vec<&str> = card
            .find_all(&|e| e.tag == "a")
            .iter()
            .filter_map(|a| a.get_attr("href"))
            .filter(|h| h.starts_with("http"))
            .collect();
        assert_eq!(
            links,
            ["https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"]
        );
    }

    #[test]
    fn related_developments_link_both_ways() {
        let d = data();
        let base = ViewState::default();
        let card = measure_card(&EN, &d, &base, &d.measures[0], LINK);
        let related = card.find_all(&|e| e.get_attr("class") == Some("related-item"));
        assert_eq!(related.len(), 2);
        assert!(related[1].text_content().contains("2017 Discontinued"));
        assert!(related[1].text_content().contains("Strategy/Action plan"));
        let peq = measure_card(&EN, &d, &base, &d.measures[1], LINK);
        assert_eq!(
            headings(&peq, "h3"),
            [
                "Timeline",
                "Type of development",
                "Subsystem",
                "Listed as a related development of"
            ]
        );
        let back = peq.find_all(&|e| e.get_attr("href") == Some("?measure=28020"));
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].get_attr("data-nav"), Some("card"));
    }

    #[test]
    fn the_citation_is_copied_with_its_address() {
        let d = data();
        let card = measure_card(&EN, &d, &ViewState::default(), &d.measures[0], LINK);
        let button = card.find_all(&|e| e.get_attr("data-copy") == Some("citation"));
        assert_eq!(
            button[0].get_attr("data-copy-text"),
            Some(
                "Cedefop, & ReferNet. (2026). Measures of guidance and promotion of work-based \
                 learning: Belgium-FR. In Cedefop, & ReferNet. (2026). Timeline of VET policies in \
                 Europe (2025 update) [Online tool]. \
                 https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"
            )
        );
    }

    #[test]
    fn a_year_card_has_status_note_and_neighbours() {
        let d = data();
        let base = ViewState::default();
        let card = year_card(&EN, &d, &base, &d.measures[0], 2019, LINK);
        let text = card.text_content();
        assert!(text.contains("Implementation"));
        assert!(text.contains("The platform 'My school, my job' was deployed in 2019"));
        let hrefs: Vec<&str> = card
            .find_all(&|e| e.tag == "a")
            .iter()
            .filter_map(|a| a.get_attr("href"))
            .collect();
        assert_eq!(
            hrefs,
            [
                "?measure=28020&year=2018",
                "?measure=28020&year=2020",
                "?measure=28020"
            ]
        );
        let quiet = year_card(&EN, &d, &base, &d.measures[0], 2016, LINK).text_content();
        assert!(quiet.contains("The entry gives no note for this year."));
    }

    #[test]
    fn print_writes_the_link_out() {
        let d = data();
        let card = measure_card(&EN, &d, &ViewState::default(), &d.measures[0], &tools());
        let print = card.find_all(&|e| e.get_attr("class") == Some("print-only"));
        assert_eq!(
            print[0].text_content(),
            format!("Link to this entry: {URL}")
        );
    }

    #[test]
    fn the_embed_codes_are_a_disclosure_with_copy_buttons() {
        let d = data();
        let card = measure_card(&EN, &d, &ViewState::default(), &d.measures[0], &tools());
        let toggle = card.find_all(&|e| e.get_attr("aria-controls") == Some(EMBED_PANEL_ID));
        assert_eq!(toggle[0].get_attr("aria-expanded"), Some("false"));
        let panel = card.find_all(&|e| e.get_attr("id") == Some(EMBED_PANEL_ID));
        assert_eq!(panel[0].get_attr("hidden"), Some(""));
        let copies: Vec<_> = card
            .find_all(&|e| e.get_attr("data-copy") == Some("snippet"))
            .iter()
            .filter_map(|b| b.get_attr("data-copy-text"))
            .map(str::to_owned)
            .collect();
        assert_eq!(copies.len(), 2);
        assert!(copies[0].starts_with("<script src=\"https://example.org/timeline/embed.js\""));
        assert!(copies[1].starts_with(
            "<iframe src=\"https://example.org/timeline/?measure=28020&amp;embed=1\""
        ));
        // Without codes (inside an embed), no embed button.
        let bare = measure_card(&EN, &d, &ViewState::default(), &d.measures[0], LINK);
        assert!(bare
            .find_all(&|e| e.get_attr("data-action") == Some("toggle"))
            .is_empty());
    }

    #[test]
    fn not_found_lists_what_there_is() {
        let d = data();
        let card = not_found_card(&EN, &d, &ViewState::default(), &"x".repeat(100));
        assert!(headings(&card, "h2")[0].contains('…'));
        assert_eq!(card.find_all(&|e| e.tag == "a").len(), 3);
    }
}
