//! Fidelity: every paragraph, list item, year note, category and the citation of the Cedefop
//! entry (a copy of its text is in `tests/fixtures/`) is in the bundled dataset, unchanged, in the
//! same place and order.
//!
//! The source text is parsed on its own terms (paragraphs between blank lines, `- (a)` list items,
//! `*italics*`, `[title](#)` links) into the same shape as the dataset, and the two are compared
//! field by field. Dataset text is compared in the source's own notation: emphasis as `*...*`, and
//! links to other measures (which the source does not have) as their plain words.
#![cfg(not(target_arch = "wasm32"))]

use vet_timeline::data::load::parse_dataset;
use vet_timeline::data::markup::{self, Inline};
use vet_timeline::data::model::{Block, Dataset, ListItem, Measure};

const SOURCE: &str = include_str!("fixtures/cedefop_28020_source.txt");
const DATASET: &str = include_str!("../public/data/timeline.json");

/// A block as the source writes it.
#[derive(Debug, PartialEq)]
enum SourceBlock {
    Paragraph(String),
    List(Vec<SourceItem>),
}

#[derive(Debug, PartialEq)]
struct SourceItem {
    marker: Option<String>,
    text: String,
    sublist: Vec<SourceItem>,
}

/// A related development as the source lists it.
#[derive(Debug, PartialEq)]
struct SourceRelated {
    year: i32,
    status: String,
    title: String,
    text: String,
    country: String,
    development_type: String,
    subsystems: Vec<String>,
}

/// The source entry, parsed.
#[derive(Debug, Default)]
struct Source {
    title: String,
    entry_kind: String,
    development_type: String,
    country: String,
    grid: Vec<(i32, String)>,
    id_number: u32,
    background: Vec<SourceBlock>,
    objectives: Vec<SourceBlock>,
    description: Vec<SourceBlock>,
    year_notes: Vec<(i32, String, Option<String>)>,
    bodies_responsible: Vec<String>,
    target_groups: Vec<(String, Vec<String>)>,
    thematic_categories: Vec<String>,
    subsystems: Vec<String>,
    further_reading: Vec<String>,
    related: Vec<SourceRelated>,
    citation: String,
    citation_url: String,
    headings: Vec<String>,
}

/// The source's paragraphs: runs of non-blank lines.
fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut out = vec![];
    let mut current = vec![];
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// `"2019 Implementation"` as a year and a status.
fn year_status(line: &str) -> Option<(i32, String)> {
    let (year, status) = line.trim().split_once(' ')?;
    if year.len() != 4 || status.is_empty() {
        return None;
    }
    Some((year.parse().ok()?, status.to_owned()))
}

/// `"- (a) text"` (nested when indented) as a depth, marker and text.
fn list_line(line: &str) -> Option<(usize, Option<String>, String)> {
    let depth = line.len() - line.trim_start().len();
    let rest = line.trim_start().strip_prefix("- ")?;
    if let Some(after) = rest.strip_prefix('(') {
        if let Some((marker, text)) = after.split_once(") ") {
            if marker.chars().all(|c| c.is_ascii_alphabetic()) {
                return Some((depth, Some(format!("({marker})")), text.to_owned()));
            }
        }
    }
    Some((depth, None, rest.to_owned()))
}

fn blocks(paras: &[Vec<&str>]) -> Vec<SourceBlock> {
    let mut out: Vec<SourceBlock> = vec![];
    for para in paras {
        if list_line(para[0]).is_some() {
            let mut items = match out.pop() {
                Some(SourceBlock::List(items)) => items,
                Some(other) => {
                    out.push(other);
                    vec![]
                }
                None => vec![],
            };
            for line in para {
                let (depth, marker, text) = list_line(line).expect("a list line");
                let item = SourceItem {
                    marker,
                    text,
                    sublist: vec![],
                };
                if depth > 0 {
                    items.last_mut().expect("a parent item").sublist.push(item);
                } else {
                    items.push(item);
                }
            }
            out.push(SourceBlock::List(items));
        } else {
            assert_eq!(para.len(), 1, "one line per paragraph: {para:?}");
            out.push(SourceBlock::Paragraph(para[0].to_owned()));
        }
    }
    out
}

