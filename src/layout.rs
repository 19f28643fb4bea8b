//! Timeline layout: the year columns, what each cell of a lane holds, the shape that marks each
//! status, and the scrolling that keeps the selected year in view.

use crate::data::model::{Measure, FIRST_YEAR, LAST_YEAR};

/// The timeline's years, in order.
pub fn years() -> impl DoubleEndedIterator<Item = i32> + Clone {
    FIRST_YEAR..=LAST_YEAR
}

/// How many year columns the timeline has.
pub const YEAR_COUNT: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// The shape that marks a status, so that statuses are told apart by shape, not colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// A filled circle: `Implementation`.
    Circle,
    /// A cross: `Discontinued`.
    Cross,
    /// A diamond: `Approved` (adopted, about to be implemented).
    Diamond,
    /// A triangle: `Legislative process` (in preparation).
    Triangle,
    /// A square outline: any other status.
    Square,
}

impl Mark {
    /// The mark of a status, by its words (case and spacing do not matter).
    pub fn of(status: &str) -> Mark {
        let words: Vec<String> = status
            .split_ascii_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        match words.join(" ").as_str() {
            "implementation" => Mark::Circle,
            "discontinued" => Mark::Cross,
            "approved" => Mark::Diamond,
            "legislative process" => Mark::Triangle,
            _ => Mark::Square,
        }
    }

    /// The CSS class of a band of a status with this mark (its colour and pattern).
    pub fn band_class(self) -> &'static str {
        match self {
            Mark::Circle => "band-circle",
            Mark::Cross => "band-cross",
            Mark::Diamond => "band-diamond",
            Mark::Triangle => "band-triangle",
            Mark::Square => "band-square",
        }
    }

    /// The CSS class naming this mark.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Circle => "mark-circle",
            Mark::Cross => "mark-cross",
            Mark::Diamond => "mark-diamond",
            Mark::Triangle => "mark-triangle",
            Mark::Square => "mark-square",
        }
    }
}

/// What one year cell of a lane holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The column's year.
    pub year: i32,
    /// The status of that year and whether it has a note; `None` where the source says nothing.
    pub entry: Option<CellEntry>,
}

/// The content of a cell for a year the source covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellEntry {
    /// The status in words.
    pub status: String,
    /// Its shape.
    pub mark: Mark,
    /// Whether the year has a note.
    pub has_note: bool,
}

/// The cells of `measure`'s lane, one per year of the timeline.
pub fn lane(measure: &Measure) -> Vec<Cell> {
    years()
        .map(|year| Cell {
            year,
            entry: measure.year(year).map(|e| CellEntry {
                status: e.status.clone(),
                mark: Mark::of(&e.status),
                has_note: e.note.is_some(),
            }),
        })
        .collect()
}

/// A stretch of a lane on the year axis: consecutive years with the same status, drawn as one
/// band, or a year the source says nothing of, drawn as empty track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stretch {
    /// A year without information.
    Empty(i32),
    /// Consecutive years with the same status.
    Band {
        /// The status in words, written once.
        status: String,
        /// Its shape.
        mark: Mark,
        /// Its years, in order, each with whether it has a note.
        years: Vec<(i32, bool)>,
    },
}

/// The stretches of `measure`'s lane over the years `from..=to`, in order.
pub fn stretches(measure: &Measure, (from, to): (i32, i32)) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::new();
    for cell in lane(measure)
        .into_iter()
        .filter(|c| (from..=to).contains(&c.year))
    {
        match (cell.entry, out.last_mut()) {
            (None, _) => out.push(Stretch::Empty(cell.year)),
            (Some(entry), Some(Stretch::Band { status, years, .. }))
                if *status == entry.status
                    && years.last().is_some_and(|(y, _)| y + 1 == cell.year) =>
            {
                years.push((cell.year, entry.has_note));
            }
            (Some(entry), _) => out.push(Stretch::Band {
                status: entry.status,
                mark: entry.mark,
                years: vec![(cell.year, entry.has_note)],
            }),
        }
    }
    out
}

