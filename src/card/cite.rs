//! A citation for reference managers: the parts of the source's "Cite as" text (Cedefop's APA
//! form: "Authors. (Year). Title. In Authors. (Year). *Work* (Edition) [Medium]."), written as
//! RIS and BibTeX files beside the pages (`make dist`), and as the pages' citation metadata.
//! Nothing is added that the text does not say: a citation of another form has no parts, and
//! its card offers no downloads (Copy citation still copies it).

use crate::data::citation::CitationParts;
use crate::data::model::Measure;
use crate::link::address::path_safe;

/// The files a development's citation is written to, beside the pages: `cite/<id>.ris` and
/// `cite/<id>.bib` (for a development whose citation has parts, and whose id can be a file
/// name).
pub fn files(m: &Measure) -> Option<[String; 2]> {
    let has_parts = m.citation_parts().is_some();
    (has_parts && path_safe(&m.id)).then(|| {
        [
            format!("{CITE_FOLDER}{}.ris", m.id),
            format!("{CITE_FOLDER}{}.bib", m.id),
        ]
    })
}

/// The folder of the citation files, in the app's folder.
pub const CITE_FOLDER: &str = "cite/";

/// The citation as RIS (a part of a larger work, with its edition), lines ending in CRLF as the
/// format asks. What the work is ("Online tool") is a note (`N1`), not `M3`: Zotero's RIS import
/// reads `M3` as a DOI for a book section (its translator's `degenerateImportFieldMap`), where
/// the medium would be lost.
pub fn ris(p: &CitationParts) -> String {
    let mut lines = vec![("TY", "CHAP".to_owned())];
    lines.extend(p.authors.iter().map(|a| ("AU", a.clone())));
    lines.push(("PY", p.year.clone()));
    lines.push(("TI", p.title.clone()));
    lines.push(("T2", p.container.clone()));
    if let Some(edition) = &p.edition {
        lines.push(("ET", edition.clone()));
    }
    if let Some(medium) = &p.medium {
        lines.push(("N1", medium.clone()));
    }
    if let Some(url) = &p.url {
        lines.push(("UR", url.clone()));
    }
    lines.push(("ER", String::new()));
    lines
        .into_iter()
        .map(|(tag, value)| format!("{tag}  - {value}\r\n"))
        .collect()
}

/// The citation as a BibTeX entry keyed `key` (`@incollection`; each organisation braced, so
/// that it is read as one name).
pub fn bibtex(p: &CitationParts, key: &str) -> String {
    let field = |name: &str, value: &str| format!("  {name} = {{{}}},\n", bib_escape(value));
    let authors = p
        .authors
        .iter()
        .map(|a| format!("{{{}}}", bib_escape(a)))
        .collect::<Vec<_>>()
        .join(" and ");
    let mut out = format!("@incollection{{{key},\n  author = {{{authors}}},\n");
    out.push_str(&field("year", &p.year));
    out.push_str(&format!("  title = {{{{{}}}}},\n", bib_escape(&p.title)));
    out.push_str(&field("booktitle", &p.container));
    if let Some(edition) = &p.edition {
        out.push_str(&field("edition", edition));
    }
    // (`howpublished` is not a field of `@incollection`; `note` is, in BibTeX and biblatex.)
    if let Some(medium) = &p.medium {
        out.push_str(&field("note", medium));
    }
    if let Some(url) = &p.url {
        out.push_str(&format!("  url = {{{url}}},\n"));
    }
    out.push_str("}\n");
    out
}

