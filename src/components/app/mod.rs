//! The app: follows the link, waits for the dataset and the interface language, and shows the
//! page, why it cannot ([`LoadFailure`]), or that the dataset is slow to come
//! ([`SlowNotice`]).

mod load_failure;
mod slow_notice;

pub use load_failure::LoadFailure;
pub use slow_notice::SlowNotice;

use std::sync::Arc;

use leptos::html::Main;
use leptos::prelude::*;

use crate::browse::search::SearchIndex;
use crate::components::context::{Loaded, Stage, Staging};
use crate::components::page::Page;
use crate::data::load::LoadState;
use crate::link::close::{close, Close};
use crate::link::focus::focus_again;
use crate::link::navigator::Navigator;
use crate::link::selection::resolve;
use crate::text::i18n::Lang;
use crate::web::browser;
use crate::web::ids::MAIN_ID;

/// The whole app: `load` is the dataset's state, `nav` the link. Where the page holds a view
/// written out at build time (in `written_out`), it stays on screen until the live page is
/// ready, which is made hidden, in tasks short enough not to hold up a reader's input (its
/// header and search, its timeline, then its card area: [`Staging`]), and then takes its
/// place in one step: no blank frame, and focus and scrolling kept.
#[component]
pub fn App(
    nav: Navigator,
    load: RwSignal<LoadState>,
    /// The element holding the page written out at build time, if any.
    written_out: Option<web_sys::Element>,
) -> impl IntoView {
    let lang = Memo::new(move |_| nav.lang(&nav.state()));
    let shown_lang = languages(lang);
    // The page is made again when the link's layout changes (see `PageContext::embedded`).
    let embed = Memo::new(move |_| nav.state().embed);
    // The dataset and its search index, made once per dataset.
    let loaded = Memo::new(move |_| match load.get() {
        LoadState::Ready(data) => Some(Loaded {
            index: Arc::new(SearchIndex::later()),
            data,
        }),
        _ => None,
    });
    let failed = Memo::new(move |_| match load.get() {
        LoadState::Failed(error) => Some(error),
        _ => None,
    });
    Effect::new(move |_| {
        if let Some(lang) = shown_lang.get() {
            browser::set_page_language(lang.code());
        }
    });
    // Embedded, light unless the link asks otherwise; the full page follows the reader.
    let scheme = Memo::new(move |_| nav.state().scheme());
    Effect::new(move |_| {
        browser::set_color_scheme(scheme.get().class());
    });
    let root = NodeRef::<Main>::new();
    let written_out = StoredValue::new_local(written_out);
    let has_written_out = written_out.with_value(Option::is_some);
    let ready = Memo::new(move |_| {
        shown_lang.with(Option::is_some)
            && (loaded.with(Option::is_some) || failed.with(Option::is_some))
    });
    let staging = Staging::new(!has_written_out);
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let holder = written_out.try_update_value(Option::take).flatten();
        let written = |h: &web_sys::Element| h.query_selector(WRITTEN_OUT).ok().flatten();
        match holder.filter(|h| written(h).is_some()) {
            Some(holder) => one_task_each(vec![
                Box::new(move || staging.advance(Stage::Timeline)),
                Box::new(move || staging.advance(Stage::CardArea)),
                Box::new(move || {
                    let Some(old) = written(&holder) else {
                        staging.advance(Stage::OnScreen);
                        return;
                    };
                    let kept = Kept::of(&old);
                    old.remove();
                    staging.advance(Stage::OnScreen);
                    leptos::task::spawn_local(async move {
                        // Once the live page is shown (still before the next frame).
                        leptos::task::tick().await;
                        take_over(root, kept);
                    });
                }),
            ]),
            None => staging.advance(Stage::OnScreen),
        }
    });
    let live = move || !has_written_out || ready.get();
    view! {
        <SlowNotice load lang />
        <Show when=live>
        <main
            id=MAIN_ID
            class="app"
            hidden=move || !staging.reached(Stage::OnScreen)
            node_ref=root
            on:keydown=move |ev| {
                if ev.key() == "Escape" && !in_field(&ev) {
                    close_card(nav, load);
                }
            }
        >
            {move || {
                let Some(lang) = shown_lang.get() else {
                    return view! { <Loading /> }.into_any();
                };
                if let Some(error) = failed.get() {
                    return view! { <LoadFailure t=lang.strings() error load /> }.into_any();
                }
                match loaded.get() {
                    Some(loaded) => {
                        // (Read, not only tracked: a memo never read counts its first value
                        // as a change, and the page would be made again on the next link.)
                        let _layout = embed.get();
                        view! { <Page nav lang loaded root staging /> }.into_any()
                    }
                    None => view! { <Loading /> }.into_any(),
                }
            }}
        </main>
        </Show>
    }
}

