//! Fidelity: every paragraph, list item, year note, category and the citation of the Cedefop
//! entry (a copy of its text is in `tests/fixtures/`) is in the bundled dataset, unchanged, in the
//! same place and order.
//!
//! The entry is read by the project's own reader (`vet_timeline::editor::entry`, which `make
//! import` uses), and compared field by field with the dataset; and, without that reader, every
//! line of the entry's text is found in the dataset or is one of the interface's labels. Dataset
//! text is compared in the source's own notation: emphasis as `*...*`, and links to other
//! measures (which the source does not have) as their plain words.
#![cfg(not(target_arch = "wasm32"))]

use vet_timeline::data::load::parse_dataset;
use vet_timeline::data::markup::{self, Inline};
use vet_timeline::data::model::{Block, Dataset, ListItem, Measure};
use vet_timeline::editor::entry::{read, Entry, Related, SECTIONS};

const SOURCE: &str = include_str!("../public/data/entry.txt");
const DATASET: &str = include_str!("../public/data/timeline.json");

fn parse_source() -> Entry {
    read(SOURCE).expect("the entry reads")
}

/// Dataset text in the source's notation: emphasis as `*...*`, measure links as their words.
fn as_source(text: &str) -> String {
    markup::parse(text)
        .into_iter()
        .map(|run| match run {
            Inline::Text(t) => t,
            Inline::Emphasis(t) => format!("*{t}*"),
            Inline::MeasureLink { text, .. } => text,
        })
        .collect()
}

fn items_as_source(items: &[ListItem]) -> Vec<ListItem> {
    items
        .iter()
        .map(|item| ListItem {
            marker: item.marker.clone(),
            text: as_source(&item.text),
            sublist: items_as_source(&item.sublist),
        })
        .collect()
}

fn blocks_as_source(blocks: &[Block]) -> Vec<Block> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text } => Block::Paragraph {
                text: as_source(text),
            },
            Block::List { items } => Block::List {
                items: items_as_source(items),
            },
        })
        .collect()
}

fn dataset() -> Dataset {
    parse_dataset(DATASET).expect("the bundled dataset is valid")
}

fn main_measure(d: &Dataset) -> &Measure {
    &d.measures[0]
}

#[test]
fn identity_of_the_entry() {
    let (s, d) = (parse_source(), dataset());
    let m = main_measure(&d);
    assert_eq!(m.title, s.title);
    assert_eq!(m.entry_kind.as_deref(), Some(s.entry_kind.as_str()));
    assert_eq!(
        m.development_type.as_deref(),
        Some(s.development_type.as_str())
    );
    assert_eq!(m.country, s.country);
    assert_eq!(m.cedefop_id, Some(s.id_number));
    assert_eq!(m.id, s.id_number.to_string());
}

#[test]
fn timeline_statuses_and_year_notes() {
    let (s, d) = (parse_source(), dataset());
    let m = main_measure(&d);
    let notes: Vec<(i32, String, Option<String>)> = m
        .timeline
        .iter()
        .map(|e| (e.year, e.status.clone(), e.note.as_deref().map(as_source)))
        .collect();
    let source: Vec<(i32, String, Option<String>)> = (s.years.iter())
        .map(|y| (y.year, y.status.clone(), y.note.clone()))
        .collect();
    assert_eq!(notes, source);
    // The axis is the timeline's span, from its first cell to its last.
    assert_eq!(
        (d.years.from, d.years.to),
        (s.years[0].year, s.years[s.years.len() - 1].year)
    );
    // Years with no note stay empty, distinct from a note: a year heading followed by the next.
    let bare = SOURCE
        .split("\n\n")
        .map(str::trim)
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| {
            s.years
                .iter()
                .any(|y| w[0] == format!("{} {}", y.year, y.status))
        })
        .filter(|w| {
            s.years
                .iter()
                .any(|y| w[1] == format!("{} {}", y.year, y.status))
        })
        .count();
    assert_eq!(m.timeline.iter().filter(|e| e.note.is_none()).count(), bare);
}

#[test]
fn background_objectives_and_description() {
    let (s, d) = (parse_source(), dataset());
    let m = main_measure(&d);
    assert_eq!(blocks_as_source(&m.background), s.background);
    assert_eq!(blocks_as_source(&m.objectives), s.objectives);
    assert_eq!(blocks_as_source(&m.description), s.description);
}

