//! The Embed dialog's preview: the embedded view's own page, in a frame as wide as the column
//! the editor picked, and its height as that page tells it (the height the codes then carry).

use leptos::prelude::*;

use crate::link::embed::{Snippets, DEFAULT_HEIGHT, DEFAULT_PREVIEW_WIDTH, PREVIEW_WIDTHS};
use crate::text::i18n::{fill, Strings};
use crate::web::browser;

/// The choice of the column's width, in CSS pixels, into `width`: the widths of
/// [`PREVIEW_WIDTHS`], and the editor's own screen's (as it is when the panel is made).
pub fn column_choice(width: RwSignal<u32>, t: &'static Strings) -> impl IntoView {
    let screen = browser::viewport().map_or(DEFAULT_PREVIEW_WIDTH, |(w, _)| w.round() as u32);
    let options = PREVIEW_WIDTHS
        .into_iter()
        .map(|w| (w, format!("embed-width-{w}"), t.width_pixels))
        .chain([(screen, "embed-width-screen".to_owned(), t.width_screen)])
        .map(move |(w, id, label)| {
            view! {
                <label class="colour-choice">
                    <input
                        type="radio"
                        name="embed-width"
                        id=id
                        checked=w == DEFAULT_PREVIEW_WIDTH
                        on:change=move |_| width.set(w)
                    />
                    " "
                    {fill(label, &[("width", &w.to_string())])}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="embed-colours">
            <legend>{t.embed_width}</legend>
            {options}
        </fieldset>
    }
}

/// The embedded view of `codes` (their frame's address), in a frame `width` px wide;
/// `measured` follows the height of its page (with the width it was measured at): once it has
/// loaded, and at each width after.
#[component]
pub fn EmbedPreview(
    codes: Memo<Snippets>,
    width: RwSignal<u32>,
    measured: RwSignal<Option<(u32, u32)>>,
    t: &'static Strings,
) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Iframe>::new();
    // The frame's page is of this page's origin: its layout is this page's to read, at once.
    // (Again once the frame has its new height: an inner scrollbar, gone, may have narrowed it.)
    let measure = move || {
        for _ in 0..2 {
            let Some(height) = frame
                .get_untracked()
                .and_then(|f| browser::page_height_in(&f))
            else {
                return;
            };
            if measured.get_untracked() == Some((width.get_untracked(), height)) {
                return;
            }
            measured.set(Some((width.get_untracked(), height)));
        }
    };
    Effect::new(move |_| {
        width.track();
        measure();
    });
    // (The box scrolls where the preview is wider or taller than it: keyboard users scroll it
    // once it has focus.)
    view! {
        <div class="embed-preview" tabindex="0" role="group" aria-label=t.embed_preview>
            <iframe
                node_ref=frame
                class="embed-preview-frame"
                src=move || codes.with(|c| c.src.clone())
                title=t.embed_preview
                width=move || width.get().to_string()
                height=move || measured.get().map_or(DEFAULT_HEIGHT, |(_, h)| h).to_string()
                on:load=move |_| measure()
            ></iframe>
        </div>
    }
}
