//! Thin wrappers over the browser APIs the app uses. Each copes with the API being absent or
//! refusing (a sandboxed iframe, an old browser) instead of failing: nothing here panics.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::layout::{scroll_to_show, Span};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The page's query string, with its `?` (empty when there is none).
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Adds a history entry for `query` on the same page (back and forward return to it).
pub fn push_query(query: &str) {
    let Some(w) = window() else { return };
    let url = if query.is_empty() {
        w.location().pathname().unwrap_or_default()
    } else {
        query.to_owned()
    };
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The absolute address of this page with `query`: what a shared link must be.
pub fn absolute_url(query: &str) -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return query.to_owned();
    };
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        query
    )
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scrolls `container` horizontally, and only it, so that `item` is fully visible.
pub fn scroll_into_view(container: &web_sys::Element, item: &web_sys::Element) {
    let (c, i) = (
        container.get_bounding_client_rect(),
        item.get_bounding_client_rect(),
    );
    let view = Span {
        start: container.scroll_left() as f64,
        width: c.width(),
    };
    let item = Span {
        start: i.left() - c.left() + view.start,
        width: i.width(),
    };
    if let Some(left) = scroll_to_show(item, view, container.scroll_width() as f64) {
        container.set_scroll_left(left.round() as i32);
    }
}

/// Copies `text` to the clipboard: with the Clipboard API where the page may use it, else with
/// the older `execCommand("copy")`. Returns whether it worked.
pub async fn copy_text(text: &str) -> bool {
    if let Some(navigator) = window().map(|w| w.navigator()) {
        let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .map(|c| !c.is_undefined() && !c.is_null())
            .unwrap_or(false);
        if has_clipboard {
            let promise = navigator.clipboard().write_text(text);
            if JsFuture::from(promise).await.is_ok() {
                return true;
            }
        }
    }
    copy_with_exec_command(text)
}

/// Where copying was refused: shows `text` in a read-only field after the children of
/// `parent`, selected and focused, to copy by hand (replacing an earlier one).
pub fn show_for_copying(parent: &web_sys::Element, label: &str, text: &str) {
    if let Ok(Some(old)) = parent.query_selector(".copy-fallback") {
        old.remove();
    }
    let Some(field) = document()
        .and_then(|d| d.create_element("input").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    field.set_class_name("copy-fallback");
    field.set_type("text");
    field.set_read_only(true);
    field.set_value(text);
    let _ = field.set_attribute("aria-label", label);
    if parent.append_child(&field).is_ok() {
        let _ = field.focus();
        field.select();
    }
}

fn copy_with_exec_command(text: &str) -> bool {
    let Some(doc) = document() else { return false };
    let (Some(body), Ok(area)) = (doc.body(), doc.create_element("textarea")) else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    area.set_class_name("visually-hidden");
    let _ = area.set_attribute("readonly", "");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = doc
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}
