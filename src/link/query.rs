//! The deep-link contract: what the query string says about the view, and back.
//!
//! This is a public contract that embedders and people sharing links rely on; keep it stable:
//!
//! | parameter | meaning |
//! | --- | --- |
//! | `measure=<id>` | open that measure's card: a Cedefop ID number (`28020`) or a slug |
//! | `year=<yyyy>` | with `measure` (or the default measure), open that year's card |
//! | `lang=<en\|fr\|nl\|de>` | the interface language (else the page's: English at the app's folder) |
//! | `embed=1` | embed mode: no page chrome, a link to the full view, height posted to the host |
//! | `scheme=<light\|dark\|auto>` | colours: embedded, light unless asked; else the reader's |
//! | `q=<text>` | search text (accents and case do not matter) |
//! | `country=`, `type=`, `theme=`, `target=`, `subsystem=`, `status=` | facet values (repeatable) |
//! | `from=<yyyy>&to=<yyyy>` | the year range of the overview |
//!
//! No parameter means the default view: the dataset's first measure. Parameters this app does
//! not know are kept, in order, so a host page's own parameters survive navigation.
//!
//! Parsing never fails and never panics: what cannot be used is dropped, and a year that is not a
//! four-digit year (or, once the dataset is known, not one of its years: [`Parsed::within`]) is
//! reported so the reader can be told it was ignored.

use crate::browse::facets::{Facet, Filters};
use crate::data::model::Years;
use crate::text::i18n::Lang;
use crate::text::vocab::Stage;
use crate::web::ids::SCHEME_CLASSES;

/// The parameters this app reads once (a repeated one counts the first time).
const KNOWN: [&str; 8] = [
    "measure", "year", "lang", "embed", "scheme", "q", "from", "to",
];

/// The values of `embed=` that ask for embed mode (trimmed).
pub const EMBED_ON: [&str; 2] = ["1", "true"];

/// The longest measure id read from a link; longer ones are cut (and will not be found).
const MAX_ID_CHARS: usize = 200;

/// The longest search text read from a link; the rest is dropped.
const MAX_SEARCH_CHARS: usize = 200;

/// The colours a link asks for. (Not `theme`: that parameter is the thematic-category facet.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Light, whatever the reader's setting (an embed's default: host pages are mostly white).
    Light,
    /// Dark.
    Dark,
    /// The reader's setting (`prefers-color-scheme`; the full page's default).
    Auto,
}

impl Scheme {
    /// Every scheme a link may ask for.
    pub const ALL: [Scheme; 3] = [Scheme::Light, Scheme::Dark, Scheme::Auto];

    /// The class of `<html>` that shows it (none: the reader's setting).
    pub fn class(self) -> Option<&'static str> {
        match self {
            Scheme::Light => Some(SCHEME_CLASSES[0]),
            Scheme::Dark => Some(SCHEME_CLASSES[1]),
            Scheme::Auto => None,
        }
    }

    /// The scheme of a link's value, if it is one.
    pub fn of(value: &str) -> Option<Scheme> {
        match value.trim() {
            "light" => Some(Scheme::Light),
            "dark" => Some(Scheme::Dark),
            "auto" => Some(Scheme::Auto),
            _ => None,
        }
    }

    /// The value in a link.
    pub fn code(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
            Scheme::Auto => "auto",
        }
    }
}

/// What a link asks to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The measure whose card is open; `None` for the default measure.
    pub measure: Option<String>,
    /// The year whose card is open, within the timeline's years.
    pub year: Option<i32>,
    /// The interface language the link asks for.
    pub lang: Option<Lang>,
    /// Embed mode (`embed=1`): shown inside another site's page.
    pub embed: bool,
    /// The colours asked for, if any (see [`ViewState::scheme`]).
    pub scheme: Option<Scheme>,
    /// Search text, facets and year range of the overview.
    pub filters: Filters,
    /// Parameters this app does not use, kept as they came.
    pub extra: Vec<(String, String)>,
}

/// A parameter whose value the app may not be able to use: it is then ignored, and the reader
/// told (see [`Parsed::ignored`]). In the order the reader is told of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Param {
    /// `year`: not a year of the timeline.
    Year,
    /// `lang`: a language the interface does not speak.
    Lang,
    /// `from`: not a year of the timeline.
    From,
    /// `to`: not a year of the timeline.
    To,
    /// `scheme`: not light, dark or auto.
    Scheme,
}

