//! What the reader is looking at: a deep link resolved against the dataset.

use crate::data::model::Dataset;

use super::query::{Param, Parsed, ViewState};

/// The card on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// The full card of the measure at this index.
    Measure(usize),
    /// The card of one year of the measure at this index.
    Year(usize, i32),
    /// The link names a measure the dataset does not hold.
    NotFound,
    /// The dataset holds no measure at all.
    Empty,
}

impl Selection {
    /// The index of the measure in focus, if any.
    pub fn measure_index(self) -> Option<usize> {
        match self {
            Selection::Measure(i) | Selection::Year(i, _) => Some(i),
            Selection::NotFound | Selection::Empty => None,
        }
    }

    /// The selected year, if a year card is open.
    pub fn year(self) -> Option<i32> {
        match self {
            Selection::Year(_, year) => Some(year),
            _ => None,
        }
    }
}

/// Something about the link the reader should be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The link gave `param` a value (as given) the app cannot use, so it was ignored.
    Ignored(Param, String),
    /// The measure has no entry for the link's year, so its full card is shown.
    YearNotInEntry(i32),
    /// The link's year range ran backwards (`from`, `to` as given): it is shown put right.
    RangeReversed(i32, i32),
}

/// A resolved view: the card to show and what to tell the reader about the link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The card on screen.
    pub selection: Selection,
    /// Notes about the link, shown politely above the card.
    pub notices: Vec<Notice>,
}

/// Resolves a parsed deep link against `dataset`.
pub fn resolve(dataset: &Dataset, parsed: &Parsed) -> Resolved {
    let parsed = &parsed.clone().within(dataset.years);
    let mut notices: Vec<Notice> = (parsed.ignored.iter())
        .map(|(param, raw)| Notice::Ignored(*param, raw.clone()))
        .collect();
    if let (Some(from), Some(to)) = (parsed.state.filters.from, parsed.state.filters.to) {
        if from > to {
            notices.push(Notice::RangeReversed(from, to));
        }
    }
    let index = match &parsed.state.measure {
        Some(id) => dataset.position(id),
        None if dataset.measures.is_empty() => {
            return Resolved {
                selection: Selection::Empty,
                notices,
            }
        }
        None => Some(0),
    };
    let Some(index) = index else {
        return Resolved {
            selection: Selection::NotFound,
            notices,
        };
    };
    let selection = match parsed.state.year {
        Some(year) if dataset.measures[index].year(year).is_some() => Selection::Year(index, year),
        Some(year) => {
            notices.push(Notice::YearNotInEntry(year));
            Selection::Measure(index)
        }
        None => Selection::Measure(index),
    };
    Resolved { selection, notices }
}

/// The link that opens `selection` from `current` (keeping the parameters it does not set).
pub fn link_to(dataset: &Dataset, current: &ViewState, selection: Selection) -> ViewState {
    match selection {
        Selection::Measure(i) => current.with_selection(&dataset.measures[i].id, None),
        Selection::Year(i, year) => current.with_selection(&dataset.measures[i].id, Some(year)),
        Selection::NotFound | Selection::Empty => ViewState {
            measure: None,
            year: None,
            ..current.clone()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example as dataset;
    use crate::link::query::parse;

    fn resolve_query(q: &str) -> Resolved {
        resolve(&dataset(), &parse(q))
    }

    #[test]
    fn no_parameter_opens_the_first_measure() {
        assert_eq!(resolve_query("").selection, Selection::Measure(0));
    }

    #[test]
    fn measure_and_year_open_the_year_card() {
        assert_eq!(
            resolve_query("?measure=28020&year=2019").selection,
            Selection::Year(0, 2019)
        );
        assert_eq!(
            resolve_query("?measure=be-fr-social-partner-pact-employment-training").selection,
            Selection::Measure(2)
        );
        assert_eq!(
            resolve_query("?year=2023").selection,
            Selection::Year(0, 2023)
        );
    }

    #[test]
    fn unknown_measures_are_not_found() {
        let r = resolve_query("?measure=99999&year=2019");
        assert_eq!(r.selection, Selection::NotFound);
    }

    #[test]
    fn ignored_years_are_noticed() {
        let r = resolve_query("?measure=28020&year=abc");
        assert_eq!(r.selection, Selection::Measure(0));
        assert_eq!(r.notices, [Notice::Ignored(Param::Year, "abc".into())]);
    }

    #[test]
    fn ignored_year_ranges_and_colours_are_noticed() {
        let r = resolve_query("?from=2030&to=1999&scheme=purple");
        assert_eq!(
            r.notices,
            [
                Notice::Ignored(Param::From, "2030".into()),
                Notice::Ignored(Param::To, "1999".into()),
                Notice::Ignored(Param::Scheme, "purple".into()),
            ]
        );
        for fine in ["?from=2016&to=2020&scheme=dark", "?from=&to=&scheme=", ""] {
            assert_eq!(resolve_query(fine).notices, [], "{fine}");
        }
        let p = parse("?from=2030&scheme=purple").within(dataset().years);
        assert!(!p.ignored.is_empty());
        assert_eq!((p.state.filters.from, p.state.scheme), (None, None));
        assert!(parse("?measure=28020&year=2019&lang=fr&scheme=auto")
            .ignored
            .is_empty());
    }

    #[test]
    fn a_year_the_entry_does_not_cover_shows_the_entry() {
        let r = resolve_query("?measure=be-fr-vocational-education-pathway-peq&year=2019");
        assert_eq!(r.selection, Selection::Measure(1));
        assert_eq!(r.notices, [Notice::YearNotInEntry(2019)]);
    }

    #[test]
    fn an_empty_dataset_is_its_own_view() {
        let mut d = dataset();
        d.measures.clear();
        assert_eq!(resolve(&d, &parse("")).selection, Selection::Empty);
        assert_eq!(
            resolve(&d, &parse("?measure=28020")).selection,
            Selection::NotFound
        );
    }

    #[test]
    fn links_keep_foreign_parameters() {
        let d = dataset();
        let current = parse("?measure=28020&utm=x").state;
        let next = link_to(&d, &current, Selection::Year(1, 2025));
        assert_eq!(
            crate::link::query::format(&next),
            "?measure=be-fr-vocational-education-pathway-peq&year=2025&utm=x"
        );
    }
}
