//! Where each view lives: a page of its own, at a path under the app's folder, written out at
//! build time (`make dist`), with the search, filters and colours in the query string on top.
//!
//! | path (under the app's folder) | view |
//! | --- | --- |
//! | (the folder itself) | the default view, in English |
//! | `fr/` | the default view, in French (`en/`, `nl/`, `de/`) |
//! | `fr/28020/` | the card of measure 28020 |
//! | `fr/28020/2019/` | its 2019 card |
//! | `embed/fr/28020/2019/` | the same, embedded in another site's page |
//!
//! Only the developments whose pages were written out ([`Pages`]) are named in the path; a link
//! to another is its language's default page with the development in the query
//! (`fr/?measure=some-id&year=2019`), so that no link handed out leads to a missing page. The
//! query-string contract ([`super::query`]) still holds on top of every path: a link of the query
//! form alone, at the folder itself, opens the same view.

use crate::text::i18n::Lang;

use super::query::{self, Parsed, ViewState};

/// The first folder of an embedded view's path.
pub const EMBED_SEGMENT: &str = "embed";

/// The fragment that links to a card carried before a card the link names came first on its
/// page (`fr/28020/2019/#card-host`): such links still open as the same page without it (the
/// navigator drops it from the address).
pub const CARD_FRAGMENT: &str = "#card-host";

/// The developments whose pages were written out, each with the years that have a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pages {
    /// By id, sorted.
    written: Vec<(String, Vec<i32>)>,
}

impl Pages {
    /// The pages of `written`: each development's id, with its years. An id that cannot be a
    /// folder's name ([`path_safe`]) has no page.
    pub fn new(written: impl IntoIterator<Item = (String, Vec<i32>)>) -> Pages {
        let mut written: Vec<(String, Vec<i32>)> = written
            .into_iter()
            .filter(|(id, _)| path_safe(id))
            .collect();
        written.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        written.dedup_by(|a, b| a.0 == b.0);
        Pages { written }
    }

    /// Whether the card of `id` (or of its `year`) has a page of its own.
    pub fn has(&self, id: &str, year: Option<i32>) -> bool {
        self.written
            .binary_search_by(|(w, _)| w.as_str().cmp(id))
            .ok()
            .and_then(|at| self.written.get(at))
            .is_some_and(|(_, years)| year.is_none_or(|y| years.contains(&y)))
    }

    /// Every development with a page, and its years.
    pub fn iter(&self) -> impl Iterator<Item = &(String, Vec<i32>)> {
        self.written.iter()
    }

    /// The pages as one line of text, for a page to carry them to the live app
    /// (`28020:2015,2016 other-id:2019`).
    pub fn encode(&self) -> String {
        let one = |(id, years): &(String, Vec<i32>)| {
            let years: Vec<String> = years.iter().map(i32::to_string).collect();
            format!("{id}:{}", years.join(","))
        };
        self.written.iter().map(one).collect::<Vec<_>>().join(" ")
    }

    /// The pages [`Pages::encode`] wrote (what does not read is left out).
    pub fn decode(text: &str) -> Pages {
        Pages::new(text.split_whitespace().filter_map(|entry| {
            let (id, years) = entry.split_once(':')?;
            let years = years.split(',').filter_map(query::parse_year).collect();
            Some((id.to_owned(), years))
        }))
    }
}

/// Whether `id` can name a folder in every static host: letters, digits, `-`, `_` and `.`, and
/// not `.` or `..`.
pub fn path_safe(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// A view as a path names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathView {
    /// Embedded.
    pub embed: bool,
    /// Its language.
    pub lang: Lang,
    /// The development whose card it shows, with the year whose card it shows.
    pub card: Option<(String, Option<i32>)>,
}

impl PathView {
    /// `parsed` (a query's link) on this view's page: in its language and layout, and showing
    /// its card where it names one (see [`read`]).
    pub fn over(self, mut parsed: Parsed) -> Parsed {
        let state = &mut parsed.state;
        state.embed = self.embed;
        state.lang = Some(self.lang);
        if let Some((id, year)) = self.card {
            state.measure = Some(id);
            state.year = year;
            parsed.forget(query::Param::Year);
        }
        parsed
    }
}

/// The folder of the pages in `lang`, embedded or not (`fr/`, `embed/fr/`), relative to the app's
/// folder: a language's default page, and the folder of its cards' pages.
pub fn lang_folder(embed: bool, lang: Lang) -> String {
    if embed {
        format!("{EMBED_SEGMENT}/{}/", lang.code())
    } else {
        format!("{}/", lang.code())
    }
}

