//! The timeline's keyboard model: one tab stop per lane (a roving tabindex), which the arrow
//! keys, Home and End move between the years of a lane and across lanes.

use crate::link::selection::Selection;

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
    /// The lane above, at the same year, or the nearest it has.
    Up,
    /// The lane below, at the same year, or the nearest it has.
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

/// Where a key moves focus from `from`, where `years(i)` gives the years with an entry of the
/// `i`-th lane on screen (ascending), or `None` past the last lane; `None` where focus cannot
/// move (at an edge). Only the lanes the move concerns are asked for.
///
/// Up and Down go to the year `column` (the year the reader's moves up and down started from,
/// see [`TabStops::column`]; else `from`'s), or the nearest year the lane has, as in a grid.
pub fn move_focus(
    key: Move,
    from: Place,
    column: Option<i32>,
    years: impl Fn(usize) -> Option<Vec<i32>>,
) -> Option<Place> {
    let at = |lane: usize, year: Option<i32>| Some(Place { lane, year });
    if let Move::Up | Move::Down = key {
        let lane = if key == Move::Up {
            from.lane.checked_sub(1)?
        } else {
            from.lane + 1
        };
        let target = years(lane)?;
        let year = column
            .or(from.year)
            .and_then(|y| target.iter().copied().min_by_key(|t| (t - y).abs()));
        return at(lane, year);
    }
    let years = years(from.lane)?;
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
        (Move::Up | Move::Down, _) => None,
    }
}

/// The lanes' tab stops: each lane's is its selected control, or its name, unless the arrow
/// keys moved it since the selection last changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TabStops {
    /// Lanes whose tab stop was moved (measure index, and the year or `None` for the name).
    moved: Vec<(usize, Option<i32>)>,
    /// Where the last move up or down led (measure index, year or name), and the year the
    /// moves up and down started from.
    column: Option<((usize, Option<i32>), i32)>,
}

impl TabStops {
    /// The tab stop of the lane of measure `index` when `selection` is open: a year, or `None`
    /// for the development's name.
    pub fn stop(&self, index: usize, selection: Selection) -> Option<i32> {
        match self.moved.iter().find(|(lane, _)| *lane == index) {
            Some((_, year)) => *year,
            None => match selection {
                Selection::Year(i, year) if i == index => Some(year),
                _ => None,
            },
        }
    }

    /// The arrow keys moved the tab stop of the lane of measure `index` to `year` (or its name)
    /// along the lane (or with Home or End): the next move up or down starts from there.
    pub fn moved_to(&mut self, index: usize, year: Option<i32>) {
        self.column = None;
        self.moved.retain(|(lane, _)| *lane != index);
        self.moved.push((index, year));
    }

    /// Up or Down moved the tab stop to `year` (or the name) of the lane of measure `index`,
    /// aiming at the year `column`: the next move up or down from there aims at it again.
    pub fn moved_across(&mut self, index: usize, year: Option<i32>, column: Option<i32>) {
        self.moved_to(index, year);
        self.column = column.map(|c| ((index, year), c));
    }

    /// The year the moves up and down that led to `year` (or the name) of the lane of measure
    /// `index` started from, if they led there (after a click, or along the lane: none).
    pub fn column(&self, index: usize, year: Option<i32>) -> Option<i32> {
        self.column
            .filter(|(at, _)| *at == (index, year))
            .map(|(_, c)| c)
    }

    /// Whether no tab stop was moved.
    pub fn is_empty(&self) -> bool {
        self.moved.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_move_along_and_across_lanes() {
        let lanes = [
            (2015..=2025).collect::<Vec<_>>(),
            vec![2025],
            vec![2017],
            vec![],
        ];
        let place = |lane, year| Place { lane, year };
        let go = |key, from| move_focus(key, from, None, |lane| lanes.get(lane).cloned());
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
        for (key, step) in [
            ("ArrowLeft", Move::Left),
            ("ArrowRight", Move::Right),
            ("ArrowUp", Move::Up),
            ("ArrowDown", Move::Down),
            ("Home", Move::Home),
            ("End", Move::End),
        ] {
            assert_eq!(Move::of_key(key), Some(step), "{key}");
        }
        assert_eq!(Move::of_key("a"), None);
    }

    #[test]
    fn up_and_down_keep_the_year_they_started_from_until_a_move_along() {
        // 28020 (every year), the PEQ (2025 only), the pact (2017 only), a lane without years.
        let lanes = [
            (2015..=2025).collect::<Vec<_>>(),
            vec![2025],
            vec![2017],
            vec![],
        ];
        let mut stops = TabStops::default();
        let mut at = Place {
            lane: 0,
            year: Some(2016),
        };
        let mut press = |key: Move, stops: &mut TabStops| {
            // (Lane i shows measure i.)
            let column = stops.column(at.lane, at.year);
            let to = move_focus(key, at, column, |lane| lanes.get(lane).cloned())?;
            match key {
                Move::Up | Move::Down => stops.moved_across(to.lane, to.year, column.or(at.year)),
                _ => stops.moved_to(to.lane, to.year),
            }
            at = to;
            Some((to.lane, to.year))
        };
        assert_eq!(press(Move::Down, &mut stops), Some((1, Some(2025))));
        assert_eq!(
            press(Move::Up, &mut stops),
            Some((0, Some(2016))),
            "back to 2016"
        );
        assert_eq!(press(Move::Down, &mut stops), Some((1, Some(2025))));
        assert_eq!(press(Move::Down, &mut stops), Some((2, Some(2017))));
        assert_eq!(press(Move::Down, &mut stops), Some((3, None)));
        assert_eq!(press(Move::Up, &mut stops), Some((2, Some(2017))));
        assert_eq!(press(Move::Up, &mut stops), Some((1, Some(2025))));
        assert_eq!(
            press(Move::Up, &mut stops),
            Some((0, Some(2016))),
            "still 2016"
        );
        // A move along the lane starts a new column.
        assert_eq!(press(Move::Right, &mut stops), Some((0, Some(2017))));
        assert_eq!(press(Move::Down, &mut stops), Some((1, Some(2025))));
        assert_eq!(press(Move::Up, &mut stops), Some((0, Some(2017))));
        assert_eq!(press(Move::End, &mut stops), Some((0, Some(2025))));
        assert_eq!(press(Move::Down, &mut stops), Some((1, Some(2025))));
        assert_eq!(press(Move::Up, &mut stops), Some((0, Some(2025))));
        // Focus that came from elsewhere (a click, Tab) has no column.
        assert_eq!(stops.column(0, Some(2019)), None);
        assert_eq!(stops.column(0, Some(2025)), Some(2025));
    }

    #[test]
    fn each_lane_has_one_tab_stop_the_keys_carry_along() {
        let mut stops = TabStops::default();
        let year = Selection::Year(0, 2019);
        assert!(stops.is_empty());
        assert_eq!(stops.stop(0, year), Some(2019), "the selected year");
        assert_eq!(stops.stop(1, year), None, "another lane's name");
        assert_eq!(
            stops.stop(0, Selection::Measure(0)),
            None,
            "a card: the name"
        );
        stops.moved_to(0, Some(2021));
        stops.moved_to(1, Some(2025));
        stops.moved_to(0, None);
        assert!(!stops.is_empty());
        assert_eq!(stops.stop(0, year), None, "moved back to the name");
        assert_eq!(stops.stop(1, year), Some(2025));
        assert_eq!(stops.stop(2, year), None);
    }
}
