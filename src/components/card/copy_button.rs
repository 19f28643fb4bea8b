//! A "Copy ..." button and the polite status that confirms it; where the browser refuses, the
//! text is shown in a field, selected, to copy by hand.

use leptos::html::Input;
use leptos::prelude::*;

use crate::components::context::page;
use crate::link::embed::full_view_url;
use crate::web::browser;

/// What a copy button copies.
#[derive(Clone)]
pub enum Copied {
    /// The link to the view on screen (the full view's, even from inside an embed).
    Link,
    /// A text, with what the status then says.
    Text(String, &'static str),
}

/// Copy buttons that confirm one at a time: a copy by one clears the others' confirmation.
#[derive(Clone, Copy)]
pub struct CopyGroup {
    /// The slot of the button that copied last.
    pub last: RwSignal<usize>,
    /// This button's slot.
    pub slot: usize,
}

/// A "Copy ..." button and the polite status that confirms it; where the browser refuses, the
/// text is shown in a field, selected, to copy by hand.
#[component]
pub fn CopyButton(
    /// The button's label.
    label: &'static str,
    /// What it copies.
    copies: Copied,
    /// The buttons it confirms one at a time with, if any.
    #[prop(optional)]
    group: Option<CopyGroup>,
) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let status = RwSignal::new("");
    // Another button of the group copied: this one's confirmation goes.
    if let Some(group) = group {
        Effect::new(move |_| {
            if group.last.get() != group.slot {
                status.set("");
            }
        });
    }
    let by_hand = RwSignal::new(None::<String>);
    let field = NodeRef::<Input>::new();
    let copies = StoredValue::new(copies);
    let copy = move |_| {
        let (text, done) = match copies.get_value() {
            Copied::Link => (
                full_view_url(&ctx.nav, &ctx.state.get_untracked()),
                t.link_copied,
            ),
            Copied::Text(text, done) => (text, done),
        };
        status.set("");
        if let Some(group) = group {
            group.last.set(group.slot);
        }
        leptos::task::spawn_local(async move {
            if browser::copy_text(&text).await {
                status.set(done);
                return;
            }
            by_hand.set(Some(text));
            leptos::task::tick().await;
            let Some(input) = field.get_untracked() else {
                status.set(t.copy_refused);
                return;
            };
            let _ = input.focus();
            input.select();
            status.set(if browser::copy_selection() {
                done
            } else {
                t.copy_refused
            });
        });
    };
    view! {
        <span class="copy">
            <button type="button" class="button button-secondary" on:click=copy>
                {label}
            </button>
            // Its text as a property: written out at build time it is then empty, as it is
            // live (a text child would be written out as a space, and the status would take
            // room there).
            <span class="copy-status" role="status" prop:textContent=move || status.get()></span>
            {move || {
                by_hand
                    .get()
                    .map(|text| {
                        view! {
                            <input
                                class="copy-fallback"
                                type="text"
                                readonly
                                aria-label=label
                                prop:value=text
                                node_ref=field
                            />
                        }
                    })
            }}
        </span>
    }
}
