//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! `make test-wasm`. They mount the app on a dataset and a link, and look at the
//! page as a reader would.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use vet_timeline::data::load::{parse_dataset, LoadError, LoadState};
use vet_timeline::data::validate::Issue;
use vet_timeline::link::navigator::Navigator;

wasm_bindgen_test_configure!(run_in_browser);

/// The rules' example: the 2025 edition, frozen (a yearly update changes none of these tests).
const DATASET: &str = include_str!("fixtures/timeline-2025.json");
const TITLE: &str = "Measures of guidance and promotion of work-based learning";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh element to mount the app in (the test's own page, not the app, builds it).
fn host() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("div").expect("div");
    doc.body().expect("body").append_child(&el).expect("append");
    el.unchecked_into()
}

/// Mounts the app's components on the bundled dataset (or another state) and the link `query`.
fn mount(load: LoadState, query: &'static str) -> web_sys::HtmlElement {
    let el = host();
    vet_timeline::mount(
        el.clone(),
        Navigator::detached(query),
        RwSignal::new(load),
        None,
    );
    el
}

fn ready() -> LoadState {
    LoadState::Ready(Arc::new(parse_dataset(DATASET).expect("valid")))
}

/// Yields to the browser until `done` holds (at most a few hundred turns of the event loop).
async fn wait_for(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..500 {
        if done() {
            return true;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
    }
    done()
}

fn text_of(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

fn all(el: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = el.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn one(el: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    el.query_selector(selector).expect("query")
}

fn card_heading(el: &web_sys::Element) -> String {
    one(el, ".card h2").map(|h| text_of(&h)).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_timeline_draws_each_lane_as_bands_of_named_year_controls() {
    // (That the bands span the axis's eleven years is checked natively, in tests/components.rs.)
    let el = mount(ready(), "?measure=28020");
    assert!(wait_for(|| all(&el, "tr.lane").len() == 3).await);
    let lanes = all(&el, "tr.lane");
    // Each status is written once per band; each year is still a control.
    let statuses = |lane: &web_sys::Element| -> Vec<String> {
        all(lane, ".band-over .band-status")
            .iter()
            .map(text_of)
            .collect()
    };
    assert_eq!(statuses(&lanes[0]), ["Implementation"]);
    assert_eq!(statuses(&lanes[1]), ["Implementation"]);
    assert_eq!(statuses(&lanes[2]), ["Discontinued"]);
    assert_eq!(all(&lanes[0], "a.cell").len(), 11);
    assert_eq!(all(&lanes[2], "td.cell-empty").len(), 10);
    // Year controls are named with what their row and column headers do not say.
    let label = one(&lanes[0], "a.cell.has-note")
        .and_then(|c| c.get_attribute("aria-label"))
        .expect("a named cell");
    assert_eq!(label, "Implementation, with a note");
    assert_eq!(all(&lanes[0], "a.cell.has-note").len(), 7);
    // The development's name is a link to its card, marked as the one on screen.
    let name = one(&lanes[0], ".lane-title a").expect("a name link");
    assert_eq!(
        name.get_attribute("href").as_deref(),
        Some("?measure=28020")
    );
    assert_eq!(name.get_attribute("aria-current").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_click_on_a_year_selects_it_and_opens_its_card() {
    let el = mount(ready(), "?measure=28020");
    assert!(wait_for(|| card_heading(&el) == TITLE).await);
    let cell: web_sys::HtmlElement = one(&el, "#cell-0-2023")
        .expect("the 2023 cell")
        .unchecked_into();
    cell.click();
    assert!(
        wait_for(|| card_heading(&el).starts_with("2023")).await,
        "card: {}",
        card_heading(&el)
    );
    // The same element (focus stays on it) is now the current one.
    assert!(cell.is_connected());
    assert_eq!(cell.get_attribute("aria-current").as_deref(), Some("true"));
    let card = one(&el, ".card").expect("a card");
    assert!(text_of(&card).contains("The work on amending the decree of 11 April 2014"));
    assert_eq!(
        all(&el, ".timeline [aria-current]").len(),
        1,
        "one selected control"
    );
    assert!(one(&el, "#lane-0")
        .expect("lane")
        .class_list()
        .contains("lane-current"));
    assert!(one(&el, "#year-2023")
        .expect("column")
        .class_list()
        .contains("year-current"));
}

#[wasm_bindgen_test]
async fn the_measure_card_keeps_the_sources_lists_emphasis_and_links() {
    // (The card's sections and their order are checked natively, in tests/components.rs.)
    let el = mount(ready(), "");
    assert!(wait_for(|| card_heading(&el) == TITLE).await);
    let card = one(&el, "section.card").expect("a card");
    assert_eq!(
        card.get_attribute("aria-labelledby").as_deref(),
        Some("card-title")
    );
    assert!(text_of(&card).contains("ID number 28020"));
    // Lists stay lists, with their markers: background (a)–(g) with (i)–(iii), description (a)–(c).
    assert_eq!(all(&card, "ol.marked > li > .marker").len(), 7 + 3 + 3);
    assert_eq!(
        one(&card, "em").map(|e| text_of(&e)).as_deref(),
        Some("Cité des métiers")
    );
    // The PEQ named in background (g) links to its entry.
    let peq = all(&card, "ol.marked a")
        .into_iter()
        .find(|a| text_of(a) == "Vocational Education Pathway (PEQ)")
        .expect("the PEQ link");
    assert_eq!(
        peq.get_attribute("href").as_deref(),
        Some("?measure=be-fr-vocational-education-pathway-peq")
    );
}

#[wasm_bindgen_test]
async fn an_invalid_dataset_lists_its_problems_with_a_retry() {
    let error = LoadError::Invalid {
        issues: vec![Issue {
            path: "measures[0].timeline[3].year".into(),
            message: "2031 is outside 2015–2025".into(),
        }],
    };
    let el = mount(LoadState::Failed(error), "");
    assert!(wait_for(|| one(&el, "[role=alert]").is_some()).await);
    assert!(text_of(&el).contains("measures[0].timeline[3].year: 2031 is outside 2015–2025"));
    assert_eq!(
        one(&el, ".load-failure button")
            .map(|b| text_of(&b))
            .as_deref(),
        Some("Try again")
    );
}

#[wasm_bindgen_test]
async fn the_app_says_so_when_its_data_file_is_missing_and_retries() {
    // The test runner serves no `data/timeline.json`: the app must explain, not go blank.
    let el = host();
    vet_timeline::start_in(el.clone());
    assert!(
        wait_for(|| text_of(&el).contains("was not found")).await,
        "page says: {}",
        text_of(&el)
    );
    // (The message is already there: what the retry must show is a new one, after a new try.)
    let said = one(&el, ".load-failure").expect("the failure view");
    let retry: web_sys::HtmlElement = one(&said, "button")
        .expect("a retry button")
        .unchecked_into();
    retry.click();
    assert!(
        wait_for(|| !said.is_connected()).await,
        "the message was replaced"
    );
    assert!(wait_for(|| text_of(&el).contains("was not found")).await);
}
