//! Shown when the dataset cannot be shown: what went wrong, its problems if it is invalid, and a
//! button to try again.

use leptos::prelude::*;

use crate::data::load::{start_loading, LoadError, LoadState};
use crate::text::i18n::Strings;
use crate::web::browser;
use crate::web::ids::LOAD_FAILURE_TITLE_ID;

/// The failure view for `error`; "Try again" loads the dataset into `load` again.
#[component]
pub fn LoadFailure(
    t: &'static Strings,
    error: LoadError,
    load: RwSignal<LoadState>,
) -> impl IntoView {
    Effect::new(move |_| browser::set_title(t.load_failed_title));
    let message = error.message(t);
    let explained = match error {
        LoadError::Invalid { issues } => view! {
            <p>{message}</p>
            <ul class="issues" lang="en">
                {issues
                    .iter()
                    .map(|i| view! { <li><code>{i.to_string()}</code></li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        _ => view! { <p>{message}</p> }.into_any(),
    };
    view! {
        <section class="load-failure" role="alert" aria-labelledby=LOAD_FAILURE_TITLE_ID>
            <h1 id=LOAD_FAILURE_TITLE_ID>{t.load_failed_title}</h1>
            {explained}
            <button type="button" class="button" on:click=move |_| start_loading(load)>
                {t.retry}
            </button>
        </section>
    }
}
