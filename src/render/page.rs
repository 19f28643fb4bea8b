//! The page around the timeline and the card: its skeleton, the loading and failure views, and
//! the notes about the link.

use crate::deeplink::ViewState;
use crate::i18n::{fill, Lang, Strings};
use crate::load::{LoadError, DATASET_PATH, MAX_DATASET_BYTES};
use crate::navigation::{href, CARD_HEADING_ID};
use crate::selection::Notice;
use crate::vdom::{el, Element, Node};

/// Id of the element holding the timeline.
pub const TIMELINE_HOST_ID: &str = "timeline-host";
/// Id of the element holding the notes about the link.
pub const NOTICES_ID: &str = "notices";
/// Id of the element holding the open card.
pub const CARD_HOST_ID: &str = "card-host";
/// Id of the polite live region announcing what a selection opened.
pub const ANNOUNCER_ID: &str = "announcer";
/// Id of the element holding the language switch.
pub const LANGUAGES_ID: &str = "languages";

/// Id of the language switch's link to `lang`.
pub fn language_link_id(lang: Lang) -> String {
    format!("lang-{}", lang.code())
}

/// Id of the element holding, in embed mode, the link to the full view.
pub const EMBED_BAR_ID: &str = "embed-bar";
/// Id of the element holding the search and filters.
pub const BROWSE_ID: &str = "browse";

/// The page for a loaded dataset, with empty places for the languages (or, in embed mode, the
/// link to the full view), search, timeline, notes and card. Embedded, the page has no chrome:
/// its title is only for screen readers, and there is no search (an embedder pins the filters
/// in the link). A synthetic dataset is said to be one, first.
pub fn skeleton(t: &Strings, embedded: bool, synthetic: bool) -> Vec<Node> {
    let header = if embedded {
        el("header")
            .class("masthead masthead-embedded")
            .child(el("h1").class("visually-hidden").child(t.app_title))
            .child(el("div").id(EMBED_BAR_ID).class("embed-bar"))
    } else {
        el("header")
            .class("masthead")
            .child(el("div").id(LANGUAGES_ID).class("languages"))
            .child(el("h1").child(t.app_title))
            .child(el("p").class("lead").child(t.app_lead))
    };
    let mut nodes: Vec<Node> = vec![el("a")
        .class("skip-link")
        .attr("href", format!("#{CARD_HEADING_ID}"))
        .attr("data-action", "skip")
        .child(t.skip_to_entry)
        .into()];
    if synthetic {
        nodes.push(
            el("p")
                .class("synthetic-banner")
                .attr("role", "note")
                .child(t.synthetic)
                .into(),
        );
    }
    nodes.push(header.into());
    if !embedded {
        nodes.push(el("div").id(BROWSE_ID).into());
    }
    nodes.extend([
        el("div").id(TIMELINE_HOST_ID).into(),
        el("div")
            .id(NOTICES_ID)
            .class("notices")
            .attr("role", "status")
            .into(),
        el("div").id(CARD_HOST_ID).class("card-area").into(),
        el("p")
            .id(ANNOUNCER_ID)
            .class("visually-hidden")
            .attr("role", "status")
            .into(),
    ]);
    nodes
}

/// The language switch: a link per language to the same view, the current one marked.
pub fn language_switch(t: &Strings, current: Lang, state: &ViewState) -> Node {
    let links = Lang::ALL.into_iter().map(|lang| {
        let target = ViewState {
            lang: Some(lang),
            ..state.clone()
        };
        el("li").child(
            el("a")
                .id(language_link_id(lang))
                .attr("href", href(&target))
                .attr("data-nav", "lang")
                .attr("hreflang", lang.code())
                .attr("lang", lang.code())
                .attr_opt("aria-current", (lang == current).then_some("true"))
                .child(lang.name()),
        )
    });
    el("nav")
        .attr("aria-label", t.language)
        .child(el("ul").class("language-list").children(links))
        .into()
}

/// In embed mode: the link to the same view in full, in a new tab.
pub fn embed_bar(t: &Strings, full_view_url: &str) -> Node {
    el("a")
        .class("full-view")
        .attr("href", full_view_url.to_owned())
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .child(t.open_full_view)
        .child(
            el("span")
                .class("visually-hidden")
                .child(format!(" {}", t.new_tab)),
        )
        .into()
}

/// Shown while the dataset loads.
pub fn loading(t: &Strings) -> Node {
    el("p")
        .class("status-message")
        .attr("role", "status")
        .child(t.loading)
        .into()
}

