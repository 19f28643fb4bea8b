//! The page written out at build time (`make dist`), so that it is readable before the wasm
//! starts and without it, and a shared link has a title and a summary in chat and social apps:
//! the same components, rendered natively to HTML (Leptos's `ssr`), with the link previews'
//! meta tags. `index.html` holds the default view; [`views`] writes out the view of every link
//! the app hands out, which `public/views.js` puts in its place before the wasm has started. The
//! live app replaces either when it starts (see [`crate::components::app::App`]).

pub mod views;

use std::sync::Arc;

use leptos::html::Main;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::browse::search::SearchIndex;
use crate::components::context::Loaded;
use crate::components::page::Page;
use crate::data::markup;
use crate::data::model::{Block, Dataset};
use crate::link::labels::document_title;
use crate::link::navigator::Navigator;
use crate::link::query::ViewState;
use crate::link::selection::{resolve, Selection};
use crate::text::i18n::{Lang, EN};
use crate::text::plain::{cut, escape};
use crate::web::ids::MAIN_ID;

/// The marker of the prerendered page's `<main>`, which the live app replaces.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// `data` with its search index, as the components read it.
pub fn loaded(data: Dataset) -> Loaded {
    let data = Arc::new(data);
    Loaded {
        index: Arc::new(SearchIndex::new(&data)),
        data,
    }
}

/// The default view of `loaded`, as the HTML of the app's `<main>`: English, and its in-app links
/// leading to what the page holds, for readers without scripts.
pub fn main_html(loaded: &Loaded) -> String {
    render(loaded, &ViewState::default(), Lang::En, true)
}

/// The view of the link `state` in `lang` (the link's language, or the browser's where it names
/// none), as the HTML of the app's `<main>`, marked as written out, with the document's title
/// and the page's language in data attributes; written out for readers without scripts
/// (`no_script`: in-app links lead to what the page holds) or for the app to take over. Without
/// Leptos's placeholders (`<!>`, `<!--<() />-->`), which only hydration reads (the app
/// replaces this page instead).
pub fn render(loaded: &Loaded, state: &ViewState, lang: Lang, no_script: bool) -> String {
    let loaded = loaded.clone();
    let parsed = crate::link::query::parse(&crate::link::query::format(state));
    let requested = state.measure.clone().unwrap_or_default();
    let title = document_title(
        lang.strings(),
        &loaded.data,
        resolve(&loaded.data, &parsed).selection,
        &requested,
    );
    let embed = state.embed;
    let query = crate::link::query::format(state);
    let html = Owner::new().with(|| {
        let root = NodeRef::<Main>::new();
        let nav = Navigator::new(&query, lang);
        view! {
            <main id=MAIN_ID class="app" data-prerendered="" data-title=title data-lang=lang.code()>
                <Page nav lang embed loaded root prerendered=no_script />
            </main>
        }
        .to_html()
    });
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

/// The first sentences of the default entry, at most `max` characters: its link preview's
/// description.
pub fn description(data: &Dataset, max: usize) -> String {
    let Some(m) = data.measures.first() else {
        return String::new();
    };
    let text = [&m.summary, &m.background, &m.objectives, &m.description]
        .into_iter()
        .flatten()
        .find_map(|b| match b {
            Block::Paragraph { text } => Some(markup::plain_text(text)),
            Block::List { .. } => None,
        })
        .unwrap_or_default();
    let mut out = String::new();
    for sentence in text.split_inclusive(". ") {
        if !out.is_empty() && out.chars().count() + sentence.chars().count() > max {
            break;
        }
        out.push_str(sentence);
    }
    cut(out.trim(), max)
}

/// The document's title for the default view.
pub fn title(data: &Dataset) -> String {
    let selection = if data.measures.is_empty() {
        Selection::Empty
    } else {
        Selection::Measure(0)
    };
    document_title(&EN, data, selection, "")
}

/// The link previews' meta tags. The absolute addresses (`og:url`, the canonical link) only
/// where the public address of the app's folder, `site_url`, is known: a relative one is
/// worse than none.
pub fn meta_tags(data: &Dataset, site_url: Option<&str>) -> String {
    let mut tags = vec![
        format!(
            r#"<meta property="og:title" content="{}">"#,
            escape(&title(data))
        ),
        format!(
            r#"<meta property="og:description" content="{}">"#,
            escape(&description(data, 200))
        ),
        r#"<meta property="og:type" content="website">"#.to_owned(),
        format!(
            r#"<meta property="og:site_name" content="{}">"#,
            escape(EN.app_title)
        ),
        r#"<meta name="twitter:card" content="summary">"#.to_owned(),
    ];
    if let Some(url) = site_url
        .map(str::trim)
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
    {
        let url = if url.ends_with('/') {
            url.to_owned()
        } else {
            format!("{url}/")
        };
        tags.push(format!(r#"<link rel="canonical" href="{}">"#, escape(&url)));
        tags.push(format!(
            r#"<meta property="og:url" content="{}">"#,
            escape(&url)
        ));
    }
    tags.concat()
}

/// The attribute that marks the element of `index.html` the written-out page takes the place
/// of: the "loading" line, a `<p>` (which cannot hold another, so its end is its first `</p>`).
pub const SLOT_ATTR: &str = "data-prerender-slot";

/// Why the written-out page cannot be put into `index.html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InjectError {
    /// No element carries [`SLOT_ATTR`].
    NoSlot,
    /// More than one element carries it (how many).
    ManySlots(usize),
    /// The marked element is not a `<p>` closed by `</p>`.
    SlotNotClosed,
    /// The page has no `</head>` for the link previews.
    NoHead,
    /// The attribute to fill in is not in the page once (its name, and how many times it is).
    Attribute(&'static str, usize),
}

impl std::fmt::Display for InjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InjectError::NoSlot => write!(
                f,
                "index.html has no element marked {SLOT_ATTR}: mark the loading line in #app with it"
            ),
            InjectError::ManySlots(n) => write!(
                f,
                "index.html marks {n} elements with {SLOT_ATTR}: mark only the loading line in #app"
            ),
            InjectError::SlotNotClosed => write!(
                f,
                "the element marked {SLOT_ATTR} in index.html must be a <p> closed by </p>"
            ),
            InjectError::NoHead => write!(f, "index.html has no </head>"),
            InjectError::Attribute(name, n) => write!(
                f,
                "index.html has {n} attributes {name} where it needs one (on views.js's <script>)"
            ),
        }
    }
}

