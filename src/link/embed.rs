//! Embedding on other sites: the codes a web editor copies, each a link to the view on screen
//! in embed mode. (What the embedded page then tells its host is in
//! [`crate::web::embed`].)

use crate::text::i18n::{fill, Strings};
use crate::text::plain::{escape, part};
use crate::web::browser::absolute_url;

use super::query::{self, ViewState};

/// The absolute address of `state`'s full view (outside embed mode): what a copied link, the
/// embedded page's "Open in full view" and its size messages give.
pub fn full_view_url(state: &ViewState) -> String {
    absolute_url(&query::format(&state.full_view()))
}

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
        Some(slash) => part(without_query, 0, slash + 1).to_owned(),
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
    let src = format!("{folder}{}", query::format(&embedded));
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
        Some(title) => fill(t.labelled, &[("label", t.app_title), ("text", title)]),
        None => t.app_title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::query::parse;

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
