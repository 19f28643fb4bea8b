//! Cedefop's entry ([`Entry`]) made into the dataset the app reads: the entry's measure first,
//! then each related development as a measure of its own.
//!
//! Everything in the dataset is the entry's, word for word, but three things the app needs and
//! the entry's text does not give, each made by a rule from its words:
//! - **the span of years** (`years`): from the first year to the last of the timeline's cells
//!   and the related developments' years;
//! - **a related development's id**, the address of its page (it has no ID number): the
//!   country's code and the words of its name, e.g. `be-fr-vocational-education-pathway-peq`
//!   ([`related_id`]);
//! - **a link to a related development** where the entry's own text names it (its name, the
//!   title after a colon where it has one, in any case): `[Vocational Education Pathway
//!   (PEQ)](measure:be-fr-vocational-education-pathway-peq)`.
//!
//! The edition ("2025 update") is the citation's, as Cedefop writes it.

use crate::data::model::{Block, Dataset, ListItem, Measure, YearEntry, Years, FORMAT, VERSION};
use crate::editor::check::check;
use crate::editor::entry::{read, Entry, FormError, Related};
use crate::editor::unknown_stage;
use crate::text::plain::find_str;

/// Why an entry was not imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Its text departs from the entry's form.
    #[error("{0}")]
    Form(FormError),
    /// It reads, but what it says cannot be published as it is (a status that is none of the
    /// seven stages): each problem, starting with its line.
    #[error("{}", .0.join("\n"))]
    Problems(Vec<String>),
}

/// An entry imported: the dataset, and its file's text ([`to_json`]).
#[derive(Debug, Clone)]
pub struct Imported {
    /// The dataset, as the app reads it.
    pub dataset: Dataset,
    /// Its file.
    pub json: String,
}

/// The entry in `text` made into the dataset, checked as `make check-data` checks a dataset
/// (the unknown statuses named by the entry's lines).
pub fn import(text: &str) -> Result<Imported, ImportError> {
    let entry = read(text).map_err(ImportError::Form)?;
    let cells = entry.years.iter().map(|y| (y.line, &y.status));
    let related = entry.related.iter().map(|r| (r.line, &r.status));
    let unknown: Vec<String> = cells
        .chain(related)
        .filter_map(|(line, status)| Some(format!("line {line}: {}", unknown_stage(status)?)))
        .collect();
    if !unknown.is_empty() {
        return Err(ImportError::Problems(unknown));
    }
    let json = to_json(&dataset(&entry));
    let dataset = check(&json).map_err(|problems| {
        let said = problems
            .iter()
            .map(|p| format!("the dataset it makes: {p}"));
        ImportError::Problems(said.collect())
    })?;
    Ok(Imported { dataset, json })
}

/// The dataset made from `entry`.
pub fn dataset(entry: &Entry) -> Dataset {
    let related: Vec<(String, &Related)> =
        entry.related.iter().map(|r| (related_id(r), r)).collect();
    let link = |text: &str| with_links(text, &related);
    let blocks = |blocks: &[Block]| -> Vec<Block> {
        blocks.iter().map(|b| linked_block(b, &link)).collect()
    };
    let main = Measure {
        id: entry.id_number.to_string(),
        cedefop_id: Some(entry.id_number),
        title: entry.title.clone(),
        country: entry.country.clone(),
        entry_kind: Some(entry.entry_kind.clone()),
        development_type: Some(entry.development_type.clone()),
        timeline: entry
            .years
            .iter()
            .map(|y| YearEntry {
                year: y.year,
                status: y.status.clone(),
                note: y.note.as_deref().map(link),
            })
            .collect(),
        summary: vec![],
        background: blocks(&entry.background),
        objectives: blocks(&entry.objectives),
        description: blocks(&entry.description),
        bodies_responsible: entry.bodies_responsible.clone(),
        target_groups: entry.target_groups.clone(),
        thematic_categories: entry.thematic_categories.clone(),
        subsystems: entry.subsystems.clone(),
        further_reading: entry.further_reading.clone(),
        related: related.iter().map(|(id, _)| id.clone()).collect(),
        citation: Some(entry.citation.clone()),
    };
    let others = related.iter().map(|(id, r)| Measure {
        id: id.clone(),
        title: r.title.clone(),
        country: r.country.clone(),
        development_type: Some(r.development_type.clone()),
        timeline: vec![YearEntry {
            year: r.year,
            status: r.status.clone(),
            note: None,
        }],
        summary: vec![Block::Paragraph {
            text: r.text.clone(),
        }],
        subsystems: r.subsystems.clone(),
        ..Measure::default()
    });
    let measures: Vec<Measure> = std::iter::once(main).chain(others).collect();
    let all_years = measures
        .iter()
        .flat_map(|m| m.timeline.iter().map(|e| e.year));
    let years = match (all_years.clone().min(), all_years.max()) {
        (Some(from), Some(to)) => Years { from, to },
        _ => Years::default(),
    };
    Dataset {
        format: FORMAT.to_owned(),
        version: VERSION,
        synthetic: false,
        years,
        measures,
        source: Default::default(),
    }
}

