//! The loaded app: title, timeline, notes about the link, and the open card.

use std::sync::Arc;

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::measure_card::MeasureCard;
use super::not_found::NotFound;
use super::notices::Notices;
use super::timeline::Timeline;
use super::use_strings;
use super::year_card::YearCard;
use crate::deeplink;
use crate::labels::{announcement, document_title};
use crate::model::Dataset;
use crate::navigation::use_navigator;
use crate::platform;
use crate::selection::{resolve, Selection};

/// The whole page for a loaded dataset, following the deep link.
#[component]
pub fn TimelinePage(
    /// The dataset.
    data: Arc<Dataset>,
) -> impl IntoView {
    let t = use_strings();
    let nav = use_navigator();
    let resolved = Memo::new({
        let data = data.clone();
        move |_| resolve(&data, &nav.parsed())
    });
    let selection = Signal::derive(move || resolved.get().selection);
    let requested = move || nav.state().measure.unwrap_or_default();

    Effect::new({
        let data = data.clone();
        move |_| {
            platform::set_title(&document_title(
                t.get(),
                &data,
                selection.get(),
                &requested(),
            ))
        }
    });
    // Tell screen readers what a selection opened (not on the first view: the page says it).
    let said = RwSignal::new(String::new());
    Effect::new({
        let data = data.clone();
        move |previous: Option<()>| {
            let text = announcement(t.get(), &data, selection.get(), &requested());
            if previous.is_some() {
                said.set(text);
            }
        }
    });

    let link = Signal::derive(move || platform::absolute_url(&deeplink::format(&nav.state())));
    let timeline = view! { <Timeline data=data.clone() selection/> };
    let card = move || {
        let data = data.clone();
        match selection.get() {
            Selection::Measure(index) => view! { <MeasureCard data index/> }.into_any(),
            Selection::Year(index, year) => view! { <YearCard data index year/> }.into_any(),
            Selection::NotFound => view! { <NotFound data requested=requested()/> }.into_any(),
            Selection::Empty => {
                view! { <p class="status-message">{move || t.get().dataset_empty}</p> }.into_any()
            }
        }
    };
    view! {
        <header class="masthead">
            <h1>{move || t.get().app_title}</h1>
            <p class="lead">{move || t.get().app_lead}</p>
        </header>
        {timeline}
        <Notices notices=Signal::derive(move || resolved.get().notices)/>
        <div class="card-area">
            <div class="card-tools">
                <CopyButton label=|s| s.copy_link done=|s| s.link_copied text=link/>
            </div>
            {card}
        </div>
        <p class="visually-hidden" role="status">{move || said.get()}</p>
    }
}
