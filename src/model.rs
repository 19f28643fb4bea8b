//! The dataset's data model: measures (policy developments), their timelines and their texts.
//!
//! The JSON format is documented in `README.md` ("The dataset"). [`Dataset::from_json`] reads it
//! from a [`json::Value`], naming the path of any field of the wrong shape; unknown fields are
//! ignored so that a newer dataset with extra fields still loads. Whether the content makes sense
//! (years in range, references that resolve, ...) is checked by [`crate::validate`].

use std::fmt;

use crate::json::{self, Value};

/// The value of the dataset's `format` field.
pub const FORMAT: &str = "vet-policy-timeline";
/// The dataset `version` this app reads.
pub const VERSION: u32 = 1;
/// First year of the timeline.
pub const FIRST_YEAR: i32 = 2015;
/// Last year of the timeline.
pub const LAST_YEAR: i32 = 2025;

/// The whole dataset: a list of measures, the first of which is the default view.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`].
    pub version: u32,
    /// Whether the data is invented, for tests and benchmarks (the page then says so).
    pub synthetic: bool,
    /// Every measure, in display order.
    pub measures: Vec<Measure>,
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
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// Stable identifier used in links (`?measure=<id>`).
    pub id: String,
    /// Cedefop's ID number, where the source gives one.
    pub cedefop_id: Option<u32>,
    /// Title, as in the source.
    pub title: String,
    /// Country, as the source writes it (e.g. `BELGIUM-FR`).
    pub country: String,
    /// Kind of entry (e.g. `POLICY DEVELOPMENT`), where the source gives one.
    pub entry_kind: Option<String>,
    /// Type of development (e.g. `Regulation/Legislation`), where the source gives one.
    pub development_type: Option<String>,
    /// Year-by-year status, ascending; years the source says nothing of are absent.
    pub timeline: Vec<YearEntry>,
    /// Short text, for entries the source only summarises (related developments).
    pub summary: Vec<Block>,
    /// "Background" section.
    pub background: Vec<Block>,
    /// "Objectives" section.
    pub objectives: Vec<Block>,
    /// "Description" section.
    pub description: Vec<Block>,
    /// "Bodies responsible" section.
    pub bodies_responsible: Vec<String>,
    /// "Target group" section: groups (e.g. `Learners`) and their members.
    pub target_groups: Vec<TargetGroup>,
    /// "Thematic categories" section.
    pub thematic_categories: Vec<String>,
    /// "Subsystem" section (e.g. `IVET`, `CVET`).
    pub subsystems: Vec<String>,
    /// "Further reading" section.
    pub further_reading: Vec<Reading>,
    /// Ids of related policy developments, each a measure of this dataset.
    pub related: Vec<String>,
    /// "Cite as" section.
    pub citation: Option<Citation>,
}

impl Measure {
    /// This measure's entry for `year`, if the source gives one.
    pub fn year(&self, year: i32) -> Option<&YearEntry> {
        self.timeline.iter().find(|e| e.year == year)
    }

    /// First and last year of the timeline, if it has any entry.
    pub fn span(&self) -> Option<(i32, i32)> {
        let first = self.timeline.iter().map(|e| e.year).min()?;
        let last = self.timeline.iter().map(|e| e.year).max()?;
        Some((first, last))
    }
}

/// The status of a measure in one year, and the year's note where the source has one.
#[derive(Debug, Clone, PartialEq)]
pub struct YearEntry {
    /// The year (validated to lie in [`FIRST_YEAR`]..=[`LAST_YEAR`]).
    pub year: i32,
    /// Status in words, e.g. `Implementation`, `Discontinued`, `Approved`.
    pub status: String,
    /// The year's note (inline markup); `None` when the source gives a status only.
    pub note: Option<String>,
}

/// A block of text in a section.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    /// The item's label as the source writes it, e.g. `(a)` or `(iii)`.
    pub marker: Option<String>,
    /// The item's text (inline markup).
    pub text: String,
    /// A nested list under this item.
    pub sublist: Vec<ListItem>,
}

/// A target group and its members, e.g. `Learners`: `Adult learners`, ...
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroup {
    /// The group, e.g. `Entities providing VET`.
    pub group: String,
    /// Its members, e.g. `Companies`.
    pub members: Vec<String>,
}

/// A further-reading reference: a title and, where the source gives one, an address.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The title.
    pub title: String,
    /// An http(s) address; `None` where the source gives none.
    pub url: Option<String>,
}

/// How to cite the entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// The citation text (inline markup for the italic title).
    pub text: String,
    /// The entry's address.
    pub url: Option<String>,
}

