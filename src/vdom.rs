//! A small description of DOM content: what the reader sees of the dataset (the timeline, the
//! cards) is built as a tree of [`Node`]s by plain functions (see [`crate::render`]), tested
//! natively, and put on the page by [`crate::dom`].
//!
//! Why not one Leptos `view!` per piece: each `view!` is its own generic type, and their code
//! added up to about 76 KB of gzipped wasm (measured) against a 100 KB budget for the whole app.
//! One renderer for this tree costs a few kilobytes, however much content it describes.
//!
//! Text is always text: [`Node::Text`] becomes a DOM text node, never HTML. Tag and attribute
//! names are `&'static str` written in this crate, never taken from the dataset.

/// A text of the tree. (Borrowing the interface's own strings as `Cow` was tried: the wasm grew.)
pub type Text = String;

/// A piece of content: an element or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// Text, shown as it is.
    Text(Text),
    /// An element.
    Element(Element),
}

/// An element with its attributes and children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The tag name, e.g. `p`.
    pub tag: &'static str,
    /// Attributes, in order.
    pub attrs: Vec<(&'static str, Text)>,
    /// Children, in order.
    pub children: Vec<Node>,
}

/// A new element.
pub fn el(tag: &'static str) -> Element {
    Element {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

impl Element {
    /// Sets an attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<Text>) -> Self {
        self.attrs.push((name, value.into()));
        self
    }

    /// Sets an attribute when `value` is some.
    pub fn attr_opt(self, name: &'static str, value: Option<impl Into<Text>>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Sets the `class` attribute.
    pub fn class(self, class: impl Into<Text>) -> Self {
        self.attr("class", class)
    }

    /// Sets the `id` attribute.
    pub fn id(self, id: impl Into<Text>) -> Self {
        self.attr("id", id)
    }

    /// Marks the element's content as English (dataset text, whatever the interface language).
    pub fn lang_en(self) -> Self {
        self.attr("lang", "en")
    }

    /// Appends a child.
    pub fn child(mut self, child: impl Into<Node>) -> Self {
        self.children.push(child.into());
        self
    }

    /// Appends children.
    pub fn children<N: Into<Node>>(mut self, children: impl IntoIterator<Item = N>) -> Self {
        self.children.extend(children.into_iter().map(Into::into));
        self
    }

    /// The value of attribute `name`, if set.
    pub fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

impl From<String> for Node {
    fn from(s: String) -> Node {
        Node::Text(s)
    }
}

impl From<&'static str> for Node {
    fn from(s: &'static str) -> Node {
        Node::Text(s.to_owned())
    }
}

impl Node {
    /// The text a reader sees, without markup.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        match self {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => e.children.iter().for_each(|c| c.collect_text(out)),
        }
    }

    /// Every element of the tree (this one included) for which `pred` holds, in document order.
    pub fn find_all(&self, pred: &dyn Fn(&Element) -> bool) -> Vec<&Element> {
        let mut out = Vec::new();
        self.walk(pred, &mut out);
        out
    }

    fn walk<'a>(&'a self, pred: &dyn Fn(&Element) -> bool, out: &mut Vec<&'a Element>) {
        if let Node::Element(e) = self {
            if pred(e) {
                out.push(e);
            }
            e.children.iter().for_each(|c| c.walk(pred, out));
        }
    }

    /// The tree as HTML, escaped (for tests and debugging; the app renders through the DOM).
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    fn write_html(&self, out: &mut String) {
        match self {
            Node::Text(t) => escape_into(t, out),
            Node::Element(e) => {
                out.push('<');
                out.push_str(e.tag);
                for (k, v) in &e.attrs {
                    out.push(' ');
                    out.push_str(k);
                    out.push_str("=\"");
                    escape_into(v, out);
                    out.push('"');
                }
                out.push('>');
                e.children.iter().for_each(|c| c.write_html(out));
                out.push_str("</");
                out.push_str(e.tag);
                out.push('>');
            }
        }
    }
}

impl Element {
    /// The text a reader sees in this element.
    pub fn text_content(&self) -> String {
        Node::Element(self.clone()).text_content()
    }
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_prints_a_tree() {
        let tree: Node = el("p")
            .class("note")
            .child("a < b & ")
            .child(el("em").child("c"))
            .into();
        assert_eq!(
            tree.to_html(),
            "<p class=\"note\">a &lt; b &amp; <em>c</em></p>"
        );
        assert_eq!(tree.text_content(), "a < b & c");
    }

    #[test]
    fn finds_elements() {
        let tree: Node = el("ul")
            .children(["a", "b"].map(|t| el("li").attr("data-x", t).child(t)))
            .into();
        let items = tree.find_all(&|e| e.tag == "li");
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].get_attr("data-x"), Some("b"));
        assert_eq!(items[1].text_content(), "b");
    }

    #[test]
    fn optional_attributes() {
        let e = el("a")
            .attr_opt("lang", Some("en"))
            .attr_opt("title", None::<String>);
        assert_eq!(e.attrs, [("lang", "en".to_owned())]);
    }
}
