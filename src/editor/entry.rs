//! Cedefop's entry as it publishes it: the text of its page (the form of `tests/fixtures/` and of
//! `../shared/source/`), read into an [`Entry`], line by line.
//!
//! The form, from the top: the title, the kind of entry, the type of development and the country
//! (a line each); `Timeline` and its cells (`2015 Implementation`, separated by tabs); `ID number
//! 28020`; the sections `Background`, `Objectives` and `Description` (paragraphs between blank
//! lines, list items as `- (a) …`, indented for a nested list, `*italics*`); the year notes (each
//! timeline cell again as a heading, then its note where it has one); `Bodies responsible` (`- `
//! items); `Target group` (a group, then its members a line each); `Thematic categories`;
//! `Subsystem`; `Further reading` (`[title](#)`: no address); `Related policy developments` (for
//! each: its year and status, title, text, country, `Type of development` and the type,
//! `Subsystem` and the subsystems); then `**Cite as**`, the citation and its `<address>`.
//!
//! Where the text departs from that form, [`read`] stops with a [`FormError`]: the line, what it
//! expected there and what it found.

use crate::data::model::{Block, Citation, ListItem, Reading, TargetGroup};
use crate::text::plain::nearest;

/// The section headings, in the order the entry gives them.
pub const SECTIONS: [&str; 9] = [
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

/// The entry, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The title.
    pub title: String,
    /// The kind of entry (`POLICY DEVELOPMENT`).
    pub entry_kind: String,
    /// The type of development (`PRACTICAL MEASURE/INITIATIVE`).
    pub development_type: String,
    /// The country, as written (`BELGIUM-FR`).
    pub country: String,
    /// The timeline's cells, in order, each with its note from the year notes.
    pub years: Vec<Year>,
    /// The ID number.
    pub id_number: u32,
    /// "Background".
    pub background: Vec<Block>,
    /// "Objectives".
    pub objectives: Vec<Block>,
    /// "Description", before the year notes.
    pub description: Vec<Block>,
    /// "Bodies responsible".
    pub bodies_responsible: Vec<String>,
    /// "Target group": groups and their members.
    pub target_groups: Vec<TargetGroup>,
    /// "Thematic categories".
    pub thematic_categories: Vec<String>,
    /// "Subsystem".
    pub subsystems: Vec<String>,
    /// "Further reading": titles, and an address where the entry gives one.
    pub further_reading: Vec<Reading>,
    /// "Related policy developments".
    pub related: Vec<Related>,
    /// "Cite as": the citation and the entry's address.
    pub citation: Citation,
}

/// One cell of the timeline, and its year note.
#[derive(Debug, Clone, PartialEq)]
pub struct Year {
    /// The year.
    pub year: i32,
    /// Its status, as written (`Implementation`).
    pub status: String,
    /// Its note, where the entry gives one.
    pub note: Option<String>,
    /// The line of its cell.
    pub line: usize,
}

/// A related policy development, as the entry lists it (it has no ID number).
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Its year.
    pub year: i32,
    /// Its status in that year.
    pub status: String,
    /// Its title.
    pub title: String,
    /// Its text.
    pub text: String,
    /// Its country, as written.
    pub country: String,
    /// Its type of development.
    pub development_type: String,
    /// Its subsystems.
    pub subsystems: Vec<String>,
    /// The line of its year and status.
    pub line: usize,
}

/// Where the entry's text departs from the form: the line (from 1), what was expected there and
/// what was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: expected {expected}; found {found}")]
pub struct FormError {
    /// The line, counted from 1 (the line after the last for the end of the file).
    pub line: usize,
    /// What the form has there, in words.
    pub expected: String,
    /// What the text has there: a line, quoted, or "the end of the file".
    pub found: String,
}

/// A paragraph: a run of non-blank lines, and the line of its first.
#[derive(Debug, Clone, Copy)]
struct Para<'a> {
    line: usize,
    lines: &'a [&'a str],
}

impl<'a> Para<'a> {
    /// Its text: its lines, trimmed, joined by a space (the page breaks long lines).
    fn text(&self) -> String {
        let lines: Vec<&str> = self.lines.iter().map(|l| l.trim()).collect();
        lines.join(" ")
    }

