//! Which lanes the timeline shows: the first matches, a screenful at a time, and always the one
//! a link selects.

use crate::browse::facets::{matching_scored, Filters};
use crate::data::model::Dataset;
use crate::data::sorted::Keyed;
use crate::link::selection::Selection;

/// For each measure of `data`, by index, the measure that lists it as related (the first such),
/// if any: a related development's lane sits under its parent's, tied to it. (In log time per
/// measure: each listing, sorted by the related id, then by the parent.)
pub fn parents(data: &Dataset) -> Vec<Option<usize>> {
    let listings = Keyed::new(
        data.measures
            .iter()
            .enumerate()
            .flat_map(|(p, m)| {
                m.related
                    .iter()
                    .filter(move |r| **r != m.id)
                    .map(move |r| (r.as_str(), p))
            })
            .collect(),
    );
    data.measures
        .iter()
        .map(|m| listings.first(&m.id))
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
/// Linear in the measures.
pub fn grouped(found: &[usize], parents: &[Option<usize>]) -> Vec<usize> {
    let n = found
        .iter()
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
        .max(parents.len());
    let parent = |i: usize| parents.get(i).copied().flatten().filter(|p| *p < n);
    let mut in_found = vec![false; n];
    // Each parent's children among `found`, in `found`'s order.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &i in found {
        in_found[i] = true;
    }
    for &i in found {
        if let Some(p) = parent(i) {
            children[p].push(i);
        }
    }
    let mut placed = vec![false; n];
    let mut out = Vec::with_capacity(found.len());
    for &i in found {
        if parent(i).is_some_and(|p| in_found[p]) {
            continue;
        }
        // Depth first: a measure, then each of its children's trees, in order.
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            if placed[x] {
                continue;
            }
            placed[x] = true;
            out.push(x);
            stack.extend(children[x].iter().rev());
        }
    }
    // (A cycle of parents leaves its members out above: they keep their place.)
    for &i in found {
        if !placed[i] {
            placed[i] = true;
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
        let data = crate::data::load::example();
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
    fn the_fast_grouping_is_the_plain_one() {
        // The definitions, as plain (quadratic) code.
        fn first_parent(data: &Dataset, m: usize) -> Option<usize> {
            let id = &data.measures[m].id;
            (data.measures.iter()).position(|p| p.id != *id && p.related.contains(id))
        }
        fn place(i: usize, found: &[usize], parents: &[Option<usize>], out: &mut Vec<usize>) {
            if out.contains(&i) {
                return;
            }
            out.push(i);
            for &c in found.iter().filter(|c| parents[**c] == Some(i)) {
                place(c, found, parents, out);
            }
        }
        let mut data = crate::data::load::example();
        let template = data.measures[0].clone();
        data.measures = (0..12)
            .map(|i| {
                let mut m = template.clone();
                m.id = format!("m{i}");
                // m0 lists m3 and m4; m3 lists m5 and m4 (m4's first parent stays m0); m7 and
                // m8 list each other; m9 lists itself.
                m.related = match i {
                    0 => vec!["m3".into(), "m4".into()],
                    3 => vec!["m5".into(), "m4".into()],
                    7 => vec!["m8".into()],
                    8 => vec!["m7".into()],
                    9 => vec!["m9".into(), "m10".into()],
                    _ => vec![],
                };
                m
            })
            .collect();
        let fast = parents(&data);
        let plain: Vec<_> = (0..12).map(|m| first_parent(&data, m)).collect();
        assert_eq!(fast, plain);
        for found in [
            (0..12).collect::<Vec<_>>(),
            vec![5, 4, 11, 3, 0, 8, 7, 10, 9, 1],
            vec![4, 5, 3, 7],
            vec![],
        ] {
            let mut expected = Vec::new();
            for &i in &found {
                if !plain[i].is_some_and(|p| found.contains(&p)) {
                    place(i, &found, &plain, &mut expected);
                }
            }
            expected.extend(
                found
                    .iter()
                    .filter(|i| !expected.contains(i))
                    .collect::<Vec<_>>(),
            );
            assert_eq!(grouped(&found, &fast), expected, "{found:?}");
        }
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
