//! The timeline's key: each status on screen with its mark, a year with a note, an empty year.

use leptos::prelude::*;

use crate::components::common::{StatusMark, Term};
use crate::components::context::page;
use crate::timeline::bands::statuses;

/// The key of the lanes on screen.
#[component]
pub fn Key() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let statuses = Memo::new(move |_| {
        ctx.shown.with(|shown| {
            ctx.data
                .with_value(|d| statuses(shown.iter().filter_map(|&i| d.measures.get(i))))
        })
    });
    view! {
        <div class="key">
            <h3 class="key-title">{t.key_title}</h3>
            <ul class="key-list">
                <For
                    each=move || statuses.get()
                    key=|(status, mark)| (status.clone(), *mark)
                    children=|(status, mark)| {
                        view! {
                            <li>
                                <span class=format!("key-band band {}", mark.band_class())>
                                    <StatusMark mark />
                                </span>
                                " "
                                <Term raw=status />
                            </li>
                        }
                    }
                />
                <li>
                    <span class="key-swatch key-note">
                        <span class="note-flag"></span>
                    </span>
                    {format!(" {}", t.key_note)}
                </li>
                <li>
                    <span class="key-swatch key-empty"></span>
                    {format!(" {}", t.key_empty)}
                </li>
            </ul>
        </div>
    }
}
