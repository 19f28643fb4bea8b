//! The page of a loaded dataset, in the landmarks a reader expects: its [`Header`] (the banner),
//! then in `<main>` the search, the timeline, the [`Notices`] about the link, the open card and
//! what a screen reader is told ([`Announcer`]), and the footer that closes it.

mod announcer;
mod header;
mod language_switch;
mod notices;

pub use announcer::Announcer;
pub use header::Header;
pub use language_switch::LanguageSwitch;
pub use notices::Notices;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::browse::{Browse, NoResults};
use crate::components::card::CardArea;
use crate::components::context::{Loaded, PageContext};
use crate::components::handover::{HandOver, Step};
use crate::components::timeline::Timeline;
use crate::link::close::{close, Close};
use crate::link::embed::tell_host;
use crate::link::focus::{focus_in, FocusTarget};
use crate::link::labels::{announcement, document_title};
use crate::link::navigator::Navigator;
use crate::text::i18n::Lang;
use crate::web::ids::{CARD_BODY_CLASS, CARD_HEADING_ID, CARD_HOST_ID, TIMELINE_HOST_ID};
use crate::web::scroll::{Span, ROOM};
use crate::web::{browser, embed};

/// The page, in `lang`, embedded in another site's page or not (as the link says); `root` is the
/// element that holds it ([`crate::web::ids::PAGE_ID`]). Embedded, it has no chrome: its title is only for screen readers, and there is no search
/// (an embedder pins the filters in the link). A synthetic dataset is said to be one, first.
#[component]
pub fn Page(
    nav: Navigator,
    lang: Lang,
    loaded: Loaded,
    root: NodeRef<Div>,
    /// Made step by step, hidden, while the written-out page is on screen (by default, all at
    /// once).
    #[prop(optional)]
    handover: HandOver,
) -> impl IntoView {
    let synthetic = loaded.data.synthetic;
    let ctx = PageContext::new(nav, lang, loaded, handover);
    provide_context(ctx);
    let (t, embedded) = (ctx.t, ctx.embedded);
    keep_title(ctx);
    close_on_escape(ctx);
    let said = announce(ctx);
    after_updates(ctx, root);
    let nothing_found =
        move || ctx.found.with(Vec::is_empty) && ctx.filters.with(|f| f.is_active());
    // A link that names a card shows it first (`ViewState::card_first`); the default view
    // leads with the timeline. The card area is made again in its new place when that changes
    // (the timeline, with the reader's focus, stays).
    let card_first = Memo::new(move |_| ctx.state.with(|s| s.card_first()));
    let card_area = move |first: bool| {
        view! {
            // The notes about the link head the card area: a link that opens on a card shows
            // them with it.
            <div id=CARD_HOST_ID class=if first { "card-area card-first" } else { "card-area" }>
                <Show when=move || handover.reached(Step::CardArea)>
                    <Notices />
                    <CardArea />
                </Show>
            </div>
        }
    };
    view! {
        // Read where scripts are off, in the page's language (the page written out at build
        // time is then all there is).
        <noscript>
            <p class="noscript-notice">{t.no_script}</p>
        </noscript>
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
        <Header />
        <main>
            {synthetic.then(|| view! { <p class="synthetic-banner" role="note">{t.synthetic}</p> })}
            {move || card_first.get().then(|| card_area(true))}
            {(!embedded).then(|| view! { <Browse /> })}
            <div id=TIMELINE_HOST_ID>
                <Show when=move || handover.reached(Step::Timeline)>
                    <Show when=nothing_found fallback=|| view! { <Timeline /> }>
                        <NoResults />
                    </Show>
                </Show>
            </div>
            {move || (!card_first.get()).then(|| card_area(false))}
            <Announcer text=said />
        </main>
        // Embedded, the host page closes the page.
        {(!embedded)
            .then(|| {
                let source = if synthetic { t.synthetic } else { t.footer };
                view! {
                    <footer class="page-footer">
                        <p>{source}</p>
                    </footer>
                }
            })}
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
        browser::set_title(&title);
    });
}

/// Escape closes the open card (see [`close`]), wherever the reader is on the page, but in a
/// form field (where Escape is the field's: it clears a search). (In an effect: browsers only,
/// never in the native rendering.)
fn close_on_escape(ctx: PageContext) {
    Effect::new(move |_| {
        let pressed = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() != "Escape" || in_field(&ev) {
                return;
            }
            let nav = ctx.nav;
            let selection = ctx.selection.get_untracked();
            match close(nav.can_go_back(), &nav.state_untracked(), Some(selection)) {
                Close::Back => nav.back(),
                Close::Replace(next, focus) => nav.replace(next, Some(focus)),
                Close::Stay => {}
            }
        });
        on_cleanup(move || pressed.remove());
    });
}

/// Whether a key event comes from a form field.
fn in_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
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

/// Once the page shows a new link: what a click or a key opened comes on screen (in embed mode,
/// the host page is asked to bring it on its own screen too), focus goes where the navigation
/// asked (or stays), and in embed mode the host page is told the height and the link.
///
/// Nothing else moves the page: a link opens with its view on the first screen (a card it
/// names comes first, [`crate::link::query::ViewState::card_first`]), so neither the take-over
/// nor a page opened at its own address scrolls; where the reader has scrolled, they stay.
fn after_updates(ctx: PageContext, root: NodeRef<Div>) {
    ctx.handover.on_screen_effect(move |_| {
        ctx.state.track();
        ctx.shown.track();
        let opened = ctx.nav.take_reveal();
        leptos::task::spawn_local(async move {
            // After the views that follow the same change have updated.
            leptos::task::tick().await;
            let shown = opened.then(|| reveal_opened(root)).flatten();
            if let Some(target) = ctx.nav.take_pending_focus() {
                focus_in(root, &target);
            }
            if ctx.embedded {
                tell_host(&ctx.nav);
                // (Once the frame has its new height.)
                if let Some(shown) = shown {
                    // With the room the page leaves around it ([`ROOM`]).
                    embed::post_reveal(shown.start - ROOM, shown.start + shown.width + ROOM);
                }
            }
        });
    });
}

/// Brings the card the reader opened on screen (smoothly), its heading and first lines, while
/// the control they used stays on screen where both fit (with the timeline's axis above it).
/// Returns that start of the card, down the page, for an embed's host page.
fn reveal_opened(root: NodeRef<Div>) -> Option<Span> {
    let root = root.get_untracked()?;
    let find = |selector: String| root.query_selector(&selector).ok().flatten();
    let card = find(format!("#{CARD_HOST_ID}"))?;
    let body = find(format!("#{CARD_HOST_ID} .{CARD_BODY_CLASS}"));
    let kept = find(format!("#{TIMELINE_HOST_ID}")).and_then(|timeline| {
        let control = browser::focused_element().filter(|f| timeline.contains(Some(f)))?;
        let axis = timeline.query_selector("thead").ok().flatten()?;
        Some(vec![axis, control])
    });
    browser::reveal_card(&card, body.as_ref(), &kept.unwrap_or_default(), true)
}
