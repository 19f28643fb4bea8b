//! A card's tools: copy the link to this view, the embed codes (a disclosure, not inside an
//! embed), and, in print, the link written out.

use leptos::prelude::*;

use crate::components::context::page;
use crate::link::embed::full_view_url;
use crate::web::ids::EMBED_PANEL_ID;

use super::copy_button::{Copied, CopyButton};
use super::embed_panel::{close_on_escape, EmbedPanel};

/// The card's tools, then the embed codes' panel, hidden, which takes the header's whole width.
#[component]
pub fn CardTools(
    /// The title of the measure on screen, which names an embedded frame.
    #[prop(optional, into)]
    measure_title: Option<String>,
) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let link = move || ctx.state.with(|s| full_view_url(&ctx.nav, s));
    let embedded = ctx.embedded;
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let toggle = (!embedded).then(|| {
        view! {
            <button
                type="button"
                class="button button-secondary"
                node_ref=button
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=EMBED_PANEL_ID
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |ev| close_on_escape(&ev, open, button)
            >
                {t.embed}
            </button>
        }
    });
    let panel = (!embedded).then(|| view! { <EmbedPanel open button measure_title /> });
    view! {
        <div class="card-tools">
            <CopyButton label=t.copy_link copies=Copied::Link />
            {toggle}
            <p class="print-only">{move || format!("{} {}", t.print_link, link())}</p>
        </div>
        {panel}
    }
}
