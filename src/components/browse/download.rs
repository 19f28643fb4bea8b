//! "Download: CSV, JSON": the developments of the view as a table or as a dataset file.

use leptos::prelude::*;

use crate::browse::export::{csv, json, CSV_NAME, CSV_PATH, JSON_NAME};
use crate::components::context::page;
use crate::data::load::DATASET_PATH;
use crate::web::browser;

/// A file a view can be downloaded as.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

/// The download links, beside the result count. As written out at build time (and until a
/// click), they lead to the whole dataset's files, written beside it; a click in the live app
/// makes the file of the developments the view shows, and follows that instead.
#[component]
pub fn Download() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    // The last file made, released when the next is.
    let made = StoredValue::new(None::<String>);
    let follow = move |format: Format, ev: leptos::ev::MouseEvent| {
        let Some(link) = ev.current_target() else {
            return;
        };
        let data = ctx.dataset();
        let found = ctx.found.get_untracked();
        let (text, mime) = match format {
            Format::Csv => (csv(&data, &found), "text/csv;charset=utf-8"),
            // (It cannot fail: the text is the one the dataset was read from. If it did, the
            // link would still lead to the whole dataset.)
            Format::Json => match json(&data, &data.source, &found) {
                Ok(text) => (text, "application/json"),
                Err(_) => return,
            },
        };
        let old = made.get_value();
        if let Some(url) = browser::object_url(&text, mime, old.as_deref()) {
            browser::point_link(&link, &url);
            made.set_value(Some(url));
        }
    };
    view! {
        <p class="download">
            {t.download_label}
            " "
            <a href=move || ctx.nav.asset(CSV_PATH) download=CSV_NAME on:click=move |ev| follow(Format::Csv, ev)>
                "CSV"
                <span class="visually-hidden">{t.download_csv_hint}</span>
            </a>
            " "
            <a
                href=move || ctx.nav.asset(DATASET_PATH)
                download=JSON_NAME
                on:click=move |ev| follow(Format::Json, ev)>
                "JSON"
                <span class="visually-hidden">{t.download_json_hint}</span>
            </a>
        </p>
    }
}