#[test]
fn lists_keep_their_structure() {
    let s = parse_source();
    let Block::List { items } = &s.background[4] else {
        panic!("background item list");
    };
    let markers: Vec<_> = items.iter().filter_map(|i| i.marker.as_deref()).collect();
    assert_eq!(markers, ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"]);
    assert_eq!(items[1].sublist.len(), 3, "(i) to (iii) under (b)");
}

#[test]
fn italics_reach_the_dataset_as_emphasis() {
    let d = dataset();
    let m = main_measure(&d);
    let Block::List { items } = &m.description[1] else {
        panic!("description list");
    };
    assert!(markup::parse(&items[0].text).contains(&Inline::Emphasis("Cité des métiers".into())));
    let citation = m.citation.as_ref().expect("citation");
    assert!(markup::parse(&citation.text).contains(&Inline::Emphasis(
        "Timeline of VET policies in Europe".into()
    )));
}

#[test]
fn the_peq_named_in_background_links_to_its_entry() {
    let d = dataset();
    let m = main_measure(&d);
    let Block::List { items } = &m.background[4] else {
        panic!("background list");
    };
    let targets = markup::link_targets(&items[6].text);
    assert_eq!(targets.len(), 1);
    let peq = d.measure(&targets[0]).expect("the PEQ entry");
    assert!(peq.title.contains("(PEQ)"));
}

#[test]
fn responsibilities_groups_categories_subsystems_reading() {
    let (s, d) = (parse_source(), dataset());
    let m = main_measure(&d);
    assert_eq!(m.bodies_responsible, s.bodies_responsible);
    assert_eq!(m.target_groups, s.target_groups);
    assert_eq!(m.thematic_categories, s.thematic_categories);
    assert_eq!(m.subsystems, s.subsystems);
    assert_eq!(m.further_reading, s.further_reading);
    assert!(
        m.further_reading.iter().all(|r| r.url.is_none()),
        "the source gives no addresses for further reading"
    );
}

#[test]
fn related_developments_are_entries_of_their_own() {
    let (s, d) = (parse_source(), dataset());
    let m = main_measure(&d);
    let related: Vec<Related> = m
        .related
        .iter()
        .map(|id| {
            let r = d.measure(id).expect("related entry");
            assert_eq!(r.cedefop_id, None, "the source gives them no ID number");
            assert_eq!(r.summary.len(), 1);
            let Block::Paragraph { text } = &r.summary[0] else {
                panic!("summary paragraph");
            };
            assert_eq!(r.timeline.len(), 1, "the source gives one status and year");
            Related {
                line: 0,
                year: r.timeline[0].year,
                status: r.timeline[0].status.clone(),
                title: r.title.clone(),
                text: as_source(text),
                country: r.country.clone(),
                development_type: r.development_type.clone().unwrap_or_default(),
                subsystems: r.subsystems.clone(),
            }
        })
        .collect();
    let lineless: Vec<Related> = (s.related.iter())
        .map(|r| Related {
            line: 0,
            ..r.clone()
        })
        .collect();
    assert_eq!(related, lineless);
    assert_eq!(
        d.measures.len(),
        1 + s.related.len(),
        "no entry the source lacks"
    );
}

#[test]
fn citation_and_its_address() {
    let (s, d) = (parse_source(), dataset());
    let citation = main_measure(&d).citation.clone().expect("citation");
    assert_eq!(as_source(&citation.text), s.citation.text);
    assert_eq!(citation.url, s.citation.url);
}

/// The entry's headings, which the page shows as its own labels.
fn headings() -> Vec<&'static str> {
    let mut headings = vec!["Timeline"];
    headings.extend(SECTIONS);
    headings.extend(["Type of development", "Cite as"]);
    headings
}

#[test]
fn section_headings_are_the_interface_labels() {
    let t = &vet_timeline::text::i18n::EN;
    let sections = vet_timeline::card::sections::Section::ALL;
    let labels: Vec<&str> = (sections.iter().filter_map(|s| s.title(t)))
        .chain([t.sections.id_number])
        .collect();
    for heading in headings() {
        assert!(labels.contains(&heading), "{heading} is not a label");
        assert!(SOURCE.contains(heading), "{heading} is not the entry's");
    }
}

/// Every text of the dataset as the source writes it: fields, list items with their markers,
/// year cells, readings as links, the citation's address.
fn pieces(d: &Dataset) -> Vec<String> {
    fn items(list: &[ListItem], out: &mut Vec<String>) {
        for item in list {
            let text = as_source(&item.text);
            out.push(match &item.marker {
                Some(marker) => format!("{marker} {text}"),
                None => text,
            });
            items(&item.sublist, out);
        }
    }
    let mut out = vec![];
    for m in &d.measures {
        out.extend([m.title.clone(), m.country.clone()]);
        out.extend(m.entry_kind.clone());
        out.extend(m.development_type.clone());
        out.extend(m.cedefop_id.map(|id| format!("ID number {id}")));
        for e in &m.timeline {
            out.push(format!("{} {}", e.year, e.status));
            out.extend(e.note.as_deref().map(as_source));
        }
        for block in [&m.summary, &m.background, &m.objectives, &m.description]
            .into_iter()
            .flatten()
        {
            match block {
                Block::Paragraph { text } => out.push(as_source(text)),
                Block::List { items: list } => items(list, &mut out),
            }
        }
        out.extend(m.bodies_responsible.iter().cloned());
        for g in &m.target_groups {
            out.push(g.group.clone());
            out.extend(g.members.iter().cloned());
        }
        out.extend(m.thematic_categories.iter().cloned());
        out.push(m.subsystems.join(" "));
        out.extend(
            m.further_reading
                .iter()
                .map(|r| format!("[{}](#)", r.title)),
        );
        if let Some(c) = &m.citation {
            out.push(as_source(&c.text));
            out.extend(c.url.as_ref().map(|url| format!("<{url}>")));
        }
    }
    out
}

/// Without the entry's reader: each line of the entry's text (each cell of the timeline's) is in
/// a text of the dataset (a line the page breaks, in one), or is a heading the page labels.
#[test]
fn every_line_of_the_entry_is_in_the_dataset() {
    let pieces = pieces(&dataset());
    let headings = headings();
    let mut lines = 0;
    for line in SOURCE.lines().flat_map(|l| l.split('\t')) {
        let line = line.trim();
        let line = line.strip_prefix("- ").unwrap_or(line);
        if line.is_empty() || headings.contains(&line) || line == "“ ... ” **Cite as**" {
            continue;
        }
        assert!(
            pieces.iter().any(|p| p.contains(line)),
            "not in the dataset: {line}"
        );
        lines += 1;
    }
    assert!(lines > 50, "{lines} lines");
}
