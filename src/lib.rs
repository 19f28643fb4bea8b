//! VET policy timeline: an interactive timeline of Cedefop's entry 28020, "Measures of guidance
//! and promotion of work-based learning" (Belgium-FR), and its related policy developments.
//!
//! The map, from the bottom up (a module uses only those above it in this list):
//! - [`text`]: interface strings per language, vocabularies (the seven stages), plain text helpers;
//! - [`web`]: the browser calls Leptos does not make, the page's element ids, embed messages;
//! - [`data`]: the dataset's model (serde), its inline markup and citations, validation, loading
//!   (gloo-net);
//! - [`browse`]: search and facets over many developments, and their data out (CSV, JSON);
//! - [`link`]: each view's address (a page's path, the query on top), what it selects, the
//!   navigator and focus;
//! - [`timeline`]: bands on the year axis, the keyboard model, which lanes show;
//! - [`card`]: which sections a card shows, and what it copies;
//! - [`components`]: Leptos components render every element, a folder per part of the page;
//!   their state is memos derived from the link, which [`link::navigator::Navigator`] keeps in
//!   step with the address bar; [`components::handover`] puts the live page in the place of
//!   the written-out one;
//! - `editor` (native only): what an editor runs for next year's update: Cedefop's entry read
//!   into the dataset (`make import`), the dataset checked in their words (`make check-data`);
//! - `prerender` (native only): each view the app hands out, written out at build time as a page
//!   of its own (and the script that runs before the app), which the live app takes over
//!   ([`components::handover`]), with the stylesheet and the early script in each page; and the
//!   404 page;
//! - `hosting` (native only): how the built site is served: each file's type and cache rule, its
//!   headers (the Content-Security-Policy that allows those inline texts by their hashes), the
//!   files compressed at build time, and the nginx configuration written from those rules.
// The native (`ssr`) view types of the cards nest deeper than the default limit.
#![recursion_limit = "256"]

pub mod browse;
pub mod card;
pub mod components;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod editor;
#[cfg(not(target_arch = "wasm32"))]
pub mod hosting;
pub mod link;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod text;
pub mod timeline;
pub mod web;

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
use crate::{components::app::App, data::load::LoadState, link::navigator::Navigator};

#[cfg(target_arch = "wasm32")]
/// Starts the app in the page's `#app` element (replacing its "loading" placeholder), or in the
/// body when the page has no such element.
pub fn start() {
    let Some(document) = web::browser::document() else {
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
        web::browser::on_body_resize(move || link::embed::tell_host(&nav));
    }
    // A view written out at build time, which the live app replaces once ready.
    let written_out = components::handover::written_out(&host).map(|_| host.clone().into());
    // (Mounting starts Leptos's task executor, which loading needs.)
    mount(host, nav, load, written_out);
    data::load::start_loading(load);
}

/// Puts the app in `host`, showing `load` as `nav`'s link asks: in place of what `host` holds,
/// or, where it holds a page written out at build time (`written_out` is then `host`), in
/// place of that page once the app is ready.
#[cfg(target_arch = "wasm32")]
pub fn mount(
    host: web_sys::HtmlElement,
    nav: Navigator,
    load: RwSignal<LoadState>,
    written_out: Option<web_sys::Element>,
) {
    if written_out.is_none() {
        host.set_text_content(None);
    }
    leptos::mount::mount_to(host, move || view! { <App nav load written_out /> }).forget();
}
