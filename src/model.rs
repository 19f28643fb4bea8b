//! The dataset's data model: measures (policy developments), their timelines and their texts.
//!
//! The JSON format is documented in `README.md` ("The dataset"). It is read with `serde`; unknown
//! fields are ignored so that a newer dataset with extra fields still loads. Whether the content
//! makes sense (years in range, references that resolve, ...) is checked by [`crate::validate`].

use serde::Deserialize;

/// The value of the dataset's `format` field.
pub const FORMAT: &str = "vet-policy-timeline";
/// The dataset `version` this app reads.
pub const VERSION: u32 = 1;
/// First year of the timeline.
pub const FIRST_YEAR: i32 = 2015;
/// Last year of the timeline.
pub const LAST_YEAR: i32 = 2025;

/// The whole dataset: a list of measures, the first of which is the default view.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dataset {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`].
    pub version: u32,
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Measure {
    /// Stable identifier used in links (`?measure=<id>`).
    pub id: String,
    /// Cedefop's ID number, where the source gives one.
    #[serde(default)]
    pub cedefop_id: Option<u32>,
    /// Title, as in the source.
    pub title: String,
    /// Country, as the source writes it (e.g. `BELGIUM-FR`).
    pub country: String,
    /// Kind of entry (e.g. `POLICY DEVELOPMENT`), where the source gives one.
    #[serde(default)]
    pub entry_kind: Option<String>,
    /// Type of development (e.g. `Regulation/Legislation`), where the source gives one.
    #[serde(default)]
    pub development_type: Option<String>,
    /// Year-by-year status, ascending; years the source says nothing of are absent.
    #[serde(default)]
    pub timeline: Vec<YearEntry>,
    /// Short text, for entries the source only summarises (related developments).
    #[serde(default)]
    pub summary: Vec<Block>,
    /// "Background" section.
    #[serde(default)]
    pub background: Vec<Block>,
    /// "Objectives" section.
    #[serde(default)]
    pub objectives: Vec<Block>,
    /// "Description" section.
    #[serde(default)]
    pub description: Vec<Block>,
    /// "Bodies responsible" section.
    #[serde(default)]
    pub bodies_responsible: Vec<String>,
    /// "Target group" section: groups (e.g. `Learners`) and their members.
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    /// "Thematic categories" section.
    #[serde(default)]
    pub thematic_categories: Vec<String>,
    /// "Subsystem" section (e.g. `IVET`, `CVET`).
    #[serde(default)]
    pub subsystems: Vec<String>,
    /// "Further reading" section.
    #[serde(default)]
    pub further_reading: Vec<Reading>,
    /// Ids of related policy developments, each a measure of this dataset.
    #[serde(default)]
    pub related: Vec<String>,
    /// "Cite as" section.
    #[serde(default)]
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct YearEntry {
    /// The year (validated to lie in [`FIRST_YEAR`]..=[`LAST_YEAR`]).
    pub year: i32,
    /// Status in words, e.g. `Implementation`, `Discontinued`, `Approved`.
    pub status: String,
    /// The year's note (inline markup); `None` when the source gives a status only.
    #[serde(default)]
    pub note: Option<String>,
}

/// A block of text in a section.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ListItem {
    /// The item's label as the source writes it, e.g. `(a)` or `(iii)`.
    #[serde(default)]
    pub marker: Option<String>,
    /// The item's text (inline markup).
    pub text: String,
    /// A nested list under this item.
    #[serde(default)]
    pub sublist: Vec<ListItem>,
}

/// A target group and its members, e.g. `Learners`: `Adult learners`, ...
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TargetGroup {
    /// The group, e.g. `Entities providing VET`.
    pub group: String,
    /// Its members, e.g. `Companies`.
    #[serde(default)]
    pub members: Vec<String>,
}

/// A further-reading reference: a title and, where the source gives one, an address.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Reading {
    /// The title.
    pub title: String,
    /// An http(s) address; `None` where the source gives none.
    #[serde(default)]
    pub url: Option<String>,
}

/// How to cite the entry.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Citation {
    /// The citation text (inline markup for the italic title).
    pub text: String,
    /// The entry's address.
    #[serde(default)]
    pub url: Option<String>,
}
