//! The words of browsing: the count of what is shown, the facets' names, and how a filter is
//! named where nothing is left.

use crate::data::model::Years;
use crate::text::i18n::{fill, format_number, Lang, Strings};
use crate::text::vocab::term;

use super::facets::{Facet, Filter, Filters};

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
pub fn filter_name(t: &Strings, filters: &Filters, filter: &Filter, years: Years) -> String {
    match filter {
        Filter::Query => fill(t.filter_query, &[("q", filters.query.trim())]),
        Filter::Value(facet, value) => {
            let (label, text) = (facet_label(t, *facet), term(t, value).text());
            fill(t.labelled, &[("label", label), ("text", text)])
        }
        Filter::Years => {
            let Years { from, to } = filters.years(years);
            fill(
                t.filter_years,
                &[("from", &from.to_string()), ("to", &to.to_string())],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::DEFAULT_YEARS;
    use crate::text::i18n::{bundled, EN};

    #[test]
    fn counts_are_written_for_the_language() {
        assert_eq!(count(&EN, Lang::En, 3, 3), "3 of 3 developments");
        assert_eq!(count(&EN, Lang::En, 1, 1), "1 of 1 development");
        assert_eq!(
            count(bundled(Lang::Fr), Lang::Fr, 12, 1000),
            "12 sur 1\u{202F}000 évolutions"
        );
    }

    #[test]
    fn filters_are_named_by_facet_and_value() {
        let filters = Filters {
            query: " pact ".into(),
            from: Some(2019),
            ..Filters::default()
        };
        assert_eq!(
            filter_name(
                &EN,
                &filters,
                &Filter::Value(Facet::Subsystem, "CVET".into()),
                DEFAULT_YEARS
            ),
            "Subsystem: CVET"
        );
        assert_eq!(
            filter_name(
                &EN,
                &filters,
                &Filter::Value(Facet::Status, "Discontinued".into()),
                DEFAULT_YEARS
            ),
            "Status: Discontinued"
        );
        assert_eq!(
            filter_name(&EN, &filters, &Filter::Query, DEFAULT_YEARS),
            "search: pact"
        );
        assert_eq!(
            filter_name(&EN, &filters, &Filter::Years, DEFAULT_YEARS),
            "years 2019–2025"
        );
    }
}
