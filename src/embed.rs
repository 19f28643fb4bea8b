//! Embedding on other sites: the snippets a web editor copies, and the size messages the app
//! posts to its host page in embed mode.
//!
//! The app never listens to messages: it only posts its height (and its link) to the parent
//! window, in two shapes: the AMP convention (`{sentinel: "amp", type: "embed-size", height}`),
//! which many hosts already understand, and its own (`{type: MESSAGE_TYPE, height, url}`), which
//! `public/embed.js` reads.

use crate::deeplink::{self, ViewState};
use crate::i18n::Strings;

/// The `type` of the app's own size message.
pub const MESSAGE_TYPE: &str = "vet-policy-timeline:size";

/// The two ways to embed the current view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippets {
    /// A script that inserts a frame and resizes it to its content.
    pub script: String,
    /// A plain frame, for hosts that allow no scripts.
    pub iframe: String,
}

/// The folder address the app is served from (`https://host/path/` of `https://host/path/x?y`).
pub fn app_folder(page_url: &str) -> String {
    let without_query = page_url.split(['?', '#']).next().unwrap_or_default();
    match without_query.rfind('/') {
        Some(slash) => crate::search::part(without_query, 0, slash + 1).to_owned(),
        None => format!("{without_query}/"),
    }
}

/// The snippets embedding `state` from the app at `folder` (see [`app_folder`]); `title` names
/// the frame for screen readers.
pub fn snippets(folder: &str, state: &ViewState, title: &str) -> Snippets {
    let embedded = ViewState {
        embed: true,
        ..state.clone()
    };
    let src = format!("{folder}{}", deeplink::format(&embedded));
    let mut data = String::new();
    if let Some(measure) = &state.measure {
        data.push_str(&format!(" data-measure=\"{}\"", escape(measure)));
    }
    if let Some(year) = state.year {
        data.push_str(&format!(" data-year=\"{year}\""));
    }
    if let Some(lang) = state.lang {
        data.push_str(&format!(" data-lang=\"{}\"", lang.code()));
    }
    if let Some(scheme) = state.scheme {
        data.push_str(&format!(" data-scheme=\"{}\"", scheme.code()));
    }
    Snippets {
        script: format!(
            "<script src=\"{}embed.js\"{data} async></script>",
            escape(folder)
        ),
        iframe: format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" loading=\"lazy\" style=\"border: 0\"></iframe>",
            escape(&src),
            escape(title)
        ),
    }
}

/// The frame's title: the app's name and the measure on screen.
pub fn frame_title(t: &Strings, measure_title: Option<&str>) -> String {
    match measure_title {
        Some(title) => format!("{}: {title}", t.app_title),
        None => t.app_title.to_owned(),
    }
}

/// Text escaped for HTML: text, or an attribute value in double quotes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Posts the page's height and the link to its full view, as the address bar says now.
pub fn post_current_size() {
    let state = deeplink::parse(&crate::platform::query()).state;
    post_size(&crate::platform::absolute_url(&deeplink::format(
        &state.full_view(),
    )));
}

/// Posts the page's height and link to the parent window (embed mode only).
pub fn post_size(url: &str) {
    let Some(window) = web_sys::window() else {
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
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deeplink::parse;

    #[test]
    fn the_folder_of_the_page() {
        assert_eq!(
            app_folder("https://ministry.example/vet/timeline/?measure=28020"),
            "https://ministry.example/vet/timeline/"
        );
        assert_eq!(
            app_folder("https://ministry.example/vet/timeline/index.html#x"),
            "https://ministry.example/vet/timeline/"
        );
    }

    #[test]
    fn snippets_embed_the_current_view() {
        let state = parse("?measure=28020&year=2019&lang=fr").state;
        let s = snippets(
            "https://m.example/t/",
            &state,
            "VET policy timeline: Measures",
        );
        assert_eq!(
            s.script,
            "<script src=\"https://m.example/t/embed.js\" data-measure=\"28020\" data-year=\"2019\" data-lang=\"fr\" async></script>"
        );
        assert_eq!(
            s.iframe,
            "<iframe src=\"https://m.example/t/?measure=28020&amp;year=2019&amp;lang=fr&amp;embed=1\" \
             title=\"VET policy timeline: Measures\" width=\"100%\" height=\"900\" loading=\"lazy\" \
             style=\"border: 0\"></iframe>"
        );
        // The editor's choice of colours goes with both.
        let dark = parse("?measure=28020&scheme=dark").state;
        let s = snippets("https://m.example/t/", &dark, "T");
        assert!(
            s.script.contains(" data-scheme=\"dark\" async"),
            "{}",
            s.script
        );
        assert!(
            s.iframe.contains("embed=1&amp;scheme=dark\""),
            "{}",
            s.iframe
        );
        let plain = snippets("https://m.example/t/", &parse("").state, "T");
        assert_eq!(
            plain.script,
            "<script src=\"https://m.example/t/embed.js\" async></script>"
        );
    }

    #[test]
    fn snippets_escape_what_they_quote() {
        let state = parse("?measure=a%22b").state;
        let s = snippets("https://m.example/t/", &state, "A \"quoted\" <title>");
        assert!(
            s.script.contains("data-measure=\"a&quot;b\""),
            "{}",
            s.script
        );
        assert!(s
            .iframe
            .contains("title=\"A &quot;quoted&quot; &lt;title&gt;\""));
    }
}
