//! Closing the open card (Escape): back to the view it was opened from, or, where the page was
//! opened on this card, up to its parent view, with focus on the control that leads back to it.

use crate::web::ids::{cell_id, lane_link_id};

use super::focus::{FocusTarget, Opener};
use super::query::ViewState;
use super::selection::Selection;

/// What closing the open card does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Close {
    /// Go back one history entry (the app pushed the current one).
    Back,
    /// Show this view in place of the current entry, focus then on this control.
    Replace(ViewState, FocusTarget),
    /// Nothing: the default view has no card above it.
    Stay,
}

/// What closing the card of `selection` (of the link `state`) does, where Back `can_go_back`
/// within the app or not. `selection` is `None` until the dataset is here.
pub fn close(can_go_back: bool, state: &ViewState, selection: Option<Selection>) -> Close {
    if can_go_back {
        return Close::Back;
    }
    match selection {
        // A year's card: up to its measure's, focus on the year's control.
        Some(Selection::Year(i, year)) => Close::Replace(
            ViewState {
                year: None,
                ..state.clone()
            },
            FocusTarget::Control(Opener::Id(cell_id(i, year))),
        ),
        // A measure the link names: up to the default view, focus on the measure's name.
        Some(Selection::Measure(i)) if state.measure.is_some() => Close::Replace(
            ViewState {
                measure: None,
                year: None,
                ..state.clone()
            },
            FocusTarget::Control(Opener::Id(lane_link_id(i))),
        ),
        _ => Close::Stay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::query::{format, parse};

    fn closed(query: &str, selection: Selection) -> Close {
        close(false, &parse(query).state, Some(selection))
    }

    #[test]
    fn a_pushed_view_closes_by_going_back() {
        let state = parse("?measure=28020&year=2019").state;
        assert_eq!(
            close(true, &state, Some(Selection::Year(0, 2019))),
            Close::Back
        );
        assert_eq!(close(true, &state, None), Close::Back);
    }

    #[test]
    fn a_year_card_opened_by_a_link_closes_to_its_measure() {
        let Close::Replace(next, focus) = closed(
            "?measure=28020&year=2019&lang=fr&utm=x",
            Selection::Year(0, 2019),
        ) else {
            panic!("a replacement");
        };
        assert_eq!(format(&next), "?measure=28020&lang=fr&utm=x");
        assert_eq!(
            focus,
            FocusTarget::Control(Opener::Id("cell-0-2019".into()))
        );
        // The default measure's year: to the default view.
        let Close::Replace(next, _) = closed("?year=2019", Selection::Year(0, 2019)) else {
            panic!("a replacement");
        };
        assert_eq!(format(&next), "");
    }

    #[test]
    fn a_measure_card_opened_by_a_link_closes_to_the_default_view() {
        let Close::Replace(next, focus) = closed(
            "?measure=be-fr-vocational-education-pathway-peq&q=peq",
            Selection::Measure(1),
        ) else {
            panic!("a replacement");
        };
        assert_eq!(format(&next), "?q=peq");
        assert_eq!(
            focus,
            FocusTarget::Control(Opener::Id("lane-link-1".into()))
        );
        // A year the entry does not have (its full card was shown): gone with the measure.
        let Close::Replace(next, _) = closed(
            "?measure=be-fr-vocational-education-pathway-peq&year=2019",
            Selection::Measure(1),
        ) else {
            panic!("a replacement");
        };
        assert_eq!(format(&next), "");
    }

    #[test]
    fn the_default_view_and_views_without_a_card_stay() {
        assert_eq!(closed("", Selection::Measure(0)), Close::Stay);
        assert_eq!(closed("?measure=99", Selection::NotFound), Close::Stay);
        assert_eq!(close(false, &parse("?year=2019").state, None), Close::Stay);
    }
}