/// `text` with BibTeX's special characters escaped.
fn bib_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The BibTeX key of the development `id`'s citation: its first author and year, and the id.
pub fn bibtex_key(p: &CitationParts, id: &str) -> String {
    let author: String = (p
        .authors
        .first()
        .map(String::as_str)
        .unwrap_or("entry")
        .chars())
    .filter(char::is_ascii_alphanumeric)
    .collect();
    format!("{}{}_{id}", author.to_lowercase(), p.year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;
    use crate::data::model::Citation;

    fn of_28020() -> CitationParts {
        let d = example();
        d.measures[0].citation_parts().cloned().expect("its parts")
    }

    /// A small RIS reader: each tag's values, in order.
    fn read_ris(text: &str) -> Vec<(String, String)> {
        text.split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (tag, value) = l.split_once("  - ").expect("TAG  - value");
                (tag.to_owned(), value.trim_end().to_owned())
            })
            .collect()
    }

    #[test]
    fn the_source_citation_has_its_parts_exactly() {
        assert_eq!(
            of_28020(),
            CitationParts {
                authors: vec!["Cedefop".into(), "ReferNet".into()],
                year: "2026".into(),
                title: "Measures of guidance and promotion of work-based learning: Belgium-FR"
                    .into(),
                container: "Timeline of VET policies in Europe".into(),
                edition: Some("2025 update".into()),
                medium: Some("Online tool".into()),
                url: Some(
                    "https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"
                        .into()
                ),
            }
        );
    }

    #[test]
    fn ris_reads_back_as_the_source_says() {
        let read = read_ris(&ris(&of_28020()));
        let values = |tag: &str| -> Vec<&str> {
            (read.iter().filter(|(t, _)| t == tag))
                .map(|(_, v)| v.as_str())
                .collect()
        };
        assert_eq!(
            read.first().map(|(t, v)| (t.as_str(), v.as_str())),
            Some(("TY", "CHAP"))
        );
        assert_eq!(values("AU"), ["Cedefop", "ReferNet"]);
        assert_eq!(values("PY"), ["2026"]);
        assert_eq!(
            values("TI"),
            ["Measures of guidance and promotion of work-based learning: Belgium-FR"]
        );
        assert_eq!(values("T2"), ["Timeline of VET policies in Europe"]);
        assert_eq!(values("ET"), ["2025 update"]);
        assert_eq!(values("N1"), ["Online tool"]);
        assert!(values("M3").is_empty(), "Zotero reads M3 as a DOI here");
        assert_eq!(
            values("UR"),
            ["https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"]
        );
        assert_eq!(read.last().map(|(t, _)| t.as_str()), Some("ER"));
        for invented in ["DO", "SP", "EP", "SN"] {
            assert!(values(invented).is_empty(), "{invented}");
        }
    }

    #[test]
    fn bibtex_reads_back_as_the_source_says() {
        let p = of_28020();
        let bib = bibtex(&p, &bibtex_key(&p, "28020"));
        assert!(
            bib.starts_with("@incollection{cedefop2026_28020,\n"),
            "{bib}"
        );
        // A small reader: `name = {value},` lines, the outer braces dropped.
        let field = |name: &str| {
            bib.lines()
                .find_map(|l| l.trim().strip_prefix(&format!("{name} = {{")))
                .and_then(|v| v.strip_suffix("},"))
                .map(str::to_owned)
        };
        assert_eq!(field("author").as_deref(), Some("{Cedefop} and {ReferNet}"));
        assert_eq!(field("year").as_deref(), Some("2026"));
        assert_eq!(
            field("title").as_deref(),
            Some("{Measures of guidance and promotion of work-based learning: Belgium-FR}")
        );
        assert_eq!(
            field("booktitle").as_deref(),
            Some("Timeline of VET policies in Europe")
        );
        assert_eq!(field("edition").as_deref(), Some("2025 update"));
        assert_eq!(field("note").as_deref(), Some("Online tool"));
        assert_eq!(field("howpublished"), None, "not a field of @incollection");
        assert_eq!(
            field("url").as_deref(),
            Some(
                "https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"
            )
        );
        assert!(bib.trim_end().ends_with('}'));
        assert_eq!(bib.matches('{').count(), bib.matches('}').count());
        // And as a reference manager's parser reads it (the `biblatex` crate).
        let library = biblatex::Bibliography::parse(&bib).expect("BibTeX");
        let entry = library.get("cedefop2026_28020").expect("the entry");
        let text = |chunks: &[biblatex::Spanned<biblatex::Chunk>]| {
            use biblatex::ChunksExt;
            chunks.format_verbatim()
        };
        assert_eq!(text(entry.title().expect("title")), p.title);
        assert_eq!(text(entry.book_title().expect("booktitle")), p.container);
        assert_eq!(text(entry.note().expect("note")), "Online tool");
        let authors = entry.author().expect("authors");
        let names: Vec<&str> = authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Cedefop", "ReferNet"]);
    }

    #[test]
    fn a_development_without_parts_or_a_file_name_has_no_files() {
        let mut d = example();
        assert!(files(&d.measures[0]).is_some());
        assert_eq!(files(&d.measures[1]), None, "no citation");
        d.measures[0].citation = Some(Citation::new("Cedefop (2026), a timeline.".into(), None));
        assert_eq!(files(&d.measures[0]), None, "no parts");
        let mut d = example();
        d.measures[0].id = "a/b".into();
        assert_eq!(files(&d.measures[0]), None, "not a file name");
    }

    #[test]
    fn bibtex_escapes_what_it_must() {
        assert_eq!(bib_escape("R&D 100% {x}_#"), "R\\&D 100\\% \\{x\\}\\_\\#");
    }
}
