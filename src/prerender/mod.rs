//! The pages written out at build time (`make dist`): each view the app hands out is a whole
//! HTML document at its own path (see [`crate::link::address`]), so that it opens, reads and
//! previews as itself with no script, on any static host, from any sub-path. The same
//! components render it, natively (Leptos's `ssr`); the head carries the view's own title,
//! description, link-preview tags, canonical address and its other languages. The live app
//! replaces the page's `<main>` when it starts (see [`crate::components::app::App`]).
//! - [`pages`]: which views are written out, and where, each as its page;
//! - [`written`]: each of them resolved once (its card, title, description, picture, citation);
//! - [`head`]: a page's head, from that value (start here to change what a page's head says);
//! - [`preview`] and [`described`]: its picture, its citation and the dataset's description;
//! - [`early`]: the one script that runs before the app, written from the app's own rules;
//! - [`inline`]: the stylesheet and that script put in each page (no second round trip before
//!   the first paint);
//! - [`missing`]: the page a server shows for an address the site does not have (404).

pub mod described;
pub mod early;
pub mod head;
pub mod inline;
pub mod missing;
pub mod pages;
pub mod preview;
pub mod written;

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::RenderHtml;
use lol_html::html_content::ContentType;
use lol_html::{element, end_tag, rewrite_str, text, RewriteStrSettings};

use crate::browse::search::SearchIndex;
use crate::components::context::Loaded;
use crate::components::handover::MARKER;
use crate::components::page::Page;
use crate::data::model::Dataset;
use crate::link::address::Pages;
#[cfg(test)]
use crate::link::address::{page_path, PathView};
use crate::link::navigator::Navigator;
use crate::web::ids::PAGE_ID;

/// The attribute of `<html>` on an embedded view's page (the early script posts its height).
pub const EMBED_ATTR: &str = "data-embed";

/// `data` with its search index, as the components read it.
pub fn loaded(data: Dataset) -> Loaded {
    let data = Arc::new(data);
    Loaded {
        index: Arc::new(SearchIndex::new(&data)),
        data,
    }
}

/// The view `view`, as the HTML of the app's `<main>` on its own page, where `pages` are
/// written out (its links lead to them). For tests: the page writer renders the path its
/// [`written::WrittenView`] already holds ([`render_link`]).
#[cfg(test)]
pub(crate) fn render(loaded: &Loaded, view: &PathView, pages: &Pages) -> String {
    render_link(loaded, &page_path(view), "", pages)
}

/// The view of the link at `path` (under the app's folder) with `query`, as the HTML of the
/// app's page (its header, `<main>` and footer), where `pages` are written out, without
/// Leptos's placeholders ([`without_placeholders`]).
pub fn render_link(loaded: &Loaded, path: &str, query: &str, pages: &Pages) -> String {
    let loaded = loaded.clone();
    let html = Owner::new().with(|| {
        let root = NodeRef::<Div>::new();
        let nav = Navigator::new(path, query, pages.clone());
        let lang = nav.lang(&nav.state_untracked());
        view! {
            <div id=PAGE_ID class="app" {..custom_attribute(MARKER, "")}>
                <Page nav lang loaded root />
            </div>
        }
        .to_html()
    });
    without_placeholders(&html)
}

/// `html` as Leptos renders it natively, without its placeholders (`<!>`, `<!--<() />-->`),
/// which only hydration reads (the app replaces a written page instead).
pub(crate) fn without_placeholders(html: &str) -> String {
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

/// The public address of the app's folder, `site_url` as given to `make dist`, ending with `/`:
/// only a web address.
pub fn site_folder(site_url: Option<&str>) -> Option<String> {
    let url = site_url
        .map(str::trim)
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))?;
    Some(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    })
}

/// The attribute that marks the element of `index.html` the written-out page takes the place
/// of: the "loading" line, a `<p>` (which cannot hold another, so its end is its first `</p>`).
pub const SLOT_ATTR: &str = "data-prerender-slot";

/// Why a page cannot be written from `index.html`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InjectError {
    /// No element carries [`SLOT_ATTR`].
    #[error("index.html has no element marked {SLOT_ATTR}: mark the loading line in #app with it")]
    NoSlot,
    /// More than one element carries it (how many).
    #[error("index.html marks {0} elements with {SLOT_ATTR}: mark only the loading line in #app")]
    ManySlots(usize),
    /// The marked element is not a `<p>`.
    #[error("the element marked {SLOT_ATTR} in index.html must be a <p>")]
    SlotNotParagraph,
    /// The page's head is not closed by `</head>` (where the view's head goes).
    #[error("index.html has no </head>")]
    NoHead,
    /// The page has no `<html>` start tag, or no `<title>`.
    #[error("index.html needs an <html> start tag and a <title>")]
    NoHtml,
    /// The HTML rewriter stopped.
    #[error("index.html could not be rewritten: {0}")]
    Rewriter(String),
}

