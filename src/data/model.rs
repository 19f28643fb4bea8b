//! The dataset's data model: measures (policy developments), their timelines and their texts.
//!
//! The JSON format is documented in `README.md` ("The dataset"). The types derive serde's
//! `Deserialize`; [`Dataset::from_json_text`] reads a file with `serde_json`, naming the line and
//! column of a syntax error and the path of a field of the wrong shape. Unknown fields are
//! ignored so that a newer dataset with extra fields still loads. Whether the content makes sense
//! (years in range, references that resolve, ...) is checked by [`crate::data::validate`].

use std::fmt;

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize};

use super::citation::{split, CitationParts};

/// The value of the dataset's `format` field.
pub const FORMAT: &str = "vet-policy-timeline";
/// The dataset `version` this app reads.
pub const VERSION: u32 = 1;
/// The timeline's years where the dataset does not name them (its `years` field): the span of
/// Cedefop's 2025 update.
pub const DEFAULT_YEARS: Years = Years {
    from: 2015,
    to: 2025,
};

/// The years of a timeline's axis, `from` to `to` (in the file: `"years": {"from": 2015, "to":
/// 2025}`; [`crate::data::validate`] checks that they are in order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub struct Years {
    /// The first year.
    #[serde(deserialize_with = "saturating_year")]
    pub from: i32,
    /// The last year.
    #[serde(deserialize_with = "saturating_year")]
    pub to: i32,
}

impl Default for Years {
    fn default() -> Self {
        DEFAULT_YEARS
    }
}

impl Years {
    /// Every year, in order.
    pub fn iter(self) -> std::ops::RangeInclusive<i32> {
        self.from..=self.to
    }

    /// Whether `year` is one of them.
    pub fn contains(self, year: i32) -> bool {
        self.iter().contains(&year)
    }

    /// `year` brought within the span.
    pub fn clamp(self, year: i32) -> i32 {
        year.clamp(self.from, self.to.max(self.from))
    }

    /// How many years there are (none when `to` comes before `from`; counted without overflow
    /// for any two years a hostile file may give, as many as `usize` holds).
    pub fn count(self) -> usize {
        let count = i64::from(self.to) - i64::from(self.from) + 1;
        usize::try_from(count.max(0)).unwrap_or(usize::MAX)
    }
}

/// The whole dataset: a list of measures, the first of which is the default view.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Dataset {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`].
    pub version: u32,
    /// Whether the data is invented, for tests and benchmarks (the page then says so).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub synthetic: bool,
    /// The years of the timeline's axis ([`DEFAULT_YEARS`] where the file names none).
    #[serde(default)]
    pub years: Years,
    /// Every measure, in display order.
    pub measures: Vec<Measure>,
    /// The text the dataset was read from (empty where it was not read from a file), from which
    /// a view's developments are written out as they were ([`crate::browse::export::json`]).
    #[serde(skip)]
    pub source: Arc<str>,
}

impl Dataset {
    /// The measure with this id, if any.
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// The index of the measure with this id, if any.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.measures.iter().position(|m| m.id == id)
    }

    /// The measures whose `related` list names `id`: the way back from a related development.
    pub fn referring_to<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Measure> + 'a {
        self.measures
            .iter()
            .filter(move |m| m.related.iter().any(|r| r == id))
    }
}

/// One entry of the timeline: a policy development or practical measure.
///
/// Entries from Cedefop carry their Cedefop ID number, and their `id` is that number written in
/// decimal. Entries the source names without an ID number (related developments) have a local
/// slug as `id` (lowercase letters, digits and hyphens) and no `cedefop_id`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Measure {
    /// Stable identifier used in links (`?measure=<id>`).
    pub id: String,
    /// Cedefop's ID number, where the source gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cedefop_id: Option<u32>,
    /// Title, as in the source.
    pub title: String,
    /// Country, as the source writes it (e.g. `BELGIUM-FR`).
    pub country: String,
    /// Kind of entry (e.g. `POLICY DEVELOPMENT`), where the source gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry_kind: Option<String>,
    /// Type of development (e.g. `Regulation/Legislation`), where the source gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub development_type: Option<String>,
    /// Year-by-year status, ascending; years the source says nothing of are absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<YearEntry>,
    /// Short text, for entries the source only summarises (related developments).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub summary: Vec<Block>,
    /// "Background" section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub background: Vec<Block>,
    /// "Objectives" section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Block>,
    /// "Description" section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub description: Vec<Block>,
    /// "Bodies responsible" section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies_responsible: Vec<String>,
    /// "Target group" section: groups (e.g. `Learners`) and their members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
    /// "Thematic categories" section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thematic_categories: Vec<String>,
    /// "Subsystem" section (e.g. `IVET`, `CVET`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subsystems: Vec<String>,
    /// "Further reading" section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub further_reading: Vec<Reading>,
    /// Ids of related policy developments, each a measure of this dataset.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// "Cite as" section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
}