    /// Whether it is the one line `text`.
    fn is(&self, text: &str) -> bool {
        self.lines.len() == 1 && self.lines[0].trim() == text
    }
}

/// A line as an error quotes it.
fn quoted(line: &str) -> String {
    let line = line.trim();
    let cut: String = line.chars().take(70).collect();
    if cut.len() < line.len() {
        format!("“{cut}…”")
    } else {
        format!("“{cut}”")
    }
}

const END: &str = "the end of the file";

/// Reads Cedefop's entry from the text of its page.
pub fn read(text: &str) -> Result<Entry, FormError> {
    let lines: Vec<&str> = text.lines().collect();
    let paras = paragraphs(&lines);
    let mut at = Cursor {
        paras: &paras,
        next: 0,
        end_line: lines.len() + 1,
    };
    let title = at.one_line("the title of the entry")?;
    let entry_kind = at.one_line("the kind of entry, such as “POLICY DEVELOPMENT”")?;
    let development_type =
        at.one_line("the type of development, such as “PRACTICAL MEASURE/INITIATIVE”")?;
    let country = at.one_line("the country, such as “BELGIUM-FR”")?;
    at.heading("Timeline")?;
    let mut years = grid(at.para("the timeline's cells, such as “2015 Implementation”")?)?;
    let id_number = at.id_number()?;

    // The sections, each up to the next one's heading (the last, up to "Cite as"); the line of
    // each heading, and of "Cite as" after them.
    let mut bodies: Vec<&[Para]> = Vec::with_capacity(SECTIONS.len());
    let mut lines_of = vec![at.heading(SECTIONS[0])?];
    for (k, name) in SECTIONS.iter().enumerate() {
        let previous = lines_of[k];
        let end = match SECTIONS.get(k + 1) {
            Some(next) => at.find_heading(next, name, previous)?,
            None => at.find_citation(name, previous)?,
        };
        bodies.push(&paras[at.next..end]);
        lines_of.push(paras.get(end).map_or(at.end_line, |p| p.line));
        at.next = end + 1;
    }
    let (description, notes) = split_notes(bodies[2], &years, lines_of[2])?;
    year_notes(notes, &mut years, lines_of[3])?;
    let citation = at.citation()?;
    Ok(Entry {
        title,
        entry_kind,
        development_type,
        country,
        years,
        id_number,
        background: blocks(bodies[0])?,
        objectives: blocks(bodies[1])?,
        description: blocks(description)?,
        bodies_responsible: bullets(bodies[3])?,
        target_groups: target_groups(bodies[4], lines_of[5])?,
        thematic_categories: bodies[5]
            .iter()
            .flat_map(|p| p.lines.iter().map(|l| l.trim().to_owned()))
            .collect(),
        subsystems: words(bodies[6]),
        further_reading: further_reading(bodies[7])?,
        related: related(bodies[8], lines_of[9])?,
        citation,
    })
}

