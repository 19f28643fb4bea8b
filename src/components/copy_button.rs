//! A button that copies a text (the link to the view, the citation) and says so politely.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::use_strings;
use crate::i18n::Strings;
use crate::platform;

/// Copies `text` on click and confirms in a polite live region; where the browser refuses, shows
/// the text in a field, selected, to copy by hand.
#[component]
pub fn CopyButton(
    /// The button's label.
    label: fn(&Strings) -> &'static str,
    /// What is said once copied.
    done: fn(&Strings) -> &'static str,
    /// The text to copy, read at the moment of the click.
    text: Signal<String>,
) -> impl IntoView {
    let t = use_strings();
    let status = RwSignal::new(String::new());
    let fallback = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let value = text.get_untracked();
        status.set(String::new());
        fallback.set(None);
        spawn_local(async move {
            if platform::copy_text(&value).await {
                status.set(done(t.get_untracked()).to_owned());
            } else {
                status.set(t.get_untracked().copy_refused.to_owned());
                fallback.set(Some(value));
                request_animation_frame(move || {
                    if let Some(input) = field.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    view! {
        <span class="copy">
            <button type="button" class="button button-secondary" on:click=copy>
                {move || label(t.get())}
            </button>
            <span class="copy-status" role="status">{move || status.get()}</span>
            {move || {
                fallback
                    .get()
                    .map(|value| {
                        view! {
                            <input
                                class="copy-fallback"
                                type="text"
                                readonly
                                node_ref=field
                                prop:value=value
                                aria-label=move || label(t.get())
                            />
                        }
                    })
            }}
        </span>
    }
}
