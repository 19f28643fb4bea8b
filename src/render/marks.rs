//! The shape that marks a status: statuses differ by shape, not by colour alone.

use crate::layout::Mark;
use crate::vdom::{el, Element};

/// A small SVG shape for a status, drawn in the current colour (so it follows themes and
/// forced-colours mode). Decorative: the status is always also given in words.
pub fn status_mark(mark: Mark) -> Element {
    let shape = match mark {
        Mark::Circle => el("circle")
            .attr("cx", "8")
            .attr("cy", "8")
            .attr("r", "6")
            .attr("fill", "currentColor"),
        Mark::Cross => el("path")
            .attr("d", "M3 3 13 13M13 3 3 13")
            .attr("stroke", "currentColor")
            .attr("stroke-width", "3")
            .attr("stroke-linecap", "round")
            .attr("fill", "none"),
        Mark::Diamond => el("path")
            .attr("d", "M8 1 15 8 8 15 1 8Z")
            .attr("fill", "currentColor"),
        Mark::Triangle => el("path")
            .attr("d", "M8 1.5 15 14.5H1Z")
            .attr("fill", "currentColor"),
        Mark::Square => el("rect")
            .attr("x", "2.5")
            .attr("y", "2.5")
            .attr("width", "11")
            .attr("height", "11")
            .attr("stroke", "currentColor")
            .attr("stroke-width", "2.5")
            .attr("fill", "none"),
    };
    el("svg")
        .class(format!("mark {}", mark.class()))
        .attr("viewBox", "0 0 16 16")
        .attr("width", "16")
        .attr("height", "16")
        .attr("aria-hidden", "true")
        .attr("focusable", "false")
        .child(shape)
}
