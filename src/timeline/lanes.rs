//! Which lanes the timeline shows: the first matches, a screenful at a time, and always the one
//! a link selects.

use crate::browse::facets::{matching_scored, Filters};
use crate::data::model::Dataset;
use crate::link::selection::Selection;

/// For each measure of `data`, by index, the measure that lists it as related (the first such),
/// if any: a related development's lane sits under its parent's, tied to it.
pub fn parents(data: &Dataset) -> Vec<Option<usize>> {
    data.measures
        .iter()
        .map(|m| {
            data.measures
                .iter()
                .position(|p| p.id != m.id && p.related.contains(&m.id))
        })
        .collect()
}

/// The measures `filters` find (given their search `scores`), in the timeline's order: each
/// related development right under its parent (`parents`, see [`parents`]).
pub fn listed(
    data: &Dataset,
    scores: &[Option<u32>],
    filters: &Filters,
    parents: &[Option<usize>],
) -> Vec<usize> {
    grouped(&matching_scored(data, scores, filters), parents)
}

/// `found` (measure indices in display order) with each related development moved right under
/// its parent, where `found` holds the parent too (in `found`'s order among its siblings).
pub fn grouped(found: &[usize], parents: &[Option<usize>]) -> Vec<usize> {
    let parent = |i: usize| parents.get(i).copied().flatten();
    let placed_under_parent = |i: usize| parent(i).is_some_and(|p| found.contains(&p));
    let mut out = Vec::with_capacity(found.len());
    fn place(i: usize, found: &[usize], parents: &[Option<usize>], out: &mut Vec<usize>) {
        if out.contains(&i) {
            return;
        }
        out.push(i);
        for &child in found {
            if parents.get(child).copied().flatten() == Some(i) {
                place(child, found, parents, out);
            }
        }
    }
    for &i in found {
        if !placed_under_parent(i) {
            place(i, found, parents, &mut out);
        }
    }
    // (A cycle of parents leaves its members out above: they keep their place.)
    for &i in found {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// How many more lanes "show more" adds (and how many show at first). Twenty fill a screen or
/// two; each lane costs layout (see BENCHMARKS.md).
pub const LANES_AT_A_TIME: usize = 20;

/// The lanes to show of `found` (measure indices in display order): the first `wanted`, and at
/// least up to the one `selection` names when the link names it (`explicit`).
pub fn shown_lanes(
    found: &[usize],
    selection: Selection,
    explicit: bool,
    wanted: usize,
) -> Vec<usize> {
    let selected_at = selection
        .measure_index()
        .filter(|_| explicit)
        .and_then(|i| found.iter().position(|&f| f == i));
    let n = wanted
        .max(selected_at.map_or(0, |p| p + 1))
        .min(found.len());
    found[..n].to_vec()
}

/// The lane count after "show more", when `on_screen` lanes are shown and `wanted` were asked.
pub fn more(on_screen: usize, wanted: usize) -> usize {
    on_screen.max(wanted) + LANES_AT_A_TIME
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_developments_sit_under_their_parent() {
        let data = crate::data::load::bundled();
        let parents = parents(&data);
        assert_eq!(parents, [None, Some(0), Some(0)]);
        // Search results sorted by relevance: the related ones follow their parent.
        assert_eq!(grouped(&[2, 0, 1], &parents), [0, 2, 1]);
        assert_eq!(
            grouped(&[1, 2], &parents),
            [1, 2],
            "no parent found: their own order"
        );
        assert_eq!(grouped(&[0, 1, 2], &parents), [0, 1, 2]);
        // A cycle does not lose anyone.
        assert_eq!(grouped(&[0, 1], &[Some(1), Some(0)]), [0, 1]);
    }

    #[test]
    fn the_first_lanes_and_the_selected_one() {
        let found: Vec<usize> = (0..100).collect();
        assert_eq!(
            shown_lanes(&found, Selection::Measure(3), true, 20).len(),
            20
        );
        assert_eq!(
            shown_lanes(&found, Selection::Measure(57), true, 20).len(),
            58
        );
        // The default measure is not "selected by the link": the first lanes only.
        assert_eq!(
            shown_lanes(&found, Selection::Measure(57), false, 20).len(),
            20
        );
        assert_eq!(
            shown_lanes(&found[..3], Selection::Empty, false, 20),
            [0, 1, 2]
        );
        assert_eq!(more(58, 20), 78);
        assert_eq!(more(20, 40), 60);
    }
}
