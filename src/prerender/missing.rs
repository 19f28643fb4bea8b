//! The page a server shows, with the status 404, for an address the site does not have (a
//! mistyped link, a year a development does not have): `404.html` in the app's folder
//! ([`crate::hosting::NOT_FOUND_PAGE`]), in the app's look. It says that the page does not
//! exist and lists the timeline's developments and its languages as links. A server shows it at
//! the address asked for, at any depth under the folder: it has no script and carries its
//! stylesheet, and its links resolve from the folder's path (`<base href>`), which `make dist`
//! takes from `SITE_URL` (the host's root without it). In English, the app's first language, with
//! each language's timeline one link away.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::components::context::Loaded;
use crate::link::address::{from_level, href, Pages};
use crate::link::query::ViewState;
use crate::text::i18n::Lang;

use super::inline::{FirstPaint, InlineError};
use super::{page, without_placeholders, InjectError};

/// The page's heading.
pub const HEADING: &str = "This page does not exist";

/// What the page says under its heading, before the developments.
pub const TEXT: &str = "Nothing is published at this address: the link may be mistyped, or \
                        name a year or a development that this timeline does not hold. These \
                        are the developments it holds:";

/// The id of the page's heading.
const HEADING_ID: &str = "missing-heading";

/// A link of the page: where it leads (from the app's folder) and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The address, relative to the app's folder.
    pub href: String,
    /// The link's text.
    pub text: String,
    /// What follows the link (a development's country).
    pub after: String,
}

/// Each development of `loaded`, in the dataset's order, as a link to its card (its page where
/// one is written out: `pages`).
pub fn developments(loaded: &Loaded, pages: &Pages) -> Vec<Link> {
    loaded
        .data
        .measures
        .iter()
        .map(|m| Link {
            href: from_level(0, &href(&ViewState::measure(&m.id), Lang::En, pages)),
            text: m.title.clone(),
            after: format!("({})", m.country),
        })
        .collect()
}

/// Why the 404 page could not be written.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum MissingError {
    /// Trunk's page could not be made into it.
    #[error("the 404 page: {0}")]
    Page(#[from] InjectError),
    /// Its stylesheet or base could not be put in it.
    #[error("the 404 page: {0}")]
    Inline(#[from] InlineError),
}

/// The 404 page, from Trunk's page `index`, for the app's folder at the path `folder`.
pub fn not_found_page(
    index: &str,
    loaded: &Loaded,
    pages: &Pages,
    folder: &str,
    first_paint: &FirstPaint,
) -> Result<String, MissingError> {
    let t = Lang::En.strings();
    let links = developments(loaded, pages);
    let body = Owner::new().with(|| view! { <Missing links /> }.to_html());
    let body = without_placeholders(&body);
    let title = format!("{HEADING} – {}", t.app_title);
    let head = r#"<meta name="robots" content="noindex">"#;
    let written = page(index, 0, &[("lang", "en")], &title, head, &body)?;
    Ok(first_paint.into_static_page(&written, folder)?)
}

/// The page's header and `<main>`: the app's name and languages, then what the page says.
#[component]
fn Missing(links: Vec<Link>) -> impl IntoView {
    let t = Lang::En.strings();
    let languages = Lang::ALL
        .into_iter()
        .map(|lang| {
            let folder = from_level(0, &href(&ViewState::default(), lang, &Pages::default()));
            view! {
                <li>
                    <a href=folder hreflang=lang.code() lang=lang.code()>
                        {lang.name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let links = links
        .into_iter()
        .map(|link| {
            view! {
                <li>
                    <a href=link.href>{link.text}</a>
                    " "
                    <span class="meta">{link.after}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="app">
            <header class="masthead">
                <div class="languages">
                    <nav aria-label=t.language>
                        <ul class="language-list">{languages}</ul>
                    </nav>
                </div>
                <p class="app-name">
                    <a href="./">{t.app_title}</a>
                </p>
            </header>
            <main>
                <section class="card card-not-found" aria-labelledby=HEADING_ID>
                    <h1 id=HEADING_ID>{HEADING}</h1>
                    <p>{TEXT}</p>
                    <ul class="measure-list">{links}</ul>
                </section>
            </main>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;
    use crate::prerender::loaded;
    use crate::prerender::pages::pages;

    fn written() -> String {
        let loaded = loaded(example());
        let paint =
            FirstPaint::new("body{color:red}".to_owned(), "var a;".to_owned()).expect("texts");
        // (Trunk's page as the build writes it: its stylesheet linked.)
        let index = include_str!("../../index.html").replace(
            r#"<link data-trunk rel="css" href="style/main.css">"#,
            r#"<link rel="stylesheet" href="./main-1.css">"#,
        );
        not_found_page(&index, &loaded, &pages(&loaded), "/vet/timeline/", &paint).expect("written")
    }

    #[test]
    fn the_page_says_it_does_not_exist_and_lists_each_development_and_language() {
        let page = written();
        let data = example();
        assert!(
            page.contains(&format!("<h1 id=\"{HEADING_ID}\">{HEADING}</h1>")),
            "{page}"
        );
        assert!(page.contains(TEXT));
        for m in &data.measures {
            assert!(
                page.contains(&crate::text::plain::escape(&m.title)),
                "{}",
                m.id
            );
        }
        // The first development's page is written out; a link leads to it from the folder.
        let first = &data.measures[0];
        assert!(
            page.contains(&format!("href=\"en/{}/\"", first.id)),
            "{page}"
        );
        for lang in Lang::ALL {
            assert!(
                page.contains(&format!("hreflang=\"{}\"", lang.code())),
                "{lang:?}"
            );
        }
        assert!(page.contains("<title>This page does not exist – VET policy timeline</title>"));
        assert!(page.contains(r#"<meta name="robots" content="noindex">"#));
    }

    #[test]
    fn the_page_resolves_its_addresses_from_the_folder_and_runs_no_script() {
        let page = written();
        assert!(page.contains(r#"<base href="/vet/timeline/">"#), "{page}");
        assert!(page.contains("<style>body{color:red}</style>"));
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("rel=\"preload\"") && !page.contains("<noscript"));
        assert!(!page.contains("main.css"), "{page}");
        assert!(!page.contains("<!>"), "{page}");
    }
}
