//! What a page needs before its first paint, carried in the page itself: the stylesheet and the
//! early script (see [`super::early`]). Fetched as files, they cost a phone a second round trip
//! before anything is painted (BENCHMARKS.md, issue 37); in the page they cost none. Each is
//! allowed by its SHA-256 in the site's Content-Security-Policy ([`crate::hosting`]), which the
//! same build writes, so that no `'unsafe-inline'` is needed.
//!
//! Trunk's page is rewritten with an HTML rewriter (`lol_html`): its stylesheet link (not the
//! one in `<noscript>`) becomes a `<style>`, and its early script's `src` becomes the script's
//! text, with the address of the app's folder from the page in [`FOLDER_ATTR`] (the script
//! reads it where it read its own address).

use base64::Engine;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};
use sha2::{Digest, Sha256};

use super::early::{EARLY_JS, FOLDER_ATTR};

/// The stylesheet's and the early script's text, as every page carries them (checked once, by
/// [`FirstPaint::new`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirstPaint {
    /// The stylesheet (Trunk's minified `main-….css`).
    style: String,
    /// The early script (`early.js`, minified).
    script: String,
}

/// The selector of the stylesheet link a page carries in its place.
const STYLESHEET: &str = "link[rel=stylesheet]";

/// Why a page's stylesheet or early script could not be put in it.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum InlineError {
    /// The page has not exactly one of them (`what`), outside `<noscript>`.
    #[error(
        "index.html must have exactly one {what} (outside <noscript>) to put in the page; it \
         has {found}"
    )]
    NotOne {
        /// The element looked for.
        what: &'static str,
        /// How many the page has.
        found: usize,
    },
    /// The text would end its own element early (`</style` or `</script` in it).
    #[error("the {0} contains its own end tag (</{0}): it cannot be put in the page")]
    Closes(&'static str),
    /// The HTML rewriter stopped.
    #[error("index.html could not be rewritten: {0}")]
    Rewriter(String),
}

/// A `Content-Security-Policy` source that allows exactly `text` inline: `'sha256-…'`.
pub fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The address of `page`'s stylesheet (its `link rel=stylesheet` outside `<noscript>`), as the
/// page gives it.
pub fn stylesheet(page: &str) -> Result<String, InlineError> {
    let mut found = Vec::new();
    rewrite_str(
        page,
        RewriteStrSettings::new().append_element_content_handler(element!(STYLESHEET, |el| {
            found.push(el.get_attribute("href").unwrap_or_default());
            Ok(())
        })),
    )
    .map_err(|e| InlineError::Rewriter(e.to_string()))?;
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(InlineError::NotOne {
            what: "stylesheet link",
            found: found.len(),
        }),
    }
}

impl FirstPaint {
    /// The `style` and `script` every page will carry, or why one cannot be put in a page (it
    /// would end its own element early).
    pub fn new(style: String, script: String) -> Result<FirstPaint, InlineError> {
        for (text, what) in [(&style, "style"), (&script, "script")] {
            if text.to_ascii_lowercase().contains(&format!("</{what}")) {
                return Err(InlineError::Closes(what));
            }
        }
        Ok(FirstPaint { style, script })
    }

    /// The source that allows the stylesheet (for `style-src`).
    pub fn style_source(&self) -> String {
        hash_source(&self.style)
    }

    /// The source that allows the early script (for `script-src`).
    pub fn script_source(&self) -> String {
        hash_source(&self.script)
    }

    /// `page` with its stylesheet link and its early script's address replaced by their text.
    pub fn into_page(&self, page: &str) -> Result<String, InlineError> {
        let (mut sheets, mut scripts) = (0, 0);
        let early_selector = format!("script[src$='{EARLY_JS}']");
        let out = rewrite_str(
            page,
            RewriteStrSettings::new()
                .append_element_content_handler(element!(STYLESHEET, |el| {
                    sheets += 1;
                    el.replace(&self.style_element(), ContentType::Html);
                    Ok(())
                }))
                .append_element_content_handler(element!(early_selector, |el| {
                    scripts += 1;
                    let src = el.get_attribute("src").unwrap_or_default();
                    let folder = src.strip_suffix(EARLY_JS).unwrap_or_default();
                    el.remove_attribute("src");
                    el.set_attribute(FOLDER_ATTR, folder)?;
                    el.set_inner_content(&self.script, ContentType::Html);
                    Ok(())
                })),
        )
        .map_err(|e| InlineError::Rewriter(e.to_string()))?;
        exactly_one([(sheets, "stylesheet link"), (scripts, "early script")])?;
        Ok(out)
    }

    /// The stylesheet as the element a page carries.
    fn style_element(&self) -> String {
        format!("<style>{}</style>", self.style)
    }

