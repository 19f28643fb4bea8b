//! The view of every link the app hands out, written out at build time, and the manifest that
//! maps a link to its view.
//!
//! The links are those Copy link and the Embed dialog produce: the default view and each
//! development's card and each of its years (of the first [`MAX_WRITTEN_OUT`] developments the
//! default view lists), with each language or none, on a page of their own or embedded (with
//! each choice of colours). A view is a development's card (or a year's, or the default view) in
//! a language, full page or embedded: `views/N.html` holds its `<main>`, rendered by the same
//! components as the live app, for its canonical link ([`View::link`]: its language named, no
//! colours). Links that differ only in those show the same view, which differs from their own
//! rendering only in where its in-app links lead, and the link it writes out for print and in
//! the closed embed codes ([`as_read`], tested); it spares four files in five. A view that is
//! the page's own default view but for where its links lead is not written again: the manifest
//! points at the page itself (`-1`).
//!
//! The manifest, keyed by the app's canonical link (see [`crate::link::query::format`]), goes into
//! `index.html`, in the `data-views` attribute of `views.js`'s `<script>`, so that the view a
//! link names is asked for as soon as that script runs:
//!
//! ```json
//! {"langs": ["en", "fr", "nl", "de"],
//!  "links": {"?measure=28020&year=2019&lang=fr": ["", 1, [7]],
//!            "?measure=28020&year=2019": ["", 1, [3, 7, 11, 15]],
//!            "?measure=28020&year=2019&embed=1&scheme=dark": ["dark", 0, [4, 8, 12, 16]]},
//!  "defaults": {"page": [-1, 1, 5, 9], "embed": [0, 2, 6, 10]}}
//! ```
//!
//! A link's entry: the colours it asks for (`light`, `dark`, or empty for the reader's), whether
//! its card is brought into view (a full-page link that names a development), and its view's
//! file: one, or one per language of `langs` where the link names none (the browser's choice).
//! `defaults` are the default views of each language and layout, for links not written out (a
//! search, filters, a development past the limit).

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use crate::browse::facets::{scores, Filters};
use crate::components::context::Loaded;
use crate::data::model::Dataset;
use crate::link::query::{format, Scheme, ViewState};
use crate::text::i18n::Lang;
use crate::timeline::lanes::{listed, parents};

use super::render;

/// The most developments whose views are written out: the first lanes of the default view
/// ([`written_out_first`]). Each costs, for its card and each of its years, 8 files about as
/// large as the default view (16 KB for the bundled dataset, 64 KB for 1,000 developments), and
/// 20 links of the manifest, about 0.1 KB gzipped in every visit's `index.html`. Links to the
/// others show the default view of their language and layout until the app starts.
pub const MAX_WRITTEN_OUT: usize = 10;

/// The folder of the views, in `dist/`.
pub const VIEWS_DIR: &str = "views";

/// The colours a link may ask for in the Embed dialog.
const EMBED_COLOURS: [Option<Scheme>; 3] = [None, Some(Scheme::Dark), Some(Scheme::Auto)];

/// What a written-out view shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct View {
    /// The development whose card it shows (`None`: the default view).
    pub measure: Option<String>,
    /// The year whose card it shows.
    pub year: Option<i32>,
    /// The interface language.
    pub lang: Lang,
    /// Embedded, or on a page of its own.
    pub embed: bool,
}

impl View {
    /// The view the link `state` shows in `lang` (the link's own language, or the browser's).
    pub fn of(state: &ViewState, lang: Lang) -> View {
        View {
            measure: state.measure.clone(),
            year: state.year,
            lang: state.lang.unwrap_or(lang),
            embed: state.embed,
        }
    }

    /// The link the view is rendered for: its selection, its language named, its layout.
    pub fn link(&self) -> ViewState {
        ViewState {
            measure: self.measure.clone(),
            year: self.year,
            lang: Some(self.lang),
            embed: self.embed,
            ..ViewState::default()
        }
    }
}

/// The developments whose views are written out: the first [`MAX_WRITTEN_OUT`] lanes of the
/// default view, in its order (those a reader sees first; each of their views shows no more
/// lanes than the default view, where a development further down would show every lane above
/// its own).
pub fn written_out_first(loaded: &Loaded) -> Vec<usize> {
    let none = Filters::default();
    let scores = scores(&loaded.data, &loaded.index, &none);
    let mut first = listed(&loaded.data, &scores, &none, &parents(&loaded.data));
    first.truncate(MAX_WRITTEN_OUT);
    first
}

