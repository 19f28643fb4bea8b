//! Thin wrappers over the browser APIs the app uses. Each copes with the API being absent or
//! refusing (a sandboxed iframe, an old browser) instead of failing: nothing here panics.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::ids::SCHEME_CLASSES;
use super::scroll::{card_start, scroll_to_show, Span};

/// The page's window.
#[cfg(target_arch = "wasm32")]
pub(super) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Outside a browser (the native tests, the prerender) there is no window: every call here
/// then does nothing, or answers as a page without one would.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn window() -> Option<web_sys::Window> {
    None
}

/// The page's document, when there is one.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The page's query string, with its `?` (empty when there is none).
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The address of the app's folder (`https://host/path/to/timeline/`): where its boot script
/// is (every page of the app, at any depth, loads the one `boot.js` of that folder), else the
/// page's own folder. Found once, from the address the page was opened at: the script's
/// relative address would be read from another after the app has moved the address bar.
pub fn app_folder() -> String {
    thread_local! {
        static FOLDER: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
    }
    FOLDER.with(|f| f.get_or_init(find_app_folder).clone())
}

/// The page's `boot.js` element, into whose data attributes Trunk writes the wasm's address
/// (`boot.js` finds itself by it too).
pub const BOOT_SCRIPT: &str = "script[data-wasm]";

fn find_app_folder() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let page = w.location().href().unwrap_or_default();
    let boot = document()
        .and_then(|d| d.query_selector(BOOT_SCRIPT).ok().flatten())
        .and_then(|s| s.get_attribute("src"));
    let resolved = boot
        .and_then(|src| web_sys::Url::new_with_base(&src, &page).ok())
        .map(|u| u.href())
        .unwrap_or(page);
    let without_query = resolved.split(['?', '#']).next().unwrap_or_default();
    match without_query.rfind('/') {
        Some(slash) => without_query[..=slash].to_owned(),
        None => without_query.to_owned(),
    }
}

/// The page's path under the app's folder `folder` (`fr/28020/2019/`; empty at the folder
/// itself, or where the page is not under it).
pub fn path_under(folder: &str) -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let page = w.location().href().unwrap_or_default();
    let page = page.split(['?', '#']).next().unwrap_or_default();
    page.strip_prefix(folder).unwrap_or_default().to_owned()
}

/// The content of the page's `<meta name="NAME">`, if it has one.
pub fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
}

/// The page's fragment, with its `#` (empty when there is none).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The history entry's state: how deep in this app's own entries it is.
fn depth_state(depth: usize) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"vetDepth".into(), &(depth as f64).into());
    state.into()
}

/// Adds a history entry for `url` (relative to the page, or absolute; back and forward return
/// to it), recording that it is the app's `depth`-th entry.
pub fn push_url(url: &str, depth: usize) {
    let Some(w) = window() else { return };
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(&depth_state(depth), "", Some(url));
    }
}

/// Replaces the current history entry's address with `url`.
pub fn replace_url(url: &str, depth: usize) {
    let Some(w) = window() else { return };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&depth_state(depth), "", Some(url));
    }
}

/// How many of this app's entries precede the current history entry (0 for the page as opened).
pub fn history_depth() -> usize {
    window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| js_sys::Reflect::get(&s, &"vetDepth".into()).ok())
        .and_then(|d| d.as_f64())
        .map_or(0, |d| d.max(0.0) as usize)
}

/// Goes back one history entry.
pub fn history_back() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Calls `f` whenever the page's body changes size (and once, when it is first laid out).
pub fn on_body_resize(f: impl FnMut() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(f);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer lives as long as the page.
        callback.forget();
    }
}

/// Sets the page's language (`<html lang>`).
pub fn set_page_language(code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        // (Only a change: any setting makes the browser check the whole page's style again.)
        if html.get_attribute("lang").as_deref() != Some(code) {
            let _ = html.set_attribute("lang", code);
        }
    }
}

/// Sets the page's colours: `class` is one of [`SCHEME_CLASSES`] (on `<html>`, which the
/// stylesheet reads), or `None` to follow the reader's setting.
pub fn set_color_scheme(class: Option<&str>) {
    let Some(html) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let list = html.class_list();
    for other in SCHEME_CLASSES {
        if Some(other) != class && list.contains(other) {
            let _ = list.remove_1(other);
        }
    }
    if let Some(class) = class.filter(|c| !list.contains(c)) {
        let _ = list.add_1(class);
    }
}

/// The first link in `within` whose address is `href`, as written (no selector to escape).
pub fn link_to(within: &web_sys::Element, href: &str) -> Option<web_sys::Element> {
    let links = within.query_selector_all("a[href]").ok()?;
    (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|a| a.get_attribute("href").as_deref() == Some(href))
}