/// The text's paragraphs.
fn paragraphs<'a>(lines: &'a [&'a str]) -> Vec<Para<'a>> {
    let mut out = vec![];
    let mut start = None;
    for (i, line) in lines.iter().enumerate() {
        match (line.trim().is_empty(), start) {
            (true, Some(s)) => {
                out.push(Para {
                    line: s + 1,
                    lines: &lines[s..i],
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Para {
            line: s + 1,
            lines: &lines[s..],
        });
    }
    out
}

/// The paragraphs, read in order.
struct Cursor<'p, 'a> {
    paras: &'p [Para<'a>],
    next: usize,
    /// The line after the last.
    end_line: usize,
}

impl<'a> Cursor<'_, 'a> {
    fn error(&self, expected: impl Into<String>) -> FormError {
        let (line, found) = match self.paras.get(self.next) {
            Some(p) => (p.line, quoted(p.lines[0])),
            None => (self.end_line, END.to_owned()),
        };
        FormError {
            line,
            expected: expected.into(),
            found,
        }
    }

    /// The next paragraph, whatever it is.
    fn para(&mut self, expected: &str) -> Result<Para<'a>, FormError> {
        let p = self
            .paras
            .get(self.next)
            .copied()
            .ok_or_else(|| self.error(expected))?;
        self.next += 1;
        Ok(p)
    }

    /// The next paragraph, which must be one line.
    fn one_line(&mut self, expected: &str) -> Result<String, FormError> {
        match self.paras.get(self.next) {
            Some(p) if p.lines.len() == 1 => {
                self.next += 1;
                Ok(p.lines[0].trim().to_owned())
            }
            Some(p) => Err(FormError {
                line: p.line + 1,
                expected: format!("{expected}, on one line, then a blank line"),
                found: quoted(p.lines[1]),
            }),
            None => Err(self.error(expected)),
        }
    }

    /// The next paragraph, which must be the heading `name`; its line.
    fn heading(&mut self, name: &str) -> Result<usize, FormError> {
        match self.paras.get(self.next) {
            Some(p) if p.is(name) => {
                self.next += 1;
                Ok(p.line)
            }
            _ => Err(self.error(format!("the heading “{name}”"))),
        }
    }

    fn id_number(&mut self) -> Result<u32, FormError> {
        let expected = "the line “ID number ”, then the entry's number, such as “ID number 28020”";
        let line = self.one_line(expected);
        let number = line
            .as_deref()
            .ok()
            .and_then(|l| l.strip_prefix("ID number "))
            .and_then(|n| n.trim().parse().ok());
        match number {
            Some(n) => Ok(n),
            None => {
                self.next -= usize::from(line.is_ok());
                Err(self.error(expected))
            }
        }
    }

    /// The index of the heading `name`, the section after `previous` (whose heading is on line
    /// `previous_line`); where there is none, the error names the nearest line to it.
    fn find_heading(
        &self,
        name: &str,
        previous: &str,
        previous_line: usize,
    ) -> Result<usize, FormError> {
        let rest = &self.paras[self.next..];
        if let Some(i) = rest.iter().position(|p| p.is(name)) {
            return Ok(self.next + i);
        }
        let expected =
            format!("the heading “{name}” (the section after “{previous}”, line {previous_line})");
        // A heading misspelt: the one-line paragraph nearest to it.
        let misspelt = rest.iter().filter(|p| p.lines.len() == 1).find(|p| {
            let line = p.lines[0].trim();
            nearest(line, [name]).is_some_and(|(_, d)| d <= name.chars().count() / 4)
        });
        Err(match misspelt {
            Some(p) => FormError {
                line: p.line,
                expected: format!("{expected}: is this it, misspelt?"),
                found: quoted(p.lines[0]),
            },
            None => FormError {
                line: self.end_line,
                expected,
                found: format!("no such heading up to {END}"),
            },
        })
    }

    /// The index of the paragraph that starts "Cite as", after the section `previous`.
    fn find_citation(&self, previous: &str, previous_line: usize) -> Result<usize, FormError> {
        self.paras[self.next..]
            .iter()
            .position(|p| p.lines[0].contains("Cite as"))
            .map(|i| self.next + i)
            .ok_or_else(|| FormError {
                line: self.end_line,
                expected: format!(
                    "the line ““ ... ” **Cite as**”, after the section “{previous}” (line {previous_line})"
                ),
                found: format!("no such line up to {END}"),
            })
    }

    /// The citation and its address, after "Cite as" (already passed), and then the end.
    fn citation(&mut self) -> Result<Citation, FormError> {
        let text = self.para("the citation, after “Cite as”")?.text();
        let address =
            self.one_line("the entry's address, such as “<https://www.cedefop.europa.eu/…>”")?;
        let url = address
            .strip_prefix('<')
            .and_then(|a| a.strip_suffix('>'))
            .filter(|a| a.starts_with("https://") || a.starts_with("http://"));
        let Some(url) = url else {
            self.next -= 1;
            return Err(self.error(
                "the entry's address between < and >, such as “<https://www.cedefop.europa.eu/…>”",
            ));
        };
        if self.next < self.paras.len() {
            return Err(self.error(format!("{END}, after the citation's address")));
        }
        Ok(Citation::new(text, Some(url.to_owned())))
    }
}

/// `"2019 Implementation"` as a year and a status.
fn cell(text: &str) -> Option<(i32, String)> {
    let (year, status) = text.trim().split_once(' ')?;
    let status = status.trim();
    if year.len() != 4 || status.is_empty() {
        return None;
    }
    Some((year.parse().ok()?, status.to_owned()))
}

/// The timeline's cells: a year and its status each, separated by tabs, in ascending years.
fn grid(para: Para) -> Result<Vec<Year>, FormError> {
    let mut years: Vec<Year> = vec![];
    for (i, line) in para.lines.iter().enumerate() {
        let number = para.line + i;
        for text in line.split('\t').filter(|c| !c.trim().is_empty()) {
            let Some((year, status)) = cell(text) else {
                return Err(FormError {
                    line: number,
                    expected:
                        "a timeline cell: a year and its status, such as “2019 Implementation”"
                            .into(),
                    found: quoted(text),
                });
            };
            if let Some(previous) = years.last().filter(|p| p.year >= year) {
                return Err(FormError {
                    line: number,
                    expected: format!(
                        "a year after {} (the cells go from the first year to the last)",
                        previous.year
                    ),
                    found: quoted(text),
                });
            }
            years.push(Year {
                year,
                status,
                note: None,
                line: number,
            });
        }
    }
    Ok(years)
}

/// The description's own paragraphs, and the year notes after them (which start with the first
/// timeline cell again, as a heading).
fn split_notes<'p, 'a>(
    body: &'p [Para<'a>],
    years: &[Year],
    heading: usize,
) -> Result<(&'p [Para<'a>], &'p [Para<'a>]), FormError> {
    let first = years.first().map(|y| format!("{} {}", y.year, y.status));
    let at = first
        .as_deref()
        .and_then(|first| body.iter().position(|p| p.is(first)));
    match (at, first) {
        (Some(at), _) => Ok((&body[..at], &body[at..])),
        (None, Some(first)) => Err(FormError {
            line: body.last().map_or(heading, |p| p.line),
            expected: format!(
                "the year notes at the end of “Description” (line {heading}), from the timeline's first cell as a heading, “{first}”"
            ),
            found: "no such heading in the section".into(),
        }),
        (None, None) => Ok((body, &[])),
    }
}

