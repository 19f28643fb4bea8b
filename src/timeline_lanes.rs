//! Which lanes the timeline shows: the first matches, a screenful at a time, and always the one
//! a link selects.

use crate::selection::Selection;

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
