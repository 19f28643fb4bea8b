//! VET policy timeline: an interactive timeline of Cedefop's entry 28020, "Measures of guidance
//! and promotion of work-based learning" (Belgium-FR), and its related policy developments.
//!
//! How it is built:
//! - [`data`]: the dataset's model (serde), its inline markup, validation, and loading
//!   (gloo-net).
//! - Plain logic, tested natively: the deep-link contract ([`deeplink`]) and what it selects
//!   ([`selection`]), search and facets ([`search`], [`facets`]), the timeline's layout
//!   ([`layout`], [`timeline_lanes`], [`timeline_ids`]), interface strings and texts ([`i18n`],
//!   [`labels`]), and the embed snippets and messages ([`embed`]).
//! - [`components`]: Leptos components render every element; their state is derived with memos
//!   from the link, which [`navigation::Navigator`] keeps in step with the address bar.
//! - [`platform`]: the few browser calls Leptos does not make (history, clipboard, scrolling).
//! - `prerender` (native only): the default view written out at build time, which the live app
//!   replaces when it starts.
// The native (`ssr`) view types of the cards nest deeper than the default limit.
#![recursion_limit = "256"]

pub mod components;
pub mod data;
pub mod deeplink;
pub mod embed;
pub mod facets;
pub mod i18n;
pub mod labels;
pub mod layout;
pub mod navigation;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod search;
pub mod selection;
pub mod timeline_ids;
pub mod timeline_lanes;
pub mod vocab;

use leptos::prelude::*;

use crate::data::load::LoadState;
#[cfg(target_arch = "wasm32")]
use crate::{components::app::App, navigation::Navigator};

#[cfg(target_arch = "wasm32")]
/// Starts the app in the page's `#app` element (replacing its "loading" placeholder), or in the
/// body when the page has no such element.
pub fn start() {
    let Some(document) = platform::document() else {
        return;
    };
    let host = document
        .get_element_by_id("app")
        .map(wasm_bindgen::JsCast::unchecked_into);
    if let Some(host) = host.or_else(|| document.body()) {
        start_in(host);
    }
}

#[cfg(target_arch = "wasm32")]
/// The whole application, in `host`: follows the page's link, loads the dataset, and shows it
/// (or says why it cannot).
pub fn start_in(host: web_sys::HtmlElement) {
    let load = RwSignal::new(LoadState::Loading);
    let nav = Navigator::from_location();
    if nav.state_untracked().embed {
        // Tell the host page our height whenever it changes, so it can size its frame.
        platform::on_body_resize(embed::post_current_size);
    }
    // The default view written out at build time, which the live app replaces once ready.
    let prerendered = host.query_selector("main[data-prerendered]").ok().flatten();
    // (Mounting starts Leptos's task executor, which loading needs.)
    mount(host, nav, load, prerendered);
    start_loading(load);
}

/// Loads (again) the dataset into `load`.
pub fn start_loading(load: RwSignal<LoadState>) {
    load.set(LoadState::Loading);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        let text = data::load::fetch_text(data::load::DATASET_PATH).await;
        load.set(LoadState::from_text(text));
    });
}

/// Puts the app in `host`, showing `load` as `nav`'s link asks: in place of what `host` holds,
/// or, where it holds the `prerendered` page, in place of that page once the app is ready.
#[cfg(target_arch = "wasm32")]
pub fn mount(
    host: web_sys::HtmlElement,
    nav: Navigator,
    load: RwSignal<LoadState>,
    prerendered: Option<web_sys::Element>,
) {
    if prerendered.is_none() {
        host.set_text_content(None);
    }
    leptos::mount::mount_to(host, move || view! { <App nav load prerendered /> }).forget();
}