/// Each cell's note: the cells again, in order, as headings, each followed by its note (one
/// paragraph) where it has one; then the heading of "Bodies responsible", on `next_heading`.
fn year_notes(notes: &[Para], years: &mut [Year], next_heading: usize) -> Result<(), FormError> {
    let headings: Vec<String> = years
        .iter()
        .map(|y| format!("{} {}", y.year, y.status))
        .collect();
    let years_after: Vec<i32> = years.iter().skip(1).map(|y| y.year).collect();
    let mut rest = notes.iter().peekable();
    for (k, year) in years.iter_mut().enumerate() {
        let heading = &headings[k];
        let expected = format!(
            "the year note's heading “{heading}”, as the timeline's cell on line {} says",
            year.line
        );
        match rest.next() {
            Some(p) if p.is(heading) => {}
            Some(p) => {
                // (Not the first: the notes start at the first cell's heading.)
                return Err(FormError {
                    line: p.line,
                    expected: format!("{expected} (a year's note is one paragraph)"),
                    found: quoted(p.lines[0]),
                });
            }
            None => {
                return Err(FormError {
                    line: next_heading,
                    expected,
                    found: "the heading “Bodies responsible”".into(),
                })
            }
        }
        // The next cell's year on a line of its own is its heading, never a note.
        let next = years_after.get(k).copied();
        let is_heading = |p: &&Para| {
            p.lines.len() == 1 && cell(p.lines[0]).is_some_and(|(y, _)| Some(y) == next)
        };
        if let Some(p) = rest.next_if(|p| !is_heading(p)) {
            year.note = Some(p.text());
        }
    }
    match rest.next() {
        None => Ok(()),
        Some(p) => Err(FormError {
            line: p.line,
            expected: "the heading “Bodies responsible” after the last year's note (a year's \
                       note is one paragraph)"
                .into(),
            found: quoted(p.lines[0]),
        }),
    }
}