/// The path of the page showing `view`, relative to the app's folder (empty for the folder
/// itself, the English default view), ending with `/`.
pub fn page_path(view: &PathView) -> String {
    if !view.embed && view.lang == Lang::En && view.card.is_none() {
        return String::new();
    }
    let mut out = lang_folder(view.embed, view.lang);
    if let Some((id, year)) = &view.card {
        out.push_str(id);
        out.push('/');
        if let Some(year) = year {
            out.push_str(&year.to_string());
            out.push('/');
        }
    }
    out
}

/// The view a path names (relative to the app's folder, as [`page_path`] writes it; a trailing
/// `index.html` is the folder's own page), or `None` for the folder itself and any other path.
pub fn read_path(path: &str) -> Option<PathView> {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let mut segments: Vec<&str> = path.split('/').collect();
    if segments.last() == Some(&"") {
        segments.pop();
    }
    let embed = segments.first() == Some(&EMBED_SEGMENT);
    let rest = if embed { &segments[1..] } else { &segments[..] };
    let (lang, card) = rest.split_first()?;
    let lang = Lang::ALL.into_iter().find(|l| l.code() == *lang)?;
    let card = match card {
        [] => None,
        [id] if path_safe(id) => Some(((*id).to_owned(), None)),
        [id, year] if path_safe(id) => Some(((*id).to_owned(), Some(query::parse_year(year)?))),
        _ => return None,
    };
    Some(PathView { embed, lang, card })
}

/// How many folders below the app's folder the page at `path` is (what its links climb back).
pub fn level(path: &str) -> usize {
    path.matches('/').count()
}

/// The link at `path` with `query`: the path's view, with the query's search, filters and
/// colours; where the path names nothing (the folder itself, or a language's default page), the
/// query's development and year too. The path's language and layout count over the query's.
pub fn read(path: &str, query: &str) -> Parsed {
    let parsed = query::parse(query);
    match read_path(path) {
        Some(view) => view.over(parsed),
        None => parsed,
    }
}

/// The address of `state`'s page, relative to the app's folder, in `lang` (the link's
/// language): its path where it was written out (see [`Pages`]), else its language's default
/// page with the development in the query; then the rest of the query. (No fragment: a page
/// that names a card shows it first.)
pub fn href(state: &ViewState, lang: Lang, pages: &Pages) -> String {
    let card = state
        .measure
        .as_ref()
        .filter(|id| pages.has(id, state.year))
        .map(|id| (id.clone(), state.year));
    let in_path = card.is_some();
    let view = PathView {
        embed: state.embed,
        lang,
        card,
    };
    let rest = ViewState {
        measure: if in_path { None } else { state.measure.clone() },
        year: if in_path { None } else { state.year },
        lang: None,
        embed: false,
        ..state.clone()
    };
    format!("{}{}", page_path(&view), query::format(&rest))
}

