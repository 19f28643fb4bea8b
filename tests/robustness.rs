//! Hostile and broken datasets, through loading, validation and rendering: never a panic,
//! always a message; dataset text always rendered as text, and no address but http(s) or an
//! in-app link. Random mutations of the bundled dataset (truncated, bytes changed, values of the
//! wrong type, huge strings, deep nesting, `javascript:` links, markup in text).
#![cfg(not(target_arch = "wasm32"))]
#![recursion_limit = "256"]

use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use proptest::prelude::*;
use serde_json::{json, Value};

use vet_timeline::browse::search::SearchIndex;
use vet_timeline::card::cite::CITE_FOLDER;
use vet_timeline::components::card::CardArea;
use vet_timeline::components::context::{Loaded, PageContext};
use vet_timeline::components::handover::HandOver;
use vet_timeline::components::timeline::Timeline;
use vet_timeline::data::load::{parse_dataset, LoadError};
use vet_timeline::data::model::Dataset;
use vet_timeline::link::address::path_safe;
use vet_timeline::link::navigator::Navigator;
use vet_timeline::text::i18n::Lang;

/// The rules' example: the 2025 edition, frozen (a yearly update changes none of these tests).
const DATASET: &str = include_str!("fixtures/timeline-2025.json");

fn bundled() -> Value {
    serde_json::from_str(DATASET).expect("the bundled dataset is JSON")
}

/// Loads `text`: a dataset, or an error whose message says something.
fn load(text: &str) -> Option<Dataset> {
    match parse_dataset(text) {
        Ok(data) => Some(data),
        Err(error) => {
            let message = error.to_string();
            assert!(message.len() > 20, "an empty message for {error:?}");
            if let LoadError::Malformed { detail } = &error {
                assert!(detail.chars().count() <= 201, "a flood: {detail}");
            }
            None
        }
    }
}

/// Renders every card and the timeline of `data`; checks that no markup of the data became
/// markup of the page and that every address is an in-app link or http(s).
fn render_all(data: Dataset) {
    let data = Arc::new(data);
    let loaded = Loaded {
        index: Arc::new(SearchIndex::new(&data)),
        data: data.clone(),
    };
    let mut queries = vec![String::new(), "?measure=nowhere".to_owned()];
    for m in &data.measures {
        queries.push(format!("?measure={}", m.id));
        queries.extend(
            m.timeline
                .iter()
                .map(|e| format!("?measure={}&year={}", m.id, e.year)),
        );
    }
    for query in queries {
        let owner = Owner::new();
        let html = owner.with(|| {
            let nav = Navigator::detached(&query);
            provide_context(PageContext::new(
                nav,
                Lang::En,
                loaded.clone(),
                HandOver::default(),
            ));
            view! {
                <Timeline />
                <CardArea />
            }
            .to_html()
        });
        for tag in ["<script", "<img", "<b>", "<i>", "<iframe"] {
            assert!(!html.contains(tag), "{tag} in the page for {query}");
        }
        for href in html.split("href=\"").skip(1) {
            let href = href.split('"').next().unwrap_or_default();
            // Or a citation's file, whose name is a development's id that is a file name.
            let citation_file = href
                .strip_prefix(CITE_FOLDER)
                .and_then(|f| f.strip_suffix(".ris").or_else(|| f.strip_suffix(".bib")))
                .is_some_and(path_safe);
            assert!(
                href.starts_with('?')
                    || href.starts_with('#')
                    || href.starts_with("https://")
                    || href.starts_with("http://")
                    || citation_file,
                "address {href:?} for {query}"
            );
        }
    }
}

/// The places in the dataset where a value can be swapped for another.
fn paths(value: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let mut next = at.clone();
                next.push(k.clone());
                paths(v, next, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut next = at.clone();
                next.push(i.to_string());
                paths(v, next, out);
            }
        }
        _ => {}
    }
}

fn at_path<'a>(value: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, key| match v {
        Value::Object(map) => map.get_mut(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

fn hostile_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,30}".prop_map(Value::from),
        Just(json!("<script>window.__pwned=1</script>")),
        Just(json!("javascript:alert(1)")),
        Just(json!(
            "[x](javascript:alert(1)) *<i>y</i>* [z](measure:28020)"
        )),
        Just(json!([])),
        Just(json!({})),
        Just(json!([{"type": "list", "items": [{"text": "<b>x</b>"}]}])),
        Just(json!({"type": "paragraph", "text": "<img src=x onerror=alert(1)>"})),
        Just(Value::from("x".repeat(200_000))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_value_swapped_anywhere_never_panics(pick in any::<prop::sample::Index>(), value in hostile_value()) {
        let mut data = bundled();
        let mut all = Vec::new();
        paths(&data, Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        if let Some(slot) = at_path(&mut data, &path) {
            *slot = value;
        }
        if let Some(dataset) = load(&data.to_string()) {
            render_all(dataset);
        }
    }

    #[test]
    fn a_truncated_file_never_panics(cut in 0..DATASET.len()) {
        let mut end = cut;
        while !DATASET.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(dataset) = load(&DATASET[..end]) {
            render_all(dataset);
        }
    }

    #[test]
    fn changed_bytes_never_panic(changes in prop::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..8)) {
        let mut text: Vec<char> = DATASET.chars().collect();
        for (at, c) in changes {
            let i = at.index(text.len());
            text[i] = c;
        }
        let text: String = text.into_iter().collect();
        if let Some(dataset) = load(&text) {
            render_all(dataset);
        }
    }
}

#[test]
fn deep_nesting_is_refused_with_a_message() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(load(&deep).is_none());
    let mut item = json!({"text": "leaf"});
    for _ in 0..300 {
        item = json!({"text": "level", "sublist": [item]});
    }
    let mut data = bundled();
    data["measures"][0]["background"] = json!([{"type": "list", "items": [item]}]);
    assert!(
        load(&data.to_string()).is_none(),
        "nesting past serde_json's limit is refused"
    );
}

#[test]
fn hostile_text_and_addresses_stay_harmless() {
    let mut data = bundled();
    let m = &mut data["measures"][0];
    m["title"] = json!("<img src=x onerror=\"window.__pwned=1\">Hostile <b>title</b>");
    m["summary"] = json!([{"type": "paragraph", "text": "*<i>x</i>* [go](javascript:alert(1)) <script>x</script>"}]);
    m["further_reading"] = json!([{"title": "<b>read</b>"}]);
    m["timeline"][0]["note"] =
        json!("<iframe src=x></iframe> [peq](measure:be-fr-vocational-education-pathway-peq)");
    let dataset = load(&data.to_string()).expect("valid: the text is just text");
    render_all(dataset);
    // A javascript: address is refused by validation, with its path.
    data["measures"][0]["further_reading"] = json!([{"title": "t", "url": "javascript:alert(1)"}]);
    let Err(LoadError::Invalid { issues }) = parse_dataset(&data.to_string()) else {
        panic!("a javascript: address must be refused");
    };
    assert!(
        issues[0]
            .to_string()
            .starts_with("measures[0].further_reading[0].url"),
        "{}",
        issues[0]
    );
}

#[test]
fn a_huge_string_is_read_or_refused_without_panic() {
    let mut data = bundled();
    data["measures"][0]["title"] = Value::from("W".repeat(2_000_000));
    if let Some(dataset) = load(&data.to_string()) {
        render_all(dataset);
    }
}
