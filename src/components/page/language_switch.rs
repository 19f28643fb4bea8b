//! The language switch: a link per language to the same view, the current one marked.

use leptos::prelude::*;

use crate::components::context::page;
use crate::link::focus::{FocusTarget, Opener};
use crate::link::navigator::plain_click;
use crate::link::query::ViewState;
use crate::text::i18n::Lang;
use crate::web::ids::language_link_id;

/// The language switch. Another language is the same view: no new history entry, and focus
/// stays on the link.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = page();
    let link = move |lang: Lang| {
        let target = move || {
            ctx.state.with(|s| ViewState {
                lang: Some(lang),
                ..s.clone()
            })
        };
        let id = language_link_id(lang.code());
        let opener = id.clone();
        view! {
            <li>
                <a
                    id=id
                    href=move || ctx.nav.href(&target())
                    hreflang=lang.code()
                    lang=lang.code()
                    aria-current=(lang == ctx.lang).then_some("true")
                    on:click=move |ev| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            ctx.nav
                                .replace(
                                    target(),
                                    Some(FocusTarget::Control(Opener::Id(opener.clone()))),
                                );
                        }
                    }
                >
                    {lang.name()}
                </a>
            </li>
        }
    };
    view! {
        <nav aria-label=ctx.t.language>
            <ul class="language-list">{Lang::ALL.into_iter().map(link).collect_view()}</ul>
        </nav>
    }
}
