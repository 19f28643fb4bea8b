//! Dataset text: inline markup and blocks (paragraphs, lists), always as text nodes.

use crate::deeplink::ViewState;
use crate::markup::{self, Inline};
use crate::model::{Block, Dataset, ListItem};
use crate::navigation::Focus;
use crate::vdom::{el, Element, Node};

use super::nav_link;

/// The runs of one text: its emphasis, and its links to other measures of `data`.
pub fn rich(data: &Dataset, base: &ViewState, text: &str) -> Vec<Node> {
    markup::parse(text)
        .into_iter()
        .map(|run| match run {
            Inline::Text(t) => Node::from(t),
            Inline::Emphasis(t) => el("em").child(t).into(),
            Inline::MeasureLink { target, text } if data.measure(&target).is_some() => {
                nav_link(base, &target, None, Focus::Card)
                    .child(text)
                    .into()
            }
            Inline::MeasureLink { text, .. } => Node::from(text),
        })
        .collect()
}

/// A paragraph of dataset text.
pub fn paragraph(data: &Dataset, base: &ViewState, text: &str) -> Element {
    el("p").lang_en().children(rich(data, base, text))
}

/// A section's blocks: paragraphs, and lists (ordered, showing their markers, when they have
/// them), in a container marked as English.
pub fn blocks(data: &Dataset, base: &ViewState, blocks: &[Block]) -> Element {
    el("div")
        .class("text")
        .lang_en()
        .children(blocks.iter().map(|b| match b {
            Block::Paragraph { text } => el("p").children(rich(data, base, text)),
            Block::List { items } => list(data, base, items),
        }))
}

fn list(data: &Dataset, base: &ViewState, items: &[ListItem]) -> Element {
    let marked = !items.is_empty() && items.iter().all(|i| i.marker.is_some());
    let items = items.iter().map(|item| {
        let mut li = el("li");
        if let Some(marker) = &item.marker {
            li = li
                .child(el("span").class("marker").child(marker.clone()))
                .child(" ");
        }
        li = li.children(rich(data, base, &item.text));
        if !item.sublist.is_empty() {
            li = li.child(list(data, base, &item.sublist));
        }
        li
    });
    if marked {
        // Markers are shown as the source writes them; role=list keeps list semantics where
        // `list-style: none` would drop them.
        el("ol")
            .class("marked")
            .attr("role", "list")
            .children(items)
    } else {
        el("ul").children(items)
    }
}

/// A plain list of dataset strings.
pub fn plain_list(items: &[String]) -> Element {
    el("ul")
        .lang_en()
        .children(items.iter().map(|i| el("li").child(i.clone())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_dataset;

    fn data() -> Dataset {
        parse_dataset(include_str!("../../public/data/timeline.json")).expect("valid")
    }

    #[test]
    fn emphasis_and_links() {
        let d = data();
        let nodes = rich(
            &d,
            &ViewState::default(),
            "a *b* [PEQ](measure:be-fr-vocational-education-pathway-peq) [x](measure:nowhere)",
        );
        let html: String = nodes.iter().map(Node::to_html).collect();
        assert_eq!(
            html,
            "a <em>b</em> <a href=\"?measure=be-fr-vocational-education-pathway-peq\" data-nav=\"card\">PEQ</a> x"
        );
    }

    #[test]
    fn html_in_the_data_stays_text() {
        let d = data();
        let node: Node = paragraph(&d, &ViewState::default(), "<script>alert(1)</script>").into();
        assert_eq!(
            node.to_html(),
            "<p lang=\"en\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        );
    }

    #[test]
    fn marked_lists_are_ordered_and_keep_their_markers() {
        let d = data();
        let node: Node = blocks(&d, &ViewState::default(), &d.measures[0].background).into();
        let lists = node.find_all(&|e| e.tag == "ol");
        assert_eq!(lists.len(), 2, "(a)–(g), and (i)–(iii) inside (b)");
        let markers: Vec<String> = node
            .find_all(&|e| e.get_attr("class") == Some("marker"))
            .iter()
            .map(|e| e.text_content())
            .collect();
        assert_eq!(
            markers,
            ["(a)", "(b)", "(i)", "(ii)", "(iii)", "(c)", "(d)", "(e)", "(f)", "(g)"]
        );
    }
}
