//! Links that stay in the app: a real `href` (the deep link, so a new tab or a copied link
//! works), followed in place by a plain click; Space follows them too, as it presses buttons.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::components::context::page;
use crate::data::model::YearEntry;
use crate::link::focus::{Focus, Opener};
use crate::timeline::bands::Mark;

use super::marked_text::searched;
use super::status_mark::StatusMark;
use super::term::Term;

/// Space on a link follows it, as it presses a button.
pub fn space_follows(ev: &KeyboardEvent) {
    if ev.key() == " " && !(ev.ctrl_key() || ev.meta_key() || ev.alt_key()) {
        if let Some(link) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        {
            ev.prevent_default();
            link.click();
        }
    }
}

/// A link to the card of measure `measure` (or of its `year`), keeping the link's other
/// parameters. Focus then moves to the new card (`Focus::Card`), or stays on the link.
#[component]
pub fn NavLink(
    /// The measure's id.
    #[prop(into)]
    measure: String,
    /// The year, for a year's card.
    #[prop(optional)]
    year: Option<i32>,
    /// Where focus goes when it is followed.
    focus: Focus,
    /// The link's class.
    #[prop(optional)]
    class: &'static str,
    /// Whether the link's text is dataset text (English).
    #[prop(optional)]
    english: bool,
    /// What the link shows.
    children: Children,
) -> impl IntoView {
    let ctx = page();
    let target = StoredValue::new(measure);
    let next = move || {
        ctx.base
            .with(|b| target.with_value(|m| b.with_selection(m, year)))
    };
    view! {
        <a
            class=(!class.is_empty()).then_some(class)
            href=move || ctx.nav.href(&next())
            lang=english.then_some("en")
            on:click=move |ev| {
                let opener = Opener::CardLink(ctx.nav.href(&next()));
                ctx.nav.follow(&ev, next(), focus, Some(opener));
            }
            on:keydown=move |ev| space_follows(&ev)
        >
            {children()}
        </a>
    }
}

/// A link to a measure's full card, showing its title.
#[component]
pub fn TitleLink(id: String, title: String) -> impl IntoView {
    view! {
        <NavLink measure=id focus=Focus::Card english=true>
            {searched(title)}
        </NavLink>
    }
}

/// A year's status, with its mark, as a link to the year's card.
#[component]
pub fn YearLink(measure: String, entry: YearEntry) -> impl IntoView {
    view! {
        <NavLink measure year=entry.year focus=Focus::Card class="year-link">
            <StatusMark mark=Mark::of(&entry.status) />
            <span class="year-link-year">{entry.year.to_string()}</span>
            " "
            <Term raw=entry.status />
        </NavLink>
    }
}