fn parse_source() -> Source {
    let paras = paragraphs(SOURCE);
    let mut s = Source::default();
    let mut i = 0;
    let mut next = || {
        let p = paras[i].clone();
        i += 1;
        p
    };
    let one = |p: Vec<&str>| -> String {
        assert_eq!(p.len(), 1, "{p:?}");
        p[0].trim().to_owned()
    };
    s.title = one(next());
    s.entry_kind = one(next());
    s.development_type = one(next());
    s.country = one(next());
    s.headings.push(one(next()));
    assert_eq!(s.headings[0], "Timeline");
    for line in next() {
        for cell in line.split('\t').filter(|c| !c.trim().is_empty()) {
            s.grid.push(year_status(cell).expect("a timeline cell"));
        }
    }
    s.id_number = one(next())
        .strip_prefix("ID number ")
        .expect("ID number")
        .parse()
        .expect("a number");
    let rest: Vec<Vec<&str>> = paras[i..].to_vec();
    let heading_at = |name: &str| {
        rest.iter()
            .position(|p| p.len() == 1 && p[0].trim() == name)
            .unwrap_or_else(|| panic!("heading {name}"))
    };
    let sections = [
        "Background",
        "Objectives",
        "Description",
        "Bodies responsible",
        "Target group",
        "Thematic categories",
        "Subsystem",
        "Further reading",
        "Related policy developments",
    ];
    let starts: Vec<usize> = sections.iter().map(|h| heading_at(h)).collect();
    let cite = rest
        .iter()
        .position(|p| p[0].contains("**Cite as**"))
        .expect("Cite as");
    let body = |k: usize| -> &[Vec<&str>] {
        let end = if k + 1 < starts.len() {
            starts[k + 1]
        } else {
            cite
        };
        &rest[starts[k] + 1..end]
    };
    s.headings.extend(sections.iter().map(|h| h.to_string()));
    s.headings.push("Cite as".into());

    s.background = blocks(body(0));
    s.objectives = blocks(body(1));
    // The description runs until the first year heading; then come the year notes.
    let description = body(2);
    let first_year = description
        .iter()
        .position(|p| p.len() == 1 && year_status(p[0]).is_some())
        .expect("year notes");
    s.description = blocks(&description[..first_year]);
    let mut notes = description[first_year..].iter().peekable();
    while let Some(p) = notes.next() {
        let (year, status) = year_status(&one(p.clone())).expect("a year heading");
        let note = match notes.peek() {
            Some(n) if !(n.len() == 1 && year_status(n[0]).is_some()) => {
                notes.next().map(|n| one(n.clone()))
            }
            _ => None,
        };
        s.year_notes.push((year, status, note));
    }
    s.bodies_responsible = body(3)
        .iter()
        .flatten()
        .map(|l| list_line(l).expect("a list item").2)
        .collect();
    for pair in body(4).chunks(2) {
        s.target_groups.push((
            one(pair[0].clone()),
            pair[1].iter().map(|l| l.to_string()).collect(),
        ));
    }
    s.thematic_categories = body(5).iter().map(|p| one(p.clone())).collect();
    s.subsystems = body(6)
        .iter()
        .flat_map(|p| {
            one(p.clone())
                .split(' ')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    s.further_reading = body(7)
        .iter()
        .map(|p| {
            one(p.clone())
                .strip_prefix('[')
                .and_then(|t| t.strip_suffix("](#)"))
                .expect("a [title](#) link")
                .to_owned()
        })
        .collect();
    for r in body(8).chunks(8) {
        let (year, status) = year_status(&one(r[0].clone())).expect("status and year");
        assert_eq!(one(r[4].clone()), "Type of development");
        assert_eq!(one(r[6].clone()), "Subsystem");
        s.related.push(SourceRelated {
            year,
            status,
            title: one(r[1].clone()),
            text: one(r[2].clone()),
            country: one(r[3].clone()),
            // The source's page breaks "Strategy/Action plan" over two lines.
            development_type: r[5].join(" "),
            subsystems: one(r[7].clone()).split(' ').map(str::to_owned).collect(),
        });
    }
    s.headings.push("Type of development".into());
    s.citation = one(rest[cite + 1].clone());
    s.citation_url = one(rest[cite + 2].clone())
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned();
    assert_eq!(rest.len(), cite + 3, "nothing after the citation's address");
    s
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

fn items_as_source(items: &[ListItem]) -> Vec<SourceItem> {
    items
        .iter()
        .map(|item| SourceItem {
            marker: item.marker.clone(),
            text: as_source(&item.text),
            sublist: items_as_source(&item.sublist),
        })
        .collect()
}

fn blocks_as_source(blocks: &[Block]) -> Vec<SourceBlock> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text } => SourceBlock::Paragraph(as_source(text)),
            Block::List { items } => SourceBlock::List(items_as_source(items)),
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
    let statuses: Vec<(i32, String)> = m
        .timeline
        .iter()
        .map(|e| (e.year, e.status.clone()))
        .collect();
    assert_eq!(statuses, s.grid);
    assert_eq!(s.grid.len(), 11, "2015 to 2025");
    let notes: Vec<(i32, String, Option<String>)> = m
        .timeline
        .iter()
        .map(|e| (e.year, e.status.clone(), e.note.as_deref().map(as_source)))
        .collect();
    assert_eq!(notes, s.year_notes);
    // Years with no note stay empty, distinct from a note.
    assert_eq!(s.year_notes.iter().filter(|n| n.2.is_none()).count(), 4);
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
    let SourceBlock::List(items) = &s.background[4] else {
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
    let groups: Vec<(String, Vec<String>)> = m
        .target_groups
        .iter()
        .map(|g| (g.group.clone(), g.members.clone()))
        .collect();
    assert_eq!(groups, s.target_groups);
    assert_eq!(m.thematic_categories, s.thematic_categories);
    assert_eq!(m.subsystems, s.subsystems);
    let titles: Vec<String> = m.further_reading.iter().map(|r| r.title.clone()).collect();
    assert_eq!(titles, s.further_reading);
    assert!(
        m.further_reading.iter().all(|r| r.url.is_none()),
        "the source gives no addresses for further reading"
    );
}

#[test]
fn related_developments_are_entries_of_their_own() {
    let (s, d) = (parse_source(), dataset());
    let m = main_measure(&d);
    let related: Vec<SourceRelated> = m
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
            SourceRelated {
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
    assert_eq!(related, s.related);
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
    assert_eq!(as_source(&citation.text), s.citation);
    assert_eq!(citation.url.as_deref(), Some(s.citation_url.as_str()));
}

#[test]
fn section_headings_are_the_interface_labels() {
    let s = parse_source();
    let t = &vet_timeline::text::i18n::EN;
    let sections = vet_timeline::card::sections::Section::ALL;
    let labels: Vec<&str> = (sections.iter().filter_map(|s| s.title(t)))
        .chain([t.sections.id_number])
        .collect();
    for heading in &s.headings {
        assert!(
            labels.contains(&heading.as_str()),
            "{heading} is not a label"
        );
    }
    assert_eq!(s.headings.len(), 12);
}
