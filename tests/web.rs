//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! `make test-wasm`.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use vet_timeline::components::load_failure::LoadFailure;
use vet_timeline::components::measure_card::MeasureCard;
use vet_timeline::components::page::TimelinePage;
use vet_timeline::components::timeline::Timeline;
use vet_timeline::load::{parse_dataset, LoadError};
use vet_timeline::model::Dataset;
use vet_timeline::navigation::Navigator;
use vet_timeline::selection::Selection;
use vet_timeline::App;

wasm_bindgen_test_configure!(run_in_browser);

const DATASET: &str = include_str!("../public/data/timeline.json");
const TITLE: &str = "Measures of guidance and promotion of work-based learning";

fn data() -> Arc<Dataset> {
    Arc::new(parse_dataset(DATASET).expect("valid"))
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh element to mount a component in.
fn host() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("div").expect("div");
    doc.body().expect("body").append_child(&el).expect("append");
    el.unchecked_into()
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

fn one(el: &web_sys::Element, selector: &str) -> web_sys::Element {
    el.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("no {selector}"))
}

#[wasm_bindgen_test]
fn the_timeline_has_eleven_cells_per_lane_with_their_statuses() {
    let el = host();
    let data = data();
    leptos::mount::mount_to(el.clone(), move || {
        provide_context(Navigator::detached(""));
        view! { <Timeline data selection=Signal::stored(Selection::Measure(0))/> }
    })
    .forget();
    let lanes = all(&el, "tbody.lane");
    assert_eq!(lanes.len(), 3);
    for lane in &lanes {
        assert_eq!(all(lane, "tr.lane-cells > td").len(), 11);
    }
    let statuses = |lane: &web_sys::Element| -> Vec<String> {
        all(lane, ".cell .cell-status")
            .iter()
            .map(text_of)
            .collect()
    };
    assert_eq!(statuses(&lanes[0]), vec!["Implementation"; 11]);
    assert_eq!(statuses(&lanes[1]), ["Implementation"]);
    assert_eq!(statuses(&lanes[2]), ["Discontinued"]);
    assert_eq!(all(&lanes[2], "td.cell-empty").len(), 10);
    // Year controls are named with their year, status and development.
    let label = one(&lanes[0], "a.cell.has-note")
        .get_attribute("aria-label")
        .expect("a name");
    assert_eq!(
        label,
        format!("2019: Implementation, with a note – {TITLE}")
    );
    assert_eq!(all(&lanes[0], "a.cell.has-note").len(), 7);
    // The development's name is a link to its card.
    assert_eq!(
        one(&lanes[2], ".lane-title a")
            .get_attribute("href")
            .as_deref(),
        Some("?measure=be-fr-social-partner-pact-employment-training")
    );
}

#[wasm_bindgen_test]
async fn a_click_on_a_year_selects_it_and_opens_its_card() {
    let el = host();
    let data = data();
    leptos::mount::mount_to(el.clone(), move || {
        provide_context(Navigator::detached("?measure=28020"));
        view! { <TimelinePage data/> }
    })
    .forget();
    assert_eq!(text_of(&one(&el, ".card h2")), TITLE);
    let cell: web_sys::HtmlElement = all(&el, "tbody.lane")[0]
        .query_selector("a.cell[href*='year=2023']")
        .expect("query")
        .expect("the 2023 cell")
        .unchecked_into();
    cell.click();
    assert!(
        wait_for(|| text_of(&one(&el, ".card h2")).starts_with("2023")).await,
        "card: {}",
        text_of(&one(&el, ".card"))
    );
    assert_eq!(cell.get_attribute("aria-current").as_deref(), Some("true"));
    assert!(
        text_of(&one(&el, ".card")).contains("The work on amending the decree of 11 April 2014")
    );
    let current = all(&el, "a[aria-current]");
    assert_eq!(current.len(), 1, "one selected control");
    assert!(one(&el, "tbody.lane").class_list().contains("lane-current"));
}

#[wasm_bindgen_test]
fn the_measure_card_shows_every_section_in_order() {
    let el = host();
    let data = data();
    leptos::mount::mount_to(el.clone(), move || {
        provide_context(Navigator::detached(""));
        view! { <MeasureCard data index=0/> }
    })
    .forget();
    let card = one(&el, "section.card");
    assert_eq!(
        card.get_attribute("aria-labelledby").as_deref(),
        Some("card-title")
    );
    let headings: Vec<String> = all(&card, "h3").iter().map(text_of).collect();
    assert_eq!(
        headings,
        [
            "Background",
            "Objectives",
            "Description",
            "Timeline",
            "Bodies responsible",
            "Target group",
            "Thematic categories",
            "Subsystem",
            "Further reading",
            "Related policy developments",
            "Cite as"
        ]
    );
    assert!(text_of(&card).contains("ID number 28020"));
    // Lists stay lists, with their markers; italics are emphasis.
    // Background (a)–(g) with (i)–(iii) under (b); description (a)–(c).
    assert_eq!(all(&card, "ol.marked > li > .marker").len(), 7 + 3 + 3);
    assert_eq!(text_of(&one(&card, "em")), "Cité des métiers");
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
fn load_failure_lists_problems_and_retries() {
    let el = host();
    let retried = RwSignal::new(0);
    let error = LoadError::Invalid {
        issues: vec![vet_timeline::validate::Issue {
            path: "measures[0].timeline[3].year".into(),
            message: "2031 is outside 2015–2025".into(),
        }],
    };
    leptos::mount::mount_to(el.clone(), move || {
        view! { <LoadFailure error on_retry=Callback::new(move |()| retried.update(|n| *n += 1))/> }
    })
    .forget();
    assert!(text_of(&el).contains("measures[0].timeline[3].year: 2031 is outside 2015–2025"));
    assert!(el.query_selector("[role=alert]").expect("query").is_some());
    let button: web_sys::HtmlElement = one(&el, "button").unchecked_into();
    button.click();
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn the_app_says_so_when_its_data_file_is_missing() {
    // The test runner serves no `data/timeline.json`: the app must explain, not go blank.
    let el = host();
    leptos::mount::mount_to(el.clone(), App).forget();
    assert!(
        wait_for(|| text_of(&el).contains("was not found")).await,
        "page says: {}",
        text_of(&el)
    );
    assert!(
        el.query_selector("button").expect("query").is_some(),
        "a retry button"
    );
}
