//! One view the build writes out, resolved once ([`WrittenView`]): what its card selects, its
//! title, description, picture and citation, which the head ([`super::head`]), the picture's
//! file ([`super::preview`]) and the page writer ([`super::pages`]) then take as they are.

use crate::data::citation::CitationParts;
use crate::data::markup;
use crate::data::model::{Block, Dataset, Measure};
use crate::link::address::{self, page_path, PathView};
use crate::link::labels::{announcement, document_title};
use crate::link::query::Parsed;
use crate::link::selection::{resolve, Selection};
use crate::text::i18n::Lang;
use crate::text::plain::cut;

use super::preview;

/// A view's picture for link previews: its SVG, the file it is written to, and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Its address in the app's folder (named by what it shows: [`preview::file_of`]).
    pub file: String,
    /// The picture, as SVG.
    pub svg: String,
    /// What it shows, for those who cannot see it (`og:image:alt`).
    pub alt: String,
}

/// A view the build writes out, resolved once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenView {
    /// The view, as its path names it.
    pub view: PathView,
    /// Its page's path in the app's folder (see [`page_path`]).
    pub path: String,
    /// How many folders below the app's folder its page is (see [`address::level`]).
    pub level: usize,
    /// What its card selects.
    pub selection: Selection,
    /// The document's title.
    pub title: String,
    /// The page's description (link previews, search engines).
    pub description: String,
    /// Its picture.
    pub picture: Picture,
    /// The citation of the development it shows, where its citation has parts.
    pub citation: Option<CitationParts>,
}

impl WrittenView {
    /// `view` resolved against `data`.
    pub fn new(data: &Dataset, view: PathView) -> WrittenView {
        let path = page_path(&view);
        let selection = resolve(data, &view.clone().over(Parsed::default())).selection;
        let requested = view.card.as_ref().map_or("", |(id, _)| id.as_str());
        let lang = view.lang;
        let svg = preview::svg(data, lang, selection);
        WrittenView {
            level: address::level(&path),
            title: title(data, lang, selection, requested),
            description: view_description(data, lang, selection),
            picture: Picture {
                file: preview::file_of(&svg),
                alt: preview::alt(data, lang, selection),
                svg,
            },
            citation: selection
                .measure_index()
                .and_then(|i| data.measures.get(i))
                .and_then(|m| m.citation_parts().cloned()),
            selection,
            path,
            view,
        }
    }
}

/// The longest meta description, in characters.
const DESCRIPTION_CHARS: usize = 300;

/// The document's title for a view in `lang` that selects `selection` (`requested`: the id its
/// link names).
pub fn title(data: &Dataset, lang: Lang, selection: Selection, requested: &str) -> String {
    document_title(lang.strings(), data, selection, requested)
}

/// The first sentences of `measure`, at most `max` characters.
fn first_sentences(measure: &Measure, max: usize) -> String {
    let text = measure
        .text_sections()
        .into_iter()
        .flat_map(|(_, blocks)| blocks)
        .find_map(|b| match b {
            Block::Paragraph { text } => Some(markup::plain_text(text)),
            Block::List { .. } => None,
        })
        .unwrap_or_default();
    sentences(&text, max)
}

/// Whole sentences of `text` while they fit in `max` characters; the first, cut, where none does.
fn sentences(text: &str, max: usize) -> String {
    let mut out = String::new();
    for sentence in text.split_inclusive(". ") {
        if !out.is_empty() && out.chars().count() + sentence.chars().count() > max {
            break;
        }
        out.push_str(sentence);
    }
    cut(out.trim(), max)
}

/// The default entry's first sentences, at most `max` characters.
pub fn description(data: &Dataset, max: usize) -> String {
    data.measures
        .first()
        .map(|m| first_sentences(m, max))
        .unwrap_or_default()
}

/// The page's description, in `lang`, of a view that selects `selection`: a year's note (or,
/// without one, its status), a development's first sentences, or the default entry's.
pub fn view_description(data: &Dataset, lang: Lang, selection: Selection) -> String {
    match selection {
        Selection::Year(i, year) => {
            let m = &data.measures[i];
            match m.year(year).and_then(|e| e.note.as_deref()) {
                Some(note) => sentences(&markup::plain_text(note), DESCRIPTION_CHARS),
                None => announcement(lang.strings(), data, selection, ""),
            }
        }
        Selection::Measure(i) => first_sentences(&data.measures[i], DESCRIPTION_CHARS),
        Selection::NotFound | Selection::Empty => description(data, DESCRIPTION_CHARS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;
    use crate::prerender::view;

    #[test]
    fn a_year_s_view_is_resolved_to_its_card_title_note_picture_and_citation() {
        let d = example();
        let w = WrittenView::new(&d, view(Lang::En, Some(("28020", Some(2019))), false));
        assert_eq!(w.path, "en/28020/2019/");
        assert_eq!(w.level, 3);
        assert_eq!(w.selection, Selection::Year(0, 2019));
        assert!(
            w.title.starts_with("2019 – Measures of guidance"),
            "{}",
            w.title
        );
        assert!(
            w.description
                .starts_with("The platform 'My school, my job'"),
            "{}",
            w.description
        );
        assert!(w.picture.alt.starts_with("2019 – Measures of guidance"));
        assert!(w.picture.svg.contains(">2019</text>"));
        assert_eq!(w.picture.file, preview::file_of(&w.picture.svg));
        let citation = w.citation.expect("28020 has a citation");
        assert_eq!(Some(&citation), d.measures[0].citation_parts());
    }

    #[test]
    fn each_view_names_its_own_card_and_twins_share_a_picture() {
        let d = example();
        let peq = "be-fr-vocational-education-pathway-peq";
        let default = WrittenView::new(&d, view(Lang::En, None, false));
        assert_eq!((default.path.as_str(), default.level), ("", 0));
        assert_eq!(default.selection, Selection::Measure(0));
        let fr = WrittenView::new(&d, view(Lang::Fr, Some((peq, None)), true));
        assert_eq!(fr.path, format!("embed/fr/{peq}/"));
        assert_eq!(fr.level, 3);
        assert_eq!(
            fr.selection,
            Selection::Measure(d.position(peq).expect("PEQ"))
        );
        let page = WrittenView::new(&d, view(Lang::Fr, Some((peq, None)), false));
        assert_eq!(page.picture, fr.picture, "a page and its embedded twin");
        assert_ne!(page.picture.file, default.picture.file);
        // A year the development has no entry for: its card, as a link to it shows.
        let missing = WrittenView::new(&d, view(Lang::En, Some(("28020", Some(2031))), false));
        assert_eq!(missing.selection, Selection::Measure(0));
        let unknown = WrittenView::new(&d, view(Lang::En, Some(("nothing", None)), false));
        assert_eq!(unknown.selection, Selection::NotFound);
        assert_eq!(unknown.citation, None);
    }

    #[test]
    fn a_description_is_whole_sentences_while_they_fit() {
        let text = "One two three. Four five. Six.";
        assert_eq!(sentences(text, 200), "One two three. Four five. Six.");
        assert_eq!(sentences(text, 26), "One two three. Four five.");
        assert_eq!(sentences(text, 25), "One two three.", "(its space counts)");
        assert_eq!(sentences(text, 24), "One two three.");
        assert_eq!(sentences(text, 14), "One two three.");
        assert_eq!(sentences(text, 10), "One two t…");
        let mut d = example();
        d.measures[0].background[0] = Block::Paragraph {
            text: "One *two* three. Four five. Six.".into(),
        };
        d.measures[0].summary.clear();
        assert_eq!(description(&d, 26), "One two three. Four five.");
    }
}
