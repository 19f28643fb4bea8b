//! Texts made from the data and the interface language: accessible names, announcements and
//! page titles.

use crate::i18n::{fill, Strings};
use crate::model::Dataset;
use crate::selection::Selection;

/// The accessible name of a year cell: its year, status, whether it has a note, and the
/// development it belongs to.
pub fn cell_label(t: &Strings, year: i32, status: &str, has_note: bool, title: &str) -> String {
    fill(
        t.cell_label,
        &[
            ("year", &year.to_string()),
            ("status", status),
            ("note", if has_note { t.with_note } else { "" }),
            ("title", title),
        ],
    )
}

/// The title of the card on screen.
pub fn view_title(t: &Strings, data: &Dataset, selection: Selection, requested: &str) -> String {
    match selection {
        Selection::Measure(i) => data.measures[i].title.clone(),
        Selection::Year(i, year) => format!("{year} – {}", data.measures[i].title),
        Selection::NotFound => fill(t.not_found_title, &[("id", requested)]),
        Selection::Empty => t.app_title.to_owned(),
    }
}

/// The document's title for the card on screen.
pub fn document_title(
    t: &Strings,
    data: &Dataset,
    selection: Selection,
    requested: &str,
) -> String {
    match selection {
        Selection::Empty => t.app_title.to_owned(),
        _ => fill(
            t.document_title,
            &[("view", &view_title(t, data, selection, requested))],
        ),
    }
}

/// What a screen reader is told when a selection opens a card.
pub fn announcement(t: &Strings, data: &Dataset, selection: Selection, requested: &str) -> String {
    match selection {
        Selection::Measure(i) => fill(t.announce_measure, &[("title", &data.measures[i].title)]),
        Selection::Year(i, year) => {
            let m = &data.measures[i];
            let status = m.year(year).map(|e| e.status.as_str()).unwrap_or_default();
            fill(
                t.announce_year,
                &[
                    ("year", &year.to_string()),
                    ("status", status),
                    ("title", &m.title),
                ],
            )
        }
        Selection::NotFound | Selection::Empty => view_title(t, data, selection, requested),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::load::parse_dataset;

    fn data() -> Dataset {
        parse_dataset(include_str!("../public/data/timeline.json")).expect("valid")
    }

    #[test]
    fn cell_names_hold_year_status_and_development() {
        assert_eq!(
            cell_label(&EN, 2019, "Implementation", true, "Measures"),
            "2019: Implementation, with a note – Measures"
        );
        assert_eq!(
            cell_label(&EN, 2017, "Discontinued", false, "Pact"),
            "2017: Discontinued – Pact"
        );
    }

    #[test]
    fn titles_and_announcements() {
        let d = data();
        assert_eq!(
            document_title(&EN, &d, Selection::Year(0, 2019), ""),
            "2019 – Measures of guidance and promotion of work-based learning – VET policy timeline"
        );
        assert_eq!(
            announcement(&EN, &d, Selection::Year(2, 2017), ""),
            "Showing 2017: Discontinued – Social partner pact for employment and training."
        );
        assert_eq!(
            announcement(&EN, &d, Selection::Measure(1), ""),
            "Showing the full entry: Learning becomes modular: Vocational education pathway (PEQ)."
        );
        assert_eq!(
            document_title(&EN, &d, Selection::NotFound, "99999"),
            "No development “99999” in this timeline – VET policy timeline"
        );
    }
}
