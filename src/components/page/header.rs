//! The page's header: the app's name and what it is, with the language switch; embedded, only a
//! title for screen readers, the link to the full view and the download links.

use leptos::prelude::*;

use crate::components::context::page;
use crate::text::i18n::fill;
use crate::web::ids::{EMBED_BAR_ID, LANGUAGES_ID};

use super::language_switch::LanguageSwitch;
use crate::components::browse::Download;

/// The page's header (embedded, the embedded page's).
#[component]
pub fn Header() -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    if ctx.embedded {
        let full_view = move || ctx.state.with(|s| ctx.nav.href(&s.full_view()));
        view! {
            <header class="masthead masthead-embedded">
                <h1 class="visually-hidden">{t.app_title}</h1>
                <div id=EMBED_BAR_ID class="embed-bar">
                    <a class="full-view" href=full_view target="_blank" rel="noopener">
                        {t.open_full_view}
                        <span class="visually-hidden">{format!(" {}", t.new_tab)}</span>
                    </a>
                    <Download />
                </div>
            </header>
        }
        .into_any()
    } else {
        let lead = fill(
            t.app_lead,
            &[
                ("first", &ctx.all_years.from.to_string()),
                ("last", &ctx.all_years.to.to_string()),
            ],
        );
        view! {
            <header class="masthead">
                <div id=LANGUAGES_ID class="languages">
                    <LanguageSwitch />
                </div>
                <h1>{t.app_title}</h1>
                <p class="lead">{lead}</p>
            </header>
        }
        .into_any()
    }
}
