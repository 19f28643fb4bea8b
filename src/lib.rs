//! VET policy timeline: an interactive timeline of Cedefop's entry 28020, "Measures of guidance
//! and promotion of work-based learning" (Belgium-FR), and its related policy developments.
//!
//! The logic lives in plain Rust modules, tested natively: the data model ([`model`], read by
//! [`json`]), its validation ([`validate`]), the inline markup of its texts ([`markup`]),
//! loading ([`load`]), the deep-link contract ([`deeplink`]) and what it selects
//! ([`selection`]), the timeline's layout ([`layout`]), interface strings ([`i18n`]) and the
//! texts made from them ([`labels`]), and what the reader sees, built as plain trees
//! ([`render`], [`vdom`]).
//!
//! Leptos holds the state and its reactions: [`start_in`] loads the dataset into a signal, the
//! [`navigation`] keeps the link in a signal, and one effect keeps the page in step with both
//! ([`screen`], putting trees on the page through [`dom`]). Clicks are handled once, on the
//! app's root ([`events`]). [`platform`] wraps the browser APIs.

pub mod deeplink;
pub mod dom;
pub mod embed;
pub mod events;
pub mod facets;
pub mod i18n;
pub mod json;
pub mod labels;
pub mod layout;
pub mod load;
pub mod markup;
pub mod model;
pub mod navigation;
pub mod platform;
pub mod render;
pub mod screen;
pub mod search;
pub mod selection;
pub mod validate;
pub mod vdom;

use leptos::prelude::*;

use crate::navigation::Navigator;
use crate::render::timeline::LANES_AT_A_TIME;
use crate::screen::{LoadState, Screen};

/// Starts the app in the page's `#app` element (replacing its "loading" placeholder), or in the
/// body when the page has no such element.
pub fn start() {
    let Some(document) = platform::document() else {
        return;
    };
    let host = document.get_element_by_id("app");
    if let Some(host) = host.or_else(|| document.body().map(Into::into)) {
        start_in(&host);
    }
}

/// The whole application, in `host`: follows the page's link, loads the dataset, and shows it
/// (or says why it cannot).
pub fn start_in(host: &web_sys::Element) {
    init_reactivity();
    let load = RwSignal::new(LoadState::Loading);
    start_loading(load);
    let nav = Navigator::from_location();
    if nav.state_untracked().embed {
        // Tell the host page our height whenever it changes, so it can size its frame.
        platform::on_body_resize(embed::post_current_size);
    }
    mount(host, nav, load);
}

/// Readies Leptos's reactivity: the task executor its effects run on, and an owner for the
/// signals and effects, which live as long as the page. (The app builds its page itself, see
/// [`screen`], so it needs no `mount_to`: about 2 KB less gzipped wasm and JS, measured.)
pub fn init_reactivity() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner);
}

/// Loads (again) the dataset into `load`.
pub fn start_loading(load: RwSignal<LoadState>) {
    load.set(LoadState::Loading);
    load::fetch(
        load::DATASET_PATH.to_owned(),
        Box::new(move |text| {
            load.set(match text.and_then(|t| load::parse_dataset(&t)) {
                Ok(data) => LoadState::Ready(std::sync::Arc::new(data)),
                Err(error) => LoadState::Failed(error),
            })
        }),
    );
}

/// Puts the app's `<main>` in `host`, in place of what it holds, and keeps it showing `load` as
/// `nav`'s link asks. Needs [`init_reactivity`] first.
pub fn mount(host: &web_sys::Element, nav: Navigator, load: RwSignal<LoadState>) {
    let Some(root) = platform::document().and_then(|d| d.create_element("main").ok()) else {
        return;
    };
    root.set_id("main");
    root.set_class_name("app");
    host.set_text_content(None);
    if host.append_child(&root).is_err() {
        return;
    }
    let screen = StoredValue::new(Screen::default());
    // How many lanes the overview shows ("show more" adds to it; new filters start again).
    let lanes = RwSignal::new(LANES_AT_A_TIME);
    // One listener, on the root, for every event the app handles (one closure instead of four
    // typed handlers: about 3 KB less gzipped wasm, measured). The browser compiles wasm
    // function by function, on first call: the pointer or the focus entering the app (events
    // the handler ignores) gets the handler compiled before the first click or key needs it.
    let handled = [
        "click",
        "keydown",
        "input",
        "change",
        "pointerover",
        "focusin",
    ];
    platform::listen(&root, &handled, move |ev| {
        events::dispatch(&ev, nav, load, lanes)
    });
    // Languages other than English are fetched when first needed: for each, whether it was
    // asked for (1) and has arrived or failed (2), kept with the screen; an arrival notifies
    // `load`, which runs the effect again.
    Effect::new(move |_: Option<()>| {
        let parsed = nav.parsed();
        let lang = nav.lang(&parsed.state);
        load.track();
        let asked = screen.with_value(|s| s.languages[lang as usize]);
        if lang.loaded().is_none() && asked < 2 {
            if asked == 0 {
                screen.update_value(|s| s.languages[lang as usize] = 1);
                load::fetch(
                    lang.file(),
                    Box::new(move |text| {
                        // Where the table cannot be had, the interface stays in English.
                        if let Ok(strings) = text.and_then(|t| load::parse_strings(&t)) {
                            lang.install(strings);
                        }
                        screen.update_value(|s| s.languages[lang as usize] = 2);
                        load.notify();
                    }),
                );
            }
            // Until it arrives, the page stays as it is (at first: loading).
            screen.update_value(|s| s.show_loading_if_empty(&root));
            return;
        }
        let focus = nav.take_pending_focus();
        let lanes = lanes.get();
        load.with(|state| {
            screen.update_value(|s| s.update(&root, state, &parsed, lang, focus, lanes))
        });
    });
}
