//! Browsing many developments: filters (search text, facets, a year range), which developments
//! they leave and in what order, how many each facet value would leave, and which filter to
//! remove when nothing is left.

use super::search::{fold, SearchIndex};
use crate::data::model::{Dataset, Measure, Years};
use crate::data::sorted::{in_stage_order, sort};
use crate::text::vocab::Stage;

/// A facet: a property developments are filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// Country.
    Country,
    /// Type of development.
    Type,
    /// Thematic category.
    Theme,
    /// Target group member.
    Target,
    /// Subsystem (IVET, CVET).
    Subsystem,
    /// Status in a year of the year range.
    Status,
}

impl Facet {
    /// Every facet, in the order the filter panel shows them.
    pub const ALL: [Facet; 6] = [
        Facet::Country,
        Facet::Type,
        Facet::Theme,
        Facet::Target,
        Facet::Subsystem,
        Facet::Status,
    ];

    /// The facet's query-string parameter.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Country => "country",
            Facet::Type => "type",
            Facet::Theme => "theme",
            Facet::Target => "target",
            Facet::Subsystem => "subsystem",
            Facet::Status => "status",
        }
    }

    /// The facet of a query-string parameter.
    pub fn of_param(param: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == param)
    }

    /// The values measure `m` has for this facet (within `years` for statuses).
    pub fn values(self, m: &Measure, years: Years) -> Vec<&str> {
        match self {
            Facet::Country => vec![m.country.as_str()],
            Facet::Type => m.development_type.as_deref().into_iter().collect(),
            Facet::Theme => m.thematic_categories.iter().map(String::as_str).collect(),
            Facet::Target => m
                .target_groups
                .iter()
                .flat_map(|g| g.members.iter().map(String::as_str))
                .collect(),
            Facet::Subsystem => m.subsystems.iter().map(String::as_str).collect(),
            // A stage by one name, however the dataset spells it.
            Facet::Status => m
                .timeline
                .iter()
                .filter(|e| years.contains(e.year))
                .map(|e| Stage::of(&e.status).map_or(e.status.as_str(), |s| s.code()))
                .collect(),
        }
    }
}

/// What the reader filters by. Part of the link (see [`crate::link::query`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Free text.
    pub query: String,
    /// Chosen values, per facet: a development matches a facet if it has any of them.
    pub chosen: Vec<(Facet, String)>,
    /// First year of the range (a development matches if it has an entry within the range).
    pub from: Option<i32>,
    /// Last year of the range.
    pub to: Option<i32>,
}

/// One filter, as the empty state names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// The search text.
    Query,
    /// One chosen facet value.
    Value(Facet, String),
    /// The year range.
    Years,
}

impl Filters {
    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
            || !self.chosen.is_empty()
            || self.from.is_some()
            || self.to.is_some()
    }

    /// The year range, in order and within the timeline's `years`.
    pub fn years(&self, years: Years) -> Years {
        let from = years.clamp(self.from.unwrap_or(years.from));
        let to = years.clamp(self.to.unwrap_or(years.to));
        Years {
            from: from.min(to),
            to: from.max(to),
        }
    }

    /// Whether `value` is chosen for `facet`.
    pub fn is_chosen(&self, facet: Facet, value: &str) -> bool {
        self.chosen.iter().any(|(f, v)| *f == facet && v == value)
    }

    /// These filters with `value` of `facet` chosen or not.
    pub fn toggled(&self, facet: Facet, value: &str) -> Filters {
        let mut next = self.clone();
        if next.is_chosen(facet, value) {
            next.chosen.retain(|(f, v)| !(*f == facet && v == value));
        } else {
            next.chosen.push((facet, value.to_owned()));
        }
        next
    }

    /// These filters without `filter`.
    pub fn without(&self, filter: &Filter) -> Filters {
        let mut next = self.clone();
        match filter {
            Filter::Query => next.query.clear(),
            Filter::Value(facet, value) => next.chosen.retain(|(f, v)| !(f == facet && v == value)),
            Filter::Years => (next.from, next.to) = (None, None),
        }
        next
    }

    /// Every filter that is set.
    pub fn active(&self) -> Vec<Filter> {
        let mut out = Vec::new();
        if !self.query.trim().is_empty() {
            out.push(Filter::Query);
        }
        out.extend(
            self.chosen
                .iter()
                .map(|(f, v)| Filter::Value(*f, v.clone())),
        );
        if self.from.is_some() || self.to.is_some() {
            out.push(Filter::Years);
        }
        out
    }
}

/// Whether a facet's group has anything to show for `filters`: a value that would leave
/// developments (`counted` pairs each value with how many), or one the reader chose. A group
/// with neither is hidden, not left as an empty frame.
pub fn group_shows(counted: &[(String, usize)], filters: &Filters, facet: Facet) -> bool {
    counted
        .iter()
        .any(|(value, n)| *n > 0 || filters.is_chosen(facet, value))
}

