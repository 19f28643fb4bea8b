//! Interface strings. Every string a reader sees that does not come from the dataset is here.

/// The interface strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// Shown while the dataset loads.
    pub loading: &'static str,
    /// Heading of the view shown when the dataset cannot be shown.
    pub load_failed_title: &'static str,
    /// Summary when the dataset fails validation; followed by the list of problems.
    pub dataset_invalid: &'static str,
    /// Shown when the dataset holds no measure.
    pub dataset_empty: &'static str,
    /// Button that loads the dataset again.
    pub retry: &'static str,
    /// Section headings of a measure's card, as Cedefop's entry names them.
    pub sections: Sections,
}

/// The headings of a measure's card.
#[derive(Debug)]
pub struct Sections {
    /// "Timeline".
    pub timeline: &'static str,
    /// "ID number", followed by the number.
    pub id_number: &'static str,
    /// "Background".
    pub background: &'static str,
    /// "Objectives".
    pub objectives: &'static str,
    /// "Description".
    pub description: &'static str,
    /// "Bodies responsible".
    pub bodies_responsible: &'static str,
    /// "Target group".
    pub target_group: &'static str,
    /// "Thematic categories".
    pub thematic_categories: &'static str,
    /// "Subsystem".
    pub subsystem: &'static str,
    /// "Further reading".
    pub further_reading: &'static str,
    /// "Related policy developments".
    pub related: &'static str,
    /// "Type of development".
    pub development_type: &'static str,
    /// "Cite as".
    pub cite_as: &'static str,
}

impl Strings {
    /// Every section heading, in the card's order.
    pub fn section_headings(&self) -> [&'static str; 13] {
        let s = &self.sections;
        [
            s.id_number,
            s.background,
            s.objectives,
            s.description,
            s.timeline,
            s.bodies_responsible,
            s.target_group,
            s.thematic_categories,
            s.subsystem,
            s.further_reading,
            s.related,
            s.development_type,
            s.cite_as,
        ]
    }
}

/// English.
pub static EN: Strings = Strings {
    loading: "Loading the timeline…",
    load_failed_title: "The timeline cannot be shown",
    dataset_invalid: "The timeline's data file has problems, so it is not shown. Whoever publishes this page should correct these:",
    dataset_empty: "This timeline's data file holds no policy development yet.",
    retry: "Try again",
    sections: Sections {
        timeline: "Timeline",
        id_number: "ID number",
        background: "Background",
        objectives: "Objectives",
        description: "Description",
        bodies_responsible: "Bodies responsible",
        target_group: "Target group",
        thematic_categories: "Thematic categories",
        subsystem: "Subsystem",
        further_reading: "Further reading",
        related: "Related policy developments",
        development_type: "Type of development",
        cite_as: "Cite as",
    },
};
