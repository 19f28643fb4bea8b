//! Puts [`vdom`](crate::vdom) trees on the page, and the small DOM updates that follow a
//! selection. Text always becomes text nodes: nothing here parses HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::vdom::{self, Node};

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Replaces the children of `parent` with `nodes`.
pub fn replace_children(parent: &Element, nodes: &[Node]) {
    let Some(doc) = parent.owner_document() else {
        return;
    };
    let fragment = doc.create_document_fragment();
    for node in nodes {
        if let Some(built) = build(&doc, node, false) {
            let _ = fragment.append_child(&built);
        }
    }
    parent.set_text_content(None);
    let _ = parent.append_child(&fragment);
}

/// Appends `node` after the existing children of `parent`.
pub fn append(parent: &Element, node: &Node) {
    if let Some(built) = parent.owner_document().and_then(|d| build(&d, node, false)) {
        let _ = parent.append_child(&built);
    }
}

fn build(doc: &Document, node: &Node, in_svg: bool) -> Option<web_sys::Node> {
    match node {
        Node::Text(text) => Some(doc.create_text_node(text).unchecked_into()),
        Node::Element(e) => {
            let svg = in_svg || e.tag == "svg";
            let element = if svg {
                doc.create_element_ns(Some(SVG_NAMESPACE), e.tag).ok()?
            } else {
                doc.create_element(e.tag).ok()?
            };
            for (name, value) in &e.attrs {
                let _ = element.set_attribute(name, value);
            }
            for child in &e.children {
                if let Some(c) = build(doc, child, svg) {
                    let _ = element.append_child(&c);
                }
            }
            Some(element.unchecked_into())
        }
    }
}

/// The element with this id inside `root` (ids are plain ASCII words written by this crate).
pub fn by_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("#{id}")).ok().flatten()
}

/// Sets or removes a boolean-like attribute (`aria-current="true"`, `tabindex`, ...).
pub fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Every element under `root` matching `selector`.
pub fn select_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .collect()
}

/// Renders a single tree as the only child of `parent`.
pub fn show(parent: &Element, node: vdom::Node) {
    replace_children(parent, std::slice::from_ref(&node));
}
