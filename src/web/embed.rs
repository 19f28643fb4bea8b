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

/// The heights, in CSS pixels, that a size message may tell: outside them it is not taken
/// (`embed.js` holds the same bounds).
pub const TOLD_HEIGHTS: (f64, f64) = (50.0, 100_000.0);

/// The height a size message tells, in whole CSS pixels (rounded up), from its `type`, its
/// `sentinel` and its `height` fields: the app's own message or the AMP one, within
/// [`TOLD_HEIGHTS`]; anything else tells nothing.
pub fn told_height(kind: Option<&str>, sentinel: Option<&str>, height: Option<f64>) -> Option<u32> {
    let amp = sentinel == Some(AMP_MESSAGE.0) && kind == Some(AMP_MESSAGE.1);
    if kind != Some(MESSAGE_TYPE) && !amp {
        return None;
    }
    let height = height.filter(|h| (TOLD_HEIGHTS.0..=TOLD_HEIGHTS.1).contains(h))?;
    Some(height.ceil() as u32)
}

/// The height told by `event`, if it is a size message from `frame`'s page (its window, and
/// this page's origin): see [`told_height`].
pub fn height_told_by(
    event: &web_sys::MessageEvent,
    frame: &web_sys::HtmlIFrameElement,
) -> Option<u32> {
    let from = event.source().map(wasm_bindgen::JsValue::from)?;
    if Some(from) != frame.content_window().map(wasm_bindgen::JsValue::from) {
        return None;
    }
    let here = window()?.location().origin().ok()?;
    if event.origin() != here {
        return None;
    }
    let data = event.data();
    let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
    let text = |name: &str| field(name).and_then(|v| v.as_string());
    told_height(
        text("type").as_deref(),
        text("sentinel").as_deref(),
        field("height").and_then(|v| v.as_f64()),
    )
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_size_message_tells_a_height_within_bounds() {
        let own = |h: f64| told_height(Some(MESSAGE_TYPE), None, Some(h));
        assert_eq!(own(976.2), Some(977));
        assert_eq!(own(50.0), Some(50));
        assert_eq!(own(100_000.0), Some(100_000));
        assert_eq!(own(49.9), None);
        assert_eq!(own(100_000.5), None);
        assert_eq!(own(f64::NAN), None);
        assert_eq!(told_height(Some(MESSAGE_TYPE), None, None), None);
        // The AMP shape, whole only.
        assert_eq!(
            told_height(Some("embed-size"), Some("amp"), Some(800.0)),
            Some(800)
        );
        assert_eq!(told_height(Some("embed-size"), None, Some(800.0)), None);
        assert_eq!(told_height(Some("other"), Some("amp"), Some(800.0)), None);
        assert_eq!(told_height(Some(REVEAL_TYPE), None, Some(800.0)), None);
    }
}