impl std::error::Error for InjectError {}

/// The attribute of `views.js`'s `<script>` that the prerender fills in with the manifest of
/// the views (see [`views`]).
pub const VIEWS_ATTR: &str = "data-views";

/// `index` with its attribute `name` (written without a value, once) given `value`.
pub fn fill_attribute(index: &str, name: &'static str, value: &str) -> Result<String, InjectError> {
    let found = index.matches(name).count();
    let at = match found {
        1 => index.find(name).ok_or(InjectError::Attribute(name, 0))?,
        n => return Err(InjectError::Attribute(name, n)),
    };
    let end = at + name.len();
    let end = if index[end..].starts_with("=\"\"") {
        end + 3
    } else {
        end
    };
    Ok(format!(
        "{}{name}=\"{}\"{}",
        &index[..at],
        escape(value),
        &index[end..]
    ))
}

/// `index` (the built page) with the prerendered `main` in place of its element marked
/// [`SLOT_ATTR`], the default view's title, and the meta tags before `</head>`.
pub fn inject(index: &str, main: &str, title: &str, meta: &str) -> Result<String, InjectError> {
    let marked = index.matches(SLOT_ATTR).count();
    let at = match marked {
        0 => return Err(InjectError::NoSlot),
        1 => index.find(SLOT_ATTR).ok_or(InjectError::NoSlot)?,
        n => return Err(InjectError::ManySlots(n)),
    };
    let start = index[..at].rfind('<').ok_or(InjectError::SlotNotClosed)?;
    if !index[start..].starts_with("<p ") {
        return Err(InjectError::SlotNotClosed);
    }
    let end = at + index[at..].find("</p>").ok_or(InjectError::SlotNotClosed)? + "</p>".len();
    let mut out = format!("{}{main}{}", &index[..start], &index[end..]);
    if let (Some(open), Some(close)) = (out.find("<title>"), out.find("</title>")) {
        out.replace_range(open + "<title>".len()..close, &escape(title));
    }
    let head = out.find("</head>").ok_or(InjectError::NoHead)?;
    out.insert_str(head, meta);
    Ok(with_head_tag(out))
}

