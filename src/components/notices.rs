//! Polite notes about the link that opened the view (a year that was ignored, ...).

use leptos::prelude::*;

use super::use_strings;
use crate::i18n::fill;
use crate::selection::Notice;

/// The notes, if any, in a polite live region.
#[component]
pub fn Notices(
    /// The notes to show.
    notices: Signal<Vec<Notice>>,
) -> impl IntoView {
    let t = use_strings();
    view! {
        <div class="notices" role="status">
            {move || {
                let t = t.get();
                notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        let text = match notice {
                            Notice::YearIgnored(raw) => fill(t.notice_year_ignored, &[("year", &raw)]),
                            Notice::YearNotInEntry(year) => {
                                fill(t.notice_year_not_in_entry, &[("year", &year.to_string())])
                            }
                        };
                        view! { <p class="notice">{text}</p> }
                    })
                    .collect_view()
            }}
        </div>
    }
}
