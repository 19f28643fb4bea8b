//! The app: follows the link, waits for the dataset and the interface language, and shows the
//! page, or why it cannot.

use std::sync::Arc;

use leptos::html::Main;
use leptos::prelude::*;

use crate::data::load::LoadState;
use crate::deeplink::{self, Scheme};
use crate::i18n::Lang;
use crate::navigation::{FocusTarget, Navigator, Opener};
use crate::search::SearchIndex;
use crate::selection::{resolve, Selection};
use crate::timeline_ids::{cell_id, lane_link_id};

use super::context::Loaded;
use super::load_failure::LoadFailure;
use super::page::Page;

/// The whole app: `load` is the dataset's state, `nav` the link. Where the page holds the
/// default view written out at build time (`prerendered`), it stays until the live page is
/// ready, which then takes its place in the same task: no blank frame, and focus kept.
#[component]
pub fn App(
    nav: Navigator,
    load: RwSignal<LoadState>,
    /// The prerendered page's `<main>`, if any.
    prerendered: Option<web_sys::Element>,
) -> impl IntoView {
    let lang = Memo::new(move |_| nav.lang(&nav.state()));
    let shown_lang = languages(lang);
    let embed = Memo::new(move |_| nav.state().embed);
    // The dataset and its search index, made once per dataset.
    let loaded = Memo::new(move |_| match load.get() {
        LoadState::Ready(data) => Some(Loaded {
            index: Arc::new(SearchIndex::new(&data)),
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
            crate::platform::set_page_language(lang.strings().code);
        }
    });
    // Embedded, light unless the link asks otherwise; the full page follows the reader.
    let scheme = Memo::new(move |_| nav.state().scheme());
    Effect::new(move |_| {
        crate::platform::set_color_scheme(match scheme.get() {
            Scheme::Light => Some("light"),
            Scheme::Dark => Some("dark"),
            Scheme::Auto => None,
        });
    });
    let root = NodeRef::<Main>::new();
    let written_out = StoredValue::new_local(prerendered);
    let has_written_out = written_out.with_value(Option::is_some);
    let ready = Memo::new(move |_| {
        shown_lang.with(Option::is_some)
            && (loaded.with(Option::is_some) || failed.with(Option::is_some))
    });
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        if let Some(old) = written_out.try_update_value(Option::take).flatten() {
            leptos::task::spawn_local(async move {
                // After the live page is in place (still before the next frame).
                leptos::task::tick().await;
                take_over(&old, root);
            });
        }
    });
    let live = move || !has_written_out || ready.get();
    // A dataset that does not arrive: after a while, say so and offer to try again.
    let slow = RwSignal::new(false);
    Effect::new(move |_| {
        set_timeout(
            move || slow.set(true),
            std::time::Duration::from_secs(SLOW_AFTER_SECONDS),
        )
    });
    let stalled = move || slow.get() && load.with(|l| matches!(l, LoadState::Loading));
    let t = move || lang.get().strings();
    view! {
        <Show when=stalled>
            <div class="slow-notice" role="status">
                <p>{move || t().loading_slow}</p>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        slow.set(false);
                        crate::start_loading(load);
                        set_timeout(
                            move || slow.set(true),
                            std::time::Duration::from_secs(SLOW_AFTER_SECONDS),
                        );
                    }
                >
                    {move || t().retry}
                </button>
            </div>
        </Show>
        <Show when=live>
        <main
            id="main"
            class="app"
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
                        let embed = embed.get();
                        view! { <Page nav lang embed loaded root /> }.into_any()
                    }
                    None => view! { <Loading /> }.into_any(),
                }
            }}
        </main>
        </Show>
    }
}

/// Removes the prerendered page `old`, the live one being in place: focus, if it was in
/// `old`, goes to the same control of the live page (by its id, else by its address).
fn take_over(old: &web_sys::Element, root: NodeRef<Main>) {
    let focused = crate::platform::focused_element().filter(|f| old.contains(Some(f)));
    let again = focused.as_ref().map(|f| (f.id(), f.get_attribute("href")));
    old.remove();
    let (Some((id, href)), Some(root)) = (again, root.get_untracked()) else {
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
        crate::platform::focus_element(&el);
    }
}

/// After how long a dataset still on its way is said to be slow.
const SLOW_AFTER_SECONDS: u64 = 10;

/// Shown while the dataset (or the interface language) loads.
#[component]
fn Loading() -> impl IntoView {
    let t = crate::i18n::EN.loading;
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
        if let Ok(strings) = table.and_then(|t| crate::data::load::parse_strings(&t)) {
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

/// Closes the open card: back to the view it was opened from (focus returns to the control that
/// opened it); where the page was opened on this card, up to its parent view.
fn close_card(nav: Navigator, load: RwSignal<LoadState>) {
    if nav.can_go_back() {
        nav.back();
        return;
    }
    let parsed = nav.parsed_untracked();
    let state = parsed.state.clone();
    let selection = load.with_untracked(|l| match l {
        LoadState::Ready(data) => Some(resolve(data, &parsed).selection),
        _ => None,
    });
    match selection {
        Some(Selection::Year(i, year)) => {
            let focus = FocusTarget::Control(Opener::Id(cell_id(i, year)));
            let parent = match &state.measure {
                Some(measure) => state.with_selection(measure, None),
                None => deeplink::ViewState {
                    year: None,
                    ..state
                },
            };
            nav.replace(parent, Some(focus));
        }
        Some(Selection::Measure(i)) if state.measure.is_some() => {
            let focus = FocusTarget::Control(Opener::Id(lane_link_id(i)));
            nav.replace(
                deeplink::ViewState {
                    measure: None,
                    year: None,
                    ..state
                },
                Some(focus),
            );
        }
        _ => {}
    }
}
