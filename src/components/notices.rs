//! The notes about the link (a year that was ignored, a year the entry does not have).

use leptos::prelude::*;

use crate::labels::notice_text;

use super::context::page;

/// The notes about the link, one paragraph each, said politely.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = page();
    let notes = move || {
        ctx.resolved.with(|r| {
            r.notices
                .iter()
                .map(|n| view! { <p class="notice">{notice_text(ctx.t, n)}</p> })
                .collect_view()
        })
    };
    view! {
        <div id="notices" class="notices" role="status">
            {notes}
        </div>
    }
}