/// What a dataset holds, in a line: `3 developments, 2015–2025, edition: 2025 update` (the
/// edition its first measure's citation names).
pub fn summary(dataset: &Dataset) -> String {
    let edition = (dataset.measures.first())
        .and_then(|m| m.citation_parts())
        .and_then(|p| p.edition.clone())
        .unwrap_or_else(|| "none named in the citation".to_owned());
    format!(
        "{} developments, {}–{}, edition: {edition}",
        dataset.measures.len(),
        dataset.years.from,
        dataset.years.to
    )
}

/// The dataset as its file: JSON, indented by two spaces, ending in a newline.
pub fn to_json(dataset: &Dataset) -> String {
    // (Serialising plain structs of strings and numbers cannot fail.)
    let mut text = serde_json::to_string_pretty(dataset).unwrap_or_default();
    text.push('\n');
    text
}

/// A related development's name: its title after a colon, where it has one ("Learning becomes
/// modular: Vocational education pathway (PEQ)" is the "Vocational education pathway (PEQ)").
pub fn name(title: &str) -> &str {
    title
        .rsplit_once(": ")
        .map_or(title, |(_, name)| name)
        .trim()
}

/// Words a related development's id leaves out.
const SMALL_WORDS: [&str; 12] = [
    "a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// A related development's id: its country's code ([`country_code`]) and the words of its
/// [`name`], lowercase, without accents and small words, joined by hyphens ("Social partner pact
/// for employment and training", Belgium-FR: `be-fr-social-partner-pact-employment-training`).
pub fn related_id(r: &Related) -> String {
    let name = plain_letters(name(&r.title));
    let words = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !SMALL_WORDS.contains(w));
    std::iter::once(country_code(&r.country))
        .chain(words.map(str::to_owned))
        .collect::<Vec<_>>()
        .join("-")
}

/// `text` in lowercase ASCII letters where it can be (accents taken off the letters of the
/// Latin alphabets Cedefop's entries use; other characters become spaces).
fn plain_letters(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => 'a',
            'ç' | 'č' | 'ć' => 'c',
            'ď' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
            'ľ' | 'ĺ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => 'o',
            'ř' | 'ŕ' => 'r',
            'š' | 'ś' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ž' | 'ź' | 'ż' => 'z',
            c if c.is_ascii_alphanumeric() => c,
            _ => ' ',
        })
        .collect()
}

/// The countries of Cedefop's timeline as its entries write them, and their codes (the EU's
/// two-letter codes; Belgium's communities after a hyphen).
const COUNTRY_CODES: [(&str, &str); 32] = [
    ("AUSTRIA", "at"),
    ("BELGIUM", "be"),
    ("BULGARIA", "bg"),
    ("CROATIA", "hr"),
    ("CYPRUS", "cy"),
    ("CZECHIA", "cz"),
    ("DENMARK", "dk"),
    ("ESTONIA", "ee"),
    ("FINLAND", "fi"),
    ("FRANCE", "fr"),
    ("GERMANY", "de"),
    ("GREECE", "el"),
    ("HUNGARY", "hu"),
    ("ICELAND", "is"),
    ("IRELAND", "ie"),
    ("ITALY", "it"),
    ("LATVIA", "lv"),
    ("LITHUANIA", "lt"),
    ("LUXEMBOURG", "lu"),
    ("MALTA", "mt"),
    ("NETHERLANDS", "nl"),
    ("NORWAY", "no"),
    ("POLAND", "pl"),
    ("PORTUGAL", "pt"),
    ("ROMANIA", "ro"),
    ("SLOVAKIA", "sk"),
    ("SLOVENIA", "si"),
    ("SPAIN", "es"),
    ("SWEDEN", "se"),
    ("SWITZERLAND", "ch"),
    ("TÜRKIYE", "tr"),
    ("UNITED KINGDOM", "uk"),
];

/// A country's code for ids: `BELGIUM-FR` is `be-fr`; a country the table does not know is its
/// own words (`north-macedonia`).
pub fn country_code(country: &str) -> String {
    let country = country.trim();
    let (name, part) = country.split_once('-').unwrap_or((country, ""));
    let code = COUNTRY_CODES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(_, code)| (*code).to_owned())
        .unwrap_or_else(|| slug_words(name));
    if part.trim().is_empty() {
        code
    } else {
        format!("{code}-{}", slug_words(part))
    }
}