/// `"- (a) text"` (nested when indented) as a depth, marker and text.
fn list_line(line: &str) -> Option<(usize, Option<String>, String)> {
    let depth = line.len() - line.trim_start().len();
    let rest = line.trim_start().strip_prefix("- ")?;
    if let Some((marker, text)) = rest.strip_prefix('(').and_then(|r| r.split_once(") ")) {
        if !marker.is_empty() && marker.chars().all(|c| c.is_ascii_alphabetic()) {
            return Some((depth, Some(format!("({marker})")), text.trim().to_owned()));
        }
    }
    Some((depth, None, rest.trim().to_owned()))
}

/// A section's paragraphs and lists (a list may run over several paragraphs).
fn blocks(paras: &[Para]) -> Result<Vec<Block>, FormError> {
    let mut out: Vec<Block> = vec![];
    for para in paras {
        if list_line(para.lines[0]).is_none() {
            out.push(Block::Paragraph { text: para.text() });
            continue;
        }
        if !matches!(out.last(), Some(Block::List { .. })) {
            out.push(Block::List { items: vec![] });
        }
        let Some(Block::List { items }) = out.last_mut() else {
            continue;
        };
        for (i, line) in para.lines.iter().enumerate() {
            let Some((depth, marker, text)) = list_line(line) else {
                return Err(FormError {
                    line: para.line + i,
                    expected: "a list item, “- ” then its text (a list's items are a line each)"
                        .into(),
                    found: quoted(line),
                });
            };
            let item = ListItem {
                marker,
                text,
                sublist: vec![],
            };
            match items.last_mut() {
                Some(parent) if depth > 0 => parent.sublist.push(item),
                None if depth > 0 => {
                    return Err(FormError {
                        line: para.line + i,
                        expected: "a list item before this indented one, which belongs under it"
                            .into(),
                        found: quoted(line),
                    })
                }
                _ => items.push(item),
            }
        }
    }
    Ok(out)
}

/// Items written `- text`, a line each.
fn bullets(paras: &[Para]) -> Result<Vec<String>, FormError> {
    let mut out = vec![];
    for para in paras {
        for (i, line) in para.lines.iter().enumerate() {
            match list_line(line) {
                Some((0, None, text)) => out.push(text),
                _ => {
                    return Err(FormError {
                        line: para.line + i,
                        expected: "an item, “- ” then its text".into(),
                        found: quoted(line),
                    })
                }
            }
        }
    }
    Ok(out)
}

/// Groups (a line) each followed by their members (a line each).
fn target_groups(paras: &[Para], next_heading: usize) -> Result<Vec<TargetGroup>, FormError> {
    let mut out = vec![];
    for pair in paras.chunks(2) {
        let group = pair[0];
        if group.lines.len() != 1 {
            return Err(FormError {
                line: group.line + 1,
                expected: "a blank line between a target group and its members".into(),
                found: quoted(group.lines[1]),
            });
        }
        let Some(members) = pair.get(1) else {
            return Err(FormError {
                line: next_heading,
                expected: format!(
                    "the members of the target group “{}” (line {}), a line each",
                    group.text(),
                    group.line
                ),
                found: "the heading “Thematic categories”".into(),
            });
        };
        out.push(TargetGroup {
            group: group.text(),
            members: members.lines.iter().map(|l| l.trim().to_owned()).collect(),
        });
    }
    Ok(out)
}

/// Words separated by spaces (`IVET CVET`).
fn words(paras: &[Para]) -> Vec<String> {
    paras
        .iter()
        .flat_map(|p| p.lines.iter().flat_map(|l| l.split_whitespace()))
        .map(str::to_owned)
        .collect()
}

