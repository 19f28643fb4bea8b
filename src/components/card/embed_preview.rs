//! The Embed dialog's preview: the embedded view's own page, in a frame as wide as the column
//! the editor picked, and its height as that page tells it (the height the codes then carry).

use leptos::prelude::*;

use crate::link::embed::{DEFAULT_HEIGHT, DEFAULT_PREVIEW_WIDTH, PREVIEW_WIDTHS};
use crate::text::i18n::{fill, Strings};
use crate::web::{browser, embed};

/// The column's widths the editor can pick, in CSS pixels, with the editor's own screen's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// A column of this many pixels.
    Pixels(u32),
    /// As wide as the editor's screen.
    Screen,
}

impl Column {
    /// The width in CSS pixels (the screen's as it is now).
    pub fn width(self) -> u32 {
        match self {
            Column::Pixels(width) => width,
            Column::Screen => browser::viewport()
                .map(|(width, _)| width.round() as u32)
                .unwrap_or(DEFAULT_PREVIEW_WIDTH),
        }
    }
}

/// The choice of the column's width (`column`), each option labelled in `t`.
#[component]
pub fn ColumnChoice(column: RwSignal<Column>, t: &'static Strings) -> impl IntoView {
    let option = move |value: Column| {
        let (id, label) = match value {
            Column::Pixels(width) => (
                format!("embed-width-{width}"),
                fill(t.width_pixels, &[("width", &width.to_string())]),
            ),
            Column::Screen => (
                "embed-width-screen".to_owned(),
                fill(t.width_screen, &[("width", &value.width().to_string())]),
            ),
        };
        view! {
            <label class="colour-choice">
                <input
                    type="radio"
                    name="embed-width"
                    id=id
                    checked=move || column.get() == value
                    on:change=move |_| column.set(value)
                />
                " "
                {label}
            </label>
        }
    };
    view! {
        <fieldset class="embed-colours">
            <legend>{t.embed_width}</legend>
            {PREVIEW_WIDTHS.map(|w| option(Column::Pixels(w)))}
            {option(Column::Screen)}
        </fieldset>
    }
}

/// The embedded view at `src`, in a frame `width` px wide; `measured` follows the height its
/// page tells (its size messages, as `embed.js` reads them), with the width it was told at.
#[component]
pub fn EmbedPreview(
    src: Signal<String>,
    width: Signal<u32>,
    measured: RwSignal<Option<(u32, u32)>>,
    t: &'static Strings,
) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let heard = window_event_listener(leptos::ev::message, move |event| {
        if let Some(frame) = frame.get_untracked() {
            if let Some(height) = embed::height_told_by(&event, &frame) {
                measured.set(Some((width.get_untracked(), height)));
            }
        }
    });
    on_cleanup(move || heard.remove());
    let title = move || fill(t.embed_preview, &[("width", &width.get().to_string())]);
    view! {
        <div class="embed-preview">
            <iframe
                node_ref=frame
                class="embed-preview-frame"
                src=src
                title=title
                width=move || width.get().to_string()
                height=move || measured.get().map_or(DEFAULT_HEIGHT, |(_, h)| h).to_string()
            ></iframe>
        </div>
    }
}