/// The result of reading a query string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The view it asks for.
    pub state: ViewState,
    /// The values it gave that were ignored (as given, trimmed, at most 20 characters), one per
    /// parameter, in [`Param`]'s order.
    pub ignored: Vec<(Param, String)>,
}

impl Parsed {
    /// This reading with the years a timeline of `years` does not have (`year`, `from`, `to`)
    /// moved to what was ignored, so that the reader is told.
    pub fn within(mut self, years: Years) -> Parsed {
        let state = &mut self.state;
        let mut outside = Vec::new();
        for (param, year) in [
            (Param::Year, &mut state.year),
            (Param::From, &mut state.filters.from),
            (Param::To, &mut state.filters.to),
        ] {
            if let Some(y) = year.take_if(|y| !years.contains(*y)) {
                outside.push((param, y));
            }
        }
        for (param, year) in outside {
            self.ignore(param, Some(year.to_string()));
        }
        self
    }

    /// Notes `raw` (if any) as the ignored value of `param`, in place of any before.
    pub fn ignore(&mut self, param: Param, raw: Option<String>) {
        self.forget(param);
        if let Some(raw) = raw {
            let at = self.ignored.partition_point(|(p, _)| *p < param);
            self.ignored.insert(at, (param, raw));
        }
    }

    /// Forgets that `param`'s value was ignored (another part of the link set it).
    pub fn forget(&mut self, param: Param) {
        self.ignored.retain(|(p, _)| *p != param);
    }

    /// The value of `param` that was ignored, if any.
    pub fn ignored(&self, param: Param) -> Option<&str> {
        self.ignored
            .iter()
            .find(|(p, _)| *p == param)
            .map(|(_, raw)| raw.as_str())
    }
}

impl ViewState {
    /// The default view with `measure` open.
    pub fn measure(id: &str) -> Self {
        ViewState {
            measure: Some(id.to_owned()),
            ..ViewState::default()
        }
    }

    /// The colours to show: the link's, else light in embed mode, else the reader's.
    pub fn scheme(&self) -> Scheme {
        self.scheme.unwrap_or(if self.embed {
            Scheme::Light
        } else {
            Scheme::Auto
        })
    }

    /// Whether the link names the card it opens (a development, or one of its years): the page
    /// then shows that card first, above the timeline, so that the first screen of the link,
    /// written out or live, on a phone too, is the view it names. The default view (no
    /// development named) leads with the timeline.
    pub fn card_first(&self) -> bool {
        self.measure.is_some()
    }

    /// The same view outside embed mode: the link to the full page. Colours an embed was given
    /// (the editor's choice for their page) stay behind: the full page follows the reader's
    /// device, as every full page does unless its own link asks otherwise.
    pub fn full_view(&self) -> Self {
        ViewState {
            embed: false,
            scheme: if self.embed { None } else { self.scheme },
            ..self.clone()
        }
    }

    /// The same view, with `measure` and its `year` open; other parameters kept.
    pub fn with_selection(&self, measure: &str, year: Option<i32>) -> Self {
        ViewState {
            measure: Some(measure.to_owned()),
            year,
            ..self.clone()
        }
    }
}

