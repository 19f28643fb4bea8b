//! Checks that a parsed dataset makes sense, reporting each problem with the path of the field
//! at fault, e.g. `measures[0].timeline[3].year: 2031 is outside 2015–2025`.

use std::fmt;

use crate::data::markup;
use crate::data::model::{Block, Dataset, ListItem, Measure, Years, FORMAT, VERSION};
use crate::text::plain::{find_str, is_web_address};

use super::sorted::Keyed;

/// A path into the dataset (`measures[0].timeline[3].year`), written only when an error needs
/// it: building it costs nothing on a valid dataset.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    /// The whole dataset.
    Root,
    /// A member of an object.
    Key(&'a Path<'a>, &'static str),
    /// An item of a list.
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

impl<'a> Path<'a> {
    /// The member `key` of this.
    pub fn key(&'a self, key: &'static str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// The item `i` of this.
    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }
}

/// One problem found in a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where: a path such as `measures[0].timeline[3].year`.
    pub path: String,
    /// What is wrong, in words a dataset editor can act on.
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in `dataset`; empty when it is valid.
pub fn validate(dataset: &Dataset) -> Vec<Issue> {
    let mut v = Validator {
        issues: Vec::new(),
        ids: Keyed::ids(dataset),
        years: dataset.years,
    };
    let root = Path::Root;
    if dataset.format != FORMAT {
        v.push(
            &root.key("format"),
            cat(&[
                &quoted(&dataset.format),
                " is not ",
                &quoted(FORMAT),
                ": this file is not a VET policy timeline dataset",
            ]),
        );
    }
    if dataset.version != VERSION {
        v.push(
            &root.key("version"),
            cat(&[
                &dataset.version.to_string(),
                " is not supported: this app reads version ",
                &VERSION.to_string(),
            ]),
        );
    }
    v.years(&root.key("years"), dataset.years);
    let measures = root.key("measures");
    for (i, m) in dataset.measures.iter().enumerate() {
        let at = measures.index(i);
        // (The first measure of an id comes before every other: found in log time.)
        if let Some(first) = v.ids.first(&m.id).filter(|first| *first < i) {
            v.push(
                &at.key("id"),
                cat(&[
                    &quoted(&m.id),
                    " is already used by measures[",
                    &first.to_string(),
                    "]",
                ]),
            );
        }
        v.measure(&at, m);
    }
    v.issues
}

/// The most years an axis may show (a century: more would not be readable as one timeline).
pub const MOST_YEARS: usize = 100;

/// A span of years as the messages write it: `2015–2025`.
fn span(years: Years) -> String {
    cat(&[&years.from.to_string(), "–", &years.to.to_string()])
}

/// The parts, joined.
fn cat(parts: &[&str]) -> String {
    parts.concat()
}

struct Validator<'d> {
    issues: Vec<Issue>,
    /// The dataset's measures by id.
    ids: Keyed<'d>,
    /// The years of its axis.
    years: Years,
}

