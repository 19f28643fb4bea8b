//! A lane on the year axis: what each year cell holds, the stretches of consecutive years with
//! one status that are drawn as one band, the shape that marks each status, and the key.

use crate::data::model::{Measure, Years};
use crate::data::sorted::in_stage_order;
use crate::text::vocab::Stage;

/// The shape that marks a status, so that statuses are told apart by shape, not colour alone:
/// one per [`Stage`], and one for any other status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// A ring: `Design`.
    Ring,
    /// A triangle: `Legislative process` (in preparation).
    Triangle,
    /// A diamond: `Approved/Agreed` (adopted, about to be implemented).
    Diamond,
    /// A star: `Pilot`.
    Star,
    /// A filled circle: `Implementation`.
    Circle,
    /// A cross: `Discontinued`.
    Cross,
    /// A tick: `Completed`.
    Tick,
    /// A square outline: any other status.
    Square,
}

impl Mark {
    /// Every mark: the seven stages' in their order, then the one of any other status.
    pub const ALL: [Mark; 8] = [
        Mark::Ring,
        Mark::Triangle,
        Mark::Diamond,
        Mark::Star,
        Mark::Circle,
        Mark::Cross,
        Mark::Tick,
        Mark::Square,
    ];

    /// The colour of a status with this mark, in the light colour scheme: the stylesheet's
    /// [`Mark::colour_property`] (its `light-dark()`'s first colour; `tests/mirrors.rs` compares
    /// them), and the link-preview pictures' band of that status.
    pub fn colour(self) -> &'static str {
        match self {
            Mark::Ring => "#1f5fa8",
            Mark::Triangle => "#7a4f00",
            Mark::Diamond => "#6a3d9a",
            Mark::Star => "#00727a",
            Mark::Circle => "#1d6b3a",
            Mark::Cross => "#a4161a",
            Mark::Tick => "#9c2a6b",
            Mark::Square => "#4a5360",
        }
    }

    /// The stylesheet's custom property of this mark's [`Mark::colour`] (`--status-design`).
    pub fn colour_property(self) -> &'static str {
        match self {
            Mark::Ring => "--status-design",
            Mark::Triangle => "--status-legislative",
            Mark::Diamond => "--status-approved",
            Mark::Star => "--status-pilot",
            Mark::Circle => "--status-implementation",
            Mark::Cross => "--status-discontinued",
            Mark::Tick => "--status-completed",
            Mark::Square => "--status-other",
        }
    }

    /// The mark of a status, by its words (case and spacing do not matter).
    pub fn of(status: &str) -> Mark {
        match Stage::of(status) {
            Some(Stage::Design) => Mark::Ring,
            Some(Stage::LegislativeProcess) => Mark::Triangle,
            Some(Stage::Approved) => Mark::Diamond,
            Some(Stage::Pilot) => Mark::Star,
            Some(Stage::Implementation) => Mark::Circle,
            Some(Stage::Discontinued) => Mark::Cross,
            Some(Stage::Completed) => Mark::Tick,
            None => Mark::Square,
        }
    }

    /// The mark's name, for its CSS classes.
    fn name(self) -> &'static str {
        match self {
            Mark::Ring => "ring",
            Mark::Triangle => "triangle",
            Mark::Diamond => "diamond",
            Mark::Star => "star",
            Mark::Circle => "circle",
            Mark::Cross => "cross",
            Mark::Tick => "tick",
            Mark::Square => "square",
        }
    }

    /// The CSS class of a band of a status with this mark (its colour, border and pattern).
    pub fn band_class(self) -> String {
        ["band-", self.name()].concat()
    }

    /// Whether a band of a status with this mark ends with the mark (a discontinued policy ends
    /// with its cross, a completed one with its tick), rather than starting with it.
    pub fn ends_band(self) -> bool {
        matches!(self, Mark::Cross | Mark::Tick)
    }

    /// The CSS class naming this mark.
    pub fn class(self) -> String {
        ["mark-", self.name()].concat()
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

/// The cells of `measure`'s lane, one per year of `years`.
pub fn lane(measure: &Measure, years: Years) -> Vec<Cell> {
    years
        .iter()
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

/// The stretches of `measure`'s lane over `years`, in order.
pub fn stretches(measure: &Measure, years: Years) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::new();
    for cell in lane(measure, years) {
        match (cell.entry, out.last_mut()) {
            (None, _) => out.push(Stretch::Empty(cell.year)),
            (Some(entry), Some(Stretch::Band { status, years, .. }))
                if same_status(status, &entry.status)
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

/// Whether two statuses are one: the same words, or two spellings of one stage ("Approved",
/// "Approved/Agreed").
fn same_status(a: &str, b: &str) -> bool {
    a == b || Stage::of(a).is_some_and(|s| Stage::of(b) == Some(s))
}

/// Statuses longer than this, in characters, are written in a band only where it is wide.
const SHORT_STATUS_CHARS: usize = 10;

/// The CSS classes of a band's written status: a long status gives way sooner than a short one
/// where the band is narrow (the stylesheet's container queries read them); the key and the
/// controls' names always say it.
pub fn status_label_class(status: &str) -> &'static str {
    if status.chars().count() > SHORT_STATUS_CHARS {
        "band-status band-status-long"
    } else {
        "band-status"
    }
}

/// The most years a band's written status is laid over: a band of more years has room for
/// any status (the stylesheet has a class `span-1` to `span-8` for each).
pub const LABEL_SPAN_MAX: usize = 8;

/// The CSS class of a band's written status, laid over the band's `years` first years (its
/// container queries then give way where the band is narrow).
pub fn label_span_class(years: usize) -> String {
    format!("span-{}", years.clamp(1, LABEL_SPAN_MAX))
}

/// The CSS classes of a year's cell in a band of the status with `mark`: the band's look, drawn
/// across its cells, with its rounded ends on the band's `first` and `last` year.
pub fn band_year_class(mark: Mark, first: bool, last: bool) -> String {
    let mut class = format!("band-year {}", mark.band_class());
    if first {
        class.push_str(" band-from");
    }
    if last {
        class.push_str(" band-to");
    }
    class
}

/// The years of `measure` with an entry within `years`: the controls of its lane.
pub fn entry_years(measure: &Measure, years: Years) -> Vec<i32> {
    measure
        .timeline
        .iter()
        .map(|e| e.year)
        .filter(|y| years.contains(*y))
        .collect()
}

/// The distinct statuses of `measures`, each written as it first appears, in the order of a
/// policy's life (the other statuses after the seven stages, in order of first appearance): the
/// timeline's key. Two spellings of one stage ("Approved", "Approved/Agreed") are one status.
pub fn statuses<'a>(measures: impl IntoIterator<Item = &'a Measure>) -> Vec<(String, Mark)> {
    let mut found: Vec<(String, Mark)> = Vec::new();
    for entry in measures.into_iter().flat_map(|m| &m.timeline) {
        if !found.iter().any(|(s, _)| same_status(s, &entry.status)) {
            found.push((entry.status.clone(), Mark::of(&entry.status)));
        }
    }
    in_stage_order(found, |(status, _)| status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;
    use crate::data::model::DEFAULT_YEARS;

    #[test]
    fn a_band_is_drawn_across_its_years_with_its_ends_on_the_first_and_last() {
        assert_eq!(
            band_year_class(Mark::Circle, true, false),
            "band-year band-circle band-from"
        );
        assert_eq!(
            band_year_class(Mark::Circle, false, false),
            "band-year band-circle"
        );
        assert_eq!(
            band_year_class(Mark::Cross, false, true),
            "band-year band-cross band-to"
        );
        assert_eq!(
            band_year_class(Mark::Tick, true, true),
            "band-year band-tick band-from band-to"
        );
    }

    #[test]
    fn a_band_status_is_laid_over_its_years_up_to_eight() {
        assert_eq!(label_span_class(1), "span-1");
        assert_eq!(label_span_class(3), "span-3");
        assert_eq!(label_span_class(8), "span-8");
        assert_eq!(label_span_class(16), "span-8");
        assert_eq!(label_span_class(0), "span-1");
    }

    fn measures() -> Vec<Measure> {
        example().measures
    }

    #[test]
    fn consecutive_years_of_one_status_are_one_band() {
        let m = measures();
        let all = DEFAULT_YEARS;
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
        let narrowed = stretches(
            &m[0],
            Years {
                from: 2019,
                to: 2021,
            },
        );
        assert!(matches!(&narrowed[..], [Stretch::Band { years, .. }] if years.len() == 3));
        assert_eq!(
            entry_years(
                &m[1],
                Years {
                    from: 2019,
                    to: 2025
                }
            ),
            [2025]
        );
    }

    #[test]
    fn two_spellings_of_one_stage_are_one_band() {
        let mut m = measures()[0].clone();
        m.timeline[3].status = "Approved".into();
        m.timeline[4].status = "approved/agreed".into();
        m.timeline[5].status = "Pilot".into();
        let bands = stretches(
            &m,
            Years {
                from: 2017,
                to: 2021,
            },
        );
        let shape: Vec<(String, usize)> = bands
            .iter()
            .filter_map(|s| match s {
                Stretch::Band { status, years, .. } => Some((status.clone(), years.len())),
                Stretch::Empty(_) => None,
            })
            .collect();
        assert_eq!(
            shape,
            [
                ("Implementation".to_owned(), 1),
                ("Approved".to_owned(), 2),
                ("Pilot".to_owned(), 1),
                ("Implementation".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn a_status_change_or_a_gap_starts_a_new_band() {
        let mut m = measures()[0].clone();
        m.timeline[3].status = "Approved".into();
        m.timeline.remove(6);
        let bands = stretches(&m, DEFAULT_YEARS);
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
    fn statuses_have_distinct_marks() {
        assert_eq!(Mark::of("Implementation"), Mark::Circle);
        assert_eq!(Mark::of("discontinued"), Mark::Cross);
        assert_eq!(Mark::of("Approved"), Mark::Diamond);
        assert_eq!(Mark::of("Legislative  process"), Mark::Triangle);
        assert_eq!(Mark::of("Something new"), Mark::Square);
        use std::collections::HashSet;
        let marks: Vec<Mark> = Stage::ALL
            .iter()
            .map(|s| Mark::of(s.name(&crate::text::i18n::EN)))
            .chain([Mark::Square])
            .collect();
        let classes: HashSet<_> = marks.iter().map(|m| m.class()).collect();
        assert_eq!(classes.len(), 8);
        let bands: HashSet<_> = marks.iter().map(|m| m.band_class()).collect();
        assert_eq!(bands.len(), 8);
        assert!(bands.iter().all(|c| c.starts_with("band-")));
    }

    #[test]
    fn long_statuses_give_way_first_and_crosses_end_their_band() {
        assert_eq!(
            status_label_class("Discontinued"),
            "band-status band-status-long"
        );
        assert_eq!(status_label_class("Pilot"), "band-status");
        assert_eq!(
            status_label_class("Mise en œuv"),
            "band-status band-status-long"
        );
        assert_eq!(
            status_label_class("Mise en œu"),
            "band-status",
            "characters, not bytes"
        );
        assert!(Mark::Cross.ends_band());
        assert!(Mark::Tick.ends_band());
        assert!(!Mark::Ring.ends_band());
        assert!(!Mark::Circle.ends_band());
    }

    #[test]
    fn lanes_have_a_cell_per_year_and_tell_notes_apart() {
        let m = measures();
        let cells = lane(&m[0], DEFAULT_YEARS);
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
        let pact = lane(&m[2], DEFAULT_YEARS);
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
}
