//! Checks that a parsed dataset makes sense, reporting each problem with the path of the field
//! at fault, e.g. `measures[0].timeline[3].year: 2031 is outside 2015–2025`.

use std::fmt;

use crate::markup;
use crate::model::{Block, Dataset, ListItem, Measure, FIRST_YEAR, FORMAT, LAST_YEAR, VERSION};

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
    let mut v = Validator::default();
    if dataset.format != FORMAT {
        v.push(
            "format".into(),
            format!(
                "{} is not {}: this file is not a VET policy timeline dataset",
                quoted(&dataset.format),
                quoted(FORMAT)
            ),
        );
    }
    if dataset.version != VERSION {
        v.push(
            "version".into(),
            format!(
                "{} is not supported: this app reads version {VERSION}",
                dataset.version
            ),
        );
    }
    for (i, m) in dataset.measures.iter().enumerate() {
        let at = format!("measures[{i}]");
        // A linear look back: small code, and fast enough for thousands of measures.
        if let Some(first) = dataset.measures[..i].iter().position(|o| o.id == m.id) {
            v.push(
                format!("{at}.id"),
                format!("{} is already used by measures[{first}]", quoted(&m.id)),
            );
        }
        v.measure(&at, m, dataset);
    }
    v.issues
}

#[derive(Default)]
struct Validator {
    issues: Vec<Issue>,
}

impl Validator {
    fn push(&mut self, path: String, message: String) {
        self.issues.push(Issue { path, message });
    }

    fn not_blank(&mut self, path: String, value: &str) {
        if value.trim().is_empty() {
            self.push(path, "is empty".into());
        }
    }

    fn measure(&mut self, at: &str, m: &Measure, dataset: &Dataset) {
        self.id(at, m);
        self.not_blank(format!("{at}.title"), &m.title);
        self.not_blank(format!("{at}.country"), &m.country);
        self.timeline(at, m, dataset);
        for (name, blocks) in [
            ("summary", &m.summary),
            ("background", &m.background),
            ("objectives", &m.objectives),
            ("description", &m.description),
        ] {
            for (j, block) in blocks.iter().enumerate() {
                self.block(&format!("{at}.{name}[{j}]"), block, dataset);
            }
        }
        for (k, related) in m.related.iter().enumerate() {
            let path = format!("{at}.related[{k}]");
            if *related == m.id {
                self.push(path, format!("{} is the measure itself", quoted(related)));
            } else if dataset.measure(related).is_none() {
                self.push(path, unknown_measure(related));
            }
        }
        for (k, reading) in m.further_reading.iter().enumerate() {
            self.not_blank(format!("{at}.further_reading[{k}].title"), &reading.title);
            if let Some(url) = &reading.url {
                self.url(format!("{at}.further_reading[{k}].url"), url);
            }
        }
        if let Some(citation) = &m.citation {
            self.not_blank(format!("{at}.citation.text"), &citation.text);
            self.markup(format!("{at}.citation.text"), &citation.text, dataset);
            if let Some(url) = &citation.url {
                self.url(format!("{at}.citation.url"), url);
            }
        }
    }

    fn id(&mut self, at: &str, m: &Measure) {
        let path = format!("{at}.id");
        match m.cedefop_id {
            Some(number) if m.id != number.to_string() => self.push(
                path,
                format!(
                    "{} must be the Cedefop ID number in digits, “{number}”",
                    quoted(&m.id)
                ),
            ),
            Some(_) => {}
            None if m.id.is_empty() => self.push(path, "is empty".into()),
            None if !is_slug(&m.id) => self.push(
                path,
                format!(
                    "{} is not a valid slug: use lowercase letters, digits and single hyphens \
                     (not digits only, which are kept for Cedefop ID numbers)",
                    quoted(&m.id)
                ),
            ),
            None => {}
        }
    }

    fn timeline(&mut self, at: &str, m: &Measure, dataset: &Dataset) {
        let mut previous: Option<i32> = None;
        for (j, entry) in m.timeline.iter().enumerate() {
            let path = format!("{at}.timeline[{j}]");
            if !(FIRST_YEAR..=LAST_YEAR).contains(&entry.year) {
                self.push(
                    format!("{path}.year"),
                    format!("{} is outside {FIRST_YEAR}–{LAST_YEAR}", entry.year),
                );
            }
            if let Some(prev) = previous {
                if entry.year == prev {
                    self.push(
                        format!("{path}.year"),
                        format!("{} appears twice", entry.year),
                    );
                } else if entry.year < prev {
                    self.push(
                        format!("{path}.year"),
                        format!(
                            "{} comes after {prev}: list the years in ascending order",
                            entry.year
                        ),
                    );
                }
            }
            previous = Some(entry.year);
            self.not_blank(format!("{path}.status"), &entry.status);
            if let Some(note) = &entry.note {
                self.not_blank(format!("{path}.note"), note);
                self.markup(format!("{path}.note"), note, dataset);
            }
        }
    }

    fn block(&mut self, path: &str, block: &Block, dataset: &Dataset) {
        match block {
            Block::Paragraph { text } => {
                self.not_blank(format!("{path}.text"), text);
                self.markup(format!("{path}.text"), text, dataset);
            }
            Block::List { items } => self.items(&format!("{path}.items"), items, dataset),
        }
    }

    fn items(&mut self, path: &str, items: &[ListItem], dataset: &Dataset) {
        for (k, item) in items.iter().enumerate() {
            let at = format!("{path}[{k}]");
            self.not_blank(format!("{at}.text"), &item.text);
            self.markup(format!("{at}.text"), &item.text, dataset);
            self.items(&format!("{at}.sublist"), &item.sublist, dataset);
        }
    }

    fn markup(&mut self, path: String, text: &str, dataset: &Dataset) {
        for target in markup::link_targets(text) {
            if dataset.measure(&target).is_none() {
                self.push(
                    path.clone(),
                    format!("links to {}", unknown_measure(&target)),
                );
            }
        }
    }

    fn url(&mut self, path: String, url: &str) {
        if !is_web_address(url) {
            self.push(path, format!("{} is not an http(s) address", quoted(url)));
        }
    }
}

fn unknown_measure(id: &str) -> String {
    format!(
        "{} is not the id of any measure in this dataset",
        quoted(id)
    )
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
        && !id.contains("--")
}

/// Whether `url` is an absolute http or https address with a host and no spaces.
pub fn is_web_address(url: &str) -> bool {
    let lower = url
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
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
    use crate::model::{Citation, Reading, YearEntry};

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
            measures,
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
        a.citation = Some(Citation {
            text: "Cedefop".into(),
            url: Some("https://www.cedefop.europa.eu/en/tools".into()),
        });
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
    fn web_addresses() {
        assert!(is_web_address(
            "https://www.cedefop.europa.eu/en/tools/x/28020"
        ));
        assert!(is_web_address("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "ftp://x.org",
            "//x.org",
            "https://x.org/a b",
            "data:text/html,x",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn slugs() {
        assert!(is_slug("be-fr-vocational-education-pathway-peq"));
        for bad in ["", "28020", "-a", "a-", "a--b", "A", "a b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