impl Measure {
    /// The measure's texts, in reading order, each with its field's name in the file: the
    /// summary, background, objectives and description (what the search reads, the validator
    /// checks, the CSV's links come from and a page's description starts with).
    pub fn text_sections(&self) -> [(&'static str, &[Block]); 4] {
        [
            ("summary", &self.summary),
            ("background", &self.background),
            ("objectives", &self.objectives),
            ("description", &self.description),
        ]
    }

    /// The parts of the measure's citation, if it has one with parts.
    pub fn citation_parts(&self) -> Option<&CitationParts> {
        self.citation.as_ref().and_then(Citation::parts)
    }

    /// This measure's entry for `year`, if the source gives one.
    pub fn year(&self, year: i32) -> Option<&YearEntry> {
        self.timeline.iter().find(|e| e.year == year)
    }

    /// The years before and after `year` that have an entry: a year card's neighbours.
    pub fn neighbours(&self, year: i32) -> (Option<i32>, Option<i32>) {
        let years = self.timeline.iter().map(|e| e.year);
        let before = years.clone().filter(|y| *y < year).max();
        let after = years.filter(|y| *y > year).min();
        (before, after)
    }
}

/// The status of a measure in one year, and the year's note where the source has one.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct YearEntry {
    /// The year (validated to lie in the dataset's [`Years`]; a year far out of range is
    /// kept, saturated, for validation to report).
    #[serde(deserialize_with = "saturating_year")]
    pub year: i32,
    /// Status in words, e.g. `Implementation`, `Discontinued`, `Approved`.
    pub status: String,
    /// The year's note (inline markup); `None` when the source gives a status only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A block of text in a section: in the file, `{"type": "paragraph", "text": ...}` or
/// `{"type": "list", "items": [...]}`. (Read through [`RawBlock`] rather than as an internally
/// tagged enum, which buffers every value through serde's private `Content` type: larger wasm.)
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(try_from = "RawBlock", tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph (inline markup).
    Paragraph {
        /// The paragraph's text.
        text: String,
    },
    /// A list; ordered when its items carry markers such as `(a)`.
    List {
        /// The items, in order.
        items: Vec<ListItem>,
    },
}

/// One item of a list, possibly with a nested list.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ListItem {
    /// The item's label as the source writes it, e.g. `(a)` or `(iii)`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// The item's text (inline markup).
    pub text: String,
    /// A nested list under this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sublist: Vec<ListItem>,
}

