//! The notes about the link (a year that was ignored, a year the entry does not have).

use leptos::prelude::*;

use crate::components::context::page;
use crate::link::labels::notice_text;
use crate::web::ids::NOTICES_ID;

/// The notes about the link, one paragraph each, said politely.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = page();
    let notes = move || {
        ctx.resolved.with(|r| {
            r.notices
                .iter()
                .map(|n| view! { <p class="notice">{notice_text(ctx.t, n, ctx.all_years)}</p> })
                .collect_view()
        })
    };
    view! {
        <div id=NOTICES_ID class="notices" role="status">
            {notes}
        </div>
    }
}
