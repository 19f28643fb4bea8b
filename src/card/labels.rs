//! The words a card copies: the citation as plain text with its address.

use crate::data::markup;
use crate::data::model::Citation;
use crate::text::plain::is_web_address;

/// What "Copy citation" copies: the citation as plain text, then its address (if it is a web
/// address).
pub fn citation_to_copy(citation: &Citation) -> String {
    let plain = markup::plain_text(&citation.text);
    match citation.url.as_deref().filter(|u| is_web_address(u)) {
        Some(u) => format!("{plain} {u}"),
        None => plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_citation_is_copied_with_its_address() {
        let d = crate::data::load::example();
        let citation = d.measures[0].citation.as_ref().expect("a citation");
        assert_eq!(
            citation_to_copy(citation),
            "Cedefop, & ReferNet. (2026). Measures of guidance and promotion of work-based \
             learning: Belgium-FR. In Cedefop, & ReferNet. (2026). Timeline of VET policies in \
             Europe (2025 update) [Online tool]. \
             https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"
        );
        let no_address = Citation::new("*Title*, 2026".into(), Some("javascript:alert(1)".into()));
        assert_eq!(citation_to_copy(&no_address), "Title, 2026");
    }
}
