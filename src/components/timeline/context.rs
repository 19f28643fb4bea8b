//! What the timeline's pieces share, provided by the [`Timeline`](super::Timeline): the
//! keyboard model's tab stops ([`Roving`]), and the year preview.

use leptos::html::Table;
use leptos::prelude::*;

use crate::components::context::PageContext;
use crate::timeline::bands::entry_years;
use crate::timeline::keys::{move_focus, Move, Place, TabStops};
use crate::web::browser;
use crate::web::ids::{cell_id, lane_link_id};

use super::preview::Preview;

/// The timeline's shared state (`Copy`: handles).
#[derive(Clone, Copy)]
pub struct TimelineContext {
    /// The lanes' tab stops and the arrow keys.
    pub roving: Roving,
    /// The preview of a year, on hover and focus.
    pub preview: Preview,
}

/// The timeline's shared state (provided by the timeline to everything inside it).
pub fn timeline() -> TimelineContext {
    expect_context::<TimelineContext>()
}

/// The keyboard model of the timeline: each lane's tab stop, and the table they are in.
#[derive(Clone, Copy)]
pub struct Roving {
    stops: RwSignal<TabStops>,
    /// The table of the lanes.
    pub table: NodeRef<Table>,
}

impl Default for Roving {
    fn default() -> Self {
        Roving::new()
    }
}

impl Roving {
    /// The lanes' tab stops, none moved yet.
    pub fn new() -> Roving {
        Roving {
            stops: RwSignal::new(TabStops::default()),
            table: NodeRef::new(),
        }
    }

    /// The tab stop of the lane of measure `index`: a year, or `None` for its name (tracked).
    pub fn stop(&self, ctx: PageContext, index: usize) -> Option<i32> {
        self.stops.with(|s| s.stop(index, ctx.selection.get()))
    }

    /// A new selection: each lane's tab stop is its selected control (or its name) again.
    pub fn reset(&self) {
        if !self.stops.with_untracked(TabStops::is_empty) {
            self.stops.set(TabStops::default());
        }
    }

    /// Handles a key on the control of `year` (or the name) of the lane of measure `index`:
    /// an arrow key, Home or End moves focus, carrying the lane's tab stop along.
    pub fn key(
        &self,
        ctx: PageContext,
        ev: &web_sys::KeyboardEvent,
        index: usize,
        year: Option<i32>,
    ) {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(step) = Move::of_key(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        let Some(lane) = ctx
            .shown
            .with_untracked(|shown| shown.iter().position(|&i| i == index))
        else {
            return;
        };
        // The years of the lanes the move concerns (the lane itself, and the one above or below).
        let range = ctx.axis.get_untracked();
        let years = |lane: usize| {
            let index = ctx.shown.with_untracked(|shown| shown.get(lane).copied())?;
            ctx.data
                .with_value(|d| d.measures.get(index).map(|m| entry_years(m, range)))
        };
        // (Up and Down aim at the year their moves started from.)
        let column = self.stops.with_untracked(|s| s.column(index, year));
        let Some(to) = move_focus(step, Place { lane, year }, column, years) else {
            return;
        };
        let Some(index) = ctx
            .shown
            .with_untracked(|shown| shown.get(to.lane).copied())
        else {
            return;
        };
        self.stops.update(|s| match step {
            Move::Up | Move::Down => s.moved_across(index, to.year, column.or(year)),
            _ => s.moved_to(index, to.year),
        });
        let id = match to.year {
            Some(year) => cell_id(index, year),
            None => lane_link_id(index),
        };
        if let Some(next) = self
            .table
            .get_untracked()
            .and_then(|t| t.query_selector(&format!("#{id}")).ok().flatten())
        {
            browser::focus_element(&next);
        }
    }
}