/// A field of the wrong shape (or missing), by path: `measures[0].timeline[2].year: ...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// Where.
    pub path: String,
    /// What was expected and found.
    pub message: String,
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// A path into the dataset (`measures[0].timeline[3].year`), written only when an error needs
/// it: building it costs nothing on a valid dataset.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
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
    pub(crate) fn key(&'a self, key: &'static str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// The item `i` of this.
    pub(crate) fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }

    fn error(&self, message: String) -> ShapeError {
        ShapeError {
            path: self.to_string(),
            message,
        }
    }

    fn expected(&self, what: &str, found: &Value) -> ShapeError {
        self.error(format!("expected {what}, found {}", found.kind()))
    }
}

type Read<T> = Result<T, ShapeError>;

/// The members of an object.
fn object<'v>(v: &'v Value, at: &Path) -> Read<&'v Value> {
    match v {
        Value::Object(_) => Ok(v),
        other => Err(at.expected("an object", other)),
    }
}

/// A member that may be absent (or null).
fn optional<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    v.get(key).filter(|m| **m != Value::Null)
}

/// A member that must be present.
fn required<'v>(v: &'v Value, key: &'static str, at: &Path) -> Read<&'v Value> {
    optional(v, key).ok_or_else(|| at.key(key).error("is missing".into()))
}

fn string(v: &Value, at: &Path) -> Read<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        other => Err(at.expected("a text in double quotes", other)),
    }
}

fn integer(v: &Value, at: &Path) -> Read<i64> {
    v.as_integer()
        .ok_or_else(|| at.expected("a whole number", v))
}

fn required_string(v: &Value, key: &'static str, at: &Path) -> Read<String> {
    string(required(v, key, at)?, &at.key(key))
}

fn optional_string(v: &Value, key: &'static str, at: &Path) -> Read<Option<String>> {
    optional(v, key)
        .map(|m| string(m, &at.key(key)))
        .transpose()
}

/// A list member (absent means empty), each item read by `item`.
fn list<T>(
    v: &Value,
    key: &'static str,
    at: &Path,
    item: fn(&Value, &Path) -> Read<T>,
) -> Read<Vec<T>> {
    let at = at.key(key);
    match optional(v, key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, x) in items.iter().enumerate() {
                out.push(item(x, &Path::Index(&at, i))?);
            }
            Ok(out)
        }
        Some(other) => Err(at.expected("a list", other)),
    }
}

fn strings(v: &Value, key: &'static str, at: &Path) -> Read<Vec<String>> {
    list(v, key, at, string)
}

impl Dataset {
    /// Parses and reads a dataset file (not yet validated: see [`crate::validate`]).
    pub fn from_json_text(text: &str) -> Result<Dataset, DatasetReadError> {
        let value = json::parse(text).map_err(DatasetReadError::Syntax)?;
        Dataset::from_json(&value).map_err(DatasetReadError::Shape)
    }

    /// Reads a dataset from a JSON value.
    pub fn from_json(v: &Value) -> Read<Dataset> {
        let root = Path::Root;
        object(v, &root)?;
        let version = integer(required(v, "version", &root)?, &root.key("version"))?;
        required(v, "measures", &root)?;
        let synthetic = match optional(v, "synthetic") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => return Err(root.key("synthetic").expected("true or false", other)),
        };
        Ok(Dataset {
            format: required_string(v, "format", &root)?,
            version: u32::try_from(version).unwrap_or(u32::MAX),
            synthetic,
            measures: list(v, "measures", &root, Measure::from_json)?,
        })
    }
}

/// Why a dataset file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetReadError {
    /// It is not JSON.
    Syntax(json::SyntaxError),
    /// It is JSON, but a field has the wrong shape.
    Shape(ShapeError),
}

impl fmt::Display for DatasetReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatasetReadError::Syntax(e) => e.fmt(f),
            DatasetReadError::Shape(e) => e.fmt(f),
        }
    }
}

impl Measure {
    fn from_json(v: &Value, at: &Path) -> Read<Measure> {
        object(v, at)?;
        let cedefop_id = optional(v, "cedefop_id")
            .map(|n| {
                let at = at.key("cedefop_id");
                integer(n, &at).and_then(|n| {
                    u32::try_from(n).map_err(|_| at.error(format!("{n} is not an ID number")))
                })
            })
            .transpose()?;
        Ok(Measure {
            id: required_string(v, "id", at)?,
            cedefop_id,
            title: required_string(v, "title", at)?,
            country: required_string(v, "country", at)?,
            entry_kind: optional_string(v, "entry_kind", at)?,
            development_type: optional_string(v, "development_type", at)?,
            timeline: list(v, "timeline", at, YearEntry::from_json)?,
            summary: list(v, "summary", at, Block::from_json)?,
            background: list(v, "background", at, Block::from_json)?,
            objectives: list(v, "objectives", at, Block::from_json)?,
            description: list(v, "description", at, Block::from_json)?,
            bodies_responsible: strings(v, "bodies_responsible", at)?,
            target_groups: list(v, "target_groups", at, |g, at| {
                object(g, at)?;
                Ok(TargetGroup {
                    group: required_string(g, "group", at)?,
                    members: strings(g, "members", at)?,
                })
            })?,
            thematic_categories: strings(v, "thematic_categories", at)?,
            subsystems: strings(v, "subsystems", at)?,
            further_reading: list(v, "further_reading", at, |r, at| {
                object(r, at)?;
                Ok(Reading {
                    title: required_string(r, "title", at)?,
                    url: optional_string(r, "url", at)?,
                })
            })?,
            related: strings(v, "related", at)?,
            citation: optional(v, "citation")
                .map(|c| {
                    let at = at.key("citation");
                    object(c, &at)?;
                    Ok(Citation {
                        text: required_string(c, "text", &at)?,
                        url: optional_string(c, "url", &at)?,
                    })
                })
                .transpose()?,
        })
    }
}