impl Validator<'_> {
    fn push(&mut self, path: &Path, message: String) {
        self.issues.push(Issue {
            path: path.to_string(),
            message,
        });
    }

    fn not_blank(&mut self, path: &Path, value: &str) {
        if value.trim().is_empty() {
            self.push(path, "is empty".into());
        }
    }

    fn measure(&mut self, at: &Path, m: &Measure) {
        self.id(at, m);
        self.not_blank(&at.key("title"), &m.title);
        self.not_blank(&at.key("country"), &m.country);
        self.timeline(at, m);
        for (name, blocks) in m.text_sections() {
            let section = at.key(name);
            for (j, block) in blocks.iter().enumerate() {
                self.block(&section.index(j), block);
            }
        }
        let related = at.key("related");
        for (k, id) in m.related.iter().enumerate() {
            if *id == m.id {
                self.push(
                    &related.index(k),
                    cat(&[&quoted(id), " is the measure itself"]),
                );
            } else if self.ids.first(id).is_none() {
                self.push(&related.index(k), unknown_measure(id));
            }
        }
        let reading = at.key("further_reading");
        for (k, r) in m.further_reading.iter().enumerate() {
            let item = reading.index(k);
            self.not_blank(&item.key("title"), &r.title);
            if let Some(url) = &r.url {
                self.url(&item.key("url"), url);
            }
        }
        if let Some(citation) = &m.citation {
            let at = at.key("citation");
            self.text(&at.key("text"), &citation.text);
            if let Some(url) = &citation.url {
                self.url(&at.key("url"), url);
            }
        }
    }

    fn id(&mut self, at: &Path, m: &Measure) {
        let path = at.key("id");
        match m.cedefop_id {
            Some(number) if m.id != number.to_string() => self.push(
                &path,
                cat(&[
                    &quoted(&m.id),
                    " must be the Cedefop ID number in digits, “",
                    &number.to_string(),
                    "”",
                ]),
            ),
            Some(_) => {}
            None if m.id.is_empty() => self.push(&path, "is empty".into()),
            None if !is_slug(&m.id) => self.push(
                &path,
                cat(&[
                    &quoted(&m.id),
                    " is not a valid slug: use lowercase letters, digits and single hyphens \
                     (not digits only, which are kept for Cedefop ID numbers)",
                ]),
            ),
            None => {}
        }
    }

    /// The axis's years: four-digit years, in order, at most [`MOST_YEARS`] of them.
    fn years(&mut self, at: &Path, years: Years) {
        for (key, year) in [("from", years.from), ("to", years.to)] {
            if !(1000..=9999).contains(&year) {
                self.push(
                    &at.key(key),
                    cat(&[&year.to_string(), " is not a four-digit year"]),
                );
            }
        }
        if years.from > years.to {
            self.push(
                at,
                cat(&[
                    "\"from\" (",
                    &years.from.to_string(),
                    ") comes after \"to\" (",
                    &years.to.to_string(),
                    "): write the first year first",
                ]),
            );
        } else if years.count() > MOST_YEARS {
            self.push(
                at,
                cat(&[
                    &span(years),
                    " is ",
                    &years.count().to_string(),
                    " years: a timeline shows at most ",
                    &MOST_YEARS.to_string(),
                ]),
            );
        }
    }

    fn timeline(&mut self, at: &Path, m: &Measure) {
        let timeline = at.key("timeline");
        let mut previous: Option<i32> = None;
        for (j, entry) in m.timeline.iter().enumerate() {
            let path = timeline.index(j);
            let year_path = path.key("year");
            let year = entry.year.to_string();
            if !self.years.contains(entry.year) {
                self.push(&year_path, cat(&[&year, " is outside ", &span(self.years)]));
            }
            match previous {
                Some(prev) if entry.year == prev => {
                    self.push(&year_path, cat(&[&year, " appears twice"]))
                }
                Some(prev) if entry.year < prev => self.push(
                    &year_path,
                    cat(&[
                        &year,
                        " comes after ",
                        &prev.to_string(),
                        ": list the years in ascending order",
                    ]),
                ),
                _ => {}
            }
            previous = Some(entry.year);
            self.not_blank(&path.key("status"), &entry.status);
            if let Some(note) = &entry.note {
                self.text(&path.key("note"), note);
            }
        }
    }

    fn block(&mut self, path: &Path, block: &Block) {
        match block {
            Block::Paragraph { text } => self.text(&path.key("text"), text),
            Block::List { items } => self.items(&path.key("items"), items),
        }
    }

    fn items(&mut self, path: &Path, items: &[ListItem]) {
        for (k, item) in items.iter().enumerate() {
            let at = path.index(k);
            self.text(&at.key("text"), &item.text);
            self.items(&at.key("sublist"), &item.sublist);
        }
    }

    /// A text of the dataset: not blank, and its links lead to measures of the dataset.
    fn text(&mut self, path: &Path, text: &str) {
        self.not_blank(path, text);
        for target in markup::link_targets(text) {
            if self.ids.first(&target).is_none() {
                self.push(path, cat(&["links to ", &unknown_measure(&target)]));
            }
        }
    }

    fn url(&mut self, path: &Path, url: &str) {
        if !is_web_address(url) {
            self.push(path, cat(&[&quoted(url), " is not an http(s) address"]));
        }
    }
}

