//! The preview of a year, on hover and focus of its control: the year, its status and the first
//! line of its note. As WCAG 1.4.13 asks, Escape dismisses it (focus stays), it can be hovered
//! itself, and it stays until the pointer or the focus leaves. It is a preview only: Enter or a
//! click opens the year's card.

use leptos::prelude::*;

use crate::labels::note_preview;

use super::context::page;
use super::term::Term;

/// Id of the preview, which the previewed control names as its description.
pub const PREVIEW_ID: &str = "year-preview";

/// How long the preview waits, once the pointer has left a control, for it to reach the preview
/// (or another control) before it closes, in milliseconds.
const GRACE_MS: u64 = 300;

/// What the preview shows, and where: below the control, in viewport pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Shown {
    index: usize,
    year: i32,
    top: f64,
    left: f64,
}

/// The preview's state, shared by the year controls of a timeline (`Copy`: handles).
#[derive(Clone, Copy)]
pub struct Preview {
    shown: RwSignal<Option<Shown>>,
    /// Bumped by every show and hide, so that a late close does not close a newer preview.
    generation: StoredValue<u64>,
    /// Whether the pointer is on the preview itself, or focus on the control it belongs to.
    held: StoredValue<(bool, bool)>,
    /// The control it belongs to, which it follows when the page scrolls.
    control: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

impl Preview {
    /// A preview, closed.
    pub fn new() -> Preview {
        Preview {
            shown: RwSignal::new(None),
            generation: StoredValue::new(0),
            held: StoredValue::new((false, false)),
            control: StoredValue::new_local(None),
        }
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
        let width = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(1024.0);
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
        let height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
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

/// The preview, where it is open.
#[component]
pub fn YearPreview(preview: Preview) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let content = move || {
        let shown = preview.shown.get()?;
        let (status, note) = ctx.data.with_value(|d| {
            let entry = d.measures.get(shown.index)?.year(shown.year)?;
            Some((
                entry.status.clone(),
                entry.note.as_deref().map(|n| note_preview(n, 140)),
            ))
        })?;
        Some(view! {
            <p class="preview-head">
                <span class="preview-year">{shown.year.to_string()}</span>
                " · "
                <Term raw=status />
            </p>
            {match note {
                Some(note) => view! { <p class="preview-note" lang="en">{note}</p> }.into_any(),
                None => view! { <p class="preview-note no-note">{t.no_note}</p> }.into_any(),
            }}
        })
    };
    let place = move |f: fn(&Shown) -> f64| {
        move || {
            preview
                .shown
                .with(|s| s.as_ref().map(|s| format!("{}px", f(s))))
        }
    };
    view! {
        <div
            id=PREVIEW_ID
            class="year-preview"
            role="tooltip"
            hidden=move || preview.shown.with(Option::is_none)
            style:top=place(|s| s.top)
            style:left=place(|s| s.left)
            on:pointerenter=move |_| {
                preview.generation.update_value(|g| *g += 1);
                preview.held.update_value(|h| h.0 = true);
            }
            on:pointerleave=move |_| preview.leave()
        >
            {content}
        </div>
    }
}
