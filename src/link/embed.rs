//! Embedding on other sites: the codes a web editor copies, each a link to the view on screen
//! in embed mode, and what the embedded page tells its host page ([`tell_host`]; the messages
//! themselves are in [`crate::web::embed`]).

use crate::text::i18n::{fill, Strings};
use crate::text::plain::escape;
use crate::web::browser::app_folder;
use crate::web::embed::post_size;

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

/// Tells the page that frames this one its height and the link to the full view of the
/// address the page is on (as its own address bar has it). The one place the size message is
/// posted from, when the body changes size and when the page shows a new view, so that the
/// host page is told one link for one view.
pub fn tell_host(nav: &Navigator) {
    post_size(&full_view_url(nav, &nav.state_untracked()));
}

/// The two ways to embed the current view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippets {
    /// The frame's address (as is, not escaped for HTML).
    pub src: String,
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

/// The frames' starting height, in pixels, until the Embed dialog's preview has measured the
/// view (`embed.js`'s too, for the older code).
pub const DEFAULT_HEIGHT: u32 = 900;

/// The widths of column the Embed dialog's preview offers, in CSS pixels (and the width of the
/// editor's own screen): a phone's column, and the content columns of common page layouts.
pub const PREVIEW_WIDTHS: [u32; 5] = [320, 480, 640, 760, 1000];

/// The preview's width until the editor picks another: a common content column's.
pub const DEFAULT_PREVIEW_WIDTH: u32 = 760;

/// The snippets embedding the page at `address` (of an [`embedded`] view, relative to the app's
/// folder `folder`: see [`Navigator::url_in`]), in a frame `height` px tall (the view's, in the
/// column the preview measured it in); `title` names the frame for screen readers.
///
/// Neither has an inline style, which a host's strict Content-Security-Policy would block: the
/// frame's border is taken off by `frameborder="0"`, an attribute every browser still follows
/// (the README gives the one CSS rule that does it in the host's own stylesheet).
pub fn snippets(folder: &str, address: &str, title: &str, height: u32) -> Snippets {
    let src = format!("{folder}{address}");
    let frame = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" frameborder=\"0\" loading=\"lazy\"",
        escape(&src),
        escape(title)
    );
    // The frame is in the host's HTML, its height reserved from the start; the script only
    // keeps it as tall as its content.
    Snippets {
        script: format!(
            "{frame} allow=\"clipboard-write\" {FRAME_ATTR}></iframe>\n<script src=\"{}embed.js\" async></script>",
            escape(folder)
        ),
        iframe: format!("{frame}></iframe>"),
        src,
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
             title=\"VET policy timeline: Measures\" width=\"100%\" height=\"800\" frameborder=\"0\" \
             loading=\"lazy\"";
        assert_eq!(
            s.script,
            format!(
                "{frame} allow=\"clipboard-write\" data-vet-timeline></iframe>\n<script src=\"https://m.example/t/embed.js\" async></script>"
            )
        );
        assert_eq!(s.src, "https://m.example/t/embed/fr/28020/2019/");
        // No inline style in either (a host's strict policy would block it).
        assert_eq!(s.iframe, format!("{frame}></iframe>"));
        assert!(!s.script.contains("style="), "{}", s.script);
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
