//! A card's tools: copy the link to this view, the embed codes (a disclosure), and, in print,
//! the link written out.

use leptos::html::Input;
use leptos::prelude::*;

use crate::deeplink::{self, Scheme, ViewState};
use crate::embed::{app_folder, frame_title, snippets};
use crate::platform;

use super::context::page;

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
    last: RwSignal<usize>,
    slot: usize,
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
                platform::absolute_url(&deeplink::format(&ctx.nav.state_untracked().full_view())),
                t.link_copied,
            ),
            Copied::Text(text, done) => (text, done),
        };
        status.set("");
        if let Some(group) = group {
            group.last.set(group.slot);
        }
        leptos::task::spawn_local(async move {
            if platform::copy_text(&text).await {
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
            status.set(if platform::copy_selection() {
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
            <span class="copy-status" role="status">
                {move || status.get()}
            </span>
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

/// Id of the embed codes' panel.
pub const EMBED_PANEL_ID: &str = "embed-panel";

/// The card's tools: copy the link, show the embed codes (not inside an embed), and, in print,
/// the link; then the embed codes' panel, hidden, which takes the header's whole width.
#[component]
pub fn CardTools(
    /// The title of the measure on screen, which names an embedded frame.
    #[prop(optional, into)]
    measure_title: Option<String>,
) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let link =
        move || platform::absolute_url(&deeplink::format(&ctx.state.with(|s| s.full_view())));
    let embedded = ctx.state.with_untracked(|s| s.embed);
    let open = RwSignal::new(false);
    let panel = (!embedded).then(|| {
        // Embeds are light unless the editor chooses otherwise (`scheme=` in the link).
        let colours = RwSignal::new(None::<Scheme>);
        let codes = Memo::new(move |_| {
            let state = ViewState {
                scheme: colours.get(),
                ..ctx.state.get()
            };
            snippets(
                &app_folder(&link()),
                &state,
                &frame_title(t, measure_title.as_deref()),
            )
        });
        let copied = RwSignal::new(usize::MAX);
        let choice = move |value: Option<Scheme>, label: &'static str| {
            let id = format!("embed-colours-{}", value.map_or("light", Scheme::code));
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
            <div id=EMBED_PANEL_ID class="embed-panel" hidden=move || !open.get()>
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
    });
    let toggle = (!embedded).then(|| {
        view! {
            <button
                type="button"
                class="button button-secondary"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=EMBED_PANEL_ID
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {t.embed}
            </button>
        }
    });
    view! {
        <div class="card-tools">
            <CopyButton label=t.copy_link copies=Copied::Link />
            {toggle}
            <p class="print-only">{move || format!("{} {}", t.print_link, link())}</p>
        </div>
        {panel}
    }
}
