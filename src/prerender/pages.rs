//! Which views are written out at build time, and each as its page.
//!
//! A view is written out for every link Copy link and the Embed dialog hand out: the default
//! view and each development's card and each of its years (of the first [`MAX_WRITTEN_OUT`]
//! developments the default view lists), in each language, on a page of its own and embedded.
//! Each is `dist/<path>index.html`, its path as [`crate::link::address`] names it; the colours
//! an embed code may ask for (`?scheme=`) are the early script's ([`super::early`]). Links to
//! the other developments are their language's default page with the development in the query,
//! which the live app opens.

use crate::browse::facets::{scores, Filters};
use crate::components::context::Loaded;
use crate::link::address::{Pages, PathView};
use crate::link::query::ViewState;
use crate::text::i18n::Lang;
use crate::timeline::lanes::{listed, parents};

use super::head::head;
use super::written::WrittenView;
use super::{page, render_link, EMBED_ATTR};

/// The most developments whose views are written out: the first lanes of the default view
/// ([`written_out_first`]). Each costs, for its card and each of its years, 8 pages about as
/// large as the default view (about 20 KB for the bundled dataset).
pub const MAX_WRITTEN_OUT: usize = 10;

/// The developments whose views are written out: the first [`MAX_WRITTEN_OUT`] lanes of the
/// default view, in its order (those a reader sees first).
pub fn written_out_first(loaded: &Loaded) -> Vec<usize> {
    let none = Filters::default();
    let scores = scores(&loaded.data, &loaded.index, &none);
    let mut first = listed(&loaded.data, &scores, &none, &parents(&loaded.data));
    first.truncate(MAX_WRITTEN_OUT);
    first
}

/// The pages written out for `loaded`: [`written_out_first`]'s developments, each with the
/// years of its timeline (an id no folder can have is left out: see [`crate::link::address::path_safe`]).
pub fn pages(loaded: &Loaded) -> Pages {
    Pages::new(
        written_out_first(loaded)
            .into_iter()
            .filter_map(|i| loaded.data.measures.get(i))
            .map(|m| (m.id.clone(), m.timeline.iter().map(|e| e.year).collect())),
    )
}

/// Every view with a page: the default view, and each card of `pages`, in each language, on a
/// page of its own and embedded.
pub fn views(pages: &Pages) -> Vec<PathView> {
    let mut cards = vec![None];
    for (id, years) in pages.iter() {
        cards.push(Some((id.clone(), None)));
        cards.extend(years.iter().map(|y| Some((id.clone(), Some(*y)))));
    }
    let mut out = Vec::new();
    for card in cards {
        for embed in [false, true] {
            for lang in Lang::ALL {
                out.push(PathView {
                    embed,
                    lang,
                    card: card.clone(),
                });
            }
        }
    }
    out
}

/// What the build writes out for a dataset: the pages (see [`pages`]) and each of their views
/// (see [`views`]), resolved once.
#[derive(Debug, Clone)]
pub struct Written {
    /// The pages written out (the live app reads them, to link to them).
    pub pages: Pages,
    /// Each view with a page, resolved.
    pub views: Vec<WrittenView>,
}

impl Written {
    /// The views written out for `loaded`.
    pub fn new(loaded: &Loaded) -> Written {
        let pages = pages(loaded);
        let views = views(&pages)
            .into_iter()
            .map(|view| WrittenView::new(&loaded.data, view))
            .collect();
        Written { pages, views }
    }

    /// The pictures of the views: each file's path in the app's folder and its SVG, once
    /// however many views show it.
    pub fn pictures(&self) -> std::collections::BTreeMap<String, String> {
        self.views
            .iter()
            .map(|w| (w.picture.file.clone(), w.picture.svg.clone()))
            .collect()
    }
}