/// A target group and its members, e.g. `Learners`: `Adult learners`, ...
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct TargetGroup {
    /// The group, e.g. `Entities providing VET`.
    pub group: String,
    /// Its members, e.g. `Companies`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

/// A further-reading reference: a title and, where the source gives one, an address.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Reading {
    /// The title.
    pub title: String,
    /// An http(s) address; `None` where the source gives none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// How to cite the entry: its text and address as the file gives them, and its parts, split
/// once when it is read ([`Citation::new`]).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(from = "CitationFile")]
pub struct Citation {
    /// The citation text (inline markup for the italic title).
    pub text: String,
    /// The entry's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its parts, where the text has the source's form (not in the file).
    #[serde(skip)]
    parts: Option<CitationParts>,
}

/// A citation as the file writes it.
#[derive(Deserialize)]
struct CitationFile {
    text: String,
    url: Option<String>,
}

impl From<CitationFile> for Citation {
    fn from(file: CitationFile) -> Citation {
        Citation::new(file.text, file.url)
    }
}

impl Citation {
    /// The citation `text` of the entry at `url`, split into its parts.
    pub fn new(text: String, url: Option<String>) -> Citation {
        let parts = split(&text, url.as_deref());
        Citation { text, url, parts }
    }

    /// Its parts, where the text has the source's form (see [`split`]).
    pub fn parts(&self) -> Option<&CitationParts> {
        self.parts.as_ref()
    }
}

/// A block as the file writes it, before its kind is checked.
#[derive(Deserialize)]
pub struct RawBlock {
    /// `paragraph` or `list`.
    #[serde(rename = "type")]
    kind: String,
    /// A paragraph's text.
    text: Option<String>,
    /// A list's items.
    items: Option<Vec<ListItem>>,
}

impl TryFrom<RawBlock> for Block {
    type Error = String;

    fn try_from(raw: RawBlock) -> Result<Block, String> {
        match (raw.kind.as_str(), raw.text, raw.items) {
            ("paragraph", Some(text), _) => Ok(Block::Paragraph { text }),
            ("paragraph", None, _) => Err("a paragraph needs a “text”".to_owned()),
            ("list", _, items) => Ok(Block::List {
                items: items.unwrap_or_default(),
            }),
            (other, _, _) => Err(format!(
                "“{}” is not a kind of block (paragraph or list)",
                other.chars().take(40).collect::<String>()
            )),
        }
    }
}

/// Reads a year as any whole number, saturated to `i32`.
fn saturating_year<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    let year = i64::deserialize(d)?;
    Ok(year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32)
}

