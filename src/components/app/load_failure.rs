//! Shown when the dataset cannot be shown: what went wrong, its problems if it is invalid, and a
//! button to try again.

use leptos::prelude::*;

use crate::data::load::{start_loading, LoadError, LoadState, DATASET_PATH, MAX_DATASET_BYTES};
use crate::text::i18n::{fill, Strings};
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
    let say = |template: &str, name: &str, value: &str| {
        view! { <p>{fill(template, &[(name, value)])}</p> }.into_any()
    };
    let explained = match error {
        LoadError::Invalid { issues } => view! {
            <p>{t.dataset_invalid}</p>
            <ul class="issues" lang="en">
                {issues
                    .iter()
                    .map(|i| view! { <li><code>{i.to_string()}</code></li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        LoadError::Unreachable { detail } => say(t.error_unreachable, "detail", &detail),
        LoadError::Status { status: 404 } => say(t.error_missing, "path", DATASET_PATH),
        LoadError::Status { status } => say(t.error_status, "status", &status.to_string()),
        LoadError::TooLarge { bytes } => view! {
            <p>
                {fill(
                    t.error_too_large,
                    &[("bytes", &bytes.to_string()), ("limit", &MAX_DATASET_BYTES.to_string())],
                )}
            </p>
        }
        .into_any(),
        LoadError::Malformed { detail } => say(t.error_malformed, "detail", &detail),
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
