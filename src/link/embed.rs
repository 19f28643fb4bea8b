//! Embedding on other sites: the codes a web editor copies, each a link to the view on screen
//! in embed mode. (What the embedded page then tells its host is in
//! [`crate::web::embed`].)

use crate::text::i18n::{fill, Strings};
use crate::text::plain::escape;
use crate::web::browser::app_folder;

use super::navigator::Navigator;
use super::query::ViewState;

/// The absolute address of `state`'s full view (outside embed mode), on its own page: what a
/// copied link, the size messages and the printed link give. (Where there is no browser, as at
/// build time, the address from the page `nav` is on.)
pub fn full_view_url(nav: &Navigator, state: &ViewState) -> String {
    let full = state.full_view();
    match app_folder() {
        folder if folder.is_empty() => nav.href(&full),
        folder => nav.url_in(&folder, &full),
    }
}

/// The two ways to embed the current view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippets {
    /// A script that inserts a frame and resizes it to its content.
    pub script: String,
    /// A plain frame, for hosts that allow no scripts.
    pub iframe: String,
}

/// `state` in embed mode: the view an embed code shows.
pub fn embedded(state: &ViewState) -> ViewState {
    ViewState {
        embed: true,
        ..state.clone()
    }
}

/// The attribute that marks a frame of the Embed dialog's code: `embed.js` keeps such frames as
/// tall as their content.
pub const FRAME_ATTR: &str = "data-vet-timeline";

/// The frames' starting height, in pixels, before the Embed dialog has measured the view
/// (`embed.js`'s too, for the older code).
pub const DEFAULT_HEIGHT: u32 = 900;

/// What an embedded view adds to the timeline and the card of the full page, at least: its bar
/// ("Open in full view") and its margins (30 to 57 px, measured at 375 to 1280 px wide).
const EMBED_CHROME: f64 = 30.0;

/// The starting height of a frame showing the view whose timeline and card take `content` px
/// on the page the code is copied from: a little less than the embedded view will need, in
/// tens of pixels, so that the frame only grows to its content (a frame that shrinks would
/// move the host page's text up).
pub fn starting_height(content: f64) -> u32 {
    if !content.is_finite() || content <= 0.0 {
        return DEFAULT_HEIGHT;
    }
    let tens = ((content + EMBED_CHROME) / 10.0).floor();
    (tens as u32).saturating_mul(10).max(100)
}

/// The snippets embedding the page at `address` (of an [`embedded`] view, relative to the app's
/// folder `folder`: see [`Navigator::url_in`]), in a frame `height` px tall at first (see
/// [`starting_height`]); `title` names the frame for screen readers.
pub fn snippets(folder: &str, address: &str, title: &str, height: u32) -> Snippets {
    let (src, title) = (escape(&format!("{folder}{address}")), escape(title));
    // The frame is in the host's HTML, its height reserved from the start; the script only
    // keeps it as tall as its content.
    Snippets {
        script: format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" allow=\"clipboard-write\" {FRAME_ATTR}></iframe>\n<script src=\"{}embed.js\" async></script>",
            escape(folder)
        ),
        iframe: format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border: 0\"></iframe>"
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
    use crate::link::address::Pages;
    use crate::link::query::parse;

    /// The embed codes of the link `query`, where 28020's pages were written out.
    fn codes(query: &str, title: &str, height: u32) -> Snippets {
        let pages = Pages::new([("28020".to_owned(), vec![2019])]);
        let nav = Navigator::new("", "", pages);
        let state = embedded(&parse(query).state);
        snippets(
            "https://m.example/t/",
            &nav.url_in("", &state),
            title,
            height,
        )
    }

    #[test]
    fn snippets_embed_the_current_view_in_a_frame_of_its_height() {
        let s = codes(
            "?measure=28020&year=2019&lang=fr",
            "VET policy timeline: Measures",
            800,
        );
        let frame = "<iframe src=\"https://m.example/t/embed/fr/28020/2019/\" \
             title=\"VET policy timeline: Measures\" width=\"100%\" height=\"800\" loading=\"lazy\"";
        assert_eq!(
            s.script,
            format!(
                "{frame} allow=\"clipboard-write\" data-vet-timeline></iframe>\n<script src=\"https://m.example/t/embed.js\" async></script>"
            )
        );
        assert_eq!(s.iframe, format!("{frame} style=\"border: 0\"></iframe>"));
        // The editor's choice of colours goes with both.
        let s = codes("?measure=28020&scheme=dark", "T", 900);
        for code in [&s.script, &s.iframe] {
            assert!(code.contains("embed/en/28020/?scheme=dark\""), "{code}");
        }
        let plain = codes("", "T", 900);
        assert!(
            plain
                .script
                .starts_with("<iframe src=\"https://m.example/t/embed/en/\""),
            "{}",
            plain.script
        );
    }

    #[test]
    fn a_frame_starts_a_little_shorter_than_its_view() {
        // The timeline and card take 774 px at 1280 px wide; embedded, the view takes 808.
        assert_eq!(starting_height(774.0), 800);
        assert_eq!(starting_height(775.4), 800);
        assert_eq!(starting_height(780.0), 810);
        assert_eq!(starting_height(0.0), DEFAULT_HEIGHT);
        assert_eq!(starting_height(f64::NAN), DEFAULT_HEIGHT);
        assert_eq!(starting_height(5.0), 100);
    }

    #[test]
    fn snippets_escape_what_they_quote() {
        let s = codes("?measure=a%22b", "A \"quoted\" <title>", 900);
        assert!(
            s.script.contains("embed/en/?measure=a%22b\""),
            "{}",
            s.script
        );
        assert!(s
            .iframe
            .contains("title=\"A &quot;quoted&quot; &lt;title&gt;\""));
    }
}
