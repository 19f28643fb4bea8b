//! Interface strings. Every string a reader sees that does not come from the dataset is here, in
//! one table per language. Strings with `{name}` placeholders are filled with [`fill`].

/// The interface strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// The language's code (BCP 47), for `<html lang>`.
    pub code: &'static str,
    /// The app's name, the page's `h1`.
    pub app_title: &'static str,
    /// Under the title: what the timeline is and how to use it.
    pub app_lead: &'static str,
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

    /// Heading of the timeline.
    pub timeline_title: &'static str,
    /// How to read and use the timeline.
    pub timeline_help: &'static str,
    /// Header of the column of development names.
    pub development: &'static str,
    /// Accessible name of a year cell: `{year}`, `{status}`, `{note}` ([`Strings::with_note`] or
    /// nothing) and `{title}`.
    pub cell_label: &'static str,
    /// Added to a year cell's name when the year has a note.
    pub with_note: &'static str,
    /// Heading of the timeline's key.
    pub key_title: &'static str,
    /// Key entry for the note marker.
    pub key_note: &'static str,
    /// Key entry for an empty cell.
    pub key_empty: &'static str,

    /// Section headings of a measure's card, as Cedefop's entry names them.
    pub sections: Sections,
    /// Label of a year's status.
    pub status: &'static str,
    /// Label of a year's note.
    pub note: &'static str,
    /// Said of a year with a status and no note.
    pub no_note: &'static str,
    /// Link from a year card to its measure's full card.
    pub full_entry: &'static str,
    /// Link to the previous year: `{year}`.
    pub previous_year: &'static str,
    /// Link to the next year: `{year}`.
    pub next_year: &'static str,
    /// Label of the year navigation of a year card.
    pub year_navigation: &'static str,
    /// On a related development's card: the measures that list it as related.
    pub listed_as_related_by: &'static str,

    /// Heading of the not-found view: `{id}`.
    pub not_found_title: &'static str,
    /// Text of the not-found view.
    pub not_found_text: &'static str,
    /// Notice: the link's year `{year}` is not a timeline year.
    pub notice_year_ignored: &'static str,
    /// Notice: the entry has no status for `{year}`.
    pub notice_year_not_in_entry: &'static str,

    /// Button copying the link to the current view.
    pub copy_link: &'static str,
    /// Button copying the citation.
    pub copy_citation: &'static str,
    /// Said once the link is copied.
    pub link_copied: &'static str,
    /// Said once the citation is copied.
    pub citation_copied: &'static str,
    /// Said when the browser refused to copy; the text is then shown to copy by hand.
    pub copy_refused: &'static str,

    /// Announced when a measure's card opens: `{title}`.
    pub announce_measure: &'static str,
    /// Announced when a year's card opens: `{year}`, `{status}`, `{title}`.
    pub announce_year: &'static str,
    /// The page title: `{view}` is the card's title.
    pub document_title: &'static str,
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

/// Fills the `{name}` placeholders of `template` with `values`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// English.
pub static EN: Strings = Strings {
    code: "en",
    app_title: "VET policy timeline",
    app_lead: "Policy developments in vocational education and training, 2015–2025, from Cedefop's Timeline of VET policies in Europe. Select a year or a development to read its entry.",
    loading: "Loading the timeline…",
    load_failed_title: "The timeline cannot be shown",
    dataset_invalid: "The timeline's data file has problems, so it is not shown. Whoever publishes this page should correct these:",
    dataset_empty: "This timeline's data file holds no policy development yet.",
    retry: "Try again",

    timeline_title: "Timeline 2015–2025",
    timeline_help: "Each row is a policy development and each column a year. Select a year to read its status and note, or the name of a development to read its full entry.",
    development: "Policy development",
    cell_label: "{year}: {status}{note} – {title}",
    with_note: ", with a note",
    key_title: "Key",
    key_note: "Year with a note",
    key_empty: "No information for that year",

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
    status: "Status",
    note: "Note",
    no_note: "The entry gives no note for this year.",
    full_entry: "Read the full entry",
    previous_year: "Previous year: {year}",
    next_year: "Next year: {year}",
    year_navigation: "Other years",
    listed_as_related_by: "Listed as a related development of",

    not_found_title: "No development “{id}” in this timeline",
    not_found_text: "The link asks for a policy development that this timeline does not hold. These are the developments it holds:",
    notice_year_ignored: "The year “{year}” in the link is not a year of this timeline (2015–2025), so it was ignored.",
    notice_year_not_in_entry: "This entry gives no status for {year}, so the full entry is shown.",

    copy_link: "Copy link",
    copy_citation: "Copy citation",
    link_copied: "Link copied.",
    citation_copied: "Citation copied.",
    copy_refused: "Your browser did not allow copying. Select the text below and copy it:",

    announce_measure: "Showing the full entry: {title}.",
    announce_year: "Showing {year}: {status} – {title}.",
    document_title: "{view} – VET policy timeline",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill(
                "{year}: {status}{note} – {title}",
                &[
                    ("year", "2019"),
                    ("status", "Implementation"),
                    ("note", ", with a note"),
                    ("title", "Measures")
                ]
            ),
            "2019: Implementation, with a note – Measures"
        );
    }

    #[test]
    fn fill_leaves_unknown_or_unclosed_braces() {
        assert_eq!(fill("{a} {b} {", &[("a", "x")]), "x {b} {");
        assert_eq!(fill("no placeholder", &[]), "no placeholder");
        assert_eq!(fill("{a}{a}", &[("a", "{a}")]), "{a}{a}");
    }
}