/// The years of `measure` with an entry within `from..=to`: the controls of its lane.
pub fn entry_years(measure: &Measure, (from, to): (i32, i32)) -> Vec<i32> {
    measure
        .timeline
        .iter()
        .map(|e| e.year)
        .filter(|y| (from..=to).contains(y))
        .collect()
}

/// The distinct statuses of `measures`, in order of first appearance: the timeline's key.
pub fn statuses<'a>(measures: impl IntoIterator<Item = &'a Measure>) -> Vec<(String, Mark)> {
    let mut out: Vec<(String, Mark)> = Vec::new();
    for entry in measures.into_iter().flat_map(|m| &m.timeline) {
        if !out.iter().any(|(s, _)| *s == entry.status) {
            out.push((entry.status.clone(), Mark::of(&entry.status)));
        }
    }
    out
}

/// The next and previous years of `measure` that have an entry, around `year`.
pub fn neighbours(measure: &Measure, year: i32) -> (Option<i32>, Option<i32>) {
    let before = measure
        .timeline
        .iter()
        .map(|e| e.year)
        .filter(|y| *y < year)
        .max();
    let after = measure
        .timeline
        .iter()
        .map(|e| e.year)
        .filter(|y| *y > year)
        .min();
    (before, after)
}

/// A place in the timeline for keyboard moves: a lane (by its position on screen) and a year,
/// or the lane's name when `year` is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The lane's position among the lanes on screen.
    pub lane: usize,
    /// The year, or `None` for the development's name.
    pub year: Option<i32>,
}

/// A key that moves focus in the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Previous year (from the first year: the development's name).
    Left,
    /// Next year (from the name: the first year).
    Right,
    /// The lane above, at the nearest year.
    Up,
    /// The lane below, at the nearest year.
    Down,
    /// The lane's first year.
    Home,
    /// The lane's last year.
    End,
}

impl Move {
    /// The move of a `KeyboardEvent.key`, if it is one.
    pub fn of_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowLeft" => Move::Left,
            "ArrowRight" => Move::Right,
            "ArrowUp" => Move::Up,
            "ArrowDown" => Move::Down,
            "Home" => Move::Home,
            "End" => Move::End,
            _ => return None,
        })
    }
}

/// Where a key moves focus from `from`, given the years with an entry in each lane on screen
/// (`lanes[i]`, ascending); `None` where it cannot move (at an edge).
pub fn move_focus(key: Move, from: Place, lanes: &[Vec<i32>]) -> Option<Place> {
    let years = lanes.get(from.lane)?;
    let at = |lane: usize, year: Option<i32>| Some(Place { lane, year });
    match (key, from.year) {
        (Move::Right, None) => years.first().and_then(|&y| at(from.lane, Some(y))),
        (Move::Right, Some(y)) => years
            .iter()
            .find(|&&other| other > y)
            .and_then(|&n| at(from.lane, Some(n))),
        (Move::Left, None) => None,
        (Move::Left, Some(y)) => at(from.lane, years.iter().rev().find(|&&o| o < y).copied()),
        (Move::Home, _) => at(from.lane, years.first().copied()),
        (Move::End, _) => at(from.lane, years.last().copied()),
        (Move::Up | Move::Down, year) => {
            let lane = if key == Move::Up {
                from.lane.checked_sub(1)?
            } else {
                from.lane + 1
            };
            let target = lanes.get(lane)?;
            let year = year.and_then(|y| target.iter().copied().min_by_key(|t| (t - y).abs()));
            at(lane, year)
        }
    }
}

/// A horizontal extent, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Where it starts.
    pub start: f64,
    /// How wide it is.
    pub width: f64,
}