/// Reads a query string (with or without its leading `?`).
pub fn parse(query: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut seen: Vec<&str> = Vec::new();
    for pair in query.strip_prefix('?').unwrap_or(query).split('&') {
        if pair.is_empty() {
            continue;
        }
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        let first = KNOWN
            .iter()
            .find(|k| **k == key)
            .is_some_and(|k| !seen.contains(k));
        if let Some(k) = KNOWN.iter().find(|k| **k == key) {
            seen.push(k);
        }
        match key.as_str() {
            "measure" if first => {
                let id: String = value.trim().chars().take(MAX_ID_CHARS).collect();
                let id = id.trim_end();
                if !id.is_empty() {
                    parsed.state.measure = Some(id.to_owned());
                }
            }
            "year" if first => {
                parsed.state.year = parse_year(value.trim());
                parsed.ignore(Param::Year, ignored(&value, parsed.state.year));
            }
            "lang" if first => {
                // A language the interface does not speak falls back to English, with a note.
                parsed.state.lang = Lang::from_code(&value);
                parsed.ignore(Param::Lang, ignored(&value, parsed.state.lang));
            }
            "scheme" if first => {
                parsed.state.scheme = Scheme::of(&value);
                parsed.ignore(Param::Scheme, ignored(&value, parsed.state.scheme));
            }
            "embed" if first => parsed.state.embed = EMBED_ON.contains(&value.trim()),
            "q" if first => {
                parsed.state.filters.query = value.chars().take(MAX_SEARCH_CHARS).collect()
            }
            "from" if first => {
                parsed.state.filters.from = parse_year(value.trim());
                parsed.ignore(Param::From, ignored(&value, parsed.state.filters.from));
            }
            "to" if first => {
                parsed.state.filters.to = parse_year(value.trim());
                parsed.ignore(Param::To, ignored(&value, parsed.state.filters.to));
            }
            k if KNOWN.contains(&k) => {} // a repeated parameter: the first one counts
            k => match Facet::of_param(k) {
                Some(facet) => {
                    let mut value = value.trim().to_owned();
                    // A stage by one name, however the link spells it.
                    if let Some(stage) = Stage::of(&value).filter(|_| facet == Facet::Status) {
                        value = stage.code().to_owned();
                    }
                    if !value.is_empty() && !parsed.state.filters.is_chosen(facet, &value) {
                        parsed.state.filters.chosen.push((facet, value));
                    }
                }
                None => parsed.state.extra.push((key, value)),
            },
        }
    }
    parsed
}

/// Writes the query string for `state`: empty for the default view, else `?measure=...`.
pub fn format(state: &ViewState) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(measure) = &state.measure {
        pairs.push(("measure", encode(measure)));
    }
    if let Some(year) = state.year {
        pairs.push(("year", year.to_string()));
    }
    let filters = &state.filters;
    if !filters.query.is_empty() {
        pairs.push(("q", encode(&filters.query)));
    }
    for facet in Facet::ALL {
        for (_, value) in filters.chosen.iter().filter(|(f, _)| *f == facet) {
            pairs.push((facet.param(), encode(value)));
        }
    }
    if let Some(from) = filters.from {
        pairs.push(("from", from.to_string()));
    }
    if let Some(to) = filters.to {
        pairs.push(("to", to.to_string()));
    }
    if let Some(lang) = state.lang {
        pairs.push(("lang", lang.code().to_owned()));
    }
    if state.embed {
        pairs.push(("embed", "1".to_owned()));
    }
    if let Some(scheme) = state.scheme {
        pairs.push(("scheme", scheme.code().to_owned()));
    }
    let mut out = String::new();
    let extra = state.extra.iter().map(|(k, v)| (encode(k), encode(v)));
    for (key, value) in pairs
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .chain(extra)
    {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(&key);
        out.push('=');
        out.push_str(&value);
    }
    out
}

/// The value `raw`, as the reader can be told it was ignored (trimmed, at most 20 characters),
/// where it was given but not `read`.
fn ignored<T>(raw: &str, read: Option<T>) -> Option<String> {
    let raw = raw.trim();
    (read.is_none() && !raw.is_empty()).then(|| raw.chars().take(20).collect())
}

