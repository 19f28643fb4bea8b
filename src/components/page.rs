//! The page of a loaded dataset: header, search, timeline, notes about the link, the open card,
//! and what a screen reader is told.

use leptos::html::Main;
use leptos::prelude::*;

use crate::deeplink;
use crate::embed;
use crate::i18n::Lang;
use crate::labels::{announcement, document_title};
use crate::navigation::{FocusTarget, Navigator, Opener, CARD_HEADING_ID};
use crate::platform;

use super::announcer::Announcer;
use super::browse::Browse;
use super::card::CardArea;
use super::context::{Loaded, PageContext};
use super::header::Header;
use super::no_results::NoResults;
use super::notices::Notices;
use super::timeline::Timeline;

/// The page, in `lang`, embedded in another site's page or not; `root` is the app's `<main>`.
/// Embedded, it has no chrome: its title is only for screen readers, and there is no search
/// (an embedder pins the filters in the link). A synthetic dataset is said to be one, first.
#[component]
pub fn Page(
    nav: Navigator,
    lang: Lang,
    embed: bool,
    loaded: Loaded,
    root: NodeRef<Main>,
    /// Written out at build time for readers without scripts (see [`crate::prerender`]).
    #[prop(optional)]
    prerendered: bool,
) -> impl IntoView {
    let synthetic = loaded.data.synthetic;
    let ctx = if prerendered {
        PageContext::prerendered(nav, lang, loaded)
    } else {
        PageContext::new(nav, lang, loaded)
    };
    provide_context(ctx);
    let t = ctx.t;
    keep_title(ctx);
    let said = announce(ctx);
    after_updates(ctx, root);
    let nothing_found =
        move || ctx.found.with(Vec::is_empty) && ctx.filters.with(|f| f.is_active());
    view! {
        <a
            class="skip-link"
            href=format!("#{CARD_HEADING_ID}")
            on:click=move |ev| {
                ev.prevent_default();
                focus_in(root, &FocusTarget::CardHeading);
            }
        >
            {t.skip_to_entry}
        </a>
        {synthetic.then(|| view! { <p class="synthetic-banner" role="note">{t.synthetic}</p> })}
        <Header embed />
        {(!embed).then(|| view! { <Browse /> })}
        <div id="timeline-host">
            <Show when=nothing_found fallback=|| view! { <Timeline /> }>
                <NoResults />
            </Show>
        </div>
        <Notices />
        <div id="card-host" class="card-area">
            <CardArea />
        </div>
        <Announcer text=said />
    }
}

/// Keeps the document's title on the card on screen.
fn keep_title(ctx: PageContext) {
    Effect::new(move |_| {
        let selection = ctx.selection.get();
        let requested = ctx.state.with(|s| s.measure.clone().unwrap_or_default());
        let title = ctx
            .data
            .with_value(|d| document_title(ctx.t, d, selection, &requested));
        platform::set_title(&title);
    });
}

/// What the live region says: what a selection opened (the first view is said by the page).
fn announce(ctx: PageContext) -> Signal<String> {
    let said = RwSignal::new(String::new());
    Effect::new(move |first: Option<()>| {
        let selection = ctx.selection.get();
        if first.is_some() {
            let requested = ctx
                .state
                .with_untracked(|s| s.measure.clone().unwrap_or_default());
            said.set(
                ctx.data
                    .with_value(|d| announcement(ctx.t, d, selection, &requested)),
            );
        }
    });
    said.into()
}

/// Once the page shows a new link: focus goes where the navigation asked (or stays), and in
/// embed mode the host page is told the height and the link.
fn after_updates(ctx: PageContext, root: NodeRef<Main>) {
    Effect::new(move |first: Option<()>| {
        let state = ctx.state.get();
        ctx.shown.track();
        // What a click or a key opens comes into view; so does what a shared link names, on a
        // phone too (not inside an embed, whose host page would scroll).
        let opened = ctx.nav.take_reveal();
        let reveal = opened || (first.is_none() && state.measure.is_some() && !state.embed);
        leptos::task::spawn_local(async move {
            // After the views that follow the same change have updated.
            leptos::task::tick().await;
            if reveal {
                if let Some(card) = root
                    .get_untracked()
                    .and_then(|r| r.query_selector("#card-host > *").ok().flatten())
                {
                    // Smoothly after a click or a key; at once when the page opens.
                    platform::reveal(&card, opened);
                }
            }
            if let Some(target) = ctx.nav.take_pending_focus() {
                focus_in(root, &target);
            }
            if state.embed {
                embed::post_size(&platform::absolute_url(&deeplink::format(
                    &state.full_view(),
                )));
            }
        });
    });
}

thread_local! {
    /// Whether the app itself is moving focus (after a navigation), not the reader.
    static APP_FOCUS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether focus is being moved by the app after a navigation (a year's preview then stays
/// closed: it opens when the reader moves to a year).
pub fn app_is_focusing() -> bool {
    APP_FOCUS.with(std::cell::Cell::get)
}

/// Puts focus on `target` inside `root`, or on the card's heading if `target` is not there.
pub fn focus_in(root: NodeRef<Main>, target: &FocusTarget) {
    APP_FOCUS.with(|f| f.set(true));
    focus_target(root, target);
    APP_FOCUS.with(|f| f.set(false));
}

fn focus_target(root: NodeRef<Main>, target: &FocusTarget) {
    let Some(root) = root.get_untracked() else {
        return;
    };
    let by_id = |id: &str| root.query_selector(&format!("#{id}")).ok().flatten();
    let found = match target {
        FocusTarget::CardHeading => None,
        FocusTarget::Selector(selector) => root.query_selector(selector).ok().flatten(),
        FocusTarget::Control(Opener::Id(id)) => by_id(id),
        FocusTarget::Control(Opener::CardLink(href)) => {
            let links = root.query_selector_all("#card-host a[href]").ok();
            links.and_then(|links| {
                (0..links.length())
                    .filter_map(|i| links.item(i))
                    .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                    .find(|a| a.get_attribute("href").as_deref() == Some(href.as_str()))
            })
        }
    };
    if let Some(el) = found.or_else(|| by_id(CARD_HEADING_ID)) {
        platform::focus_element(&el);
    }
}
