//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! `make test-wasm`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use vet_timeline::components::load_failure::LoadFailure;
use vet_timeline::components::overview::Overview;
use vet_timeline::load::{parse_dataset, LoadError};
use vet_timeline::App;

wasm_bindgen_test_configure!(run_in_browser);

const DATASET: &str = include_str!("../public/data/timeline.json");

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

fn text_of(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
fn overview_shows_the_measure_title_and_its_years() {
    let data = Rc::new(parse_dataset(DATASET).expect("valid"));
    let el = host();
    leptos::mount::mount_to(el.clone(), move || view! { <Overview data/> }).forget();
    let h1 = el.query_selector("h1").expect("query").expect("an h1");
    assert_eq!(
        h1.text_content().as_deref(),
        Some("Measures of guidance and promotion of work-based learning")
    );
    let years = el.query_selector_all(".years li").expect("query");
    assert_eq!(years.length(), 11);
    assert!(text_of(&el).contains("2019 Implementation"));
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
    let button: web_sys::HtmlElement = el
        .query_selector("button")
        .expect("query")
        .expect("a retry button")
        .unchecked_into();
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