/// A four-digit year (1000 to 9999), or `None`. Whether the timeline has it is for
/// [`Parsed::within`] to say, once the dataset's years are known.
pub fn parse_year(raw: &str) -> Option<i32> {
    if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) || raw.starts_with('0') {
        return None;
    }
    raw.parse().ok()
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte; a `%` not
/// followed by two hex digits stays as it is; invalid UTF-8 becomes U+FFFD.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let digit = |at: usize| bytes.get(at).copied().and_then(hex);
                match (digit(i + 1), digit(i + 2)) {
                    (Some(high), Some(low)) => {
                        out.push(high * 16 + low);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Encodes text for a query string: unreserved characters stay, a space is `+`, the rest `%XX`.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::DEFAULT_YEARS;

    #[test]
    fn a_link_that_names_a_card_shows_it_first() {
        assert!(!parse("").state.card_first(), "the default view");
        assert!(!parse("lang=fr&q=guidance").state.card_first());
        assert!(parse("measure=28020").state.card_first());
        assert!(parse("measure=28020&year=2019&embed=1").state.card_first());
        assert!(
            parse("measure=1234").state.card_first(),
            "a card that says not found"
        );
    }

    fn state(q: &str) -> ViewState {
        parse(q).state
    }

    #[test]
    fn no_parameter_is_the_default_view() {
        assert_eq!(parse(""), Parsed::default());
        assert_eq!(parse("?"), Parsed::default());
        assert_eq!(format(&ViewState::default()), "");
    }

    #[test]
    fn measure_and_year() {
        let s = state("?measure=28020&year=2019");
        assert_eq!(s.measure.as_deref(), Some("28020"));
        assert_eq!(s.year, Some(2019));
        assert_eq!(format(&s), "?measure=28020&year=2019");
        assert_eq!(
            state("measure=be-fr-vocational-education-pathway-peq")
                .measure
                .as_deref(),
            Some("be-fr-vocational-education-pathway-peq")
        );
    }

    #[test]
    fn parameters_are_written_in_a_stable_order() {
        let s = state("?year=2023&measure=28020");
        assert_eq!(format(&s), "?measure=28020&year=2023");
    }

    #[test]
    fn ignored_values_are_told_once_each_in_one_order_whatever_the_links_order() {
        let mut p = parse("?scheme=pink&lang=xx&year=abc&year=20x9&from=30x");
        assert_eq!(
            p.ignored,
            [
                (Param::Year, "abc".to_owned()),
                (Param::Lang, "xx".to_owned()),
                (Param::From, "30x".to_owned()),
                (Param::Scheme, "pink".to_owned()),
            ]
        );
        p.forget(Param::Lang);
        assert_eq!(p.ignored(Param::Lang), None);
        assert_eq!(p.ignored(Param::Scheme), Some("pink"));
    }

    #[test]
    fn years_that_are_not_timeline_years_are_ignored_and_reported() {
        for bad in [
            "abc",
            "2031",
            "2014",
            "19",
            "02019",
            "2019.0",
            "-2019",
            "２０１９",
        ] {
            let p = parse(&format!("?measure=28020&year={bad}")).within(DEFAULT_YEARS);
            assert_eq!(p.state.year, None, "{bad}");
            assert!(p.ignored(Param::Year).is_some(), "{bad}");
        }
        let p = parse("?year=");
        assert_eq!((p.state.year, p.ignored(Param::Year)), (None, None));
    }

    #[test]
    fn the_first_of_repeated_parameters_counts() {
        let s = state("?measure=28020&measure=other&year=2019&year=2020");
        assert_eq!(s.measure.as_deref(), Some("28020"));
        assert_eq!(s.year, Some(2019));
        assert!(s.extra.is_empty());
        // Each parameter read once, however the second one reads.
        assert_eq!(state("?lang=fr&lang=de").lang, Some(Lang::Fr));
        assert_eq!(
            state("?scheme=dark&scheme=light").scheme,
            Some(Scheme::Dark)
        );
        assert!(state("?embed=1&embed=0").embed);
        assert!(!state("?embed=0&embed=1").embed);
        assert_eq!(state("?q=pact&q=guidance").filters.query, "pact");
        assert_eq!(state("?from=2019&from=2016").filters.from, Some(2019));
        assert_eq!(state("?to=2020&to=2024").filters.to, Some(2020));
        // A second value that does not read does not unset the first, nor report anything.
        let p = parse("?lang=fr&lang=xx&year=2019&year=abc&scheme=dark&scheme=x&from=2019&from=y&to=2020&to=z");
        assert_eq!(p.state.lang, Some(Lang::Fr));
        assert_eq!(p.state.year, Some(2019));
        assert_eq!(p.state.filters.from, Some(2019));
        assert_eq!(p.state.filters.to, Some(2020));
        assert!(p.ignored.is_empty(), "{p:?}");
    }

    #[test]
    fn unknown_parameters_are_kept() {
        let s = state("?utm_source=ministry&measure=28020&x");
        assert_eq!(
            s.extra,
            [
                ("utm_source".to_owned(), "ministry".to_owned()),
                ("x".to_owned(), String::new())
            ]
        );
        assert_eq!(format(&s), "?measure=28020&utm_source=ministry&x=");
    }

    #[test]
    fn values_are_decoded_and_encoded() {
        let s = state("?measure=caf%C3%A9+bar%2&z=%ZZ");
        assert_eq!(s.measure.as_deref(), Some("café bar%2"));
        assert_eq!(s.extra, [("z".to_owned(), "%ZZ".to_owned())]);
        assert_eq!(
            format(&ViewState::measure("a&b=c d/é")),
            "?measure=a%26b%3Dc+d%2F%C3%A9"
        );
        assert_eq!(state("?measure=%FF").measure.as_deref(), Some("\u{FFFD}"));
    }

    #[test]
    fn blank_and_huge_ids() {
        assert_eq!(state("?measure=+").measure, None);
        let huge = "a".repeat(10_000);
        let s = state(&format!("?measure={huge}"));
        assert_eq!(s.measure.map(|m| m.len()), Some(MAX_ID_CHARS));
        let s = state(&format!("?q={huge}"));
        assert_eq!(s.filters.query.len(), MAX_SEARCH_CHARS);
    }

    #[test]
    fn language() {
        assert_eq!(state("?lang=fr").lang, Some(Lang::Fr));
        assert_eq!(state("?lang=nl-BE").lang, Some(Lang::Nl));
        assert_eq!(state("?lang=xx").lang, None);
        assert_eq!(
            format(&state("?lang=de&year=2019&measure=28020")),
            "?measure=28020&year=2019&lang=de"
        );
    }

    #[test]
    fn filters() {
        let s = state("?to=2025&theme=Lifelong+guidance&q=cit%C3%A9&measure=28020&from=2019&theme=IVET&theme=Lifelong+guidance&status=&country=BELGIUM-FR");
        assert_eq!(s.filters.query, "cité");
        assert_eq!(
            s.filters.chosen,
            [
                (Facet::Theme, "Lifelong guidance".to_owned()),
                (Facet::Theme, "IVET".to_owned()),
                (Facet::Country, "BELGIUM-FR".to_owned())
            ]
        );
        assert_eq!((s.filters.from, s.filters.to), (Some(2019), Some(2025)));
        assert_eq!(
            format(&s),
            "?measure=28020&q=cit%C3%A9&country=BELGIUM-FR&theme=Lifelong+guidance&theme=IVET&from=2019&to=2025"
        );
        assert_eq!(
            parse("?from=1999&to=x").within(DEFAULT_YEARS).state.filters,
            Filters::default()
        );
        // Any four-digit year is read; the dataset's years decide.
        let wide = Years {
            from: 1990,
            to: 2030,
        };
        assert_eq!(
            parse("?from=1999&to=2030")
                .within(wide)
                .state
                .filters
                .years(wide),
            Years {
                from: 1999,
                to: 2030
            }
        );
        assert_eq!(parse("?year=0999").ignored(Param::Year), Some("0999"));
    }

    #[test]
    fn embed_mode() {
        let s = state("?measure=28020&embed=1&year=2019");
        assert!(s.embed);
        assert_eq!(format(&s), "?measure=28020&year=2019&embed=1");
        assert_eq!(format(&s.full_view()), "?measure=28020&year=2019");
        // An embed's colours are its host page's, not the full page's.
        let dark = state("?measure=28020&embed=1&scheme=dark");
        assert_eq!(format(&dark.full_view()), "?measure=28020");
        // A full page's own colours, asked for in its link, are its own.
        let own = state("?measure=28020&scheme=dark");
        assert_eq!(format(&own.full_view()), "?measure=28020&scheme=dark");
        assert!(!state("?embed=0").embed);
        assert!(!state("?embed=yes").embed);
        assert_eq!(format(&state("?embed=0")), "");
    }

    #[test]
    fn selection_keeps_other_parameters() {
        let s = state("?measure=28020&year=2019&lang=fr&utm=x");
        let next = s.with_selection("be-fr-x", None);
        assert_eq!(format(&next), "?measure=be-fr-x&lang=fr&utm=x");
    }
}
