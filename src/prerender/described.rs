//! What a reference manager and a data search engine read in a page's head: a development's
//! citation (Highwire Press `citation_*` tags, which Zotero, Mendeley and Google Scholar read,
//! and schema.org JSON-LD with the edition those tags cannot say), and, on each language's
//! default page, the dataset as a schema.org `Dataset` with its downloads. All of it from the
//! dataset (the source's "Cite as" text, split by [`crate::data::citation::split`]): nothing the
//! source does not say (no DOI, pages, ISSN or licence). The JSON-LD is written from typed
//! values (serde).

use leptos::prelude::*;
use serde::Serialize;

use crate::browse::export::CSV_PATH;
use crate::card::cite;
use crate::data::citation::CitationParts;
use crate::data::load::DATASET_PATH;
use crate::data::model::{Dataset, Measure};
use crate::text::i18n::Lang;

/// schema.org's address, the JSON-LD's `@context`.
const SCHEMA: &str = "https://schema.org";

/// The tags of a development's citation, from its parts `p`.
pub fn citation_tags(p: &CitationParts) -> impl IntoView {
    let authors = (p.authors.iter())
        .map(|a| view! { <meta name="citation_author" content=a.clone() /> })
        .collect_view();
    view! {
        <meta name="citation_title" content=p.title.clone() />
        {authors}
        <meta name="citation_publication_date" content=p.year.clone() />
        <meta name="citation_inbook_title" content=p.container.clone() />
        {p.url.clone().map(|url| view! { <meta name="citation_public_url" content=url /> })}
        {json_ld(&citation_ld(p))}
    }
}

/// The citation files of `data`'s developments (see [`cite::files`]), by path: RIS and BibTeX.
pub fn citation_files(data: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in &data.measures {
        let (Some([ris, bib]), Some(p)) = (cite::files(m), m.citation_parts()) else {
            continue;
        };
        out.push((ris, cite::ris(p)));
        out.push((bib, cite::bibtex(p, &cite::bibtex_key(p, &m.id))));
    }
    out
}

/// A schema.org node's type, as JSON-LD writes it (`"@type"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaType(&'static str);

/// An organisation, by name (schema.org `Organization`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganizationLd {
    #[serde(rename = "@type")]
    kind: SchemaType,
    name: String,
}

/// The organisations `names`.
fn organisations(names: &[String]) -> Vec<OrganizationLd> {
    names
        .iter()
        .map(|name| OrganizationLd {
            kind: SchemaType("Organization"),
            name: name.clone(),
        })
        .collect()
}

/// The work an entry is part of, in its edition (schema.org `CreativeWork`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkLd {
    #[serde(rename = "@type")]
    kind: SchemaType,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
}

/// A development's citation as schema.org JSON-LD: a `CreativeWork` by its authors, part of its
/// work in its edition. `@context` where it stands alone (not where a `Dataset` names it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CitationLd {
    #[serde(rename = "@context", skip_serializing_if = "Option::is_none")]
    context: Option<&'static str>,
    #[serde(rename = "@type")]
    kind: SchemaType,
    /// The entry's title.
    pub name: String,
    author: Vec<OrganizationLd>,
    date_published: String,
    is_part_of: WorkLd,
    /// The entry's address, where the citation gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The citation `p` as a `CreativeWork`.
pub fn citation_ld(p: &CitationParts) -> CitationLd {
    CitationLd {
        context: Some(SCHEMA),
        kind: SchemaType("CreativeWork"),
        name: p.title.clone(),
        author: organisations(&p.authors),
        date_published: p.year.clone(),
        is_part_of: WorkLd {
            kind: SchemaType("CreativeWork"),
            name: p.container.clone(),
            version: p.edition.clone(),
        },
        url: p.url.clone(),
    }
}

/// A place, by name (schema.org `Place`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceLd {
    #[serde(rename = "@type")]
    kind: SchemaType,
    name: String,
}

/// One of the dataset's files (schema.org `DataDownload`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DataDownloadLd {
    #[serde(rename = "@type")]
    kind: SchemaType,
    encoding_format: &'static str,
    content_url: String,
}

/// The bundled dataset as schema.org JSON-LD (a `Dataset`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DatasetLd {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: SchemaType,
    /// What it is: the entry's data (see [`dataset_ld`]).
    pub name: String,
    /// What it holds.
    pub description: String,
    url: String,
    in_language: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    temporal_coverage: String,
    spatial_coverage: Vec<PlaceLd>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    creator: Vec<OrganizationLd>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    publisher: Vec<OrganizationLd>,
    /// The entry it is the data of, where the citation names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_based_on: Option<CitationLd>,
    distribution: [DataDownloadLd; 2],
}