/// Words as a slug: lowercase, hyphens between.
fn slug_words(text: &str) -> String {
    plain_letters(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

/// `block` with its texts linked to the related developments they name.
fn linked_block(block: &Block, link: &impl Fn(&str) -> String) -> Block {
    fn linked(list: &[ListItem], link: &impl Fn(&str) -> String) -> Vec<ListItem> {
        list.iter()
            .map(|item| ListItem {
                marker: item.marker.clone(),
                text: link(&item.text),
                sublist: linked(&item.sublist, link),
            })
            .collect()
    }
    match block {
        Block::Paragraph { text } => Block::Paragraph { text: link(text) },
        Block::List { items } => Block::List {
            items: linked(items, link),
        },
    }
}

/// `text` with each related development's [`name`], where it occurs (in any case), written as a
/// link to it: `[Vocational Education Pathway (PEQ)](measure:be-fr-…)`.
fn with_links(text: &str, related: &[(String, &Related)]) -> String {
    let mut out = text.to_owned();
    for (id, r) in related {
        let name = name(&r.title).to_lowercase();
        if name.is_empty() {
            continue;
        }
        let mut linked = String::with_capacity(out.len());
        let mut rest = out.as_str();
        // (Lowercase keeps the byte offsets of the entries' letters; where it would not, the
        // text is left as it is.)
        while let Some(at) = find_str(&rest.to_lowercase(), &name)
            .filter(|_| rest.to_lowercase().len() == rest.len())
        {
            let Some(words) = rest.get(at..at + name.len()) else {
                break;
            };
            linked.push_str(&rest[..at]);
            linked.push_str(&format!("[{words}](measure:{id})"));
            rest = &rest[at + name.len()..];
        }
        linked.push_str(rest);
        out = linked;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::entry::read;

    fn related(title: &str, country: &str) -> Related {
        Related {
            year: 2025,
            status: "Implementation".into(),
            title: title.into(),
            text: "Text.".into(),
            country: country.into(),
            development_type: "Regulation/Legislation".into(),
            subsystems: vec!["IVET".into()],
            line: 1,
        }
    }

    #[test]
    fn related_ids_are_the_country_and_the_words_of_the_name() {
        let id = |title, country| related_id(&related(title, country));
        assert_eq!(
            id(
                "Learning becomes modular: Vocational education pathway (PEQ)",
                "BELGIUM-FR"
            ),
            "be-fr-vocational-education-pathway-peq"
        );
        assert_eq!(
            id(
                "Social partner pact for employment and training",
                " BELGIUM-FR"
            ),
            "be-fr-social-partner-pact-employment-training"
        );
        assert_eq!(
            id("Réforme de l'apprentissage", "FRANCE"),
            "fr-reforme-de-l-apprentissage"
        );
        assert_eq!(
            id("Dual VET", "North Macedonia"),
            "north-macedonia-dual-vet"
        );
        assert!(crate::data::validate::is_slug(&id("A: (B)", "Türkiye")));
    }

    #[test]
    fn a_related_development_named_in_the_text_is_linked() {
        let peq = related(
            "Learning becomes modular: Vocational education pathway (PEQ)",
            "BELGIUM-FR",
        );
        let r = [("be-fr-peq".to_owned(), &peq)];
        assert_eq!(
            with_links("setting up the Vocational Education Pathway (PEQ).", &r),
            "setting up the [Vocational Education Pathway (PEQ)](measure:be-fr-peq)."
        );
        assert_eq!(
            with_links(
                "the vocational education pathway (PEQ) and the Vocational education pathway (PEQ)",
                &r
            ),
            "the [vocational education pathway (PEQ)](measure:be-fr-peq) and the \
             [Vocational education pathway (PEQ)](measure:be-fr-peq)"
        );
        assert_eq!(
            with_links("Nothing of it, métiers.", &r),
            "Nothing of it, métiers."
        );
    }

    #[test]
    fn the_rules_example_is_the_import_of_its_entry() {
        let imported = import(include_str!("../../tests/fixtures/entry-2025.txt"));
        assert_eq!(
            imported.map(|i| i.json).as_deref(),
            Ok(include_str!("../../tests/fixtures/timeline-2025.json"))
        );
    }

    #[test]
    fn the_span_covers_the_cells_and_the_related_years() {
        let entry =
            read(include_str!("../../tests/fixtures/entry-2025.txt")).expect("the entry reads");
        let d = dataset(&entry);
        assert_eq!((d.years.from, d.years.to), (2015, 2025));
        let mut earlier = entry.clone();
        earlier.related[1].year = 2012;
        let d = dataset(&earlier);
        assert_eq!((d.years.from, d.years.to), (2012, 2025));
        assert_eq!(
            d.measures[0].related,
            d.measures[1..]
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>()
        );
    }
}