fn unknown_measure(id: &str) -> String {
    cat(&[&quoted(id), " is not the id of any measure in this dataset"])
}

/// Whether `id` is a local slug: lowercase ASCII letters, digits and single inner hyphens, with
/// at least one letter.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 120
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && id.bytes().any(|b| b.is_ascii_lowercase())
        && !id.starts_with('-')
        && !id.ends_with('-')
        && find_str(id, "--").is_none()
}

/// A value quoted for a message, shortened when long so a hostile dataset cannot flood the page.
fn quoted(value: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::from("“");
    out.extend(value.chars().take(MAX));
    if value.chars().count() > MAX {
        out.push('…');
    }
    out.push('”');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Citation, Reading, YearEntry};

    fn measure(id: &str) -> Measure {
        Measure {
            id: id.into(),
            cedefop_id: id.parse().ok(),
            title: format!("Title of {id}"),
            country: "BELGIUM-FR".into(),
            entry_kind: None,
            development_type: None,
            timeline: vec![],
            summary: vec![],
            background: vec![],
            objectives: vec![],
            description: vec![],
            bodies_responsible: vec![],
            target_groups: vec![],
            thematic_categories: vec![],
            subsystems: vec![],
            further_reading: vec![],
            related: vec![],
            citation: None,
        }
    }

    fn dataset(measures: Vec<Measure>) -> Dataset {
        Dataset {
            format: FORMAT.into(),
            version: VERSION,
            synthetic: false,
            years: Default::default(),
            measures,
            source: Default::default(),
        }
    }

    fn messages(d: &Dataset) -> Vec<String> {
        validate(d).iter().map(Issue::to_string).collect()
    }

    fn year(year: i32) -> YearEntry {
        YearEntry {
            year,
            status: "Implementation".into(),
            note: None,
        }
    }

    #[test]
    fn a_sound_dataset_has_no_issues() {
        let mut a = measure("28020");
        a.timeline = (2015..=2025).map(year).collect();
        a.related = vec!["be-fr-peq".into()];
        let b = measure("be-fr-peq");
        assert_eq!(messages(&dataset(vec![a, b])), Vec::<String>::new());
    }

    #[test]
    fn years_out_of_range_are_reported_by_path() {
        let mut a = measure("28020");
        a.timeline = vec![year(2015), year(2016), year(2017), year(2031)];
        assert_eq!(
            messages(&dataset(vec![a])),
            ["measures[0].timeline[3].year: 2031 is outside 2015–2025"]
        );
    }

    #[test]
    fn the_datasets_years_are_checked_and_its_entries_kept_within_them() {
        let mut a = measure("28020");
        a.timeline = vec![year(2012), year(2027)];
        let mut d = dataset(vec![a]);
        d.years = Years {
            from: 2012,
            to: 2027,
        };
        assert_eq!(messages(&d), Vec::<String>::new());
        d.years.to = 2026;
        assert_eq!(
            messages(&d),
            ["measures[0].timeline[1].year: 2027 is outside 2012–2026"]
        );
        let span = |from, to| {
            let mut d = dataset(vec![]);
            d.years = Years { from, to };
            messages(&d)
        };
        assert_eq!(
            span(2027, 2012),
            ["years: \"from\" (2027) comes after \"to\" (2012): write the first year first"]
        );
        assert_eq!(
            span(1900, 2000),
            ["years: 1900–2000 is 101 years: a timeline shows at most 100"]
        );
        assert_eq!(span(1901, 2000), Vec::<String>::new());
        assert_eq!(span(2025, 2025), Vec::<String>::new());
        assert_eq!(
            span(999, 10000),
            [
                "years.from: 999 is not a four-digit year",
                "years.to: 10000 is not a four-digit year",
                "years: 999–10000 is 9002 years: a timeline shows at most 100"
            ]
        );
    }

    #[test]
    fn repeated_and_unordered_years_are_reported() {
        let mut a = measure("28020");
        a.timeline = vec![year(2019), year(2019), year(2018)];
        assert_eq!(
            messages(&dataset(vec![a])),
            [
                "measures[0].timeline[1].year: 2019 appears twice",
                "measures[0].timeline[2].year: 2018 comes after 2019: list the years in ascending order"
            ]
        );
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let d = dataset(vec![measure("28020"), measure("x-1"), measure("28020")]);
        assert_eq!(
            messages(&d),
            ["measures[2].id: “28020” is already used by measures[0]"]
        );
    }

    #[test]
    fn unknown_related_references_are_reported() {
        let mut a = measure("28020");
        a.related = vec!["nowhere".into(), "28020".into()];
        assert_eq!(
            messages(&dataset(vec![a])),
            [
                "measures[0].related[0]: “nowhere” is not the id of any measure in this dataset",
                "measures[0].related[1]: “28020” is the measure itself"
            ]
        );
    }

    #[test]
    fn links_in_text_must_resolve() {
        let mut a = measure("28020");
        a.background = vec![Block::List {
            items: vec![ListItem {
                marker: Some("(g)".into()),
                text: "see [PEQ](measure:peq)".into(),
                sublist: vec![],
            }],
        }];
        assert_eq!(
            messages(&dataset(vec![a])),
            ["measures[0].background[0].items[0].text: links to “peq” is not the id of any measure in this dataset"]
        );
    }

    #[test]
    fn empty_titles_and_statuses_are_reported() {
        let mut a = measure("28020");
        a.title = "  ".into();
        a.timeline = vec![YearEntry {
            year: 2020,
            status: String::new(),
            note: Some(String::new()),
        }];
        assert_eq!(
            messages(&dataset(vec![a])),
            [
                "measures[0].title: is empty",
                "measures[0].timeline[0].status: is empty",
                "measures[0].timeline[0].note: is empty"
            ]
        );
    }

    #[test]
    fn addresses_must_be_http_or_https() {
        let mut a = measure("28020");
        a.further_reading = vec![
            Reading {
                title: "Order".into(),
                url: None,
            },
            Reading {
                title: "Decree".into(),
                url: Some("javascript:alert(1)".into()),
            },
        ];
        a.citation = Some(Citation::new(
            "Cedefop".into(),
            Some("https://www.cedefop.europa.eu/en/tools".into()),
        ));
        assert_eq!(
            messages(&dataset(vec![a])),
            ["measures[0].further_reading[1].url: “javascript:alert(1)” is not an http(s) address"]
        );
    }

    #[test]
    fn ids_must_match_their_kind() {
        let mut a = measure("28020");
        a.id = "28021".into();
        let mut b = measure("Not A Slug");
        b.cedefop_id = None;
        let mut c = measure("123");
        c.cedefop_id = None;
        let messages = messages(&dataset(vec![a, b, c]));
        assert_eq!(
            messages[0],
            "measures[0].id: “28021” must be the Cedefop ID number in digits, “28020”"
        );
        assert!(messages[1].starts_with("measures[1].id: “Not A Slug” is not a valid slug"));
        assert!(messages[2].starts_with("measures[2].id: “123” is not a valid slug"));
        assert_eq!(messages.len(), 3);
    }

    #[test]
    fn wrong_format_and_version_are_reported() {
        let mut d = dataset(vec![]);
        d.format = "something-else".into();
        d.version = 2;
        assert_eq!(
            messages(&d),
            [
                "format: “something-else” is not “vet-policy-timeline”: this file is not a VET policy timeline dataset",
                "version: 2 is not supported: this app reads version 1"
            ]
        );
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let mut a = measure("28020");
        a.related = vec!["x".repeat(500)];
        let message = &messages(&dataset(vec![a]))[0];
        assert!(message.len() < 200, "{message}");
        assert!(message.contains('…'));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("be-fr-vocational-education-pathway-peq"));
        for bad in ["", "28020", "-a", "a-", "a--b", "A", "a b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
