//! The app's one click handler, on its root: it follows in-app links (`a[data-nav]`) in place,
//! runs copy buttons (`button[data-copy]`) and the retry button (`button[data-action=retry]`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

use crate::deeplink;
use crate::i18n::Strings;
use crate::navigation::{Focus, Navigator};
use crate::platform;
use crate::screen::LoadState;

/// Handles a click anywhere in the app.
pub fn on_click(ev: &MouseEvent, nav: Navigator, load: RwSignal<LoadState>, t: &'static Strings) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if let Ok(Some(link)) = target.closest("a[data-nav]") {
        let href = link.get_attribute("href").unwrap_or_default();
        let focus = match link.get_attribute("data-nav").as_deref() {
            Some("stay") => Focus::Stay,
            _ => Focus::Card,
        };
        nav.follow(ev, deeplink::parse(&href).state, focus);
    } else if let Ok(Some(button)) = target.closest("button[data-copy]") {
        copy(button, nav, t);
    } else if let Ok(Some(_)) = target.closest("button[data-action=retry]") {
        crate::start_loading(load);
    }
}

/// Copies what `button` is for, and says so in the status beside it; where the browser refuses,
/// shows the text to copy by hand.
fn copy(button: Element, nav: Navigator, t: &'static Strings) {
    let (text, done) = match button.get_attribute("data-copy").as_deref() {
        Some("link") => (
            platform::absolute_url(&deeplink::format(&nav.state_untracked())),
            t.link_copied,
        ),
        _ => (
            button.get_attribute("data-copy-text").unwrap_or_default(),
            t.citation_copied,
        ),
    };
    let status = button.next_element_sibling();
    if let Some(status) = &status {
        status.set_text_content(None);
    }
    spawn_local(async move {
        let copied = platform::copy_text(&text).await;
        if let Some(status) = &status {
            status.set_text_content(Some(if copied { done } else { t.copy_refused }));
        }
        if !copied {
            if let Some(parent) = button.parent_element() {
                let label = button.text_content().unwrap_or_default();
                platform::show_for_copying(&parent, &label, &text);
            }
        }
    });
}