/// `page` with its `<head>` start tag, which the release build's minifier leaves out (the HTML
/// standard allows it, but validators that do not infer omitted tags, html-validate among them,
/// then read the head's elements as misplaced): put back after `<html …>`.
fn with_head_tag(mut page: String) -> String {
    if page.contains("<head>") || page.contains("<head ") {
        return page;
    }
    if let Some(html) = page.find("<html") {
        if let Some(end) = page[html..].find('>') {
            page.insert_str(html + end + 1, "<head>");
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::bundled as data;

    #[test]
    fn the_head_start_tag_the_minifier_leaves_out_is_put_back_once() {
        let minified = "<!doctype html><html lang=en><meta charset=utf-8><title>x</title></head>\
                        <body><div id=app><p data-prerender-slot>Loading</p></div>";
        let page = inject(minified, "<main></main>", "T", "<meta name=m>").expect("injected");
        assert!(
            page.starts_with("<!doctype html><html lang=en><head><meta charset=utf-8><title>T"),
            "{page}"
        );
        let again = inject(
            &page.replace("<main></main>", "<p data-prerender-slot></p>"),
            "<main></main>",
            "T",
            "",
        )
        .expect("injected");
        assert_eq!(again.matches("<head>").count(), 1, "{again}");
        let written = "<html lang=en>\n<head>\n<title>x</title></head><body>\
                       <p data-prerender-slot></p>";
        let page = inject(written, "<main></main>", "T", "").expect("injected");
        assert_eq!(page.matches("<head>").count(), 1, "{page}");
    }

    #[test]
    fn the_default_view_is_written_out_with_links_that_work_without_scripts() {
        let html = main_html(&loaded(data()));
        assert!(html.starts_with("<main id=\"main\""));
        assert!(html[..80].contains(PRERENDERED_ATTR));
        assert!(
            html.contains("The platform &#x27;My school, my job&#x27; was deployed in 2019")
                || html.contains("The platform 'My school, my job' was deployed in 2019")
        );
        // A year leads to its note in the page; a related development to its item.
        assert!(
            html.contains(r##"href="#note-2019""##),
            "year links are fragments"
        );
        assert!(html.contains(r#"id="note-2019""#));
        assert!(html.contains(r##"href="#related-be-fr-vocational-education-pathway-peq""##));
        let tags = html
            .split('<')
            .filter_map(|t| t.split_once('>').map(|(tag, _)| tag));
        assert!(
            tags.into_iter().all(|tag| !tag.contains(" style=")),
            "no style attribute (strict CSP)"
        );
        assert!(!html.contains("<script"));
    }

    #[test]
    fn live_regions_with_nothing_to_say_are_written_out_empty() {
        // A space would give the copy status room, and move the buttons when the app takes over.
        let html = render(&loaded(data()), &ViewState::default(), Lang::Fr, false);
        let statuses: Vec<&str> = html
            .split(r#"role="status""#)
            .skip(1)
            .map(|rest| rest.split_once('>').map_or("", |(_, after)| after))
            .collect();
        assert!(statuses.len() >= 3, "{html}");
        for after in statuses {
            let text = after.split('<').next().unwrap_or_default();
            assert!(
                text.is_empty() || !text.trim().is_empty(),
                "a status with nothing to say is not empty: {after:.80}"
            );
        }
    }

    #[test]
    fn link_previews_say_what_the_entry_is() {
        let d = data();
        let meta = meta_tags(&d, None);
        assert!(meta.contains(r#"<meta property="og:title" content="Measures of guidance and promotion of work-based learning – VET policy timeline">"#), "{meta}");
        assert!(meta.contains(r#"<meta property="og:description" content="At the age of 14, upper secondary learners have the opportunity"#), "{meta}");
        assert!(meta.contains(r#"<meta name="twitter:card" content="summary">"#));
        assert!(
            !meta.contains("canonical") && !meta.contains("og:url"),
            "no address without SITE_URL"
        );
        let with = meta_tags(&d, Some("https://www.example.gov/vet/timeline"));
        assert!(
            with.contains(r#"<link rel="canonical" href="https://www.example.gov/vet/timeline/">"#)
        );
        assert!(with.contains(
            r#"<meta property="og:url" content="https://www.example.gov/vet/timeline/">"#
        ));
        assert_eq!(
            meta_tags(&d, Some("javascript:alert(1)")),
            meta,
            "only web addresses"
        );
        assert!(description(&d, 200).chars().count() <= 200);
        // Whole sentences while they fit; the first one, cut, where none does.
        let mut three = d.clone();
        three.measures[0].background[0] = Block::Paragraph {
            text: "One *two* three. Four five. Six.".into(),
        };
        assert_eq!(description(&three, 200), "One two three. Four five. Six.");
        assert_eq!(description(&three, 26), "One two three. Four five.");
        assert_eq!(
            description(&three, 25),
            "One two three.",
            "(its space counts)"
        );
        assert_eq!(description(&three, 24), "One two three.");
        assert_eq!(description(&three, 14), "One two three.");
        assert_eq!(description(&three, 10), "One two t…");
    }

    #[test]
    fn the_page_is_put_in_place_of_the_loading_line() {
        let index = r#"<html><head><title>Old</title></head><body><div id=app><p class=status-message data-prerender-slot>Loading…</p><div>x</div></div></body></html>"#;
        let out = inject(index, "<main>M</main>", "A & B", "<meta x>").expect("injected");
        assert_eq!(
            out,
            "<html><head><title>A &amp; B</title><meta x></head><body><div id=app><main>M</main><div>x</div></div></body></html>"
        );
    }

    #[test]
    fn a_page_without_its_one_slot_is_refused_with_a_reason() {
        let page = |body: &str| format!("<html><head></head><body>{body}</body></html>");
        assert_eq!(
            inject(&page("<div id=app><p>Loading</p></div>"), "", "", ""),
            Err(InjectError::NoSlot)
        );
        let two = page("<p data-prerender-slot>a</p><p data-prerender-slot>b</p>");
        assert_eq!(inject(&two, "", "", ""), Err(InjectError::ManySlots(2)));
        assert_eq!(
            inject(&page("<div data-prerender-slot>a</div>"), "", "", ""),
            Err(InjectError::SlotNotClosed)
        );
        assert_eq!(
            inject("<p data-prerender-slot>a</p>", "", "", ""),
            Err(InjectError::NoHead)
        );
        assert!(InjectError::NoSlot
            .to_string()
            .contains("data-prerender-slot"));
    }

    #[test]
    fn the_manifest_is_filled_in_once() {
        let page = r#"<script src=./views.js data-views></script>"#;
        assert_eq!(
            fill_attribute(page, VIEWS_ATTR, r#"{"a":"<b>&"}"#),
            Ok(
                r#"<script src=./views.js data-views="{&quot;a&quot;:&quot;&lt;b&gt;&amp;&quot;}"></script>"#
                    .to_owned()
            )
        );
        assert_eq!(
            fill_attribute(r#"<x data-views="">"#, VIEWS_ATTR, "{}"),
            Ok(r#"<x data-views="{}">"#.to_owned())
        );
        assert_eq!(
            fill_attribute("<x>", VIEWS_ATTR, "{}"),
            Err(InjectError::Attribute(VIEWS_ATTR, 0))
        );
    }

    #[test]
    fn the_real_page_has_its_slot() {
        let index = include_str!("../../index.html");
        assert!(inject(index, "<main></main>", "T", "").is_ok());
        assert!(fill_attribute(index, VIEWS_ATTR, "{}").is_ok());
    }
}
