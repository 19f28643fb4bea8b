//! The page's header: the app's name and what it is, with the language switch; embedded, only a
//! title for screen readers and the link to the full view.

use leptos::prelude::*;

use crate::deeplink;
use crate::platform;

use super::context::page;
use super::language_switch::LanguageSwitch;

/// The page's header (`embed`: the embedded page's).
#[component]
pub fn Header(embed: bool) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    if embed {
        let full_view =
            move || platform::absolute_url(&deeplink::format(&ctx.state.with(|s| s.full_view())));
        view! {
            <header class="masthead masthead-embedded">
                <h1 class="visually-hidden">{t.app_title}</h1>
                <div id="embed-bar" class="embed-bar">
                    <a class="full-view" href=full_view target="_blank" rel="noopener">
                        {t.open_full_view}
                        <span class="visually-hidden">{format!(" {}", t.new_tab)}</span>
                    </a>
                </div>
            </header>
        }
        .into_any()
    } else {
        view! {
            <header class="masthead">
                <div id="languages" class="languages">
                    <LanguageSwitch />
                </div>
                <h1>{t.app_title}</h1>
                <p class="lead">{t.app_lead}</p>
            </header>
        }
        .into_any()
    }
}