/// Shown when the dataset cannot be shown: what went wrong, its problems if it is invalid, and
/// a button to try again.
pub fn failure(t: &Strings, error: &LoadError) -> Node {
    let mut view = el("section")
        .class("load-failure")
        .attr("role", "alert")
        .attr("aria-labelledby", "load-failure-title")
        .child(el("h1").id("load-failure-title").child(t.load_failed_title));
    let say =
        |template: &str, name: &str, value: &str| el("p").child(fill(template, &[(name, value)]));
    view = match error {
        LoadError::Invalid { issues } => view.child(el("p").child(t.dataset_invalid)).child(
            el("ul").class("issues").lang_en().children(
                issues
                    .iter()
                    .map(|i| el("li").child(el("code").child(i.to_string()))),
            ),
        ),
        LoadError::Unreachable { detail } => view.child(say(t.error_unreachable, "detail", detail)),
        LoadError::Status { status: 404 } => view.child(say(t.error_missing, "path", DATASET_PATH)),
        LoadError::Status { status } => {
            view.child(say(t.error_status, "status", &status.to_string()))
        }
        LoadError::TooLarge { bytes } => view.child(el("p").child(fill(
            t.error_too_large,
            &[
                ("bytes", &bytes.to_string()),
                ("limit", &MAX_DATASET_BYTES.to_string()),
            ],
        ))),
        LoadError::Malformed { detail } => view.child(say(t.error_malformed, "detail", detail)),
    };
    view.child(
        el("button")
            .attr("type", "button")
            .class("button")
            .attr("data-action", "retry")
            .child(t.retry),
    )
    .into()
}

/// A paragraph written only in print: the address of the view, so a printed card leads back.
pub fn print_link(t: &Strings, url: &str) -> Element {
    el("p")
        .class("print-only")
        .child(format!("{} {url}", t.print_link))
}

/// The notes about the link, one paragraph each.
pub fn notices(t: &Strings, notices: &[Notice]) -> Vec<Node> {
    notices
        .iter()
        .map(|notice| {
            let text = match notice {
                Notice::YearIgnored(raw) => fill(t.notice_year_ignored, &[("year", raw)]),
                Notice::YearNotInEntry(year) => {
                    fill(t.notice_year_not_in_entry, &[("year", &year.to_string())])
                }
            };
            el("p").class("notice").child(text).into()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::validate::Issue;

    #[test]
    fn failure_lists_problems_and_offers_a_retry() {
        let view = failure(
            &EN,
            &LoadError::Invalid {
                issues: vec![Issue {
                    path: "measures[0].timeline[3].year".into(),
                    message: "2031 is outside 2015–2025".into(),
                }],
            },
        );
        let text = view.text_content();
        assert!(text.contains("measures[0].timeline[3].year: 2031 is outside 2015–2025"));
        assert_eq!(
            view.find_all(&|e| e.get_attr("data-action") == Some("retry"))
                .len(),
            1
        );
        let missing = failure(&EN, &LoadError::Status { status: 404 }).text_content();
        assert!(missing.contains("was not found"), "{missing}");
    }

    #[test]
    fn the_language_switch_keeps_the_link_and_marks_the_current_language() {
        let state = crate::deeplink::parse("?measure=28020&year=2019").state;
        let nav = language_switch(&EN, Lang::Fr, &state);
        let links = nav.find_all(&|e| e.tag == "a");
        let hrefs: Vec<_> = links.iter().filter_map(|a| a.get_attr("href")).collect();
        assert_eq!(
            hrefs,
            [
                "?measure=28020&year=2019&lang=en",
                "?measure=28020&year=2019&lang=fr",
                "?measure=28020&year=2019&lang=nl",
                "?measure=28020&year=2019&lang=de"
            ]
        );
        let current: Vec<_> = links
            .iter()
            .filter(|a| a.get_attr("aria-current").is_some())
            .map(|a| a.text_content())
            .collect();
        assert_eq!(current, ["Français"]);
        assert_eq!(links[2].get_attr("lang"), Some("nl"));
    }

    #[test]
    fn failures_are_said_in_the_language() {
        let fr = crate::i18n::bundled(Lang::Fr);
        let text = failure(fr, &LoadError::Status { status: 404 }).text_content();
        assert!(text.contains("est introuvable sur le serveur"), "{text}");
        assert!(text.contains("data/timeline.json"), "{text}");
    }

    #[test]
    fn notices_say_what_was_ignored() {
        let nodes = notices(&EN, &[Notice::YearIgnored("20x9".into())]);
        assert_eq!(
            nodes[0].text_content(),
            "The year “20x9” in the link is not a year of this timeline (2015–2025), so it was ignored."
        );
    }
}
