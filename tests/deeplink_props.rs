//! Property tests of the deep-link contract: no query string can make parsing fail, and every
//! view the app can be in survives a round trip through its URL.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vet_timeline::browse::facets::{Facet, Filters};
use vet_timeline::data::model::Years;
use vet_timeline::link::query::{format, parse, Param, Scheme, ViewState};
use vet_timeline::text::i18n::Lang;

/// Query strings made of the characters that matter to the parser, and anything at all.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        "[?&=+%0-9A-Fa-z ]{0,40}",
        "(\\?)?((measure|year|lang|embed|q|theme|from|to|x)=[-a-z0-9%+]{0,8}&?){0,4}",
        ".*",
    ]
}

fn filters() -> impl Strategy<Value = Filters> {
    let value = "[^\\s]([^\\n]{0,12}[^\\s])?";
    (
        ".{0,20}",
        proptest::collection::vec((proptest::sample::select(Facet::ALL.to_vec()), value), 0..4),
        proptest::option::of(2015..=2025i32),
        proptest::option::of(2015..=2025i32),
    )
        .prop_map(|(query, mut chosen, from, to)| {
            // The link writes facets in a fixed order, each value once (the first time).
            chosen.sort_by_key(|(f, _)| *f);
            let mut seen = Vec::new();
            chosen.retain(|c| {
                let first = !seen.contains(c);
                seen.push(c.clone());
                first
            });
            Filters {
                query,
                chosen,
                from,
                to,
            }
        })
}

fn view_state() -> impl Strategy<Value = ViewState> {
    let id = "[^\\s]([^\\n]{0,40}[^\\s])?";
    let key = "[^&=]{0,8}".prop_filter("a parameter the app reads", |k| {
        ![
            "measure",
            "year",
            "lang",
            "embed",
            "scheme",
            "q",
            "from",
            "to",
            "country",
            "type",
            "theme",
            "target",
            "subsystem",
            "status",
        ]
        .contains(&k.as_str())
    });
    (
        proptest::option::of(id),
        proptest::option::of(2015..=2025i32),
        proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
        (
            proptest::bool::ANY,
            proptest::option::of(proptest::sample::select(vec![
                Scheme::Light,
                Scheme::Dark,
                Scheme::Auto,
            ])),
        ),
        filters(),
        proptest::collection::vec((key, ".{0,8}"), 0..3),
    )
        .prop_map(
            |(measure, year, lang, (embed, scheme), filters, extra)| ViewState {
                measure,
                year,
                lang,
                embed,
                scheme,
                filters,
                extra,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_query_gives_a_state_that_its_own_url_restores(q in query()) {
        let parsed = parse(&q);
        let url = format(&parsed.state);
        let again = parse(&url);
        prop_assert_eq!(&again.state, &parsed.state);
        prop_assert_eq!(again.ignored(Param::Year), None);
        prop_assert_eq!(format(&again.state), url);
    }

    #[test]
    fn every_state_round_trips(state in view_state()) {
        let url = format(&state);
        prop_assert_eq!(parse(&url).state, state);
    }

    #[test]
    fn a_parsed_year_is_a_four_digit_year_and_one_of_the_timeline_s_once_they_are_known(
        q in query()
    ) {
        if let Some(year) = parse(&q).state.year {
            prop_assert!((1000..=9999).contains(&year));
        }
        let years = Years { from: 2015, to: 2025 };
        if let Some(year) = parse(&q).within(years).state.year {
            prop_assert!(years.contains(year));
        }
    }
}