/// Every link the app hands out for `loaded` (see the module's documentation).
pub fn handed_out(loaded: &Loaded) -> Vec<ViewState> {
    let data: &Dataset = &loaded.data;
    let mut selections = vec![(None, None)];
    for m in written_out_first(loaded)
        .into_iter()
        .filter_map(|i| data.measures.get(i))
    {
        selections.push((Some(m.id.clone()), None));
        selections.extend(
            m.timeline
                .iter()
                .map(|e| (Some(m.id.clone()), Some(e.year))),
        );
    }
    let mut out = Vec::new();
    for (measure, year) in selections {
        for lang in std::iter::once(None).chain(Lang::ALL.map(Some)) {
            let page = ViewState {
                measure: measure.clone(),
                year,
                lang,
                ..ViewState::default()
            };
            out.push(page.clone());
            out.extend(EMBED_COLOURS.map(|scheme| ViewState {
                embed: true,
                scheme,
                ..page.clone()
            }));
        }
    }
    out
}

/// The views written out: each file's `<main>`, in order (`views/N.html` is the `N`-th), and the
/// manifest.
#[derive(Debug, Clone)]
pub struct Written {
    /// The HTML of each view file.
    pub files: Vec<String>,
    /// The manifest, JSON.
    pub manifest: String,
}

