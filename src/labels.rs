//! Texts made from the data and the interface language: accessible names, announcements and
//! page titles.

use crate::data::markup;
use crate::data::model::{Citation, Dataset};
use crate::data::validate::is_web_address;
use crate::facets::{Facet, Filter, Filters};
use crate::i18n::{fill, format_number, Lang, Strings};
use crate::selection::{Notice, Selection};

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
            let status = m
                .year(year)
                .map(|e| crate::vocab::term(t, &e.status).text())
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

/// "3 of 1,000 developments", in the language.
pub fn count(t: &Strings, lang: Lang, shown: usize, total: usize) -> String {
    fill(
        if total == 1 {
            t.count_one
        } else {
            t.count_other
        },
        &[
            ("shown", &format_number(shown, lang)),
            ("total", &format_number(total, lang)),
        ],
    )
}

/// The facet's name in the interface.
pub fn facet_label(t: &Strings, facet: Facet) -> &'static str {
    match facet {
        Facet::Country => t.facet_country,
        Facet::Type => t.sections.development_type,
        Facet::Theme => t.sections.thematic_categories,
        Facet::Target => t.sections.target_group,
        Facet::Subsystem => t.sections.subsystem,
        Facet::Status => t.status,
    }
}

/// How a filter is named where nothing is left ("Subsystem: CVET").
pub fn filter_name(t: &Strings, filters: &Filters, filter: &Filter) -> String {
    match filter {
        Filter::Query => fill(t.filter_query, &[("q", filters.query.trim())]),
        Filter::Value(facet, value) => format!(
            "{}: {}",
            facet_label(t, *facet),
            crate::vocab::term(t, value).text()
        ),
        Filter::Years => {
            let (from, to) = filters.years();
            fill(
                t.filter_years,
                &[("from", &from.to_string()), ("to", &to.to_string())],
            )
        }
    }
}

/// The text of a note about the link.
pub fn notice_text(t: &Strings, notice: &Notice) -> String {
    match notice {
        Notice::YearIgnored(raw) => fill(t.notice_year_ignored, &[("year", raw)]),
        Notice::YearNotInEntry(year) => {
            fill(t.notice_year_not_in_entry, &[("year", &year.to_string())])
        }
        Notice::LangIgnored(raw) => fill(t.notice_lang_ignored, &[("lang", raw)]),
        Notice::RangeReversed(from, to) => fill(
            t.notice_range_reversed,
            &[("from", &from.to_string()), ("to", &to.to_string())],
        ),
    }
}

/// What "Copy citation" copies: the citation as plain text, then its address (if it is a web
/// address).
pub fn citation_to_copy(citation: &Citation) -> String {
    let plain = markup::plain_text(&citation.text);
    match citation.url.as_deref().filter(|u| is_web_address(u)) {
        Some(u) => format!("{plain} {u}"),
        None => plain,
    }
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

/// `text`, cut to at most `max` characters with an ellipsis where it is longer.
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_dataset;
    use crate::i18n::EN;

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

    #[test]
    fn counts_are_written_for_the_language() {
        use crate::i18n::bundled;
        assert_eq!(count(&EN, Lang::En, 3, 3), "3 of 3 developments");
        assert_eq!(count(&EN, Lang::En, 1, 1), "1 of 1 development");
        assert_eq!(
            count(bundled(Lang::Fr), Lang::Fr, 12, 1000),
            "12 sur 1\u{202F}000 évolutions"
        );
    }

    #[test]
    fn a_note_is_previewed_by_its_first_sentence() {
        let d = data();
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

    #[test]
    fn an_unknown_language_is_said() {
        let parsed = crate::deeplink::parse("?lang=xx");
        let resolved = crate::selection::resolve(&data(), &parsed);
        assert_eq!(resolved.notices, [Notice::LangIgnored("xx".into())]);
        assert_eq!(
            notice_text(&EN, &resolved.notices[0]),
            "The language “xx” in the link is not one this timeline speaks (English, Français, Nederlands, Deutsch), so it is shown in English."
        );
    }

    #[test]
    fn a_reversed_range_is_said() {
        assert_eq!(
            notice_text(&EN, &Notice::RangeReversed(2025, 2019)),
            "The year range in the link (2025 to 2019) ran backwards, so it is shown as 2019–2025."
        );
        let d = data();
        let parsed = crate::deeplink::parse("?from=2025&to=2019");
        let resolved = crate::selection::resolve(&d, &parsed);
        assert_eq!(resolved.notices, [Notice::RangeReversed(2025, 2019)]);
        assert_eq!(parsed.state.filters.years(), (2019, 2025));
    }

    #[test]
    fn notices_say_what_was_ignored() {
        assert_eq!(
            notice_text(&EN, &Notice::YearIgnored("20x9".into())),
            "The year “20x9” in the link is not a year of this timeline (2015–2025), so it was ignored."
        );
    }

    #[test]
    fn the_citation_is_copied_with_its_address() {
        let d = data();
        let citation = d.measures[0].citation.as_ref().expect("a citation");
        assert_eq!(
            citation_to_copy(citation),
            "Cedefop, & ReferNet. (2026). Measures of guidance and promotion of work-based \
             learning: Belgium-FR. In Cedefop, & ReferNet. (2026). Timeline of VET policies in \
             Europe (2025 update) [Online tool]. \
             https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"
        );
    }
}
