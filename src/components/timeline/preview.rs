//! The state of a year's preview, shared by the year controls of a timeline: what it shows and
//! where, and the rules of WCAG 1.4.13 (Escape dismisses it, it can be hovered, it stays until
//! the pointer or the focus leaves).

use leptos::prelude::*;

use crate::web::browser;

/// How long the preview waits, once the pointer has left a control, for it to reach the preview
/// (or another control) before it closes, in milliseconds.
const GRACE_MS: u64 = 300;

/// What the preview shows, and where: below the control, in viewport pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown {
    /// The measure's index.
    pub index: usize,
    /// The year.
    pub year: i32,
    /// The preview's top, in viewport pixels.
    pub top: f64,
    /// The preview's left, in viewport pixels.
    pub left: f64,
}

/// The preview's state, shared by the year controls of a timeline (`Copy`: handles).
#[derive(Clone, Copy)]
pub struct Preview {
    /// What it shows, and where, when it is open.
    pub shown: RwSignal<Option<Shown>>,
    /// Bumped by every show and hide, so that a late close does not close a newer preview.
    generation: StoredValue<u64>,
    /// Whether the pointer is on the preview itself, or focus on the control it belongs to.
    held: StoredValue<(bool, bool)>,
    /// The control it belongs to, which it follows when the page scrolls.
    control: StoredValue<Option<web_sys::Element>, LocalStorage>,
    /// Whether the reader last used a touch screen (not a mouse or the keys): a tap opens the
    /// card at once, which a preview would only cover.
    touch: StoredValue<bool>,
}

impl Preview {
    /// A preview, closed.
    pub fn new() -> Preview {
        Preview {
            shown: RwSignal::new(None),
            generation: StoredValue::new(0),
            held: StoredValue::new((false, false)),
            control: StoredValue::new_local(None),
            touch: StoredValue::new(false),
        }
    }

    /// A pointer of `kind` (an event's `pointerType`) reached or pressed a control.
    pub fn pointer(&self, kind: &str) {
        self.touch.set_value(kind == "touch");
    }

    /// The reader used the keys.
    pub fn keys(&self) {
        self.touch.set_value(false);
    }

    /// Whether the reader last used a touch screen (no preview then).
    pub fn by_touch(&self) -> bool {
        self.touch.get_value()
    }

    /// Shows the preview of `year` of the measure at `index`, under `control`.
    pub fn show(&self, index: usize, year: i32, control: &web_sys::Element) {
        self.control.set_value(Some(control.clone()));
        self.generation.update_value(|g| *g += 1);
        self.place(index, year, control);
    }

    /// Places the preview under `control` (in the viewport, for a preview at most 18rem wide).
    fn place(&self, index: usize, year: i32, control: &web_sys::Element) {
        let rect = control.get_bounding_client_rect();
        let width = browser::viewport().map_or(1024.0, |(width, _)| width);
        self.shown.set(Some(Shown {
            index,
            year,
            top: rect.bottom(),
            // Within the viewport, for a preview at most 18rem (288 px) wide.
            left: rect.left().min(width - 296.0).max(8.0),
        }));
    }

    /// The page or the track scrolled: the open preview follows its control (and closes when
    /// the control has left the viewport).
    pub fn follow(&self) {
        let Some(shown) = self.shown.get_untracked() else {
            return;
        };
        let Some(control) = self.control.get_value() else {
            return;
        };
        let rect = control.get_bounding_client_rect();
        let height = browser::viewport().map_or(0.0, |(_, height)| height);
        if rect.bottom() < 0.0 || rect.top() > height {
            self.hide();
        } else {
            self.place(shown.index, shown.year, &control);
        }
    }

    /// Whether the preview is open on `year` of the measure at `index` (tracked).
    pub fn is_on(&self, index: usize, year: i32) -> bool {
        self.shown
            .with(|s| s.is_some_and(|s| s.index == index && s.year == year))
    }

    /// Whether the preview is open (not tracked).
    pub fn is_open(&self) -> bool {
        self.shown.with_untracked(Option::is_some)
    }

    /// Closes the preview now.
    pub fn hide(&self) {
        self.generation.update_value(|g| *g += 1);
        self.held.set_value((false, false));
        self.control.set_value(None);
        if self.is_open() {
            self.shown.set(None);
        }
    }

    /// Focus is on the previewed control (`true`) or left it.
    pub fn focus(&self, on: bool) {
        self.held.update_value(|h| h.1 = on);
        if !on {
            self.hide_unless_held();
        }
    }

    /// The pointer left the control or the preview: the preview closes after a grace period,
    /// unless the pointer reaches the preview (or another control) or focus holds it.
    pub fn leave(&self) {
        self.held.update_value(|h| h.0 = false);
        let generation = self.generation.get_value();
        let preview = *self;
        set_timeout(
            move || {
                if preview.generation.get_value() == generation {
                    preview.hide_unless_held();
                }
            },
            std::time::Duration::from_millis(GRACE_MS),
        );
    }

    /// The pointer reached the preview itself: it stays while the pointer is on it.
    pub fn hovered(&self) {
        self.generation.update_value(|g| *g += 1);
        self.held.update_value(|h| h.0 = true);
    }

    fn hide_unless_held(&self) {
        let (hovered, focused) = self.held.get_value();
        if !hovered && !focused {
            self.hide();
        }
    }

    /// Escape: closes the preview, if it is open; returns whether it was.
    pub fn dismiss(&self) -> bool {
        let open = self.is_open();
        self.hide();
        open
    }
}

impl Default for Preview {
    fn default() -> Self {
        Preview::new()
    }
}
