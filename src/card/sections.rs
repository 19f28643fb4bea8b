//! What a measure's card shows, and in what order: the rules the card's components follow.
//!
//! Full entries (which have a kind, such as "POLICY DEVELOPMENT") name their kind and type of
//! development above their title; related developments, which the source only summarises,
//! name their type in a section of its own. Every other section follows the source's order,
//! and a section the entry lacks is left out.

use crate::data::model::{Dataset, Measure};
use crate::text::i18n::Strings;

/// A section of a measure's card, in the card's order: the order of [`Section::ALL`], which is
/// the order they are declared in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// The short text of an entry the source only summarises (no heading).
    Summary,
    /// "Background".
    Background,
    /// "Objectives".
    Objectives,
    /// "Description".
    Description,
    /// "Timeline": each year's status, and its note.
    Timeline,
    /// "Type of development", for entries without a kind.
    DevelopmentType,
    /// "Bodies responsible".
    BodiesResponsible,
    /// "Target group": groups and their members.
    TargetGroup,
    /// "Thematic categories".
    ThematicCategories,
    /// "Subsystem".
    Subsystem,
    /// "Further reading".
    FurtherReading,
    /// "Related policy developments".
    Related,
    /// The measures that list this one as related.
    ListedAsRelatedBy,
    /// "Cite as".
    CiteAs,
}

impl Section {
    /// Every section, in the card's order.
    pub const ALL: [Section; 14] = [
        Section::Summary,
        Section::Background,
        Section::Objectives,
        Section::Description,
        Section::Timeline,
        Section::DevelopmentType,
        Section::BodiesResponsible,
        Section::TargetGroup,
        Section::ThematicCategories,
        Section::Subsystem,
        Section::FurtherReading,
        Section::Related,
        Section::ListedAsRelatedBy,
        Section::CiteAs,
    ];

    /// The section's heading, in the interface language (`None` for the summary).
    pub fn title(self, t: &Strings) -> Option<&'static str> {
        let s = &t.sections;
        Some(match self {
            Section::Summary => return None,
            Section::Background => s.background,
            Section::Objectives => s.objectives,
            Section::Description => s.description,
            Section::Timeline => s.timeline,
            Section::DevelopmentType => s.development_type,
            Section::BodiesResponsible => s.bodies_responsible,
            Section::TargetGroup => s.target_group,
            Section::ThematicCategories => s.thematic_categories,
            Section::Subsystem => s.subsystem,
            Section::FurtherReading => s.further_reading,
            Section::Related => s.related,
            Section::ListedAsRelatedBy => t.listed_as_related_by,
            Section::CiteAs => s.cite_as,
        })
    }

    /// Whether the card of `m` (a measure of `data`) has this section: what the entry lacks is
    /// left out, and a full entry's type of development is named above its title instead (see
    /// [`eyebrow`]).
    pub fn is_in(self, data: &Dataset, m: &Measure) -> bool {
        match self {
            Section::Summary => !m.summary.is_empty(),
            Section::Background => !m.background.is_empty(),
            Section::Objectives => !m.objectives.is_empty(),
            Section::Description => !m.description.is_empty(),
            Section::Timeline => !m.timeline.is_empty(),
            Section::DevelopmentType => m.entry_kind.is_none() && m.development_type.is_some(),
            Section::BodiesResponsible => !m.bodies_responsible.is_empty(),
            Section::TargetGroup => !m.target_groups.is_empty(),
            Section::ThematicCategories => !m.thematic_categories.is_empty(),
            Section::Subsystem => !m.subsystems.is_empty(),
            Section::FurtherReading => !m.further_reading.is_empty(),
            Section::Related => m.related.iter().any(|id| data.measure(id).is_some()),
            Section::ListedAsRelatedBy => data.referring_to(&m.id).next().is_some(),
            Section::CiteAs => m.citation.is_some(),
        }
    }
}

/// The kind of entry and type of development named above the title: a full entry's, in that
/// order; none for an entry without a kind (its type has a section, see [`sections`]).
pub fn eyebrow(m: &Measure) -> Vec<&str> {
    match &m.entry_kind {
        Some(kind) => std::iter::once(kind.as_str())
            .chain(m.development_type.as_deref())
            .collect(),
        None => Vec::new(),
    }
}

/// The sections of the card of the measure at `index` of `data`, in order; those it lacks are
/// left out.
pub fn sections(data: &Dataset, index: usize) -> Vec<Section> {
    let Some(m) = data.measures.get(index) else {
        return Vec::new();
    };
    Section::ALL
        .into_iter()
        .filter(|section| section.is_in(data, m))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example as data;

    #[test]
    fn a_full_entry_names_its_kind_and_type_above_its_title() {
        let d = data();
        assert_eq!(
            eyebrow(&d.measures[0]),
            ["POLICY DEVELOPMENT", "PRACTICAL MEASURE/INITIATIVE"]
        );
        assert!(!sections(&d, 0).contains(&Section::DevelopmentType));
        // Without a type, the kind alone.
        let mut kind_only = d.clone();
        kind_only.measures[0].development_type = None;
        assert_eq!(eyebrow(&kind_only.measures[0]), ["POLICY DEVELOPMENT"]);
    }

    #[test]
    fn a_related_development_names_its_type_in_a_section() {
        let d = data();
        assert!(eyebrow(&d.measures[1]).is_empty());
        assert_eq!(
            sections(&d, 1),
            [
                Section::Summary,
                Section::Timeline,
                Section::DevelopmentType,
                Section::Subsystem,
                Section::ListedAsRelatedBy
            ]
        );
    }

    #[test]
    fn sections_an_entry_lacks_are_left_out() {
        let mut d = data();
        let m = &mut d.measures[0];
        m.objectives.clear();
        m.further_reading.clear();
        m.citation = None;
        m.related.clear();
        let shown = sections(&d, 0);
        for gone in [
            Section::Objectives,
            Section::FurtherReading,
            Section::CiteAs,
            Section::Related,
        ] {
            assert!(!shown.contains(&gone), "{gone:?}");
        }
        assert!(!sections(&d, 1).contains(&Section::ListedAsRelatedBy));
        assert!(sections(&d, 99).is_empty());
    }

    #[test]
    fn every_section_is_listed_once_in_the_order_it_is_declared() {
        assert!(Section::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Section::ALL.first(), Some(&Section::Summary));
        assert_eq!(Section::ALL.last(), Some(&Section::CiteAs));
    }

    #[test]
    fn section_headings_are_distinct_in_every_language() {
        use crate::text::i18n::{bundled, Lang};
        for lang in Lang::ALL {
            let t = bundled(lang);
            let mut headings: Vec<&str> = Section::ALL.iter().filter_map(|s| s.title(t)).collect();
            headings.push(t.sections.id_number);
            headings.sort_unstable();
            headings.dedup();
            assert_eq!(headings.len(), Section::ALL.len(), "{}", lang.code());
        }
    }

    #[test]
    fn every_section_but_the_summary_has_a_heading() {
        use crate::text::i18n::EN;
        assert_eq!(Section::Summary.title(&EN), None);
        assert_eq!(Section::CiteAs.title(&EN), Some("Cite as"));
        assert_eq!(
            Section::ListedAsRelatedBy.title(&EN),
            Some("Listed as a related development of")
        );
    }
}