/// Whether `m` passes every facet of `filters` except `skip`, and the year range.
fn passes(m: &Measure, filters: &Filters, skip: Option<Facet>, all: Years) -> bool {
    let years = filters.years(all);
    let in_range = m.timeline.iter().any(|e| years.contains(e.year));
    if (filters.from.is_some() || filters.to.is_some()) && !in_range {
        return false;
    }
    Facet::ALL
        .into_iter()
        .filter(|f| Some(*f) != skip)
        .all(|facet| {
            let wanted: Vec<&str> = filters
                .chosen
                .iter()
                .filter(|(f, _)| *f == facet)
                .map(|(_, v)| v.as_str())
                .collect();
            wanted.is_empty() || facet.values(m, years).iter().any(|v| wanted.contains(v))
        })
}

/// The developments `filters` leave, by index, in order: by relevance when searching, else by
/// country and then in the dataset's own order (which keeps a measure with its related ones).
pub fn matching(data: &Dataset, index: &SearchIndex, filters: &Filters) -> Vec<usize> {
    matching_scored(data, &scores(data, index, filters), filters)
}

/// How well each development matches the search of `filters` (`None`: not at all), to compute
/// once for [`matching_scored`] and the facets' [`counts`].
pub fn scores(data: &Dataset, index: &SearchIndex, filters: &Filters) -> Vec<Option<u32>> {
    let query = fold(filters.query.trim());
    (0..data.measures.len())
        .map(|i| index.score(data, i, &query))
        .collect()
}

/// [`matching`], given the search's [`scores`].
pub fn matching_scored(data: &Dataset, scores: &[Option<u32>], filters: &Filters) -> Vec<usize> {
    let searching = !filters.query.trim().is_empty();
    // Each match with its sort key; one unstable sort of (key, index) pairs is deterministic
    // (indices are unique) and smaller in wasm than a stable sort.
    let mut countries: Vec<&str> = data.measures.iter().map(|m| m.country.as_str()).collect();
    sort(&mut countries);
    countries.dedup();
    let mut found: Vec<(u32, usize)> = data
        .measures
        .iter()
        .zip(scores)
        .enumerate()
        .filter(|(_, (m, _))| passes(m, filters, None, data.years))
        .filter_map(|(i, (m, score))| {
            let score = (*score)?;
            let key = if searching {
                // By relevance.
                u32::MAX - score
            } else {
                // By country, then in the dataset's own order.
                countries.binary_search(&m.country.as_str()).unwrap_or(0) as u32
            };
            Some((key, i))
        })
        .collect();
    sort(&mut found);
    found.into_iter().map(|(_, i)| i).collect()
}

/// Every value of `facet` in the dataset, sorted, with how many developments would match if it
/// were chosen (given the other facets, the search, whose `scores` are given, and the year
/// range).
pub fn counts(
    data: &Dataset,
    scores: &[Option<u32>],
    filters: &Filters,
    facet: Facet,
) -> Vec<(String, usize)> {
    let years = filters.years(data.years);
    // The distinct values, kept sorted as they are found (there are few of them).
    let mut values: Vec<&str> = Vec::new();
    for m in &data.measures {
        for value in facet.values(m, data.years) {
            if let Err(at) = values.binary_search(&value) {
                values.insert(at, value);
            }
        }
    }
    // One pass over the developments: each counts once for each of its values.
    let mut counted = vec![0; values.len()];
    let mut last = vec![usize::MAX; values.len()];
    for (i, m) in data.measures.iter().enumerate() {
        if scores.get(i).copied().flatten().is_none()
            || !passes(m, filters, Some(facet), data.years)
        {
            continue;
        }
        for value in facet.values(m, years) {
            if let Ok(k) = values.binary_search(&value) {
                if last[k] != i {
                    last[k] = i;
                    counted[k] += 1;
                }
            }
        }
    }
    let out: Vec<(String, usize)> = values
        .into_iter()
        .zip(counted)
        .map(|(value, n)| (value.to_owned(), n))
        .collect();
    if facet == Facet::Status {
        // The stages in the order of a policy's life, then any other status.
        in_stage_order(out, |(status, _)| status)
    } else {
        out
    }
}

