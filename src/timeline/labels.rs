//! The words of the timeline: the axis's years, each year control's accessible name, and a
//! year's preview.

use crate::data::markup;
use crate::text::i18n::{fill, Strings};
use crate::text::plain::cut;

/// The accessible name of a year's control: what its row header (the development) and column
/// header (the year) do not say: its status, and whether it has a note.
pub fn cell_label(t: &Strings, status: &str, has_note: bool) -> String {
    fill(
        t.cell_label,
        &[
            ("status", status),
            ("note", if has_note { t.with_note } else { "" }),
        ],
    )
}

/// A year on the axis, in two parts: its century, which a narrow screen hides (a screen reader
/// still reads it), and its last two digits, which every screen shows: 2015 is ("20", "15").
pub fn axis_year(year: i32) -> (String, String) {
    let text = year.to_string();
    let at = text.len().saturating_sub(2);
    (text[..at].to_owned(), text[at..].to_owned())
}

/// The first line of a year's note, for its preview: the note's first sentence as plain text,
/// cut at `max` characters with an ellipsis.
pub fn note_preview(note: &str, max: usize) -> String {
    let plain = markup::plain_text(note);
    let sentence = match plain.find(". ") {
        Some(end) => &plain[..=end],
        None => plain.as_str(),
    };
    cut(sentence, max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::EN;

    #[test]
    fn an_axis_year_splits_into_its_century_and_its_last_two_digits() {
        assert_eq!(axis_year(2015), ("20".to_owned(), "15".to_owned()));
        assert_eq!(axis_year(1999), ("19".to_owned(), "99".to_owned()));
        assert_eq!(axis_year(7), (String::new(), "7".to_owned()));
    }

    #[test]
    fn cell_names_say_the_status_and_the_note_which_the_headers_do_not() {
        assert_eq!(
            cell_label(&EN, "Implementation", true),
            "Implementation, with a note"
        );
        assert_eq!(cell_label(&EN, "Discontinued", false), "Discontinued");
    }

    #[test]
    fn a_note_is_previewed_by_its_first_sentence() {
        let d = crate::data::load::example();
        let note = d.measures[0]
            .year(2019)
            .and_then(|e| e.note.as_deref())
            .unwrap_or_default();
        assert_eq!(
            note_preview(note, 140),
            "The platform 'My school, my job' was deployed in 2019 to inform a large public about training courses for different professions."
        );
        assert_eq!(note_preview("*Short* note", 140), "Short note");
        assert_eq!(
            note_preview(&"word ".repeat(50), 20),
            "word word word word…"
        );
    }
}
