//! What a reference manager and a data search engine read in a page's head: a development's
//! citation (Highwire Press `citation_*` tags, which Zotero, Mendeley and Google Scholar read,
//! and schema.org JSON-LD with the edition those tags cannot say), and, on each language's
//! default page, the dataset as a schema.org `Dataset` with its downloads. All of it from the
//! dataset (the source's "Cite as" text, split by [`crate::card::cite::parts`]) and the
//! interface's strings: nothing the source does not say (no DOI, pages or ISSN).

use serde_json::{json, Value};

use crate::browse::export::CSV_PATH;
use crate::card::cite::{self, CitationParts};
use crate::data::load::DATASET_PATH;
use crate::data::model::{Dataset, Measure};
use crate::text::plain::escape;

/// The citation's tags for the development `m`, if its citation has parts.
pub fn citation_tags(m: &Measure) -> Option<String> {
    let p = m.citation.as_ref().and_then(cite::parts)?;
    let meta =
        |name: &str, value: &str| format!(r#"<meta name="{name}" content="{}">"#, escape(value));
    let mut tags = vec![meta("citation_title", &p.title)];
    tags.extend(p.authors.iter().map(|a| meta("citation_author", a)));
    tags.push(meta("citation_publication_date", &p.year));
    tags.push(meta("citation_inbook_title", &p.container));
    if let Some(url) = &p.url {
        tags.push(meta("citation_public_url", url));
    }
    tags.push(json_ld(&citation_ld(&p)));
    Some(tags.concat())
}

/// The citation files of `data`'s developments (see [`cite::files`]), by path: RIS and BibTeX.
pub fn citation_files(data: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in &data.measures {
        let (Some([ris, bib]), Some(p)) =
            (cite::files(m), m.citation.as_ref().and_then(cite::parts))
        else {
            continue;
        };
        out.push((ris, cite::ris(&p)));
        out.push((bib, cite::bibtex(&p, &cite::bibtex_key(&p, &m.id))));
    }
    out
}

/// The citation as a schema.org `CreativeWork`, part of its work in its edition.
pub fn citation_ld(p: &CitationParts) -> Value {
    let mut work = json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": p.title,
        "author": organisations(&p.authors),
        "datePublished": p.year,
        "isPartOf": {
            "@type": "CreativeWork",
            "name": p.container,
        },
    });
    if let Some(edition) = &p.edition {
        work["isPartOf"]["version"] = json!(edition);
    }
    if let Some(url) = &p.url {
        work["url"] = json!(url);
    }
    work
}

/// The bundled dataset as a schema.org `Dataset`: `description` and `page` (its page's
/// address) as the page says them; its files' addresses made by `address` (from the app's
/// folder). Named, made and published as its entries' citation says (the work and its
/// authors, which publish it: the citation's form names no other publisher).
pub fn dataset_ld(
    data: &Dataset,
    description: &str,
    page: &str,
    address: impl Fn(&str) -> String,
) -> Value {
    let cited = data
        .measures
        .iter()
        .find_map(|m| m.citation.as_ref().and_then(cite::parts));
    let mut countries: Vec<&str> = data.measures.iter().map(|m| m.country.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    let mut described = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "description": description,
        "url": page,
        "temporalCoverage": format!("{}/{}", data.years.from, data.years.to),
        "spatialCoverage": countries
            .iter()
            .map(|c| json!({"@type": "Place", "name": c}))
            .collect::<Vec<_>>(),
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": "text/csv",
                "contentUrl": address(CSV_PATH),
            },
            {
                "@type": "DataDownload",
                "encodingFormat": "application/json",
                "contentUrl": address(DATASET_PATH),
            },
        ],
    });
    if let Some(p) = cited {
        described["name"] = json!(p.container);
        if let Some(edition) = &p.edition {
            described["version"] = json!(edition);
        }
        described["creator"] = organisations(&p.authors);
        described["publisher"] = organisations(&p.authors);
    }
    described
}

/// Organisations by name.
fn organisations(names: &[String]) -> Value {
    names
        .iter()
        .map(|n| json!({"@type": "Organization", "name": n}))
        .collect()
}

/// `value` as a JSON-LD block of a page's head (its `<` written as `\u003c`, so that no text
/// can end the block).
pub fn json_ld(value: &Value) -> String {
    format!(
        r#"<script type="application/ld+json">{}</script>"#,
        value.to_string().replace('<', "\\u003c")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;

    #[test]
    fn a_development_with_a_citation_carries_its_parts() {
        let d = example();
        let tags = citation_tags(&d.measures[0]).expect("tags");
        for tag in [
            r#"<meta name="citation_title" content="Measures of guidance and promotion of work-based learning: Belgium-FR">"#,
            r#"<meta name="citation_author" content="Cedefop">"#,
            r#"<meta name="citation_author" content="ReferNet">"#,
            r#"<meta name="citation_publication_date" content="2026">"#,
            r#"<meta name="citation_inbook_title" content="Timeline of VET policies in Europe">"#,
            r#"<meta name="citation_public_url" content="https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020">"#,
        ] {
            assert!(tags.contains(tag), "{tag}");
        }
        let ld = citation_ld(&cite::parts(d.measures[0].citation.as_ref().unwrap()).unwrap());
        assert_eq!(ld["isPartOf"]["version"], "2025 update");
        assert_eq!(ld["author"][1]["name"], "ReferNet");
        assert_eq!(
            citation_tags(&d.measures[1]),
            None,
            "no citation, nothing invented"
        );
    }

    #[test]
    fn the_dataset_is_described_with_its_years_countries_and_files() {
        let d = example();
        let ld = dataset_ld(&d, "D", "./", |p| format!("./{p}"));
        assert_eq!(ld["@type"], "Dataset");
        assert_eq!(ld["name"], "Timeline of VET policies in Europe");
        assert_eq!(ld["version"], "2025 update");
        assert_eq!(ld["temporalCoverage"], "2015/2025");
        assert_eq!(ld["spatialCoverage"][0]["name"], "BELGIUM-FR");
        assert_eq!(ld["creator"][0]["name"], "Cedefop");
        assert_eq!(ld["distribution"][0]["contentUrl"], "./data/timeline.csv");
        assert_eq!(ld["distribution"][1]["contentUrl"], "./data/timeline.json");
        assert!(ld.get("license").is_none(), "the dataset names none");
    }

    #[test]
    fn each_citation_is_written_as_ris_and_bibtex() {
        let files = citation_files(&example());
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["cite/28020.ris", "cite/28020.bib"]);
        assert!(files[0].1.starts_with("TY  - CHAP\r\n"));
        assert!(files[1].1.starts_with("@incollection{cedefop2026_28020,"));
    }

    #[test]
    fn no_text_ends_the_block() {
        let block = json_ld(&json!({"name": "</script><script>alert(1)</script>"}));
        assert_eq!(block.matches("</script>").count(), 1, "{block}");
        let inner = &block[block.find('>').unwrap() + 1..block.rfind("</script>").unwrap()];
        let back: Value = serde_json::from_str(inner).expect("JSON");
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }
}
