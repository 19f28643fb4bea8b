//! The view shown when the dataset cannot be shown: missing, unreachable, malformed or invalid.

use leptos::prelude::*;

use crate::i18n::EN;
use crate::load::LoadError;

/// Says what went wrong in words, lists the dataset's problems when it is invalid, and offers
/// to try again.
#[component]
pub fn LoadFailure(
    /// What went wrong.
    error: LoadError,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let issues = match &error {
        LoadError::Invalid { issues } => issues.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    };
    let summary = match &error {
        LoadError::Invalid { .. } => EN.dataset_invalid.to_owned(),
        other => other.to_string(),
    };
    view! {
        <section class="load-failure" role="alert" aria-labelledby="load-failure-title">
            <h1 id="load-failure-title">{EN.load_failed_title}</h1>
            <p>{summary}</p>
            {(!issues.is_empty())
                .then(|| {
                    view! {
                        <ul class="issues">
                            {issues.into_iter().map(|i| view! { <li><code>{i}</code></li> }).collect_view()}
                        </ul>
                    }
                })}
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {EN.retry}
            </button>
        </section>
    }
}