/// Further reading: `[title](#)` (no address) or `[title](https://…)`, a paragraph each.
fn further_reading(paras: &[Para]) -> Result<Vec<Reading>, FormError> {
    paras
        .iter()
        .map(|p| {
            let text = p.text();
            let link = text
                .strip_prefix('[')
                .and_then(|t| t.strip_suffix(')'))
                .and_then(|t| t.rsplit_once("]("));
            match link {
                Some((title, "#")) if !title.is_empty() => Ok(Reading {
                    title: title.to_owned(),
                    url: None,
                }),
                Some((title, url))
                    if !title.is_empty()
                        && (url.starts_with("https://") || url.starts_with("http://")) =>
                {
                    Ok(Reading {
                        title: title.to_owned(),
                        url: Some(url.to_owned()),
                    })
                }
                _ => Err(FormError {
                    line: p.line,
                    expected: "a reading as a link, “[its title](#)” (or with its https:// \
                               address in place of #)"
                        .into(),
                    found: quoted(p.lines[0]),
                }),
            }
        })
        .collect()
}

/// The related developments: eight paragraphs each.
fn related(paras: &[Para], next_heading: usize) -> Result<Vec<Related>, FormError> {
    let mut out = vec![];
    let mut at = Cursor {
        paras,
        next: 0,
        end_line: next_heading,
    };
    while at.next < paras.len() {
        let first = at.para("a related development's year and status")?;
        let Some((year, status)) = cell(&first.text()).filter(|_| first.lines.len() == 1) else {
            at.next -= 1;
            return Err(
                at.error("a related development's year and status, such as “2025 Implementation”")
            );
        };
        let title = at.one_line("the related development's title")?;
        let text = at.para("the related development's text")?.text();
        let country = at.one_line("the related development's country, such as “BELGIUM-FR”")?;
        at.heading("Type of development")?;
        let development_type = at.para("the related development's type")?.text();
        at.heading("Subsystem")?;
        let subsystems = at
            .one_line("the related development's subsystems, such as “IVET CVET”")?
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        out.push(Related {
            year,
            status,
            title,
            text,
            country,
            development_type,
            subsystems,
            line: first.line,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = include_str!("../../tests/fixtures/entry-2025.txt");

    /// The error reading the entry with `from` replaced by `to` (once).
    fn error(from: &str, to: &str) -> FormError {
        assert!(ENTRY.contains(from), "{from}");
        read(&ENTRY.replacen(from, to, 1)).expect_err("a departure from the form")
    }

    /// The line of the entry's text that starts with `start`.
    fn line_of(start: &str) -> usize {
        ENTRY
            .lines()
            .position(|l| l.starts_with(start))
            .expect(start)
            + 1
    }

    #[test]
    fn the_entry_reads() {
        let e = read(ENTRY).expect("the entry reads");
        assert_eq!(e.id_number, 28020);
        assert_eq!(e.country, "BELGIUM-FR");
        let first = line_of("2015 Implementation\t");
        assert_eq!(
            e.years.first().map(|y| (y.year, y.line)),
            Some((2015, first))
        );
        assert_eq!(e.years.iter().filter(|y| y.note.is_some()).count(), 7);
        assert_eq!(e.related.len(), 2);
        assert_eq!(e.related[1].development_type, "Strategy/Action plan");
        assert_eq!(e.related[1].subsystems, ["IVET", "CVET"]);
        let Block::List { items } = &e.background[4] else {
            panic!("a list");
        };
        assert_eq!(items.len(), 7, "(a) to (g), over two paragraphs");
        assert_eq!(items[1].sublist.len(), 3);
        assert_eq!(e.further_reading[0].url, None);
    }

    #[test]
    fn a_missing_id_number_line_is_named() {
        let e = error("ID number 28020\n", "");
        assert_eq!(e.line, line_of("ID number") + 1, "{e}");
        assert!(e.expected.contains("ID number 28020"), "{e}");
        assert_eq!(e.found, "“Background”");
        let e = error("ID number 28020", "ID number twenty");
        assert_eq!(e.line, line_of("ID number"), "{e}");
        assert_eq!(e.found, "“ID number twenty”");
    }

    #[test]
    fn a_timeline_cell_without_a_status_is_named() {
        let e = error("2018 Implementation\t", "2018\t");
        assert_eq!(e.line, line_of("2018"), "{e}");
        assert!(e.expected.contains("a year and its status"), "{e}");
        assert_eq!(e.found, "“2018”");
        let e = error("2017 Implementation\n", "2014 Implementation\n");
        assert!(e.expected.contains("a year after 2016"), "{e}");
    }

    #[test]
    fn a_cell_is_a_four_digit_year_and_a_status() {
        assert_eq!(
            cell(" 2019 Implementation "),
            Some((2019, "Implementation".into()))
        );
        assert_eq!(
            cell("2019 Legislative process"),
            Some((2019, "Legislative process".into()))
        );
        for bad in [
            "20190 Implementation",
            "2019",
            "2019 ",
            "year Implementation",
            "219 Pilot",
        ] {
            assert_eq!(cell(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_misspelt_heading_is_named() {
        let e = error("\nObjectives\n", "\nObjectivs\n");
        assert_eq!(e.line, line_of("Objectives"), "{e}");
        assert!(e.expected.starts_with("the heading “Objectives”"), "{e}");
        assert!(e.expected.contains("misspelt"), "{e}");
        assert_eq!(e.found, "“Objectivs”");
        // Two letters off in twelve is a misspelling; a heading rewritten is not.
        let e = error("\nTarget group\n", "\nTargt grup\n");
        assert_eq!(e.found, "“Targt grup”", "{e}");
        let e = error("\nBodies responsible\n", "\nBodies in charge\n");
        assert!(
            e.expected.starts_with("the heading “Bodies responsible”"),
            "{e}"
        );
        assert_eq!(e.found, "no such heading up to the end of the file");
    }

    #[test]
    fn a_cut_file_is_named_at_its_end() {
        let cut = &ENTRY[..ENTRY.find("Thematic categories").expect("there")];
        let e = read(cut).expect_err("cut short");
        assert_eq!(e.line, cut.lines().count() + 1, "{e}");
        assert!(
            e.expected.starts_with("the heading “Thematic categories”"),
            "{e}"
        );
        let cut = &ENTRY[..ENTRY.find("<https").expect("there")];
        let e = read(cut).expect_err("cut short");
        assert!(e.expected.starts_with("the entry's address"), "{e}");
        assert_eq!(e.found, "the end of the file");
        assert_eq!(read("").expect_err("empty").line, 1);
    }

    #[test]
    fn year_notes_follow_the_cells() {
        let e = error(
            "\n2021 Implementation\n\nIn 2021",
            "\n2021 Pilot\n\nIn 2021",
        );
        assert!(
            e.expected
                .starts_with("the year note's heading “2021 Implementation”"),
            "{e}"
        );
        assert_eq!(e.found, "“2021 Pilot”");
        assert!(
            e.expected.ends_with("(a year's note is one paragraph)"),
            "{e}"
        );
        let e = error("\n2019 Implementation\n", "\n2019 Pilot\n");
        assert_eq!(e.line, line_of("The platform") - 2, "{e}");
        assert_eq!(e.found, "“2019 Pilot”");
        let e = error(
            "offered.\n\nBodies responsible",
            "offered.\n\nA second paragraph.\n\nBodies responsible",
        );
        assert_eq!(e.found, "“A second paragraph.”");
        assert!(e.expected.contains("one paragraph"), "{e}");
        // A cell whose year has no heading among the notes.
        let e = error(
            "2025 Implementation\t",
            "2025 Implementation\t2026 Implementation",
        );
        assert_eq!(e.line, line_of("Bodies responsible"), "{e}");
        assert!(
            e.expected
                .starts_with("the year note's heading “2026 Implementation”"),
            "{e}"
        );
        assert_eq!(e.found, "the heading “Bodies responsible”");
    }

    #[test]
    fn whatever_follows_the_citation_is_a_departure() {
        let e = read(&format!("{ENTRY}\n\nMore text")).expect_err("more");
        assert_eq!(e.found, "“More text”");
        assert!(e.expected.starts_with("the end of the file"), "{e}");
    }
}
