//! The words of a view: its title, the document's title, what a screen reader is told when it
//! opens, and the notes about the link.

use crate::data::model::{Dataset, Years};
use crate::text::i18n::{fill, Strings};
use crate::text::vocab::term;

use super::query::Param;
use super::selection::{Notice, Selection};

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
            let status = m
                .year(year)
                .map(|e| term(t, &e.status).text())
                .unwrap_or_default();
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

/// The text of a note about the link to a timeline of `years`.
pub fn notice_text(t: &Strings, notice: &Notice, years: Years) -> String {
    let ignored = |text: &str, raw: &str| {
        fill(
            text,
            &[
                ("year", raw),
                ("first", &years.from.to_string()),
                ("last", &years.to.to_string()),
            ],
        )
    };
    match notice {
        Notice::Ignored(param, raw) => match param {
            Param::Year => ignored(t.notice_year_ignored, raw),
            Param::Lang => fill(t.notice_lang_ignored, &[("lang", raw)]),
            Param::From => ignored(t.notice_from_ignored, raw),
            Param::To => ignored(t.notice_to_ignored, raw),
            Param::Scheme => fill(t.notice_scheme_ignored, &[("scheme", raw)]),
        },
        Notice::YearNotInEntry(year) => {
            fill(t.notice_year_not_in_entry, &[("year", &year.to_string())])
        }
        Notice::RangeReversed(from, to) => fill(
            t.notice_range_reversed,
            &[("from", &from.to_string()), ("to", &to.to_string())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example as data;
    use crate::data::model::DEFAULT_YEARS;
    use crate::text::i18n::EN;

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

    #[test]
    fn an_unknown_language_is_said() {
        let parsed = crate::link::query::parse("?lang=xx");
        let resolved = crate::link::selection::resolve(&data(), &parsed);
        assert_eq!(
            resolved.notices,
            [Notice::Ignored(Param::Lang, "xx".into())]
        );
        assert_eq!(
            notice_text(&EN, &resolved.notices[0], DEFAULT_YEARS),
            "The language “xx” in the link is not one this timeline speaks (English, Français, Nederlands, Deutsch), so it is shown in English."
        );
    }

    #[test]
    fn a_reversed_range_is_said() {
        assert_eq!(
            notice_text(&EN, &Notice::RangeReversed(2025, 2019), DEFAULT_YEARS),
            "The year range in the link (2025 to 2019) ran backwards, so it is shown as 2019–2025."
        );
        let d = data();
        let parsed = crate::link::query::parse("?from=2025&to=2019");
        let resolved = crate::link::selection::resolve(&d, &parsed);
        assert_eq!(resolved.notices, [Notice::RangeReversed(2025, 2019)]);
        assert_eq!(
            parsed.state.filters.years(DEFAULT_YEARS),
            Years {
                from: 2019,
                to: 2025
            }
        );
    }

    #[test]
    fn notices_say_what_was_ignored() {
        assert_eq!(
            notice_text(&EN, &Notice::Ignored(Param::Year, "20x9".into()), DEFAULT_YEARS),
            "The year “20x9” in the link is not a year of this timeline (2015–2025), so it was ignored."
        );
        assert_eq!(
            notice_text(&EN, &Notice::Ignored(Param::From, "2030".into()), DEFAULT_YEARS),
            "The first year “2030” in the link is not a year of this timeline (2015–2025), so it was ignored."
        );
        assert_eq!(
            notice_text(&EN, &Notice::Ignored(Param::To, "1999".into()), DEFAULT_YEARS),
            "The last year “1999” in the link is not a year of this timeline (2015–2025), so it was ignored."
        );
        assert_eq!(
            notice_text(&EN, &Notice::Ignored(Param::Scheme, "purple".into()), DEFAULT_YEARS),
            "The colours “purple” in the link are not ones this timeline offers (light, dark, auto), so it shows its usual colours."
        );
    }
}