/// When `filters` leave nothing: each filter whose removal would leave something, with how many.
pub fn emptiers(data: &Dataset, index: &SearchIndex, filters: &Filters) -> Vec<(Filter, usize)> {
    filters
        .active()
        .into_iter()
        .filter_map(|f| {
            let n = matching(data, index, &filters.without(&f)).len();
            (n > 0).then_some((f, n))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example as data;

    fn run(filters: &Filters) -> Vec<usize> {
        let d = data();
        matching(&d, &SearchIndex::new(&d), filters)
    }

    fn with(chosen: &[(Facet, &str)]) -> Filters {
        Filters {
            chosen: chosen.iter().map(|(f, v)| (*f, (*v).to_owned())).collect(),
            ..Filters::default()
        }
    }

    #[test]
    fn no_filter_keeps_everything_with_measure_28020_first() {
        assert_eq!(run(&Filters::default()), [0, 1, 2]);
    }

    #[test]
    fn facets_narrow_and_combine() {
        let theme = "Lifelong guidance";
        assert_eq!(run(&with(&[(Facet::Theme, theme)])), [0]);
        assert_eq!(run(&with(&[(Facet::Subsystem, "IVET")])), [0, 1, 2]);
        assert_eq!(run(&with(&[(Facet::Subsystem, "CVET")])), [2]);
        // Values of one facet widen; facets combine.
        assert_eq!(
            run(&with(&[
                (Facet::Type, "Regulation/Legislation"),
                (Facet::Type, "Strategy/Action plan")
            ])),
            [1, 2]
        );
        assert_eq!(
            run(&with(&[(Facet::Subsystem, "CVET"), (Facet::Theme, theme)])),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn the_year_range_and_statuses() {
        let range = |from, to| Filters {
            from: Some(from),
            to: Some(to),
            ..Filters::default()
        };
        assert_eq!(run(&range(2019, 2025)), [0, 1]);
        assert_eq!(run(&range(2016, 2017)), [0, 2]);
        assert_eq!(
            run(&range(2025, 2019)),
            [0, 1],
            "a reversed range is read in order"
        );
        let mut discontinued = with(&[(Facet::Status, "Discontinued")]);
        assert_eq!(run(&discontinued), [2]);
        discontinued.from = Some(2019);
        assert_eq!(run(&discontinued), Vec::<usize>::new());
    }

    #[test]
    fn search_is_accent_and_case_insensitive_and_ranks_titles_first() {
        let q = |text: &str| Filters {
            query: text.into(),
            ..Filters::default()
        };
        assert_eq!(run(&q("cite des metiers")), [0]);
        assert_eq!(run(&q("CITÉ DES MÉTIERS")), [0]);
        assert_eq!(
            run(&q("vocational education pathway")),
            [1, 0],
            "in the PEQ's title, then in 28020's background"
        );
        assert_eq!(run(&q("pact")), [2]);
        assert_eq!(run(&q("zzz")), Vec::<usize>::new());
    }

    #[test]
    fn a_development_counts_once_for_a_status_it_has_in_many_years() {
        let d = data();
        let index = SearchIndex::new(&d);
        let filters = Filters::default();
        let statuses = counts(&d, &scores(&d, &index, &filters), &filters, Facet::Status);
        let implementation = statuses
            .iter()
            .find(|(s, _)| s == "Implementation")
            .map(|(_, n)| *n);
        assert_eq!(implementation, Some(2), "{statuses:?}");
        let searched = Filters {
            query: "walloon pact".into(),
            ..Filters::default()
        };
        let statuses = counts(&d, &scores(&d, &index, &searched), &searched, Facet::Status);
        assert!(statuses.iter().all(|(_, n)| *n <= 1), "{statuses:?}");
    }

    #[test]
    fn counts_are_given_the_other_filters() {
        let d = data();
        let index = SearchIndex::new(&d);
        let filters = with(&[(Facet::Subsystem, "CVET")]);
        let scores = scores(&d, &index, &filters);
        let subsystems = counts(&d, &scores, &filters, Facet::Subsystem);
        assert_eq!(
            subsystems,
            [("CVET".to_owned(), 1), ("IVET".to_owned(), 3)],
            "a facet's own choice does not narrow its counts"
        );
        let types = counts(&d, &scores, &filters, Facet::Type);
        assert_eq!(
            types,
            [
                ("PRACTICAL MEASURE/INITIATIVE".to_owned(), 0),
                ("Regulation/Legislation".to_owned(), 0),
                ("Strategy/Action plan".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn a_group_shows_while_a_value_would_leave_something_or_is_chosen() {
        let d = data();
        let index = SearchIndex::new(&d);
        let discontinued = with(&[(Facet::Status, "Discontinued")]);
        let scores = scores(&d, &index, &discontinued);
        let shows = |facet| {
            group_shows(
                &counts(&d, &scores, &discontinued, facet),
                &discontinued,
                facet,
            )
        };
        // Only the pact is discontinued, and it has no themes or target groups.
        assert!(!shows(Facet::Theme));
        assert!(!shows(Facet::Target));
        assert!(shows(Facet::Type));
        assert!(shows(Facet::Status));
        let nothing_left = [("Lifelong guidance".to_owned(), 0)];
        let chosen = with(&[(Facet::Theme, "Lifelong guidance")]);
        assert!(group_shows(&nothing_left, &chosen, Facet::Theme));
        assert!(!group_shows(&nothing_left, &chosen, Facet::Target));
        assert!(!group_shows(
            &nothing_left,
            &Filters::default(),
            Facet::Theme
        ));
    }

    #[test]
    fn an_empty_result_names_the_filters_to_remove() {
        let d = data();
        let index = SearchIndex::new(&d);
        let mut filters = with(&[
            (Facet::Subsystem, "CVET"),
            (Facet::Theme, "Lifelong guidance"),
        ]);
        filters.query = "pathway".into();
        assert!(matching(&d, &index, &filters).is_empty());
        // Without CVET, 28020 is left; without the theme or the search, nothing would be.
        assert_eq!(
            emptiers(&d, &index, &filters),
            [(Filter::Value(Facet::Subsystem, "CVET".into()), 1)]
        );
        assert!(filters.without(&Filter::Query).query.is_empty());
        assert!(filters.is_active());
        assert!(!Filters::default().is_active());
    }
}
