//! The geometry of scrolling an item into a scrollable box: plain arithmetic, tested natively,
//! which [`super::browser::scroll_into_view`] applies.

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
