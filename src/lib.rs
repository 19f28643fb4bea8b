//! VET policy timeline: an interactive timeline of Cedefop's entry 28020, "Measures of guidance
//! and promotion of work-based learning" (Belgium-FR), and its related policy developments.
//!
//! The logic lives in plain Rust modules, tested natively: the data model ([`model`]), its
//! validation ([`validate`]), the inline markup of its texts ([`markup`]), loading ([`load`]),
//! the deep-link contract ([`deeplink`]) and what it selects ([`selection`]), the timeline's
//! layout ([`layout`]), interface strings ([`i18n`]) and the texts made from them ([`labels`]).
//! The components under [`components`] stay thin; [`platform`] and [`navigation`] hold the
//! browser glue.

pub mod components;
pub mod deeplink;
pub mod i18n;
pub mod labels;
pub mod layout;
pub mod load;
pub mod markup;
pub mod model;
pub mod navigation;
pub mod platform;
pub mod selection;
pub mod validate;

use leptos::prelude::*;

use crate::components::load_failure::LoadFailure;
use crate::components::loading::Loading;
use crate::components::page::TimelinePage;
use crate::components::UiStrings;
use crate::navigation::Navigator;

/// The whole application: follows the deep link, loads the dataset, then shows it, or says why
/// it cannot.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Navigator::from_location());
    provide_context(UiStrings(Signal::stored(&i18n::EN)));
    let dataset = LocalResource::new(load::fetch_dataset);
    let retry = Callback::new(move |()| dataset.refetch());
    view! {
        <main id="main" class="app">
            <Suspense fallback=|| view! { <Loading/> }>
                {move || {
                    dataset
                        .get()
                        .map(|result| match result {
                            Ok(data) => view! { <TimelinePage data/> }.into_any(),
                            Err(error) => view! { <LoadFailure error on_retry=retry/> }.into_any(),
                        })
                }}
            </Suspense>
        </main>
    }
}

/// Mounts [`App`] in the page's `#app` element (replacing its "loading" placeholder), or in the
/// body when the page has no such element.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    match document
        .get_element_by_id("app")
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        Some(host) => {
            host.set_text_content(None);
            leptos::mount::mount_to(host, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