/// The focused element, if focus is on one (not on the page itself).
pub fn focused_element() -> Option<web_sys::Element> {
    let doc = document()?;
    let active = doc.active_element()?;
    let body: Option<web_sys::Element> = doc.body().map(Into::into);
    (Some(&active) != body.as_ref()).then_some(active)
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to `el`, if it can take it. Returns whether it did.
pub fn focus_element(el: &web_sys::Element) -> bool {
    // Every element the app focuses has `focus()` (HTML elements, and SVG ones too).
    el.unchecked_ref::<web_sys::HtmlElement>().focus().is_ok()
}

/// Scrolls `el` horizontally to `left` at once, whatever its `scroll-behavior`.
pub fn scroll_left_at_once(el: &web_sys::Element, left: i32) {
    let options = web_sys::ScrollToOptions::new();
    options.set_left(f64::from(left));
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    el.scroll_to_with_scroll_to_options(&options);
}

/// Moves focus to `el` without scrolling anything. Returns whether it did.
pub fn focus_without_scrolling(el: &web_sys::Element) -> bool {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    el.unchecked_ref::<web_sys::HtmlElement>()
        .focus_with_options(&options)
        .is_ok()
}

/// Whether the reader asks for less motion (`prefers-reduced-motion: reduce`).
pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The viewport's width and height, in CSS pixels.
pub fn viewport() -> Option<(f64, f64)> {
    let w = window()?;
    let width = w.inner_width().ok()?.as_f64()?;
    let height = w.inner_height().ok()?.as_f64()?;
    Some((width, height))
}

/// The height, in whole CSS pixels, of the page in `frame` (a page of this origin, loaded):
/// its body's, as the embedded app tells its host.
pub fn page_height_in(frame: &web_sys::HtmlIFrameElement) -> Option<u32> {
    let doc = frame.content_document()?;
    if doc.url().ok()? == "about:blank" {
        return None;
    }
    let height = doc.body()?.get_bounding_client_rect().height().ceil();
    (height >= 1.0).then_some(height as u32)
}

/// Brings the start of `card` on screen (`smooth`ly, unless the reader prefers less motion):
/// its heading and the first lines of what it opened (`body`, else the card itself), while
/// what opened it (from the top of `kept`'s first element to the bottom of its last, if any)
/// stays on screen where both fit (see [`super::scroll::reveal`]). Returns that start, down
/// the document (from its top), for an embedded page's host to bring on its own screen.
pub fn reveal_card(
    card: &web_sys::Element,
    body: Option<&web_sys::Element>,
    kept: &[web_sys::Element],
    smooth: bool,
) -> Option<Span> {
    let (w, (_, height)) = (window()?, viewport()?);
    let shown = card_start(
        card.get_bounding_client_rect().top(),
        vertical(body.unwrap_or(card)),
    );
    let kept = kept.first().zip(kept.last()).map(|(first, last)| {
        let (top, bottom) = (
            first.get_bounding_client_rect().top(),
            last.get_bounding_client_rect().bottom(),
        );
        Span {
            start: top.min(bottom),
            width: (bottom - top).abs(),
        }
    });
    let scrolled = w.scroll_y().unwrap_or_default();
    if let Some(by) = super::scroll::reveal(shown, kept, height) {
        // To a place, not by a distance: a scroll still under way (a quick second tap) ends
        // there.
        let options = web_sys::ScrollToOptions::new();
        options.set_top(scrolled + by);
        options.set_behavior(behavior(smooth));
        w.scroll_to_with_scroll_to_options(&options);
    }
    Some(Span {
        start: shown.start + scrolled,
        width: shown.width,
    })
}

/// Where `el` is down the viewport: its top and height.
fn vertical(el: &web_sys::Element) -> Span {
    let rect = el.get_bounding_client_rect();
    Span {
        start: rect.top(),
        width: rect.height(),
    }
}

/// How a scroll moves: `smooth`ly, unless the reader prefers less motion; else at once.
fn behavior(smooth: bool) -> web_sys::ScrollBehavior {
    if !smooth || prefers_reduced_motion() {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Smooth
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

/// Copies `text` to the clipboard with the Clipboard API, where the page may use it. Returns
/// whether it worked (where it did not, the copy button shows the text in a field, see
/// [`copy_selection`]).
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    has_clipboard
        && JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// Copies what is selected on the page with the older `execCommand("copy")`, which some
/// browsers and frames allow where the Clipboard API is refused. Returns whether it worked.
pub fn copy_selection() -> bool {
    document()
        .and_then(|doc| {
            doc.unchecked_ref::<web_sys::HtmlDocument>()
                .exec_command("copy")
                .ok()
        })
        .unwrap_or(false)
}

/// A link to download `text` (of type `mime`) from: an object URL of a new blob, or `None`
/// where the browser refuses. (The previous one, `old`, is released.)
pub fn object_url(text: &str, mime: &str, old: Option<&str>) -> Option<String> {
    window()?;
    if let Some(old) = old {
        let _ = web_sys::Url::revoke_object_url(old);
    }
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Points the link `el` (a Leptos-rendered `<a>`) at `href`, as its own click is handled, so
/// that the click follows the new address.
pub fn point_link(el: &web_sys::EventTarget, href: &str) {
    if let Some(link) = el.dyn_ref::<web_sys::Element>() {
        let _ = link.set_attribute("href", href);
    }
}