/// The attributes of the `<html>` of `view`'s page: its language, and embedded, its marker and
/// its colours (light, unless the link asks otherwise).
fn html_attrs(view: &PathView) -> Vec<(&'static str, &'static str)> {
    let mut attrs = vec![("lang", view.lang.code())];
    if view.embed {
        attrs.push((EMBED_ATTR, ""));
        let state = ViewState {
            embed: true,
            ..ViewState::default()
        };
        if let Some(class) = state.scheme().class() {
            attrs.push(("class", class));
        }
    }
    attrs
}

/// Every page of `written` (the views written out for `loaded`), made from `index` (the page
/// the build wrote): each view's path under the app's folder and its HTML. `site` is the public
/// address of the app's folder, if known (see [`super::site_folder`]). Every language must be
/// installed (see [`Lang::install`]).
pub fn write_out(
    index: &str,
    loaded: &Loaded,
    written: &Written,
    site: Option<&str>,
) -> Result<Vec<(String, String)>, String> {
    if let Some(lang) = Lang::ALL.into_iter().find(|l| l.loaded().is_none()) {
        return Err(format!(
            "the interface strings of {} are not loaded (i18n/{}.json)",
            lang.name(),
            lang.code()
        ));
    }
    let pages = &written.pages;
    written
        .views
        .iter()
        .map(|w| {
            let html = page(
                index,
                w.level,
                &html_attrs(&w.view),
                &w.title,
                &head(&loaded.data, w, pages, site),
                &render_link(loaded, &w.path, "", pages),
            )
            .map_err(|e| e.to_string())?;
            Ok((w.path.clone(), html))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;
    use crate::link::address::{self, page_path};
    use crate::link::embed::{embedded, full_view_url, snippets, DEFAULT_HEIGHT};
    use crate::link::navigator::Navigator;
    use crate::link::query::{parse, Scheme};
    use crate::link::selection::{link_to, Selection};
    use crate::prerender::render_link;
    use crate::text::i18n::parse_table;

    /// Installs the bundled interface languages.
    fn install() {
        for (lang, text) in [
            (Lang::Fr, include_str!("../../public/i18n/fr.json")),
            (Lang::Nl, include_str!("../../public/i18n/nl.json")),
            (Lang::De, include_str!("../../public/i18n/de.json")),
        ] {
            lang.install(parse_table(text).expect("a complete table"));
        }
    }

    #[test]
    fn each_page_names_a_picture_the_build_writes_and_identical_views_share_one() {
        install();
        let loaded = crate::prerender::loaded(example());
        let index = include_str!("../../index.html");
        let views = Written::new(&loaded);
        let written = write_out(index, &loaded, &views, None).expect("pages");
        let pictures = views.pictures();
        for (path, html) in &written {
            let named = html
                .split(r#"<meta property="og:image" content=""#)
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| panic!("{path}: no og:image"));
            // From the page's folder back to the app's.
            let from_folder = named.trim_start_matches("../");
            assert_eq!(
                named.len() - from_folder.len(),
                3 * address::level(path),
                "{path}: {named}"
            );
            assert!(pictures.contains_key(from_folder), "{path}: {named}");
        }
        // A page and its embedded twin share a picture: half as many, or fewer.
        assert!(pictures.len() * 2 <= written.len(), "{}", pictures.len());
    }

    /// Every link Copy link and the Embed dialog produce on the pages a reader can reach by
    /// clicking (each development, each year, in each language), as the app makes them: each
    /// relative to the app's folder.
    fn produced(loaded: &Loaded, pages: &Pages) -> Vec<String> {
        let data = &loaded.data;
        let mut selections = vec![None];
        for (i, m) in data.measures.iter().enumerate() {
            selections.push(Some(Selection::Measure(i)));
            selections.extend(m.timeline.iter().map(|e| Some(Selection::Year(i, e.year))));
        }
        let mut out = Vec::new();
        for selection in selections {
            for lang in std::iter::once(None).chain(Lang::ALL.map(Some)) {
                let start = ViewState {
                    lang,
                    ..ViewState::default()
                };
                let state = match selection {
                    Some(s) => link_to(data, &start, s),
                    None => start,
                };
                let nav = Navigator::new("", "", pages.clone());
                // Copy link: the full view's link (from the app's folder, at build time).
                out.push(full_view_url(&nav, &state));
                // The Embed dialog's frame, with each choice of colours.
                for scheme in [None, Some(Scheme::Dark), Some(Scheme::Auto)] {
                    let chosen = ViewState {
                        scheme,
                        ..state.clone()
                    };
                    let address = nav.url_in("", &embedded(&chosen));
                    let frame =
                        snippets("https://x.example/t/", &address, "T", DEFAULT_HEIGHT).iframe;
                    let src = frame
                        .split("src=\"https://x.example/t/")
                        .nth(1)
                        .and_then(|s| s.split('"').next())
                        .unwrap_or_default()
                        .replace("&amp;", "&");
                    out.push(src);
                }
            }
        }
        out
    }

    /// `html` with what lies between each `open` and the next `close` emptied.
    fn emptied(html: &str, open: &str, close: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(at) = rest.find(open) {
            out.push_str(&rest[..at + open.len()]);
            rest = &rest[at + open.len()..];
            rest = &rest[rest.find(close).unwrap_or(rest.len())..];
        }
        out.push_str(rest);
        out
    }

    /// `html` as a reader sees it on screen: without where its links lead, nor the link it
    /// writes out for print (written at build time, they are relative; the live app writes
    /// the page's own address).
    fn as_read(html: &str) -> String {
        emptied(
            &emptied(html, " href=\"", "\""),
            "<p class=\"print-only\">",
            "</p>",
        )
    }

    /// Every page of the bundled dataset, made from the source `index.html`.
    fn bundled_pages() -> (Loaded, Vec<(String, String)>) {
        install();
        let loaded = crate::prerender::loaded(example());
        let index = include_str!("../../index.html");
        let written = write_out(index, &loaded, &Written::new(&loaded), None).expect("written out");
        (loaded, written)
    }

    /// The page at `path` among `written`.
    fn page_at<'a>(written: &'a [(String, String)], path: &str) -> &'a str {
        written
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, html)| html.as_str())
            .unwrap_or_else(|| panic!("{path} has no page"))
    }

    #[test]
    fn every_link_handed_out_has_its_page_which_is_what_the_components_render() {
        let (loaded, written) = bundled_pages();
        let pages = pages(&loaded);
        let links = produced(&loaded, &pages);
        assert_eq!(links.len(), 17 * 5 * 4);
        for link in links {
            let (address, _fragment) = link.split_once('#').unwrap_or((&link, ""));
            let (path, query) = address.split_at(address.find('?').unwrap_or(address.len()));
            // (The folder's own page, from itself.)
            let path = path.strip_prefix("./").unwrap_or(path);
            // A page of its own: only the colours are left in the query.
            assert!(query.is_empty() || query.starts_with("?scheme="), "{link}");
            let page = page_at(&written, path);
            // The page holds what the components render for the link itself (but where its
            // links lead, which keep the colours the link asks for).
            let own = render_link(&loaded, path, query, &pages);
            assert!(as_read(page).contains(&as_read(&own)), "{link}");
            if query.is_empty() {
                assert!(page.contains(&own), "{link}");
            }
            let state = parse(query).state;
            assert_eq!(state.scheme.is_some(), !query.is_empty(), "{link}");
        }
    }

    #[test]
    fn every_address_the_readme_documents_has_its_page() {
        let (_, written) = bundled_pages();
        let readme = include_str!("../../README.md");
        let table = readme
            .split("| address (under the app's folder) | view |")
            .nth(1)
            .and_then(|rest| rest.split("\n\n").next())
            .expect("the README's table of addresses");
        let documented: Vec<&str> = table
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|part| part.ends_with('/') && !part.starts_with('.'))
            .collect();
        assert!(documented.len() >= 8, "{documented:?}");
        for path in documented {
            assert!(
                written.iter().any(|(p, _)| p == path),
                "the README documents {path}, which has no page"
            );
        }
    }

    #[test]
    fn each_page_is_in_its_language_and_layout_with_its_card() {
        let (_, written) = bundled_pages();
        let page = |path: &str| page_at(&written, path);
        let fr = page("fr/28020/2019/");
        assert!(fr.contains(r#"<html lang="fr">"#), "{fr:.300}");
        assert!(fr.contains("Chronologie"), "French strings");
        assert!(fr.contains(
            r#"<h2 id="card-title" tabindex="-1"><span class="card-year-number">2019</span>"#
        ));
        assert!(
            fr.contains(r#"<script src="../../../early.js">"#),
            "{fr:.2000}"
        );
        let embed = page("embed/en/28020/2019/");
        assert!(embed.contains(r#"<html lang="en" data-embed="" class="scheme-light">"#));
        assert!(embed.contains("masthead-embedded") && !embed.contains(r#"id="search""#));
        assert!(page("").contains(r#"<html lang="en">"#));
        for (_, html) in &written {
            for marker in ["<!>", "<!--<"] {
                assert!(!html.contains(marker), "no placeholders");
            }
        }
    }

    #[test]
    fn large_datasets_write_out_the_developments_the_default_view_shows_first() {
        let mut data = example();
        let mut more = Vec::new();
        for i in 0..(MAX_WRITTEN_OUT + 5) {
            let mut m = data.measures[1].clone();
            m.id = format!("synthetic-{i:02}");
            m.related.clear();
            more.push(m);
        }
        // The last lists the first three as related: their lanes sit under its own, at the end.
        let moved: Vec<String> = more[..3].iter().map(|m| m.id.clone()).collect();
        if let Some(last) = more.last_mut() {
            last.related = moved;
        }
        data.measures.extend(more);
        let loaded = crate::prerender::loaded(data);
        let first = written_out_first(&loaded);
        assert_eq!(first.len(), MAX_WRITTEN_OUT);
        let pages = pages(&loaded);
        for (i, m) in loaded.data.measures.iter().enumerate() {
            assert_eq!(
                pages.has(&m.id, None),
                first.contains(&i),
                "development {i}"
            );
        }
        // The default view's first lanes, in its order.
        let page = crate::prerender::render(
            &loaded,
            &PathView {
                embed: false,
                lang: Lang::En,
                card: None,
            },
            &pages,
        );
        let lane_of = |i: usize| {
            page.find(&format!("id=\"{}\"", crate::web::ids::lane_id(i)))
                .unwrap_or(usize::MAX)
        };
        let mut by_place: Vec<usize> = (0..loaded.data.measures.len()).collect();
        by_place.sort_by_key(|&i| lane_of(i));
        assert_eq!(first, by_place[..MAX_WRITTEN_OUT].to_vec());
    }

    #[test]
    fn every_view_has_one_page() {
        let loaded = crate::prerender::loaded(example());
        let views = views(&pages(&loaded));
        // 16 cards and a default view, in four languages, embedded or not.
        assert_eq!(views.len(), 17 * 4 * 2);
        let mut paths: Vec<String> = views.iter().map(page_path).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), views.len());
        assert!(paths.contains(&String::new()), "the folder's own page");
        assert!(paths.contains(&"embed/fr/28020/2019/".to_owned()));
    }

    #[test]
    fn the_written_views_are_every_page_once_with_one_picture_per_file() {
        let loaded = crate::prerender::loaded(example());
        let written = Written::new(&loaded);
        assert_eq!(written.views.len(), views(&written.pages).len());
        let pictures = written.pictures();
        for w in &written.views {
            assert_eq!(pictures.get(&w.picture.file), Some(&w.picture.svg));
        }
        assert!(pictures.len() * 2 <= written.views.len());
    }
}