/// `html` with what lies between each `open` and the next `close` emptied.
fn emptied(html: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(open) {
        let start = at + open.len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(close).unwrap_or(rest.len());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `html` as a reader sees it before the app takes over: without where its links lead, nor the
/// link it writes out for print and in the (closed) embed codes. (Rendered at build time, those
/// can only be the link's query; the live app writes the page's own address there.)
pub fn as_read(html: &str) -> String {
    let html = emptied(html, " href=\"", "\"");
    let html = emptied(&html, "<p class=\"print-only\">", "</p>");
    emptied(&html, "<code>", "</code>")
}

/// Writes out the views of every link [`handed_out`] for `loaded`, where `page` is the HTML of
/// the page's own default view (see [`super::main_html`]). Every language must be installed
/// (see [`Lang::install`]).
pub fn write_out(loaded: &Loaded, page: &str) -> Result<Written, String> {
    if let Some(lang) = Lang::ALL.into_iter().find(|l| l.loaded().is_none()) {
        return Err(format!(
            "the interface strings of {} are not loaded (i18n/{}.json)",
            lang.name(),
            lang.code()
        ));
    }
    let page = as_read(page);
    let mut files: Vec<String> = Vec::new();
    let mut numbers: HashMap<View, i64> = HashMap::new();
    let mut number = |view: View| -> i64 {
        *numbers.entry(view).or_insert_with_key(|view| {
            let html = render(loaded, &view.link(), view.lang, false);
            if as_read(&html) == page {
                -1
            } else {
                files.push(html);
                files.len() as i64 - 1
            }
        })
    };
    let mut links = Map::new();
    for state in handed_out(loaded) {
        let langs = match state.lang {
            Some(lang) => vec![lang],
            None => Lang::ALL.to_vec(),
        };
        let views: Vec<i64> = langs
            .into_iter()
            .map(|lang| number(View::of(&state, lang)))
            .collect();
        // (None for the reader's own colours.)
        let colours = match state.scheme() {
            Scheme::Auto => "",
            chosen => chosen.code(),
        };
        let reveal = u8::from(state.measure.is_some() && !state.embed);
        links.insert(format(&state), json!([colours, reveal, views]));
    }
    let mut defaults = |embed: bool| -> Vec<i64> {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                number(View {
                    measure: None,
                    year: None,
                    lang,
                    embed,
                })
            })
            .collect()
    };
    let (page_defaults, embed_defaults) = (defaults(false), defaults(true));
    let manifest = json!({
        "langs": Lang::ALL.map(Lang::code),
        "links": Value::Object(links),
        "defaults": {"page": page_defaults, "embed": embed_defaults},
    });
    Ok(Written {
        files,
        manifest: manifest.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::{bundled, parse_strings};
    use crate::link::embed::{snippets, DEFAULT_HEIGHT};
    use crate::link::query::parse;
    use crate::link::selection::{link_to, Selection};

    /// Installs the bundled interface languages.
    fn install() {
        for (lang, text) in [
            (Lang::Fr, include_str!("../../public/i18n/fr.json")),
            (Lang::Nl, include_str!("../../public/i18n/nl.json")),
            (Lang::De, include_str!("../../public/i18n/de.json")),
        ] {
            lang.install(parse_strings(text).expect("a complete table"));
        }
    }

    /// Every link Copy link and the Embed dialog produce on the views a reader can reach by
    /// clicking (each development, each year, each language chosen or not), as the app makes
    /// them.
    fn produced(data: &Dataset) -> Vec<String> {
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
                // Copy link: the full view's link.
                out.push(format(&state.full_view()));
                // The Embed dialog's frame, with each choice of colours.
                for scheme in EMBED_COLOURS {
                    let chosen = ViewState {
                        scheme,
                        ..state.clone()
                    };
                    let frame =
                        snippets("https://x.example/t/", &chosen, "T", DEFAULT_HEIGHT).iframe;
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

    #[test]
    fn every_link_handed_out_has_its_view_which_is_what_the_components_render() {
        install();
        let loaded = super::super::loaded(bundled());
        let page = super::super::main_html(&loaded);
        let written = write_out(&loaded, &page).expect("written out");
        let manifest: Value = serde_json::from_str(&written.manifest).expect("JSON");
        let langs: Vec<&str> = manifest["langs"]
            .as_array()
            .expect("langs")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(langs, ["en", "fr", "nl", "de"]);
        let links = produced(&loaded.data);
        assert_eq!(links.len(), 17 * 5 * 4);
        for link in links {
            let entry = &manifest["links"][&link];
            let files = entry[2]
                .as_array()
                .unwrap_or_else(|| panic!("{link} is written out"));
            let state = parse(&link).state;
            assert_eq!(
                files.len(),
                if state.lang.is_some() { 1 } else { 4 },
                "{link}"
            );
            for (k, file) in files.iter().enumerate() {
                let lang = state.lang.unwrap_or(Lang::ALL[k]);
                let html = match file.as_i64().expect("a number") {
                    -1 => page.clone(),
                    n => written.files[n as usize].clone(),
                };
                // The reader sees what the components render for the link itself...
                let own = render(&loaded, &state, lang, false);
                assert_eq!(as_read(&html), as_read(&own), "{link} in {lang:?}");
                // ...and the file is that rendering for the view's link.
                if file.as_i64() != Some(-1) {
                    let view = View::of(&state, lang);
                    assert_eq!(html, render(&loaded, &view.link(), lang, false), "{link}");
                }
            }
            let reveal = state.measure.is_some() && !state.embed;
            assert_eq!(entry[1].as_u64(), Some(u64::from(reveal)), "{link}");
        }
    }

    #[test]
    fn views_are_in_their_language_and_layout_with_their_card() {
        install();
        let loaded = super::super::loaded(bundled());
        let page = super::super::main_html(&loaded);
        let written = write_out(&loaded, &page).expect("written out");
        let manifest: Value = serde_json::from_str(&written.manifest).expect("JSON");
        let file = |link: &str| -> &str {
            let n = manifest["links"][link][2][0].as_i64().expect("one file");
            &written.files[n as usize]
        };
        let fr = file("?measure=28020&year=2019&lang=fr");
        assert!(fr.contains(r#"data-lang="fr""#));
        assert!(fr.contains("Chronologie"), "French strings");
        assert!(fr.contains(
            r#"<h2 id="card-title" tabindex="-1"><span class="card-year-number">2019</span>"#
        ));
        let embed = file("?measure=28020&year=2019&lang=en&embed=1");
        assert!(embed.contains("masthead-embedded") && !embed.contains(r#"id="search""#));
        for marker in ["<!>", "<!--"] {
            assert!(
                !fr.contains(marker) && !page.contains(marker),
                "no placeholders"
            );
        }
        // The default view and the 28020 card, in English, are the page's own.
        for link in ["", "?lang=en", "?measure=28020", "?measure=28020&lang=en"] {
            assert_eq!(manifest["links"][link][2][0], json!(-1), "{link}");
        }
        assert_eq!(manifest["defaults"]["page"][0], json!(-1));
        assert_eq!(
            manifest["links"]["?measure=28020&embed=1"][0],
            json!("light")
        );
        assert_eq!(
            manifest["links"]["?measure=28020&embed=1&scheme=auto"][0],
            json!("")
        );
        // 16 cards and a default view, in four languages, embedded or not; less the page's own.
        assert_eq!(written.files.len(), 17 * 4 * 2 - 2);
    }

    #[test]
    fn large_datasets_write_out_the_developments_the_default_view_shows_first() {
        let mut data = bundled();
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
        let links = handed_out(&loaded);
        let named = |i: usize| {
            let id = &loaded.data.measures[i].id;
            links
                .iter()
                .any(|l| l.measure.as_deref() == Some(id.as_str()))
        };
        for i in 0..loaded.data.measures.len() {
            assert_eq!(named(i), first.contains(&i), "development {i}");
        }
        // The default view's first lanes, in its order.
        let page = crate::prerender::main_html(&loaded);
        let lane_of = |i: usize| {
            page.find(&format!("id=\"{}\"", crate::web::ids::lane_id(i)))
                .unwrap_or(usize::MAX)
        };
        let mut by_place: Vec<usize> = (0..loaded.data.measures.len()).collect();
        by_place.sort_by_key(|&i| lane_of(i));
        assert_eq!(first, by_place[..MAX_WRITTEN_OUT].to_vec());
    }

    #[test]
    fn only_the_links_are_emptied() {
        assert_eq!(
            as_read(r#"<a href="?x=1">A</a> <link href="y"> (href="z")"#),
            r#"<a href="">A</a> <link href=""> (href="z")"#
        );
        assert_eq!(
            as_read(r#"<p class="print-only">Link: ?a</p><p>Link: ?a</p><code>?a</code>"#),
            r#"<p class="print-only"></p><p>Link: ?a</p><code></code>"#
        );
    }
}
