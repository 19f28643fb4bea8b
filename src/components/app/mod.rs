//! The app: follows the link, waits for the dataset and the interface language, and shows the
//! page, why it cannot ([`LoadFailure`]), or that the dataset is slow to come
//! ([`SlowNotice`]).

mod load_failure;
mod slow_notice;

pub use load_failure::LoadFailure;
pub use slow_notice::SlowNotice;

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::browse::search::SearchIndex;
use crate::components::context::Loaded;
use crate::components::handover::{HandOver, Step};
use crate::components::page::Page;
use crate::data::load::LoadState;
use crate::link::navigator::Navigator;
use crate::text::i18n::Lang;
use crate::web::browser;
use crate::web::ids::PAGE_ID;

/// The whole app: `load` is the dataset's state, `nav` the link. Where the page holds a view
/// written out at build time (in `written_out`), it stays on screen until the live page is
/// ready, and the live page then takes its place (see [`HandOver`]).
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
    let root = NodeRef::<Div>::new();
    let has_written_out = written_out.is_some();
    let ready = Memo::new(move |_| {
        shown_lang.with(Option::is_some)
            && (loaded.with(Option::is_some) || failed.with(Option::is_some))
    });
    let handover = HandOver::new(!has_written_out);
    handover.take_over_when(ready, written_out, root);
    let live = move || !has_written_out || ready.get();
    view! {
        <SlowNotice load lang />
        <Show when=live>
        <div
            id=PAGE_ID
            class="app"
            hidden=move || !handover.reached(Step::OnScreen)
            node_ref=root
        >
            {move || {
                // (The page brings its own landmarks; what stands in for it is the main content.)
                let Some(lang) = shown_lang.get() else {
                    return view! { <main><Loading /></main> }.into_any();
                };
                if let Some(error) = failed.get() {
                    return view! {
                        <main>
                            <LoadFailure t=lang.strings() error load />
                        </main>
                    }
                    .into_any();
                }
                match loaded.get() {
                    Some(loaded) => {
                        // (Read, not only tracked: a memo never read counts its first value
                        // as a change, and the page would be made again on the next link.)
                        let _layout = embed.get();
                        view! { <Page nav lang loaded root handover /> }.into_any()
                    }
                    None => view! { <main><Loading /></main> }.into_any(),
                }
            }}
        </div>
        </Show>
    }
}

/// Shown while the dataset (or the interface language) loads.
#[component]
fn Loading() -> impl IntoView {
    let t = crate::text::i18n::EN.loading;
    view! { <p class="status-message" role="status">{t}</p> }
}

/// The language the page is shown in: `wanted`, once its table is here (or could not be had,
/// and the interface stays in English); until then, the last language whose table settled (at
/// first: none, and the page says it is loading). A table is fetched when wanted.
///
/// (A `LocalResource` of the wanted language does the same, and cost 7.8 KB gzip more wasm on
/// every first visit, measured: Leptos's async machinery, which nothing else here needs.)
fn languages(wanted: Memo<Lang>) -> Memo<Option<Lang>> {
    let settled = RwSignal::new(None::<Lang>);
    Effect::new(move |_| {
        let lang = wanted.get();
        if lang.loaded().is_some() {
            settled.set(Some(lang));
            return;
        }
        leptos::task::spawn_local(async move {
            fetch_table(lang).await;
            settled.set(Some(lang));
        });
    });
    Memo::new(move |_| {
        let lang = wanted.get();
        match lang.loaded() {
            Some(_) => Some(lang),
            None => settled.get(),
        }
    })
}

/// Fetches the interface table of `lang` and installs it (where it cannot be had, the
/// interface stays in English).
async fn fetch_table(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    {
        let table = crate::data::load::fetch_text(&lang.file()).await;
        if let Some(strings) = table
            .ok()
            .and_then(|t| crate::text::i18n::parse_table(&t).ok())
        {
            lang.install(strings);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}
