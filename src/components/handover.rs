//! The hand-over from the written-out page to the live app. Each view the app hands out is
//! written out at build time (see `crate::prerender`): its `<main>`, marked [`MARKER`], is what
//! a reader sees first. The live app makes its own page hidden, step by step ([`Step`], each in
//! a task of its own, short enough not to hold up the reader's input), then removes the
//! written-out `<main>` and shows its own in one step: no blank frame, the timeline's track
//! scrolled as it was, and focus, if it was on a control, on the same control of the live page.
//!
//! This module owns the marker, the steps and the take-over; `boot.js` keeps the written-out
//! page when the wasm cannot start, and finds it by [`WRITTEN_OUT`] (a test compares the two).

use leptos::html::Div;
use leptos::prelude::*;

use crate::link::focus::focus_again;
use crate::web::browser;
use crate::web::ids::TRACK_CLASS;

/// The attribute that marks the written-out page (its element [`PAGE_ID`](crate::web::ids::PAGE_ID)).
pub const MARKER: &str = "data-written-out";

/// The selector of the written-out page (`#page[`[`MARKER`]`]`).
pub const WRITTEN_OUT: &str = "#page[data-written-out]";

/// How far the live page is made, in order (see [`HandOver`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// Its header and search.
    Header,
    /// And its timeline.
    Timeline,
    /// And its card area.
    CardArea,
    /// All of it, on screen: what scrolls or focuses it can do so (until then, it is hidden).
    OnScreen,
}

/// How far the live page is made while the written-out page is still on screen: one [`Step`]
/// after the other. Without a written-out page, all of it at once.
#[derive(Clone, Copy)]
pub struct HandOver {
    /// The step reached.
    step: RwSignal<Step>,
}

impl HandOver {
    /// All at once (`done`), or step by step, from the header.
    pub fn new(done: bool) -> HandOver {
        let first = if done { Step::OnScreen } else { Step::Header };
        HandOver {
            step: RwSignal::new(first),
        }
    }

    /// Whether the page is made up to `step` (tracked).
    pub fn reached(&self, step: Step) -> bool {
        self.step.with(|now| *now >= step)
    }

    /// The page is made up to `step` (never back).
    pub fn advance(&self, step: Step) {
        if self.step.get_untracked() < step {
            self.step.set(step);
        }
    }

    /// An effect that runs `f` once the page is on screen, and again whenever what `f` reads
    /// changes; `f` is told whether this is its first run there.
    pub fn on_screen_effect(self, f: impl Fn(bool) + 'static) {
        // (The effect's value: whether it has run on screen.)
        Effect::new(move |ran: Option<bool>| {
            if !self.reached(Step::OnScreen) {
                return false;
            }
            f(ran != Some(true));
            true
        });
    }

    /// Once `ready` holds, makes the live page (in `root`) step by step and puts it in the place
    /// of the written-out page in `holder` (the element holding it); without one, shows the
    /// live page at once.
    pub fn take_over_when(
        self,
        ready: Memo<bool>,
        holder: Option<web_sys::Element>,
        root: NodeRef<Div>,
    ) {
        let holder = StoredValue::new_local(holder);
        Effect::new(move |_| {
            if !ready.get() {
                return;
            }
            let holder = holder.try_update_value(Option::take).flatten();
            match holder.filter(|h| written_out(h).is_some()) {
                Some(holder) => one_task_each(vec![
                    Box::new(move || self.advance(Step::Timeline)),
                    Box::new(move || self.advance(Step::CardArea)),
                    Box::new(move || {
                        let Some(old) = written_out(&holder) else {
                            self.advance(Step::OnScreen);
                            return;
                        };
                        let kept = Kept::of(&old);
                        old.remove();
                        self.advance(Step::OnScreen);
                        leptos::task::spawn_local(async move {
                            // Once the live page is shown (still before the next frame).
                            leptos::task::tick().await;
                            kept.restore(root);
                        });
                    }),
                ]),
                None => self.advance(Step::OnScreen),
            }
        });
    }
}

impl Default for HandOver {
    fn default() -> HandOver {
        HandOver::new(true)
    }
}

/// The written-out page's `<main>` in `holder`, if it is there.
pub fn written_out(holder: &web_sys::Element) -> Option<web_sys::Element> {
    holder.query_selector(WRITTEN_OUT).ok().flatten()
}

/// Runs each of `steps` in a task of its own, in turn: each is queued once the one before has
/// run, so that the browser can answer the reader in between.
fn one_task_each(mut steps: Vec<Box<dyn FnOnce()>>) {
    if steps.is_empty() {
        return;
    }
    let step = steps.remove(0);
    set_timeout(
        move || {
            step();
            one_task_each(steps);
        },
        std::time::Duration::ZERO,
    );
}

/// What the reader had in the written-out page, for the live one to keep: how far its
/// timeline's track was scrolled, and the id and address of the control that had focus.
struct Kept {
    scrolled: Option<i32>,
    focused: Option<(String, Option<String>)>,
}

impl Kept {
    /// What the reader has in `old`.
    fn of(old: &web_sys::Element) -> Kept {
        let focused = browser::focused_element().filter(|f| old.contains(Some(f)));
        Kept {
            scrolled: track(old).map(|t| t.scroll_left()),
            focused: focused.map(|f| (f.id(), f.get_attribute("href"))),
        }
    }

    /// The live page (in `root`), on screen in place of the written-out one, as the reader had
    /// it: the track scrolled as far, and focus on the same control (by its id, else by its
    /// address).
    fn restore(self, root: NodeRef<Div>) {
        let Some(root) = root.get_untracked() else {
            return;
        };
        if let (Some(left), Some(live)) = (self.scrolled.filter(|l| *l != 0), track(&root)) {
            browser::scroll_left_at_once(&live, left);
        }
        let Some((id, href)) = self.focused else {
            return;
        };
        let same = if id.is_empty() {
            href.and_then(|href| browser::link_to(&root, &href))
        } else {
            let by_id = browser::document().and_then(|d| d.get_element_by_id(&id));
            by_id.filter(|el| root.contains(Some(el)))
        };
        if let Some(el) = same {
            focus_again(&el);
        }
    }
}

/// The timeline's track in `page`.
fn track(page: &web_sys::Element) -> Option<web_sys::Element> {
    page.query_selector(&format!(".{TRACK_CLASS}"))
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::ids::PAGE_ID;

    #[test]
    fn the_selector_names_the_marker() {
        assert_eq!(WRITTEN_OUT, format!("#{PAGE_ID}[{MARKER}]"));
    }

    #[test]
    fn steps_only_go_forward() {
        let owner = Owner::new();
        owner.with(|| {
            let h = HandOver::new(false);
            assert!(h.reached(Step::Header) && !h.reached(Step::Timeline));
            h.advance(Step::CardArea);
            assert!(h.reached(Step::Timeline) && !h.reached(Step::OnScreen));
            h.advance(Step::Timeline);
            assert!(h.reached(Step::CardArea), "never back");
            assert!(HandOver::new(true).reached(Step::OnScreen));
        });
    }
}
