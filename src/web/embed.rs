//! The size messages the app posts to its host page in embed mode.
//!
//! The app never listens to messages: it only posts its height (and its link) to the parent
//! window, in two shapes: the AMP convention (`{sentinel: "amp", type: "embed-size", height}`),
//! which many hosts already understand, and its own (`{type: MESSAGE_TYPE, height, url}`), which
//! `public/embed.js` reads. (Before the app has started, the early script posts the AMP one for
//! the page written out at build time, so that the frame has its height at once: see
//! `crate::prerender::early`; `embed.js` reads both.)

use super::browser::window;

/// The `type` of the app's own size message.
pub const MESSAGE_TYPE: &str = "vet-policy-timeline:size";

/// The AMP size message's `sentinel` and `type`.
pub const AMP_MESSAGE: (&str, &str) = ("amp", "embed-size");

/// Posts the page's height and `url`, the link to its full view, to the parent window (embed
/// mode only: nothing happens in a page of its own).
pub fn post_size(url: &str) {
    let Some(window) = window() else {
        return;
    };
    let Some(height) = window
        .document()
        .and_then(|d| d.body())
        .map(|b| b.get_bounding_client_rect().height().ceil())
    else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = |fields: &[(&str, wasm_bindgen::JsValue)]| {
        let object = js_sys::Object::new();
        for (k, v) in fields {
            let _ = js_sys::Reflect::set(&object, &(*k).into(), v);
        }
        object
    };
    let amp = message(&[
        ("sentinel", AMP_MESSAGE.0.into()),
        ("type", AMP_MESSAGE.1.into()),
        ("height", height.into()),
    ]);
    let own = message(&[
        ("type", MESSAGE_TYPE.into()),
        ("height", height.into()),
        ("url", url.into()),
    ]);
    let _ = parent.post_message(&amp, "*");
    let _ = parent.post_message(&own, "*");
}
