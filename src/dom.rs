//! Puts [`vdom`](crate::vdom) trees on the page, and the small DOM updates that follow a
//! selection. Text always becomes text nodes: nothing here parses HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::vdom::{self, Node};

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Replaces the children of `parent` with `nodes`.
pub fn replace_children(parent: &Element, nodes: &[Node]) {
    parent.set_text_content(None);
    sync(parent, &[], nodes, false);
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
    // The document's index first (a selector is parsed each time); the selector where the
    // document has another element of that id first (several apps in one page, as in tests).
    root.owner_document()
        .and_then(|d| d.get_element_by_id(id))
        .filter(|e| root.contains(Some(e)))
        .or_else(|| root.query_selector(&format!("#{id}")).ok().flatten())
}

/// Sets or removes a boolean-like attribute (`aria-current="true"`, `tabindex`, ...).
pub fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    // Unchanged, it is left alone: a change of some attributes (`tabindex` on the focused
    // element) makes the browser recompute the page's style at once.
    if el.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Sets the text of `el`, unless it already reads so (a live region says each change; and
/// any write costs the browser work).
pub fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
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

/// Brings `parent`, which shows `old` (as [`show`] or this function left it), to show `new`,
/// changing only what differs: elements stay in place (with their layout, focus and scroll)
/// where they can. Children are matched by `id` where they have one (a lane that moves is moved,
/// not rebuilt), else by position. Attributes set on the page since (`aria-current`, classes of
/// the selection) are left alone unless `new` changes them.
pub fn update(parent: &Element, old: Option<&Node>, new: &Node) {
    let new = std::slice::from_ref(new);
    match old {
        Some(old) => sync(parent, std::slice::from_ref(old), new, false),
        None => replace_children(parent, new),
    }
}

fn id_of(node: &Node) -> Option<&str> {
    match node {
        Node::Element(e) => e.get_attr("id"),
        Node::Text(_) => None,
    }
}

/// Makes the children of `parent` (which show `old`) show `new`; `in_svg` for SVG content.
fn sync(parent: &Element, old: &[Node], new: &[Node], in_svg: bool) {
    let Some(doc) = parent.owner_document() else {
        return;
    };
    let list = parent.child_nodes();
    if list.length() as usize != old.len() {
        // Changed by someone else: start again.
        parent.set_text_content(None);
        return sync(parent, &[], new, in_svg);
    }
    let mut existing: Vec<Option<web_sys::Node>> =
        (0..list.length()).map(|i| list.item(i)).collect();
    // For each new child, the old one it takes over (same id, else same place without an id).
    let mut wanted = Vec::with_capacity(new.len());
    for (at, node) in new.iter().enumerate() {
        let id = id_of(node);
        let found = match id {
            Some(id) => old.iter().position(|o| id_of(o) == Some(id)),
            None => (at < old.len() && id_of(&old[at]).is_none()).then_some(at),
        };
        let reused = found.and_then(|i| {
            let dom = existing[i].take()?;
            patch(&dom, &old[i], node, in_svg).then_some(dom)
        });
        wanted.push(reused.or_else(|| build(&doc, node, in_svg)));
    }
    for left in existing.into_iter().flatten() {
        let _ = parent.remove_child(&left);
    }
    let mut cursor = parent.first_child();
    for node in wanted.into_iter().flatten() {
        if cursor.as_ref() == Some(&node) {
            cursor = node.next_sibling();
        } else {
            let _ = parent.insert_before(&node, cursor.as_ref());
        }
    }
}

/// Changes `dom` (which shows `old`) to show `new`; false where it cannot (another kind of
/// node), to build `new` instead.
fn patch(dom: &web_sys::Node, old: &Node, new: &Node, in_svg: bool) -> bool {
    match (old, new) {
        (Node::Text(a), Node::Text(b)) => {
            if a != b {
                dom.set_text_content(Some(b));
            }
            true
        }
        (Node::Element(a), Node::Element(b)) if a.tag == b.tag => {
            let element: &Element = dom.unchecked_ref();
            for (name, value) in &b.attrs {
                if a.get_attr(name) != Some(value.as_str()) {
                    let _ = element.set_attribute(name, value);
                }
            }
            for (name, _) in &a.attrs {
                if b.get_attr(name).is_none() {
                    let _ = element.remove_attribute(name);
                }
            }
            sync(element, &a.children, &b.children, in_svg || a.tag == "svg");
            true
        }
        _ => false,
    }
}