/// A count kept by the rewriter's handlers (its end-tag handlers must own what they touch).
type Count = std::rc::Rc<std::cell::Cell<usize>>;

/// Adds one to `count`.
fn add(count: &Count) {
    count.set(count.get() + 1);
}

/// The page `index` (as the build wrote it) made into the page of a view, `level` folders below
/// the app's folder, with an HTML rewriter (`lol_html`): its own addresses climbing back to the
/// folder ([`climbed`]), then `main` in place of its element marked [`SLOT_ATTR`], `html_attrs`
/// as the attributes of its `<html>`, `title` as its title and `head` at the end of its head.
/// (What is put in is not rewritten: `main`'s links already lead from the page.)
pub fn page(
    index: &str,
    level: usize,
    html_attrs: &[(&str, &str)],
    title: &str,
    head: &str,
    main: &str,
) -> Result<String, InjectError> {
    let index = climbed(&with_head_tag(index)?, &"../".repeat(level))?;
    let [slots, paragraphs, htmls, titles, heads] = std::array::from_fn(|_| Count::default());
    let slot = format!("[{SLOT_ATTR}]");
    let out = rewrite_str(
        &index,
        RewriteStrSettings::new()
            .append_element_content_handler(element!(slot, |el| {
                add(&slots);
                if el.tag_name() == "p" {
                    add(&paragraphs);
                }
                el.replace(main, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("html", |el| {
                add(&htmls);
                let names: Vec<String> = el.attributes().iter().map(|a| a.name()).collect();
                for name in names {
                    el.remove_attribute(&name);
                }
                for (name, value) in html_attrs {
                    el.set_attribute(name, value)?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("title", |el| {
                add(&titles);
                el.set_inner_content(title, ContentType::Text);
                Ok(())
            }))
            .append_element_content_handler(element!("head", |el| {
                let (heads, head) = (heads.clone(), head.to_owned());
                el.on_end_tag(end_tag!(move |end| {
                    add(&heads);
                    end.before(&head, ContentType::Html);
                    Ok(())
                }))
            })),
    )
    .map_err(|e| InjectError::Rewriter(e.to_string()))?;
    match slots.get() {
        0 => return Err(InjectError::NoSlot),
        1 => {}
        n => return Err(InjectError::ManySlots(n)),
    }
    if paragraphs.get() != 1 {
        return Err(InjectError::SlotNotParagraph);
    }
    if htmls.get() != 1 || titles.get() != 1 {
        return Err(InjectError::NoHtml);
    }
    if heads.get() != 1 {
        return Err(InjectError::NoHead);
    }
    Ok(out)
}

/// `html` with its own addresses (attribute values starting `./`, also in `<noscript>`, which
/// the rewriter reads as text) starting with `climb` instead (`../` for each folder a page is
/// below the app's folder).
fn climbed(html: &str, climb: &str) -> Result<String, InjectError> {
    if climb.is_empty() {
        return Ok(html.to_owned());
    }
    let mut noscript = String::new();
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("*", |el| {
                let own: Vec<(String, String)> = (el.attributes().iter())
                    .filter_map(|a| {
                        let rest = a.value().strip_prefix("./").map(str::to_owned)?;
                        Some((a.name(), format!("{climb}{rest}")))
                    })
                    .collect();
                for (name, value) in own {
                    el.set_attribute(&name, &value)?;
                }
                Ok(())
            }))
            .append_element_content_handler(text!("noscript", |chunk| {
                noscript.push_str(chunk.as_str());
                if chunk.last_in_text_node() {
                    let inner = climbed(&std::mem::take(&mut noscript), climb)?;
                    chunk.replace(&inner, ContentType::Html);
                } else {
                    chunk.remove();
                }
                Ok(())
            })),
    )
    .map_err(|e| InjectError::Rewriter(e.to_string()))
}

/// `page` with its `<head>` start tag, which the release build's minifier leaves out (the HTML
/// standard allows it, but validators that do not infer omitted tags, html-validate among them,
/// then read the head's elements as misplaced; and the rewriter finds no head to end): put back
/// at the start of `<html>`.
fn with_head_tag(page: &str) -> Result<String, InjectError> {
    let heads = Count::default();
    let counted = heads.clone();
    rewrite_str(
        page,
        RewriteStrSettings::new().append_element_content_handler(element!("head", move |_| {
            add(&counted);
            Ok(())
        })),
    )
    .map_err(|e| InjectError::Rewriter(e.to_string()))?;
    if heads.get() > 0 {
        return Ok(page.to_owned());
    }
    rewrite_str(
        page,
        RewriteStrSettings::new().append_element_content_handler(element!("html", |el| {
            el.prepend("<head>", ContentType::Html);
            Ok(())
        })),
    )
    .map_err(|e| InjectError::Rewriter(e.to_string()))
}

/// The view in `lang` of `card` (a development's id and year), `embed`ded or not (for tests).
#[cfg(test)]
pub(crate) fn view(
    lang: crate::text::i18n::Lang,
    card: Option<(&str, Option<i32>)>,
    embed: bool,
) -> PathView {
    PathView {
        embed,
        lang,
        card: card.map(|(id, y)| (id.to_owned(), y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example as data;
    use crate::text::i18n::{Lang, EN};

    #[test]
    fn the_head_start_tag_the_minifier_leaves_out_is_put_back_once() {
        let minified = "<!doctype html><html lang=en><meta charset=utf-8><title>x</title></head>\
                        <body><div id=app><p data-prerender-slot>Loading</p></div>";
        let out = page(
            minified,
            0,
            &[("lang", "fr")],
            "T",
            "<meta name=m>",
            "<main></main>",
        )
        .expect("written");
        assert!(
            out.starts_with("<!doctype html><html lang=\"fr\"><head><meta charset=utf-8><title>T"),
            "{out}"
        );
        let written = "<html lang=en>\n<head>\n<title>x</title></head><body>\
                       <p data-prerender-slot></p>";
        let out = page(written, 0, &[("lang", "en")], "T", "", "<main></main>").expect("written");
        assert_eq!(out.matches("<head>").count(), 1, "{out}");
    }

    #[test]
    fn a_page_below_the_folder_climbs_back_to_its_files() {
        let index = r#"<html lang=en><head><title>Old</title><link rel=stylesheet href=./main.css><script type=module src="./boot.js" data-js="./app.js"></script><noscript><link href=./nojs.css rel=stylesheet></noscript></head><body><div id=app><p class=status-message data-prerender-slot>Loading…</p></div></body></html>"#;
        let main = r#"<main><a href="../../../fr/">x</a><a href="./">y</a></main>"#;
        let out = page(
            index,
            3,
            &[("lang", "fr"), ("data-embed", "")],
            "A & B",
            "<meta x>",
            main,
        )
        .expect("written");
        assert_eq!(
            out,
            r#"<html lang="fr" data-embed=""><head><title>A &amp; B</title><link rel=stylesheet href="../../../main.css"><script type=module src="../../../boot.js" data-js="../../../app.js"></script><noscript><link href="../../../nojs.css" rel=stylesheet></noscript><meta x></head><body><div id=app><main><a href="../../../fr/">x</a><a href="./">y</a></main></div></body></html>"#
        );
    }

    #[test]
    fn a_page_without_its_one_slot_is_refused_with_a_reason() {
        let doc =
            |body: &str| format!("<html><head><title></title></head><body>{body}</body></html>");
        let write = |index: &str| page(index, 0, &[], "", "", "");
        assert_eq!(
            write(&doc("<div id=app><p>Loading</p></div>")),
            Err(InjectError::NoSlot)
        );
        let two = doc("<p data-prerender-slot>a</p><p data-prerender-slot>b</p>");
        assert_eq!(write(&two), Err(InjectError::ManySlots(2)));
        assert_eq!(
            write(&doc("<div data-prerender-slot>a</div>")),
            Err(InjectError::SlotNotParagraph)
        );
        assert_eq!(
            write("<html><title></title><p data-prerender-slot>a</p>"),
            Err(InjectError::NoHead)
        );
        assert_eq!(
            write("<p data-prerender-slot>a</p>"),
            Err(InjectError::NoHtml)
        );
        assert_eq!(
            write("<html><head></head><body><p data-prerender-slot>a</p></body></html>"),
            Err(InjectError::NoHtml),
            "no title"
        );
        assert!(InjectError::NoSlot
            .to_string()
            .contains("data-prerender-slot"));
    }

    #[test]
    fn the_real_page_has_its_slot() {
        let index = include_str!("../../index.html");
        assert!(page(index, 2, &[("lang", "fr")], "T", "", "<main></main>").is_ok());
    }

    #[test]
    fn the_default_view_is_written_out_with_links_to_the_other_pages() {
        let d = loaded(data());
        let pages = pages::pages(&d);
        let html = render(&d, &view(Lang::En, None, false), &pages);
        assert!(html.starts_with("<div id=\"page\""));
        assert!(html[..80].contains(MARKER));
        assert!(
            html.contains("The platform &#x27;My school, my job&#x27; was deployed in 2019")
                || html.contains("The platform 'My school, my job' was deployed in 2019")
        );
        // A year leads to its page; a related development to its own; a language to its.
        assert!(html.contains(r##"href="en/28020/2019/""##), "{html}");
        assert!(html.contains(r##"href="en/be-fr-vocational-education-pathway-peq/""##));
        assert!(html.contains(r#"href="fr/""#));
        let deep = render(
            &d,
            &view(Lang::Fr, Some(("28020", Some(2019))), false),
            &pages,
        );
        assert!(deep.contains(r##"href="../../../fr/28020/2020/""##));
        assert!(deep.contains(r#"href="../../../nl/28020/2019/""#));
        assert!(deep.contains(r#"href="../../../data/timeline.csv""#));
        let tags = html
            .split('<')
            .filter_map(|t| t.split_once('>').map(|(tag, _)| tag));
        assert!(
            tags.into_iter().all(|tag| !tag.contains(" style=")),
            "no style attribute (strict CSP)"
        );
        assert!(!html.contains("<script"));
        for marker in ["<!>", "<!--"] {
            assert!(
                !html.contains(marker) && !deep.contains(marker),
                "no placeholders"
            );
        }
    }

    #[test]
    fn a_page_that_names_a_card_is_written_out_with_the_card_first() {
        let d = loaded(data());
        let pages = pages::pages(&d);
        let order = |v: PathView| {
            let html = render(&d, &v, &pages);
            let at = |id: &str| html.find(&format!(r#"id="{id}""#)).expect(id);
            at("card-host") < at("timeline-host")
        };
        assert!(!order(view(Lang::En, None, false)), "the default view");
        assert!(!order(view(Lang::Fr, None, true)), "embedded too");
        for embed in [false, true] {
            assert!(order(view(Lang::Fr, Some(("28020", Some(2019))), embed)));
            assert!(order(view(Lang::En, Some(("28020", None)), embed)));
            let peq = "be-fr-vocational-education-pathway-peq";
            assert!(order(view(Lang::En, Some((peq, None)), embed)));
        }
    }

    #[test]
    fn a_page_is_written_out_in_the_landmarks_a_reader_expects() {
        let d = loaded(data());
        let pages = pages::pages(&d);
        let html = render(
            &d,
            &view(Lang::En, Some(("28020", Some(2019))), false),
            &pages,
        );
        let at = |tag: &str| {
            html.find(tag)
                .unwrap_or_else(|| panic!("{tag} in {html:.300}"))
        };
        // The banner, then main, then the footer; none inside another.
        assert!(at("<header") < at("<main") && at("</header>") < at("<main"));
        assert!(at("</main>") < at("<footer"));
        assert!(html[at("<footer")..].contains(EN.footer));
        // Without scripts, the notice speaks the page's language (its words are the table's).
        assert!(html.contains(&format!(
            "<noscript><p class=\"noscript-notice\">{}</p></noscript>",
            EN.no_script
        )));
        // The live region says nothing, and is not a status, until there is something to say.
        let live = &html[at(r#"<div id="announcer""#)..];
        let live = &live[..live.find("</div>").unwrap_or(live.len())];
        assert!(
            live.contains(r#"aria-live="polite""#) && !live.contains("role="),
            "{live}"
        );
        assert!(live.ends_with('>'), "empty: {live}");
        // Embedded: no footer (the host page closes its page).
        let embedded = render(
            &d,
            &view(Lang::En, Some(("28020", Some(2019))), true),
            &pages,
        );
        assert!(embedded.contains("<header") && !embedded.contains("<footer"));
    }

    #[test]
    fn live_regions_with_nothing_to_say_are_written_out_empty() {
        // A space would give the copy status room, and move the buttons when the app takes over.
        let d = loaded(data());
        let html = render(
            &d,
            &view(Lang::Fr, Some(("28020", None)), false),
            &pages::pages(&d),
        );
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
}