/// Why a dataset file could not be read: serde_json's explanation, with the line and column,
/// and the path of the field it concerns (`measures[0].timeline[2].year`), where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// Where in the dataset (empty for the whole file, or a syntax error).
    pub path: String,
    /// What is wrong, with the line and column.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl Dataset {
    /// Parses and reads a dataset file (not yet validated: see [`crate::data::validate`]).
    pub fn from_json_text(text: &str) -> Result<Dataset, ReadError> {
        let mut reader = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut reader).map_err(|e| {
            let mut path = e.path().to_string();
            if path == "." || path == "?" {
                path.clear();
            }
            let mut message = e.into_inner().to_string();
            // "missing field `title` at ..." names the field in the path, as other errors do.
            if let Some(rest) = message.strip_prefix("missing field `") {
                if let Some((field, at)) = rest.split_once('`') {
                    path = if path.is_empty() {
                        field.to_owned()
                    } else {
                        format!("{path}.{field}")
                    };
                    message = format!("is missing{at}");
                }
            }
            ReadError { path, message }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Dataset, String> {
        Dataset::from_json_text(text).map_err(|e| e.to_string())
    }

    #[test]
    fn any_two_years_are_counted_without_overflow() {
        let years = |from, to| Years { from, to };
        assert_eq!(years(2015, 2025).count(), 11);
        assert_eq!(years(2025, 2015).count(), 0);
        assert_eq!(years(i32::MIN, i32::MIN).count(), 1);
        assert!(years(i32::MIN, 2025).count() > 2_000_000_000);
        assert_eq!(years(i32::MAX, i32::MIN).count(), 0);
    }

    #[test]
    fn the_text_sections_are_the_file_s_four_texts_by_their_names_in_reading_order() {
        let d = crate::data::load::example();
        let m = &d.measures[0];
        let file = serde_json::to_value(m).expect("a measure is written");
        let names: Vec<&str> = m.text_sections().iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            ["summary", "background", "objectives", "description"]
        );
        for (name, blocks) in m.text_sections() {
            // (An empty section is left out of the file.)
            match file.get(name) {
                Some(in_file) => assert_eq!(in_file, &serde_json::json!(blocks), "{name}"),
                None => assert!(blocks.is_empty(), "{name}"),
            }
        }
        assert!(m.text_sections().iter().any(|(_, b)| !b.is_empty()));
    }

    #[test]
    fn the_example_dataset_reads() {
        let d = read(include_str!("../../tests/fixtures/timeline-2025.json")).expect("readable");
        assert_eq!(d.measures.len(), 3);
        assert_eq!(d.measures[0].cedefop_id, Some(28020));
        assert_eq!(d.measures[0].timeline.len(), 11);
        assert_eq!(d.measures[0].timeline[4].year, 2019);
        assert!(d.measures[0].timeline[3].note.is_none());
        assert_eq!(d.measures[1].cedefop_id, None);
    }

    /// Asserts that `error` names `path`, says `what` (serde_json's words), and where.
    fn assert_error(error: &str, path_and_what: &str) {
        assert!(
            error.starts_with(path_and_what),
            "{error:?} should start with {path_and_what:?}"
        );
        assert!(error.contains(" at line "), "{error:?} should say where");
    }

    #[test]
    fn wrong_shapes_are_named_by_path_with_line_and_column() {
        let base = r#"{"format": "vet-policy-timeline", "version": 1, "measures": [
            {"id": "28020", "title": "T", "country": "C", "timeline": [X]}]}"#;
        let with = |x: &str| read(&base.replace('X', x)).unwrap_err();
        assert_error(
            &with(r#"{"year": "2019", "status": "Implementation"}"#),
            "measures[0].timeline[0].year: invalid type: string \"2019\", expected i64",
        );
        assert_error(
            &with(r#"{"status": "Implementation"}"#),
            "measures[0].timeline[0].year: is missing",
        );
        assert_error(
            &with(r#"{"year": 2019.5, "status": "Implementation"}"#),
            "measures[0].timeline[0].year: invalid type: floating point `2019.5`, expected i64",
        );
        assert_error(
            &with("[]"),
            "measures[0].timeline[0]: invalid length 0, expected struct YearEntry",
        );
        assert_eq!(
            read(r#"{"format": "vet-policy-timeline", "version": 1, "measures": []}"#),
            Ok(Dataset {
                format: "vet-policy-timeline".into(),
                version: 1,
                synthetic: false,
                years: DEFAULT_YEARS,
                measures: vec![],
                source: Default::default(),
            })
        );
        assert_error(
            &read(r#"{"format": "vet-policy-timeline", "version": 1}"#).unwrap_err(),
            "measures: is missing",
        );
        assert_error(
            &read(r#"{"format": "vet-policy-timeline", "version": 1, "measures": {}}"#)
                .unwrap_err(),
            "measures: invalid type: map, expected a sequence",
        );
        assert_error(
            &read("[]").unwrap_err(),
            "invalid length 0, expected struct Dataset",
        );
        assert_eq!(
            read("{\"format\": \"f\",\n  oops").unwrap_err(),
            "key must be a string at line 2 column 3"
        );
    }

    #[test]
    fn block_kinds_are_checked() {
        let text = r#"{"format": "f", "version": 1, "measures": [{"id": "a", "title": "T",
            "country": "C", "background": [{"type": "table", "text": "x"}]}]}"#;
        assert_error(
            &read(text).unwrap_err(),
            "measures[0].background[0]: “table” is not a kind of block (paragraph or list)",
        );
        let text = r#"{"format": "f", "version": 1, "measures": [{"id": "a", "title": "T",
            "country": "C", "background": [{"type": "paragraph"}]}]}"#;
        assert_error(
            &read(text).unwrap_err(),
            "measures[0].background[0]: a paragraph needs a “text”",
        );
    }

    #[test]
    fn null_is_absent_and_unknown_fields_are_ignored() {
        let text = r#"{"format": "f", "version": 1, "future": true, "measures": [{"id": "a",
            "title": "T", "country": "C", "cedefop_id": null, "citation": null, "extra": [1]}]}"#;
        let d = read(text).expect("readable");
        assert_eq!(d.measures[0].cedefop_id, None);
        assert_eq!(d.measures[0].citation, None);
    }

    #[test]
    fn neighbouring_years() {
        let d = read(include_str!("../../tests/fixtures/timeline-2025.json")).expect("readable");
        assert_eq!(d.measures[0].neighbours(2019), (Some(2018), Some(2020)));
        assert_eq!(d.measures[0].neighbours(2015), (None, Some(2016)));
        assert_eq!(d.measures[2].neighbours(2017), (None, None));
    }

    #[test]
    fn huge_years_are_kept_for_validation_to_report() {
        let text = r#"{"format": "f", "version": 1, "measures": [{"id": "a", "title": "T",
            "country": "C", "timeline": [{"year": 99999999999, "status": "S"}]}]}"#;
        assert_eq!(
            read(text).expect("readable").measures[0].timeline[0].year,
            i32::MAX
        );
    }
}
