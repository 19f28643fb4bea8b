//! The page around the timeline and the card: its skeleton, the loading and failure views, and
//! the notes about the link.

use crate::i18n::{fill, Strings};
use crate::load::LoadError;
use crate::selection::Notice;
use crate::vdom::{el, Node};

/// Id of the element holding the timeline.
pub const TIMELINE_HOST_ID: &str = "timeline-host";
/// Id of the element holding the notes about the link.
pub const NOTICES_ID: &str = "notices";
/// Id of the element holding the open card.
pub const CARD_HOST_ID: &str = "card-host";
/// Id of the polite live region announcing what a selection opened.
pub const ANNOUNCER_ID: &str = "announcer";

/// The page for a loaded dataset, with empty places for the timeline, notes and card.
pub fn skeleton(t: &Strings) -> Vec<Node> {
    vec![
        el("header")
            .class("masthead")
            .child(el("h1").child(t.app_title))
            .child(el("p").class("lead").child(t.app_lead))
            .into(),
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
    ]
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
    match error {
        LoadError::Invalid { issues } => {
            view = view.child(el("p").child(t.dataset_invalid)).child(
                el("ul").class("issues").children(
                    issues
                        .iter()
                        .map(|i| el("li").child(el("code").child(i.to_string()))),
                ),
            );
        }
        other => view = view.child(el("p").child(other.to_string())),
    }
    view.child(
        el("button")
            .attr("type", "button")
            .class("button")
            .attr("data-action", "retry")
            .child(t.retry),
    )
    .into()
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
    fn notices_say_what_was_ignored() {
        let nodes = notices(&EN, &[Notice::YearIgnored("20x9".into())]);
        assert_eq!(
            nodes[0].text_content(),
            "The year “20x9” in the link is not a year of this timeline (2015–2025), so it was ignored."
        );
    }
}