/// Runs each of `steps` in a task of its own, in turn: each is queued once the one before has
/// run, so that the browser can answer the reader in between.
fn one_task_each(mut steps: Vec<Box<dyn FnOnce()>>) {
    if steps.is_empty() {
        return;
    }
    let step = steps.remove(0);
    set_timeout(
        move || {
            step();
            one_task_each(steps);
        },
        std::time::Duration::ZERO,
    );
}

/// The written-out page's `<main>`.
pub const WRITTEN_OUT: &str = "main[data-prerendered]";

/// What the reader had in the written-out page, for the live one to keep: how far its
/// timeline's track was scrolled, and the id and address of the control that had focus.
struct Kept {
    scrolled: Option<i32>,
    focused: Option<(String, Option<String>)>,
}

impl Kept {
    /// What the reader has in `old`.
    fn of(old: &web_sys::Element) -> Kept {
        let focused = browser::focused_element().filter(|f| old.contains(Some(f)));
        Kept {
            scrolled: track(old).map(|t| t.scroll_left()),
            focused: focused.map(|f| (f.id(), f.get_attribute("href"))),
        }
    }
}

/// The timeline's track in `page`.
fn track(page: &web_sys::Element) -> Option<web_sys::Element> {
    page.query_selector(".timeline-scroll").ok().flatten()
}

/// The live page (in `root`) being on screen in place of the written-out one: the timeline's
/// track is scrolled as it was, and focus, if it was in the written-out page, goes to the same
/// control of the live page (by its id, else by its address).
fn take_over(root: NodeRef<Main>, kept: Kept) {
    let Some(root) = root.get_untracked() else {
        return;
    };
    if let (Some(left), Some(live)) = (kept.scrolled.filter(|l| *l != 0), track(&root)) {
        browser::scroll_left_at_once(&live, left);
    }
    let Some((id, href)) = kept.focused else {
        return;
    };
    let same = if id.is_empty() {
        href.and_then(|h| {
            root.query_selector(&format!("a[href=\"{}\"]", h.replace('"', "")))
                .ok()
                .flatten()
        })
    } else {
        root.query_selector(&format!("#{id}")).ok().flatten()
    };
    if let Some(el) = same {
        focus_again(&el);
    }
}

/// Shown while the dataset (or the interface language) loads.
#[component]
fn Loading() -> impl IntoView {
    let t = crate::text::i18n::EN.loading;
    view! { <p class="status-message" role="status">{t}</p> }
}

/// The language the page is shown in: `wanted`, once its table is here (or could not be had,
/// and the interface stays in English); until then, the language shown before (at first:
/// none, and the page says it is loading). Tables are fetched when first wanted.
fn languages(wanted: Memo<Lang>) -> Memo<Option<Lang>> {
    // Bumped when a table arrives or fails; per language, whether it was asked for and settled.
    let arrived = RwSignal::new(0u32);
    let asked = StoredValue::new([(false, false); 4]);
    Effect::new(move |_| {
        let lang = wanted.get();
        if lang.loaded().is_some() || asked.with_value(|a| a[lang as usize].0) {
            return;
        }
        asked.update_value(|a| a[lang as usize].0 = true);
        fetch_table(lang, move || {
            asked.update_value(|a| a[lang as usize].1 = true);
            arrived.update(|n| *n += 1);
        });
    });
    Memo::new(move |previous: Option<&Option<Lang>>| {
        arrived.track();
        let lang = wanted.get();
        if lang.loaded().is_some() || asked.with_value(|a| a[lang as usize].1) {
            Some(lang)
        } else {
            previous.copied().flatten()
        }
    })
}

/// Fetches the interface table of `lang` and installs it (where it cannot be had, the
/// interface stays in English); then calls `settled`.
#[cfg(target_arch = "wasm32")]
fn fetch_table(lang: Lang, settled: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        let table = crate::data::load::fetch_text(&lang.file()).await;
        if let Some(strings) = table
            .ok()
            .and_then(|t| crate::text::i18n::parse_table(&t).ok())
        {
            lang.install(strings);
        }
        settled();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn fetch_table(_lang: Lang, settled: impl FnOnce() + 'static) {
    settled();
}

/// Whether a key event comes from a form field (where Escape is the field's: it clears a
/// search).
fn in_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

/// Closes the open card (see [`close`]).
fn close_card(nav: Navigator, load: RwSignal<LoadState>) {
    let parsed = nav.parsed_untracked();
    let selection = load.with_untracked(|l| match l {
        LoadState::Ready(data) => Some(resolve(data, &parsed).selection),
        _ => None,
    });
    match close(nav.can_go_back(), &parsed.state, selection) {
        Close::Back => nav.back(),
        Close::Replace(next, focus) => nav.replace(next, Some(focus)),
        Close::Stay => {}
    }
}
