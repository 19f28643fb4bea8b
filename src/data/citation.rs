//! A citation's parts (the source's "Cite as" text, in Cedefop's APA form: "Authors. (Year).
//! Title. In Authors. (Year). *Work* (Edition) [Medium]."), split once, when the dataset is read
//! (see [`super::model::Citation`]): what reference managers read ([`crate::card::cite`]'s RIS
//! and BibTeX, the pages' citation tags). A citation of another form has no parts.

use super::markup;
use crate::text::plain::is_web_address;

/// The parts of a citation, each as the citation writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationParts {
    /// The authors (organisations, as Cedefop's entries name them), in order.
    pub authors: Vec<String>,
    /// The year of publication.
    pub year: String,
    /// The title of the entry.
    pub title: String,
    /// The work that contains it.
    pub container: String,
    /// The work's edition ("2025 update"), if the citation names one.
    pub edition: Option<String>,
    /// What the work is ("Online tool"), if the citation says.
    pub medium: Option<String>,
    /// The entry's address, if it is a web address.
    pub url: Option<String>,
}

/// The parts of the citation `text` with the entry's address `url`, where it has the source's
/// form.
pub fn split(text: &str, url: Option<&str>) -> Option<CitationParts> {
    let text = text.trim();
    let (authors, rest) = text.split_once(". (")?;
    let (year, rest) = rest.split_once("). ")?;
    let (title, rest) = rest.split_once(". In ")?;
    // The containing work's authors and year, then its title in italics.
    let (_, rest) = rest.split_once("). *")?;
    let (container, rest) = rest.split_once('*')?;
    let mut rest = rest.trim().trim_end_matches('.').trim();
    let mut between = |open: char, close: char| {
        let inner = rest.strip_prefix(open)?;
        let (inside, after) = inner.split_once(close)?;
        rest = after.trim();
        Some(inside.trim().to_owned())
    };
    let edition = between('(', ')');
    let medium = between('[', ']');
    let authors: Vec<String> = authors
        .replace(", & ", ", ")
        .split(", ")
        .map(|a| a.trim().to_owned())
        .collect();
    let plain = |s: &str| markup::plain_text(s.trim());
    let whole = [title, container].iter().all(|s| !s.trim().is_empty())
        && authors.iter().all(|a| !a.is_empty())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && rest.is_empty();
    whole.then(|| CitationParts {
        authors,
        year: year.to_owned(),
        title: plain(title),
        container: plain(container),
        edition,
        medium,
        url: url.filter(|u| is_web_address(u)).map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_of_another_form_has_no_parts() {
        assert_eq!(split("Cedefop (2026), a timeline.", None), None);
        assert_eq!(split("A. (20x6). T. In A. (2026). *W*.", None), None);
        assert_eq!(
            split("A. (2026). T. In A. (2026). *W* (e) [m] extra.", None),
            None
        );
        assert_eq!(
            split("A. (2026). . In A. (2026). *W*.", None),
            None,
            "no title"
        );
        let whole = split(
            "A, & B. (2026). *T*. In A. (2026). *W* (e) [m].",
            Some("https://x.eu/"),
        )
        .expect("parts");
        assert_eq!(whole.authors, ["A", "B"]);
        assert_eq!((whole.title.as_str(), whole.container.as_str()), ("T", "W"));
        assert_eq!(
            (whole.edition.as_deref(), whole.medium.as_deref()),
            (Some("e"), Some("m"))
        );
        assert_eq!(whole.url.as_deref(), Some("https://x.eu/"));
        let hostile = split(
            "A. (2026). T. In A. (2026). *W*.",
            Some("javascript:alert(1)"),
        );
        assert_eq!(hostile.expect("parts").url, None, "only a web address");
    }
}