/// `href`, from a page `level` folders below the app's folder (see [`level`]): what an `<a>`
/// of that page writes.
pub fn from_level(level: usize, href: &str) -> String {
    let out = format!("{}{href}", "../".repeat(level));
    if out.is_empty() {
        "./".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::query::{parse, Scheme};

    fn pages() -> Pages {
        Pages::new([
            ("28020".to_owned(), vec![2015, 2019]),
            ("be-fr-peq".to_owned(), vec![2017]),
        ])
    }

    fn link(query: &str) -> String {
        let state = parse(query).state;
        href(&state, state.lang.unwrap_or(Lang::En), &pages())
    }

    #[test]
    fn each_written_out_view_is_a_path() {
        assert_eq!(link(""), "");
        assert_eq!(link("?lang=fr"), "fr/");
        assert_eq!(link("?measure=28020"), "en/28020/");
        assert_eq!(link("?measure=28020&year=2019&lang=fr"), "fr/28020/2019/");
        assert_eq!(
            link("?measure=28020&year=2019&lang=fr&embed=1"),
            "embed/fr/28020/2019/"
        );
        assert_eq!(link("?embed=1"), "embed/en/");
        assert_eq!(link("?measure=be-fr-peq&lang=de"), "de/be-fr-peq/");
    }

    #[test]
    fn search_filters_colours_and_unknown_parameters_stay_in_the_query() {
        assert_eq!(
            link("?measure=28020&year=2019&q=cit%C3%A9&theme=A&from=2019&lang=nl&embed=1&scheme=dark&utm=x"),
            "embed/nl/28020/2019/?q=cit%C3%A9&theme=A&from=2019&scheme=dark&utm=x"
        );
        assert_eq!(link("?q=guidance"), "?q=guidance");
    }

    #[test]
    fn a_view_not_written_out_is_its_languages_default_page_with_a_query() {
        // A development past the build's limit, a year without a page, an id no folder can have
        // (in English, the app's folder itself).
        assert_eq!(
            link("?measure=other&year=2019&lang=fr"),
            "fr/?measure=other&year=2019"
        );
        assert_eq!(link("?measure=28020&year=2016"), "?measure=28020&year=2016");
        assert_eq!(link("?measure=a%2Fb"), "?measure=a%2Fb");
        assert_eq!(link("?measure=other&embed=1"), "embed/en/?measure=other");
        assert_eq!(link("?year=2019"), "?year=2019");
    }

    #[test]
    fn a_path_reads_back_as_the_view_it_names() {
        for query in [
            "",
            "?lang=fr",
            "?measure=28020&lang=en",
            "?measure=28020&year=2019&lang=de",
            "?measure=28020&year=2019&lang=fr&embed=1",
            "?lang=nl&embed=1",
            "?measure=be-fr-peq&q=x&theme=A&lang=fr&scheme=dark",
            "?measure=other&year=2016&lang=fr",
        ] {
            let state = parse(query).state;
            let lang = state.lang.unwrap_or(Lang::En);
            let address = href(&state, lang, &pages());
            let (path, query) = address.split_at(address.find('?').unwrap_or(address.len()));
            let back = read(path, query).state;
            assert_eq!(
                back,
                ViewState {
                    lang: (query_lang(&state) || !path.is_empty()).then_some(lang),
                    ..state
                },
                "{address}"
            );
        }
    }

    /// Whether the link names its language.
    fn query_lang(state: &ViewState) -> bool {
        state.lang.is_some()
    }

    #[test]
    fn the_path_counts_over_the_query_and_the_query_fills_what_the_path_leaves() {
        let read_state = |path: &str, query: &str| read(path, query).state;
        let s = read_state("fr/28020/2019/", "?lang=de&measure=x&year=2016&embed=1");
        assert_eq!(
            (s.lang, s.measure.as_deref(), s.year, s.embed),
            (Some(Lang::Fr), Some("28020"), Some(2019), false)
        );
        let s = read_state(
            "embed/fr/",
            "?measure=28020&year=2019&lang=fr&embed=1&scheme=dark",
        );
        assert_eq!(
            (s.lang, s.measure.as_deref(), s.year, s.embed, s.scheme),
            (
                Some(Lang::Fr),
                Some("28020"),
                Some(2019),
                true,
                Some(Scheme::Dark)
            )
        );
        // The folder itself, or a path that is no view: the query alone.
        assert_eq!(
            read_state("", "?measure=28020&lang=nl"),
            parse("?measure=28020&lang=nl").state
        );
        assert_eq!(
            read_state("index.html", "?lang=fr"),
            parse("?lang=fr").state
        );
        assert_eq!(read_state("es/28020/", ""), ViewState::default());
        assert_eq!(read_state("fr/28020/19/", ""), ViewState::default());
        assert_eq!(read_state("fr/a/b/c/", ""), ViewState::default());
        // A folder no id of a page can name (an address the app never hands out).
        assert_eq!(read_state("fr/a%20b/", ""), ViewState::default());
        assert_eq!(read_state("fr/.hidden/2019/", ""), ViewState::default());
        assert_eq!(
            read_state("fr/28020/index.html", "").measure.as_deref(),
            Some("28020")
        );
        // A `lang` the interface does not speak is still reported; a year the path names is not.
        assert_eq!(
            read("fr/", "?lang=xx").ignored(query::Param::Lang),
            Some("xx")
        );
        assert!(read("fr/28020/2019/", "?year=abc").ignored.is_empty());
    }

    #[test]
    fn links_climb_back_to_the_folder() {
        assert_eq!(level(""), 0);
        assert_eq!(level("fr/28020/2019/"), 3);
        assert_eq!(from_level(3, "fr/28020/2020/"), "../../../fr/28020/2020/");
        assert_eq!(from_level(1, ""), "../");
        assert_eq!(from_level(0, ""), "./");
        assert_eq!(from_level(0, "?q=x"), "?q=x");
    }

    #[test]
    fn pages_travel_as_one_line() {
        let p = pages();
        assert_eq!(p.encode(), "28020:2015,2019 be-fr-peq:2017");
        assert_eq!(Pages::decode(&p.encode()), p);
        assert_eq!(
            Pages::decode("a:2019,x b:  c::"),
            Pages::new([
                ("a".into(), vec![2019]),
                ("b".into(), vec![]),
                ("c".into(), vec![])
            ])
        );
        assert!(p.has("28020", None) && p.has("28020", Some(2019)) && !p.has("28020", Some(2016)));
        assert!(!p.has("2802", None) && !p.has("be-fr-peq", Some(2019)));
        assert_eq!(Pages::new([("../x".to_owned(), vec![])]), Pages::default());
        assert!(
            path_safe("be-fr-x_1.2") && !path_safe("..") && !path_safe("a b") && !path_safe("")
        );
    }
}
