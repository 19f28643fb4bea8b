//! VET policy timeline: an interactive timeline of Cedefop's entry 28020, "Measures of guidance
//! and promotion of work-based learning" (Belgium-FR), and its related policy developments.
//!
//! The logic lives in plain Rust modules, tested natively: the data model ([`model`]), its
//! validation ([`validate`]), the inline markup of its texts ([`markup`]) and loading
//! ([`load`]). The components under [`components`] stay thin.

pub mod components;
pub mod i18n;
pub mod load;
pub mod markup;
pub mod model;
pub mod validate;

use leptos::prelude::*;

use crate::components::load_failure::LoadFailure;
use crate::components::loading::Loading;
use crate::components::overview::Overview;

/// The whole application: loads the dataset, then shows it, or says why it cannot.
#[component]
pub fn App() -> impl IntoView {
    let dataset = LocalResource::new(load::fetch_dataset);
    let retry = Callback::new(move |()| dataset.refetch());
    view! {
        <main id="main" class="app">
            <Suspense fallback=|| view! { <Loading/> }>
                {move || {
                    dataset
                        .get()
                        .map(|result| match result {
                            Ok(data) => view! { <Overview data/> }.into_any(),
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
