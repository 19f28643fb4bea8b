//! The default view written out at build time (`make dist`), so that the page is readable before
//! the wasm starts and without it, and a shared link has a title and a summary in chat and social
//! apps: the same components, rendered natively to HTML (Leptos's `ssr`), with the link previews'
//! meta tags. The live app replaces it when it starts (see [`crate::components::app::App`]).

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
use crate::link::selection::Selection;
use crate::text::i18n::{Lang, EN};
use crate::text::plain::{cut, escape};

/// The marker of the prerendered page's `<main>`, which the live app replaces.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// The default view of `data`, as the HTML of the app's `<main>`.
pub fn main_html(data: Dataset) -> String {
    let data = Arc::new(data);
    let loaded = Loaded {
        index: Arc::new(SearchIndex::new(&data)),
        data,
    };
    let owner = Owner::new();
    owner.with(|| {
        let root = NodeRef::<Main>::new();
        view! {
            <main id="main" class="app" data-prerendered="">
                <Page nav=Navigator::detached("") lang=Lang::En embed=false loaded root prerendered=true />
            </main>
        }
        .to_html()
    })
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
        }
    }
}

impl std::error::Error for InjectError {}

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
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::bundled as data;

    #[test]
    fn the_default_view_is_written_out_with_links_that_work_without_scripts() {
        let html = main_html(data());
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
    fn the_real_page_has_its_slot() {
        let index = include_str!("../index.html");
        assert!(inject(index, "<main></main>", "T", "").is_ok());
    }
}
