//! The size messages the app posts to its host page in embed mode.
//!
//! The app never listens to messages: it only posts its height (and its link) to the parent
//! window, and, after a click or a key in it, what the reader opened ([`REVEAL_TYPE`]). Its
//! height in two shapes: the AMP convention (`{sentinel: "amp", type: "embed-size", height}`),
//! which many hosts already understand, and its own (`{type: MESSAGE_TYPE, height, url}`), which
//! `public/embed.js` reads. (Before the app has started, the early script posts the AMP one for
//! the page written out at build time, so that the frame has its height at once: see
//! `crate::prerender::early`; `embed.js` reads both.)

use super::browser::window;

/// The `type` of the app's own size message.
pub const MESSAGE_TYPE: &str = "vet-policy-timeline:size";

/// The `type` of the app's message asking the host page to bring part of the frame on screen:
/// what the reader opened by a click or a key, with the room to leave around it
/// (`{type: REVEAL_TYPE, top, bottom}`, in CSS pixels from the top of the frame's content),
/// which `public/embed.js` scrolls into view.
pub const REVEAL_TYPE: &str = "vet-policy-timeline:reveal";

/// The AMP size message's `sentinel` and `type`.
pub const AMP_MESSAGE: (&str, &str) = ("amp", "embed-size");

/// Posts the page's height and `url`, the link to its full view, to the parent window (embed
/// mode only: nothing happens in a page of its own).
pub fn post_size(url: &str) {
    let Some(height) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map(|b| b.get_bounding_client_rect().height().ceil())
    else {
        return;
    };
    post(&[
        ("sentinel", AMP_MESSAGE.0.into()),
        ("type", AMP_MESSAGE.1.into()),
        ("height", height.into()),
    ]);
    post(&[
        ("type", MESSAGE_TYPE.into()),
        ("height", height.into()),
        ("url", url.into()),
    ]);
}

/// Asks the host page to bring the frame's content from `top` to `bottom` (CSS pixels from its
/// top) on screen (embed mode only).
pub fn post_reveal(top: f64, bottom: f64) {
    post(&[
        ("type", REVEAL_TYPE.into()),
        ("top", top.floor().into()),
        ("bottom", bottom.ceil().into()),
    ]);
}

/// Posts a message of `fields` to the parent window, if the page is in a frame.
fn post(fields: &[(&str, wasm_bindgen::JsValue)]) {
    let Some(window) = window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let object = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&object, &(*k).into(), v);
    }
    let _ = parent.post_message(&object, "*");
}
