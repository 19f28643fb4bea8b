//! The embed codes' panel: the choice of colours, and the two codes (script and frame) for the
//! view on screen, each with its copy button.

use leptos::prelude::*;

use crate::components::context::page;
use crate::link::embed::{embedded, frame_title, snippets};
use crate::link::embed::{DEFAULT_HEIGHT, DEFAULT_PREVIEW_WIDTH};
use crate::link::query::{Scheme, ViewState};
use crate::text::i18n::fill;
use crate::web::browser;
use crate::web::ids::{embed_colours_id, EMBED_PANEL_ID};

use super::copy_button::{Copied, CopyButton, CopyGroup};
use super::embed_preview::{column_choice, EmbedPreview};

/// The panel, shown while `open` (Escape closes it, focus back on its `button`);
/// `measure_title` names the embedded frame.
#[component]
pub fn EmbedPanel(
    open: RwSignal<bool>,
    button: NodeRef<leptos::html::Button>,
    measure_title: Option<String>,
) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    // Embeds are light unless the editor chooses otherwise (`scheme=` in the link).
    let colours = RwSignal::new(None::<Scheme>);
    // The column the editor means to put it in, and the view's height there, as the preview
    // measured it (with the width it was measured at).
    let width = RwSignal::new(DEFAULT_PREVIEW_WIDTH);
    let measured = RwSignal::new(None::<(u32, u32)>);
    let height = move || {
        measured
            .get()
            .filter(|(at, _)| *at == width.get())
            .map(|(_, height)| height)
    };
    let codes = Memo::new(move |_| {
        let state = ViewState {
            scheme: colours.get(),
            ..ctx.state.get()
        };
        snippets(
            &browser::app_folder(),
            &ctx.nav.url_in("", &embedded(&state)),
            &frame_title(t, measure_title.as_deref()),
            height().unwrap_or(DEFAULT_HEIGHT),
        )
    });
    let said = move || {
        let w = width.get().to_string();
        match height() {
            Some(h) => fill(t.embed_height, &[("height", &h.to_string()), ("width", &w)]),
            None => fill(t.embed_measuring, &[("width", &w)]),
        }
    };
    // (The preview is loaded while the panel is open only.)
    let preview = move || {
        open.get()
            .then(|| view! { <EmbedPreview codes width measured t /> })
    };
    let copied = RwSignal::new(usize::MAX);
    let choice = move |value: Option<Scheme>, label: &'static str| {
        let id = embed_colours_id(value.map_or("light", Scheme::code));
        view! {
            <label class="colour-choice">
                <input
                    type="radio"
                    name="embed-colours"
                    id=id
                    checked=value.is_none()
                    on:change=move |_| colours.set(value)
                />
                " "
                {label}
            </label>
        }
    };
    let code = move |label: &'static str, script: bool| {
        let text = move || {
            codes.with(|c| {
                if script {
                    c.script.clone()
                } else {
                    c.iframe.clone()
                }
            })
        };
        view! {
            <div class="snippet">
                <h3 class="snippet-title">{label}</h3>
                <pre>
                    <code>{text}</code>
                </pre>
                {move || {
                    let group = CopyGroup {
                        last: copied,
                        slot: usize::from(script),
                    };
                    view! {
                        <CopyButton
                            label=t.copy_code
                            copies=Copied::Text(text(), t.code_copied)
                            group
                        />
                    }
                }}
            </div>
        }
    };
    view! {
        <div
            id=EMBED_PANEL_ID
            class="embed-panel"
            hidden=move || !open.get()
            on:keydown=move |ev| close_on_escape(&ev, open, button)
        >
            <p>{t.embed_help}</p>
            <fieldset class="embed-colours">
                <legend>{t.embed_colours}</legend>
                {choice(None, t.colours_light)}
                {choice(Some(Scheme::Dark), t.colours_dark)}
                {choice(Some(Scheme::Auto), t.colours_auto)}
            </fieldset>
            {column_choice(width, t)}
            {preview}
            <p class="embed-height">{said}</p>
            {code(t.embed_script, true)}
            {code(t.embed_iframe, false)}
        </div>
    }
}

/// Escape, while the embed codes are `open`, closes them (and not the card), focus on their
/// `button`.
pub fn close_on_escape(
    ev: &web_sys::KeyboardEvent,
    open: RwSignal<bool>,
    button: NodeRef<leptos::html::Button>,
) {
    if ev.key() != "Escape" || !open.get_untracked() {
        return;
    }
    ev.stop_propagation();
    ev.prevent_default();
    open.set(false);
    if let Some(button) = button.get_untracked() {
        // (A button can always take focus; nothing to do if it cannot.)
        let _ = button.focus();
    }
}