impl YearEntry {
    fn from_json(v: &Value, at: &Path) -> Read<YearEntry> {
        object(v, at)?;
        let year = integer(required(v, "year", at)?, &at.key("year"))?;
        Ok(YearEntry {
            // Out-of-range years are kept (saturated) for validation to report.
            year: i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }),
            status: required_string(v, "status", at)?,
            note: optional_string(v, "note", at)?,
        })
    }
}

impl Block {
    fn from_json(v: &Value, at: &Path) -> Read<Block> {
        object(v, at)?;
        match required_string(v, "type", at)?.as_str() {
            "paragraph" => Ok(Block::Paragraph {
                text: required_string(v, "text", at)?,
            }),
            "list" => Ok(Block::List {
                items: list(v, "items", at, ListItem::from_json)?,
            }),
            other => Err(at.key("type").error(format!(
                "“{}” is not a kind of block (paragraph or list)",
                other.chars().take(40).collect::<String>()
            ))),
        }
    }
}

impl ListItem {
    fn from_json(v: &Value, at: &Path) -> Read<ListItem> {
        object(v, at)?;
        Ok(ListItem {
            marker: optional_string(v, "marker", at)?,
            text: required_string(v, "text", at)?,
            sublist: list(v, "sublist", at, ListItem::from_json)?,
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
    fn the_bundled_dataset_reads() {
        let d = read(include_str!("../public/data/timeline.json")).expect("readable");
        assert_eq!(d.measures.len(), 3);
        assert_eq!(d.measures[0].cedefop_id, Some(28020));
        assert_eq!(d.measures[0].timeline.len(), 11);
        assert_eq!(d.measures[0].timeline[4].year, 2019);
        assert!(d.measures[0].timeline[3].note.is_none());
        assert_eq!(d.measures[1].cedefop_id, None);
    }

    #[test]
    fn wrong_shapes_are_named_by_path() {
        let base = r#"{"format": "vet-policy-timeline", "version": 1, "measures": [
            {"id": "28020", "title": "T", "country": "C", "timeline": [X]}]}"#;
        let with = |x: &str| read(&base.replace('X', x)).unwrap_err();
        assert_eq!(
            with(r#"{"year": "2019", "status": "Implementation"}"#),
            "measures[0].timeline[0].year: expected a whole number, found a string"
        );
        assert_eq!(
            with(r#"{"status": "Implementation"}"#),
            "measures[0].timeline[0].year: is missing"
        );
        assert_eq!(
            with(r#"{"year": 2019.5, "status": "Implementation"}"#),
            "measures[0].timeline[0].year: expected a whole number, found a number"
        );
        assert_eq!(
            with("[]"),
            "measures[0].timeline[0]: expected an object, found a list"
        );
        assert_eq!(
            read(r#"{"format": "vet-policy-timeline", "version": 1, "measures": []}"#),
            Ok(Dataset {
                format: "vet-policy-timeline".into(),
                version: 1,
                synthetic: false,
                measures: vec![]
            })
        );
        assert_eq!(
            read(r#"{"format": "vet-policy-timeline", "version": 1}"#).unwrap_err(),
            "measures: is missing"
        );
        assert_eq!(
            read(r#"{"format": "vet-policy-timeline", "version": 1, "measures": {}}"#).unwrap_err(),
            "measures: expected a list, found an object"
        );
        assert_eq!(read("[]").unwrap_err(), "expected an object, found a list");
    }

    #[test]
    fn block_kinds_are_checked() {
        let text = r#"{"format": "f", "version": 1, "measures": [{"id": "a", "title": "T",
            "country": "C", "background": [{"type": "table", "text": "x"}]}]}"#;
        assert_eq!(
            read(text).unwrap_err(),
            "measures[0].background[0].type: “table” is not a kind of block (paragraph or list)"
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
    fn huge_years_are_kept_for_validation_to_report() {
        let text = r#"{"format": "f", "version": 1, "measures": [{"id": "a", "title": "T",
            "country": "C", "timeline": [{"year": 99999999999, "status": "S"}]}]}"#;
        assert_eq!(
            read(text).expect("readable").measures[0].timeline[0].year,
            i32::MAX
        );
    }
}