/// The bundled dataset as a schema.org `Dataset`, on its page at `page`, its files' addresses
/// made by `address` (from the app's folder). Named and described as the data of its entry (its
/// first development, whose citation it carries) and its related developments, with their years
/// and countries; in English, the language of its text (as the source's); based on the entry
/// (its title, address, date and edition, as its citation gives them); made and published as
/// the citation says (the work's authors: the citation's form names no other publisher).
pub fn dataset_ld(data: &Dataset, page: &str, address: impl Fn(&str) -> String) -> DatasetLd {
    let cited = data.measures.iter().find_map(Measure::citation_parts);
    let mut countries: Vec<&str> = data.measures.iter().map(|m| m.country.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    let years = format!("{}–{}", data.years.from, data.years.to);
    let related = data.measures.len().saturating_sub(1);
    let (name, description) = match data.measures.first() {
        Some(entry) => (
            format!(
                "Timeline data: {} ({}) and its related policy developments, {years}",
                entry.title, entry.country
            ),
            format!(
                "The policy development {} “{}” ({}) and {related} related developments{}: \
                 each year's status and notes for {years}, with their descriptions.",
                entry.id,
                entry.title,
                entry.country,
                cited
                    .as_ref()
                    .map(|p| format!(", as in {}", p.container))
                    .unwrap_or_default(),
            ),
        ),
        None => (String::new(), String::new()),
    };
    // (The citation's form names no publisher but its authors.)
    let made_by = cited
        .as_ref()
        .map(|p| organisations(&p.authors))
        .unwrap_or_default();
    let download = |format: &'static str, path: &str| DataDownloadLd {
        kind: SchemaType("DataDownload"),
        encoding_format: format,
        content_url: address(path),
    };
    DatasetLd {
        context: SCHEMA,
        kind: SchemaType("Dataset"),
        name,
        description,
        url: page.to_owned(),
        in_language: Lang::En.code(),
        version: cited.as_ref().and_then(|p| p.edition.clone()),
        temporal_coverage: format!("{}/{}", data.years.from, data.years.to),
        spatial_coverage: countries
            .iter()
            .map(|c| PlaceLd {
                kind: SchemaType("Place"),
                name: (*c).to_owned(),
            })
            .collect(),
        creator: made_by.clone(),
        publisher: made_by,
        is_based_on: cited.as_ref().map(|p| CitationLd {
            context: None,
            ..citation_ld(p)
        }),
        distribution: [
            download("text/csv", CSV_PATH),
            download("application/json", DATASET_PATH),
        ],
    }
}

/// `value` as a JSON-LD block of a page's head (its `<` written as `\u003c`, so that no text
/// can end the block).
pub fn json_ld(value: &impl Serialize) -> impl IntoView {
    let text = serde_json::to_string(value).unwrap_or_default();
    view! { <script type="application/ld+json" inner_html=text.replace('<', "\\u003c")></script> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;

    #[test]
    fn a_development_with_a_citation_carries_its_parts() {
        let d = example();
        let parts = d.measures[0].citation_parts().expect("parts");
        let tags = Owner::new().with(|| citation_tags(parts).to_html());
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
        let ld = serde_json::to_value(citation_ld(parts)).expect("JSON");
        assert_eq!(ld["@context"], "https://schema.org");
        assert_eq!(ld["@type"], "CreativeWork");
        assert_eq!(ld["isPartOf"]["version"], "2025 update");
        assert_eq!(ld["author"][1]["name"], "ReferNet");
        assert_eq!(ld["author"][1]["@type"], "Organization");
        assert_eq!(ld["datePublished"], "2026");
        assert!(
            tags.contains(
                r#"<script type="application/ld+json">{"@context":"https://schema.org","#
            ),
            "{tags}"
        );
    }

    #[test]
    fn the_dataset_is_described_as_the_entry_s_data_with_its_years_countries_and_files() {
        let d = example();
        let ld = serde_json::to_value(dataset_ld(&d, "./", |p| format!("./{p}"))).expect("JSON");
        assert_eq!(ld["@type"], "Dataset");
        assert_eq!(
            ld["name"],
            "Timeline data: Measures of guidance and promotion of work-based learning \
             (BELGIUM-FR) and its related policy developments, 2015–2025"
        );
        assert_eq!(
            ld["description"],
            "The policy development 28020 “Measures of guidance and promotion of work-based \
             learning” (BELGIUM-FR) and 2 related developments, as in Timeline of VET policies \
             in Europe: each year's status and notes for 2015–2025, with their descriptions."
        );
        assert_eq!(ld["inLanguage"], "en");
        assert_eq!(ld["version"], "2025 update");
        assert_eq!(ld["temporalCoverage"], "2015/2025");
        assert_eq!(ld["spatialCoverage"][0]["name"], "BELGIUM-FR");
        assert_eq!(ld["creator"][0]["name"], "Cedefop");
        // Based on the entry, at Cedefop's address, as its citation gives it.
        let based = &ld["isBasedOn"];
        assert_eq!(
            based["url"],
            "https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"
        );
        assert_eq!(based["datePublished"], "2026");
        assert_eq!(based["isPartOf"]["version"], "2025 update");
        assert!(based.get("@context").is_none(), "{based}");
        assert_eq!(ld["distribution"][0]["contentUrl"], "./data/timeline.csv");
        assert_eq!(ld["distribution"][1]["contentUrl"], "./data/timeline.json");
        assert!(ld.get("license").is_none(), "the source states none");
        // Without a citation, nothing invented.
        let mut plain = example();
        for m in &mut plain.measures {
            m.citation = None;
        }
        let ld =
            serde_json::to_value(dataset_ld(&plain, "./", |p| format!("./{p}"))).expect("JSON");
        for absent in ["isBasedOn", "version", "creator", "publisher"] {
            assert!(ld.get(absent).is_none(), "{absent}");
        }
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
        let value = serde_json::json!({"name": "</script><script>alert(1)</script>"});
        let block = Owner::new().with(|| json_ld(&value).to_html());
        assert_eq!(block.matches("</script>").count(), 1, "{block}");
        let inner = &block[block.find('>').unwrap() + 1..block.rfind("</script>").unwrap()];
        let back: serde_json::Value = serde_json::from_str(inner).expect("JSON");
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }
}
