//! The geometry of scrolling: an item into a scrollable box, and a card into the page's view
//! without losing the control that opened it. Plain arithmetic, tested natively, which
//! [`super::browser::scroll_into_view`] and [`super::browser::reveal_card`] apply.

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

/// How much of what a card opened (a year's note, a development's text) must be on screen
/// with its heading for the card to count as shown: its first lines (a year's status and three
/// lines of its note, at the page's line height), or all of it where it is shorter.
pub const FIRST_LINES: f64 = 120.0;

/// The room left between the screen's edges and what the page is scrolled to show.
pub const ROOM: f64 = 8.0;

/// What of a card must be on screen for it to count as shown, down the viewport: from its top
/// (`card_top`) to the end of the first lines of what it opened (`opened`: its top and height).
pub fn card_start(card_top: f64, opened: Span) -> Span {
    let end = opened.start + opened.width.min(FIRST_LINES);
    Span {
        start: card_top,
        width: (end - card_top).max(0.0),
    }
}

/// The scrolls (down, negative up) that put `span` (down the viewport) on a screen `viewport`
/// high with [`ROOM`] at both edges, from the least to the most; where it is taller than the
/// screen, the one scroll that puts its top there.
fn scrolls_showing(span: Span, viewport: f64) -> (f64, f64) {
    let most = span.start - ROOM;
    let least = span.start + span.width + ROOM - viewport;
    (least.min(most), most)
}

/// How far to scroll the page down (up if negative) so that `shown` (the start of a card, see
/// [`card_start`]; down the viewport) is on a screen `viewport` high, and `kept` (what the
/// reader used to open it, where it is to stay) too where both fit: as little as that needs.
/// `None` when no scroll is needed. The card wins where both cannot be on screen.
pub fn reveal(shown: Span, kept: Option<Span>, viewport: f64) -> Option<f64> {
    let card = scrolls_showing(shown, viewport);
    let both = kept.map(|k| {
        let kept = scrolls_showing(k, viewport);
        (card.0.max(kept.0), card.1.min(kept.1))
    });
    let (least, most) = both.filter(|(l, m)| l <= m).unwrap_or(card);
    (least > 0.0 || most < 0.0).then(|| 0.0_f64.clamp(least, most))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_counts_as_shown_from_its_top_to_the_first_lines_it_opened() {
        // A long note: its first lines.
        assert_eq!(card_start(100.0, span(300.0, 400.0)), span(100.0, 320.0));
        // A short one: all of it.
        assert_eq!(card_start(100.0, span(300.0, 30.0)), span(100.0, 230.0));
    }

    #[test]
    fn a_card_on_screen_is_left_where_it_is() {
        assert_eq!(reveal(span(100.0, 300.0), None, 800.0), None);
        assert_eq!(reveal(span(8.0, 784.0), None, 800.0), None, "just fits");
        assert_eq!(
            reveal(span(100.0, 300.0), Some(span(600.0, 44.0)), 800.0),
            None
        );
    }

    #[test]
    fn a_card_below_the_screen_comes_up_as_little_as_needed() {
        // Its start's bottom 8 px above the screen's bottom.
        assert_eq!(reveal(span(700.0, 300.0), None, 800.0), Some(208.0));
        // Taller than the screen: its top 8 px below the screen's top.
        assert_eq!(reveal(span(900.0, 1000.0), None, 800.0), Some(892.0));
    }

    #[test]
    fn a_card_above_the_screen_comes_down_to_its_top() {
        assert_eq!(reveal(span(-400.0, 300.0), None, 800.0), Some(-408.0));
        // With the control below it, both kept where they fit: the least scroll.
        assert_eq!(
            reveal(span(-400.0, 300.0), Some(span(300.0, 44.0)), 800.0),
            Some(-408.0)
        );
    }

    #[test]
    fn the_control_that_opened_a_card_stays_on_screen_where_both_fit() {
        // The timeline above the card: the card comes up no further than the control allows.
        let control = span(300.0, 44.0);
        assert_eq!(
            reveal(span(700.0, 300.0), Some(control), 800.0),
            Some(208.0)
        );
        // A control near the top, a card far below: both fit, the card's start at the bottom.
        assert_eq!(
            reveal(span(900.0, 300.0), Some(span(450.0, 44.0)), 800.0),
            Some(408.0)
        );
        // The card above the control (the card comes first): they fit together, the card at
        // the top.
        assert_eq!(
            reveal(span(-100.0, 300.0), Some(span(600.0, 44.0)), 800.0),
            Some(-108.0)
        );
        // Too far apart for one screen: the card wins, as little moved as it needs.
        assert_eq!(
            reveal(span(1500.0, 300.0), Some(control), 800.0),
            Some(1008.0)
        );
        assert_eq!(
            reveal(span(-900.0, 300.0), Some(control), 800.0),
            Some(-908.0)
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
