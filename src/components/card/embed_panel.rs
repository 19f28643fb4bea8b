//! The embed codes' panel: the choice of colours, and the two codes (script and frame) for the
//! view on screen, each with its copy button.

use leptos::prelude::*;

use crate::components::context::page;
use crate::link::embed::{embedded, frame_title, snippets};
use crate::link::embed::{starting_height, DEFAULT_HEIGHT};
use crate::link::query::{Scheme, ViewState};
use crate::web::browser;
use crate::web::ids::{embed_colours_id, CARD_HOST_ID, EMBED_PANEL_ID, TIMELINE_HOST_ID};

use super::copy_button::{Copied, CopyButton, CopyGroup};

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
    // The frames' starting height: the view's, measured on this page when the panel opens.
    let height = RwSignal::new(DEFAULT_HEIGHT);
    Effect::new(move |_| {
        if open.get() {
            if let Some(content) = browser::height_of(&[TIMELINE_HOST_ID, CARD_HOST_ID]) {
                height.set(starting_height(content));
            }
        }
    });
    let codes = Memo::new(move |_| {
        let state = ViewState {
            scheme: colours.get(),
            ..ctx.state.get()
        };
        snippets(
            &browser::app_folder(),
            &ctx.nav.url_in("", &embedded(&state)),
            &frame_title(t, measure_title.as_deref()),
            height.get(),
        )
    });
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
