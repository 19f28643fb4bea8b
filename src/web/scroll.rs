//! The geometry of scrolling: an item into a scrollable box, and a card into the page's view
//! without losing the control that opened it. Plain arithmetic, tested natively, which
//! [`super::browser::scroll_into_view`] and [`super::browser::reveal_keeping`] apply.

/// An extent along one axis, in CSS pixels (across, or down for [`reveal_keeping`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Where it starts.
    pub start: f64,
    /// How wide (or high) it is.
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

/// How much of a card's start must be on screen for it to count as shown: its heading, and a
/// few lines.
pub const CARD_START: f64 = 200.0;

/// The room left above what is kept on screen, when the page scrolls it to the top.
pub const ABOVE_KEPT: f64 = 8.0;

/// Whether the start of a card (`card`: its top and height, relative to the viewport's top) is
/// on screen: its top, and [`CARD_START`] px of it (or all of a shorter card).
pub fn start_shown(card: Span, viewport: f64) -> bool {
    card.start >= 0.0 && card.start + card.width.min(CARD_START) <= viewport
}

/// How far to scroll the page down (up if negative) so that the start of a card (`card`: its
/// top and height, relative to the viewport's top) comes on screen, while what opened it
/// (`kept`, likewise: the timeline's axis down to the control the reader used) stays on
/// screen: the card goes as high as it can, but not so high that `kept` leaves the top. `None`
/// when the card's start is on screen already. Where both cannot be on screen, the card wins.
pub fn reveal_keeping(card: Span, kept: Span, viewport: f64) -> Option<f64> {
    if start_shown(card, viewport) {
        return None;
    }
    if card.start < 0.0 {
        return Some(card.start);
    }
    let at_least = card.start + card.width.min(CARD_START) - viewport;
    let as_high = card.start.min(kept.start - ABOVE_KEPT);
    Some(at_least.max(as_high))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_is_shown_when_its_top_and_first_lines_are_on_screen() {
        assert!(start_shown(span(600.0, 900.0), 800.0));
        assert!(!start_shown(span(601.0, 900.0), 800.0));
        assert!(
            start_shown(span(700.0, 100.0), 800.0),
            "all of a short card"
        );
        assert!(
            !start_shown(span(-1.0, 900.0), 800.0),
            "its top above the screen"
        );
    }

    #[test]
    fn a_card_comes_up_as_far_as_the_control_that_opened_it_allows() {
        let control = span(300.0, 44.0);
        // On screen already: no scroll.
        assert_eq!(reveal_keeping(span(500.0, 900.0), control, 800.0), None);
        // Below the screen: up until the control is near the top (8 px below it).
        assert_eq!(
            reveal_keeping(span(700.0, 900.0), control, 800.0),
            Some(292.0)
        );
        // A short card: up to its top, where the control allows.
        assert_eq!(
            reveal_keeping(span(700.0, 150.0), span(680.0, 44.0), 800.0),
            Some(672.0)
        );
        assert_eq!(
            reveal_keeping(span(750.0, 150.0), span(800.0, 44.0), 800.0),
            Some(750.0)
        );
        assert_eq!(
            reveal_keeping(span(900.0, 150.0), span(80.0, 44.0), 800.0),
            Some(250.0)
        );
        // Too far for both: the card's start wins, at the bottom of the screen.
        assert_eq!(
            reveal_keeping(span(1500.0, 900.0), control, 800.0),
            Some(900.0)
        );
        // Above the screen: back up to it.
        assert_eq!(
            reveal_keeping(span(-400.0, 900.0), control, 800.0),
            Some(-400.0)
        );
        // Only its start need be on screen: a card whose first 200 px show is shown.
        assert_eq!(reveal_keeping(span(600.0, 900.0), control, 800.0), None);
        assert_eq!(
            reveal_keeping(span(601.0, 900.0), control, 800.0),
            Some(292.0)
        );
    }

    fn span(start: f64, width: f64) -> Span {
        Span { start, width }
    }

    #[test]
    fn scrolling_keeps_the_selected_year_in_view() {
        let view = span(0.0, 300.0);
        // Visible: no scroll.
        let near = span(100.0, 80.0);
        assert_eq!(scroll_to_show(near, view, 1000.0), None);
        // Off to the right: centred.
        let far = span(600.0, 80.0);
        assert_eq!(scroll_to_show(far, view, 1000.0), Some(490.0));
        // Near the end: clamped to the last position.
        let last = span(920.0, 80.0);
        assert_eq!(scroll_to_show(last, view, 1000.0), Some(700.0));
        // Partly hidden on the left: brought back, clamped at 0.
        let scrolled = span(500.0, 300.0);
        let first = span(0.0, 80.0);
        assert_eq!(scroll_to_show(first, scrolled, 1000.0), Some(0.0));
        // Visible at the right of a scrolled view: no scroll.
        let right = span(700.0, 80.0);
        assert_eq!(scroll_to_show(right, scrolled, 1000.0), None);
        // Cut by the right edge: centred.
        let edge = span(250.0, 80.0);
        assert_eq!(scroll_to_show(edge, view, 1000.0), Some(140.0));
        // A view wider than its content never scrolls past 0.
        assert_eq!(scroll_to_show(far, span(0.0, 500.0), 400.0), Some(0.0));
    }
}