/// The scroll position that brings `item` into `view` (centred when it was not fully visible),
/// within a scrollable content `content_width` wide; `None` when no scrolling is needed.
///
/// `item.start` is relative to the content's start; `view.start` is the current scroll position.
pub fn scroll_to_show(item: Span, view: Span, content_width: f64) -> Option<f64> {
    let fully_visible =
        item.start >= view.start && item.start + item.width <= view.start + view.width;
    if fully_visible {
        return None;
    }
    let max = (content_width - view.width).max(0.0);
    let centred = item.start + item.width / 2.0 - view.width / 2.0;
    Some(centred.clamp(0.0, max))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_dataset;

    fn measures() -> Vec<Measure> {
        parse_dataset(include_str!("../public/data/timeline.json"))
            .expect("valid")
            .measures
    }

    #[test]
    fn consecutive_years_of_one_status_are_one_band() {
        let m = measures();
        let all = (FIRST_YEAR, LAST_YEAR);
        let bands = stretches(&m[0], all);
        assert_eq!(bands.len(), 1, "28020: Implementation from 2015 to 2025");
        let Stretch::Band { status, years, .. } = &bands[0] else {
            panic!("a band");
        };
        assert_eq!(status, "Implementation");
        assert_eq!(years.first(), Some(&(2015, false)));
        assert_eq!(years.last(), Some(&(2025, true)));
        assert_eq!(years.iter().filter(|(_, note)| *note).count(), 7);
        // The pact: empty track, one Discontinued year, empty track.
        let pact = stretches(&m[2], all);
        assert_eq!(pact.len(), 11);
        assert_eq!(pact[0], Stretch::Empty(2015));
        assert!(
            matches!(&pact[2], Stretch::Band { status, mark: Mark::Cross, years }
            if status == "Discontinued" && years == &[(2017, false)])
        );
        // A range narrows the axis, and cuts bands.
        let narrowed = stretches(&m[0], (2019, 2021));
        assert!(matches!(&narrowed[..], [Stretch::Band { years, .. }] if years.len() == 3));
        assert_eq!(entry_years(&m[1], (2019, 2025)), [2025]);
    }

    #[test]
    fn a_status_change_or_a_gap_starts_a_new_band() {
        let mut m = measures()[0].clone();
        m.timeline[3].status = "Approved".into();
        m.timeline.remove(6);
        let bands = stretches(&m, (FIRST_YEAR, LAST_YEAR));
        let shape: Vec<String> = bands
            .iter()
            .map(|s| match s {
                Stretch::Empty(y) => format!("-{y}"),
                Stretch::Band { status, years, .. } => {
                    format!("{status} {}–{}", years[0].0, years[years.len() - 1].0)
                }
            })
            .collect();
        assert_eq!(
            shape,
            [
                "Implementation 2015–2017",
                "Approved 2018–2018",
                "Implementation 2019–2020",
                "-2021",
                "Implementation 2022–2025"
            ]
        );
    }

    #[test]
    fn eleven_years() {
        assert_eq!(years().count(), YEAR_COUNT);
        assert_eq!(YEAR_COUNT, 11);
        assert_eq!(years().next(), Some(2015));
        assert_eq!(years().next_back(), Some(2025));
    }

    #[test]
    fn statuses_have_distinct_marks() {
        assert_eq!(Mark::of("Implementation"), Mark::Circle);
        assert_eq!(Mark::of("discontinued"), Mark::Cross);
        assert_eq!(Mark::of("Approved"), Mark::Diamond);
        assert_eq!(Mark::of("Legislative  process"), Mark::Triangle);
        assert_eq!(Mark::of("Something new"), Mark::Square);
        let classes: std::collections::HashSet<_> = [
            Mark::Circle,
            Mark::Cross,
            Mark::Diamond,
            Mark::Triangle,
            Mark::Square,
        ]
        .map(Mark::class)
        .into();
        assert_eq!(classes.len(), 5);
    }

    #[test]
    fn lanes_have_a_cell_per_year_and_tell_notes_apart() {
        let m = measures();
        let cells = lane(&m[0]);
        assert_eq!(cells.len(), 11);
        assert!(cells.iter().all(|c| c.entry.is_some()));
        let with_notes: Vec<i32> = cells
            .iter()
            .filter(|c| c.entry.as_ref().is_some_and(|e| e.has_note))
            .map(|c| c.year)
            .collect();
        assert_eq!(with_notes, (2019..=2025).collect::<Vec<_>>());
    }

    #[test]
    fn years_outside_an_entry_are_empty() {
        let m = measures();
        let pact = lane(&m[2]);
        let filled: Vec<i32> = pact
            .iter()
            .filter(|c| c.entry.is_some())
            .map(|c| c.year)
            .collect();
        assert_eq!(filled, [2017]);
        assert_eq!(pact[2].entry.as_ref().map(|e| e.mark), Some(Mark::Cross));
    }

    #[test]
    fn the_key_lists_each_status_once() {
        let m = measures();
        assert_eq!(
            statuses(&m),
            [
                ("Implementation".to_owned(), Mark::Circle),
                ("Discontinued".to_owned(), Mark::Cross)
            ]
        );
    }

    #[test]
    fn neighbouring_years() {
        let m = measures();
        assert_eq!(neighbours(&m[0], 2019), (Some(2018), Some(2020)));
        assert_eq!(neighbours(&m[0], 2015), (None, Some(2016)));
        assert_eq!(neighbours(&m[2], 2017), (None, None));
    }

    #[test]
    fn arrow_keys_move_along_and_across_lanes() {
        let lanes = vec![
            (2015..=2025).collect::<Vec<_>>(),
            vec![2025],
            vec![2017],
            vec![],
        ];
        let place = |lane, year| Place { lane, year };
        let go = |key, from| move_focus(key, from, &lanes);
        // Along a lane: name ⇄ years, stopping at the edges.
        assert_eq!(go(Move::Right, place(0, None)), Some(place(0, Some(2015))));
        assert_eq!(
            go(Move::Right, place(0, Some(2019))),
            Some(place(0, Some(2020)))
        );
        assert_eq!(go(Move::Right, place(0, Some(2025))), None);
        assert_eq!(go(Move::Left, place(0, Some(2015))), Some(place(0, None)));
        assert_eq!(go(Move::Left, place(0, None)), None);
        assert_eq!(
            go(Move::Home, place(0, Some(2019))),
            Some(place(0, Some(2015)))
        );
        assert_eq!(go(Move::End, place(0, None)), Some(place(0, Some(2025))));
        // Across lanes: to the nearest year there is, or to the name.
        assert_eq!(
            go(Move::Down, place(0, Some(2019))),
            Some(place(1, Some(2025)))
        );
        assert_eq!(
            go(Move::Down, place(1, Some(2025))),
            Some(place(2, Some(2017)))
        );
        assert_eq!(go(Move::Down, place(2, Some(2017))), Some(place(3, None)));
        assert_eq!(go(Move::Down, place(3, None)), None);
        assert_eq!(go(Move::Up, place(2, None)), Some(place(1, None)));
        assert_eq!(
            go(Move::Up, place(1, Some(2025))),
            Some(place(0, Some(2025)))
        );
        assert_eq!(go(Move::Up, place(0, Some(2019))), None);
        // A lane without years: Home and End stay on its name.
        assert_eq!(go(Move::Home, place(3, None)), Some(place(3, None)));
        assert_eq!(Move::of_key("ArrowUp"), Some(Move::Up));
        assert_eq!(Move::of_key("a"), None);
    }

    #[test]
    fn scrolling_keeps_the_selected_year_in_view() {
        let view = Span {
            start: 0.0,
            width: 300.0,
        };
        // Visible: no scroll.
        let near = Span {
            start: 100.0,
            width: 80.0,
        };
        assert_eq!(scroll_to_show(near, view, 1000.0), None);
        // Off to the right: centred.
        let far = Span {
            start: 600.0,
            width: 80.0,
        };
        assert_eq!(scroll_to_show(far, view, 1000.0), Some(490.0));
        // Near the end: clamped to the last position.
        let last = Span {
            start: 920.0,
            width: 80.0,
        };
        assert_eq!(scroll_to_show(last, view, 1000.0), Some(700.0));
        // Partly hidden on the left: brought back, clamped at 0.
        let scrolled = Span {
            start: 500.0,
            width: 300.0,
        };
        let first = Span {
            start: 0.0,
            width: 80.0,
        };
        assert_eq!(scroll_to_show(first, scrolled, 1000.0), Some(0.0));
        // A view wider than its content never scrolls past 0.
        assert_eq!(
            scroll_to_show(
                far,
                Span {
                    start: 0.0,
                    width: 500.0
                },
                400.0
            ),
            Some(0.0)
        );
    }
}