    /// `page` as a page with no script, whose relative addresses all resolve from `base` (the
    /// app's folder, as its address's path), wherever a server shows it: its stylesheet link
    /// replaced by the text, `<base href>` after its `<meta charset>`, and its scripts, preloads
    /// and `<noscript>` taken out (the 404 page: [`super::missing`]).
    pub fn into_static_page(&self, page: &str, base: &str) -> Result<String, InlineError> {
        let (mut sheets, mut charsets) = (0, 0);
        let base = format!(r#"<base href="{}">"#, crate::text::plain::escape(base));
        let out = rewrite_str(
            page,
            RewriteStrSettings::new()
                .append_element_content_handler(element!(STYLESHEET, |el| {
                    sheets += 1;
                    el.replace(&self.style_element(), ContentType::Html);
                    Ok(())
                }))
                .append_element_content_handler(element!("meta[charset]", |el| {
                    charsets += 1;
                    el.after(&base, ContentType::Html);
                    Ok(())
                }))
                .append_element_content_handler(element!(
                    "script, noscript, link[rel=preload], link[rel=modulepreload]",
                    |el| {
                        el.remove();
                        Ok(())
                    }
                )),
        )
        .map_err(|e| InlineError::Rewriter(e.to_string()))?;
        exactly_one([(sheets, "stylesheet link"), (charsets, "meta charset")])?;
        Ok(out)
    }
}

/// Whether a rewrite found exactly one of each element it looked for (how many it found, and
/// which element).
fn exactly_one(found: [(usize, &'static str); 2]) -> Result<(), InlineError> {
    match found.into_iter().find(|(n, _)| *n != 1) {
        Some((found, what)) => Err(InlineError::NotOne { what, found }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> FirstPaint {
        FirstPaint::new("body{color:red}".to_owned(), "var a=1<2;".to_owned()).expect("texts")
    }

    #[test]
    fn the_stylesheet_and_the_early_script_are_put_in_the_page() {
        let page = r#"<html><title>T</title><script src=../../early.js></script><link href=../../main-1.css rel=stylesheet><noscript><link href=../../nojs.css rel=stylesheet></noscript><script src=../../boot.js type=module></script></head><body></body></html>"#;
        assert_eq!(
            parts().into_page(page),
            Ok(r#"<html><title>T</title><script data-folder="../../">var a=1<2;</script><style>body{color:red}</style><noscript><link href=../../nojs.css rel=stylesheet></noscript><script src=../../boot.js type=module></script></head><body></body></html>"#.to_owned())
        );
        let top = parts()
            .into_page("<script src=./early.js></script><link href=./m.css rel=stylesheet>")
            .expect("inlined");
        assert!(top.starts_with(r#"<script data-folder="./">"#), "{top}");
    }

    #[test]
    fn a_static_page_has_its_base_and_its_style_and_no_script() {
        let page = r#"<html><meta charset=utf-8><title>T</title><script src=./early.js></script><link href=./main-1.css rel=stylesheet><link rel=preload href=./data/t.json as=fetch><link rel=modulepreload href=./app.js><noscript><link href=./nojs.css rel=stylesheet></noscript><script src=./boot.js type=module></script><link rel=icon href="data:x"></head><body><a href=./fr/>fr</a></body></html>"#;
        assert_eq!(
            parts().into_static_page(page, "/vet/timeline/"),
            Ok(r#"<html><meta charset=utf-8><base href="/vet/timeline/"><title>T</title><style>body{color:red}</style><link rel=icon href="data:x"></head><body><a href=./fr/>fr</a></body></html>"#.to_owned())
        );
        assert_eq!(
            parts().into_static_page("<link href=a.css rel=stylesheet>", "/"),
            Err(InlineError::NotOne {
                what: "meta charset",
                found: 0
            })
        );
    }

    #[test]
    fn the_stylesheet_is_the_one_the_page_links_outside_noscript() {
        assert_eq!(
            stylesheet("<link href=./main-1.css rel=stylesheet><noscript><link href=./nojs.css rel=stylesheet></noscript><link rel=icon href=x>"),
            Ok("./main-1.css".to_owned())
        );
        assert_eq!(
            stylesheet("<noscript><link href=./nojs.css rel=stylesheet></noscript>"),
            Err(InlineError::NotOne {
                what: "stylesheet link",
                found: 0
            })
        );
    }

    #[test]
    fn a_page_without_exactly_one_of_each_is_refused() {
        assert_eq!(
            parts().into_page("<link href=m.css rel=stylesheet>"),
            Err(InlineError::NotOne {
                what: "early script",
                found: 0
            })
        );
        assert_eq!(
            parts().into_page(
                "<script src=./early.js></script><link href=a.css rel=stylesheet><link href=b.css rel=stylesheet>"
            ),
            Err(InlineError::NotOne {
                what: "stylesheet link",
                found: 2
            })
        );
        assert_eq!(
            InlineError::NotOne {
                what: "early script",
                found: 0
            }
            .to_string(),
            "index.html must have exactly one early script (outside <noscript>) to put in the \
             page; it has 0"
        );
        assert_eq!(
            FirstPaint::new("a{}".to_owned(), "x='</SCRIPT>'".to_owned()),
            Err(InlineError::Closes("script"))
        );
    }

    #[test]
    fn a_hash_source_is_the_text_s_sha256_in_base64() {
        // The CSP specification's own example: `alert('Hello, world.');`.
        assert_eq!(
            hash_source("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
        assert_eq!(parts().script_source(), hash_source("var a=1<2;"));
        assert_eq!(parts().style_source(), hash_source("body{color:red}"));
    }
}
