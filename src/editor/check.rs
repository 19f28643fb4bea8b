//! A dataset file checked for an editor (`make check-data`): read and validated as the app does
//! it ([`crate::data`]), and, beyond what the app accepts, every status one of Cedefop's seven
//! stages. Each problem names the development (its title and ID), the year where there is one,
//! and the line of the file; the field's path (`measures[0].timeline[11].status`) comes last, as
//! an aside.

use std::collections::HashMap;
use std::fmt;

use serde_json::value::RawValue;

use crate::data::load::{LoadError, MAX_DATASET_BYTES};
use crate::data::model::Dataset;
use crate::data::validate::validate;
use crate::editor::unknown_stage;

/// One problem, in an editor's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line of the file, where it is known.
    pub line: Option<usize>,
    /// The development it concerns: “title” (ID number 28020), where it concerns one.
    pub development: Option<String>,
    /// The year it concerns, where it concerns one.
    pub year: Option<i32>,
    /// What is wrong.
    pub message: String,
    /// The field, as a path (`measures[0].timeline[11].status`), where there is one.
    pub path: String,
}

/// `line 67: “Measures of guidance …” (ID number 28020), 2026: “Implemenation” is not one of
/// Cedefop's seven stages …: did you mean “Implementation”? (measures[0].timeline[11].status)`
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        match (&self.development, self.year) {
            (Some(d), Some(year)) => write!(f, "{d}, {year}: ")?,
            (Some(d), None) => write!(f, "{d}: ")?,
            (None, _) => {}
        }
        f.write_str(&self.message)?;
        if !self.path.is_empty() {
            write!(f, " ({})", self.path)?;
        }
        Ok(())
    }
}

/// The dataset in `text`, or every problem found in it.
pub fn check(text: &str) -> Result<Dataset, Vec<Problem>> {
    // The app reads no larger file (in its words, as it says it).
    if text.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem {
            line: None,
            development: None,
            year: None,
            message: LoadError::TooLarge { bytes: text.len() }.to_string(),
            path: String::new(),
        }]);
    }
    let dataset = Dataset::from_json_text(text).map_err(|e| {
        let (message, line) = split_position(&e.message);
        let path = e.path.trim_end_matches(".?").to_owned();
        let at = steps(&path);
        let in_timeline = at.contains(&Step::Key("timeline"));
        let raw = raw_named(text, &at).or_else(|| {
            let mut guess = named_before(text, line?)?;
            guess.year = guess.year.filter(|_| in_timeline);
            Some(guess)
        });
        let message = if message.starts_with("EOF while parsing") {
            "the file ends too soon: it may have been cut short".to_owned()
        } else if e.path.ends_with('?') || e.path.is_empty() && line.is_some() {
            format!(
                "the file stops being JSON here: {message} (often a comma missing at the end \
                 of the line before, or a quote left open)"
            )
        } else {
            message.to_owned()
        };
        vec![Problem {
            line,
            development: raw.as_ref().map(|r| named(&r.title, &r.id)),
            year: raw.and_then(|r| r.year),
            message,
            path,
        }]
    })?;
    let mut problems: Vec<Problem> = validate(&dataset)
        .into_iter()
        .map(|issue| problem(text, &dataset, issue.path, issue.message))
        .collect();
    for (i, m) in dataset.measures.iter().enumerate() {
        for (j, entry) in m.timeline.iter().enumerate() {
            if let Some(message) = unknown_stage(&entry.status) {
                let path = format!("measures[{i}].timeline[{j}].status");
                problems.push(problem(text, &dataset, path, message));
            }
        }
    }
    problems.sort_by_key(|p| p.line);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems)
    }
}

/// A problem at `path`, named by its development and year, with the line of the file.
fn problem(text: &str, dataset: &Dataset, path: String, message: String) -> Problem {
    let steps = steps(&path);
    let measure = measure_index(&path).and_then(|i| dataset.measures.get(i));
    let year = match (measure, steps.get(2), steps.get(3)) {
        (Some(m), Some(Step::Key("timeline")), Some(Step::Index(j))) => {
            m.timeline.get(*j).map(|e| e.year)
        }
        _ => None,
    };
    Problem {
        line: line_of(text, &steps),
        development: measure.map(|m| named(&m.title, &m.id)),
        year,
        message,
        path,
    }
}

/// A development as a message names it: “title” (ID number 28020), or (id be-fr-…) where it
/// has no ID number.
fn named(title: &str, id: &str) -> String {
    let title = crate::text::plain::cut(title, 60);
    if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
        format!("“{title}” (ID number {id})")
    } else {
        format!("“{title}” (id {id})")
    }
}

/// A step of a path: a member of an object, or an item of a list (from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The steps of a path as the app's messages write it (`measures[0].timeline[11].status`); up
/// to the first that is not one (serde's `?`).
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = vec![];
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if key == "?" {
            break;
        }
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        for index in indices.split('[') {
            match index.trim_end_matches(']').parse() {
                Ok(i) => out.push(Step::Index(i)),
                Err(_) => return out,
            }
        }
    }
    out
}

/// The measure a path is in (`measures[2]…` is 2).
fn measure_index(path: &str) -> Option<usize> {
    match steps(path)[..] {
        [Step::Key("measures"), Step::Index(i), ..] => Some(i),
        _ => None,
    }
}

/// The line (from 1) of the value at `steps` in the JSON `text`, or of the nearest value
/// around it that is there (a missing field: its object's line).
fn line_of(text: &str, steps: &[Step]) -> Option<usize> {
    let mut value: &RawValue = serde_json::from_str(text).ok()?;
    for step in steps {
        let next = match step {
            Step::Key(key) => serde_json::from_str::<HashMap<String, &RawValue>>(value.get())
                .ok()
                .and_then(|object| object.get(*key).copied()),
            Step::Index(i) => serde_json::from_str::<Vec<&RawValue>>(value.get())
                .ok()
                .and_then(|list| list.get(*i).copied()),
        };
        match next {
            Some(next) => value = next,
            None => break,
        }
    }
    // The value is a slice of `text`: its offset is where it starts.
    let offset = (value.get().as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    Some(text.get(..offset)?.matches('\n').count() + 1)
}

/// A measure's title and id, and the year of its timeline's entry, read from the JSON as it is
/// (for a file whose measures do not all read).
struct RawNamed {
    title: String,
    id: String,
    year: Option<i32>,
}

/// The measure and year at `steps`, read from the JSON `text` as it is.
fn raw_named(text: &str, steps: &[Step]) -> Option<RawNamed> {
    #[derive(serde::Deserialize)]
    struct Named<'a> {
        title: String,
        id: String,
        #[serde(borrow, default)]
        timeline: Vec<&'a RawValue>,
    }
    #[derive(serde::Deserialize)]
    struct Measures<'a> {
        #[serde(borrow)]
        measures: Vec<&'a RawValue>,
    }
    #[derive(serde::Deserialize)]
    struct Year {
        year: i32,
    }
    let [Step::Key("measures"), Step::Index(i), ref rest @ ..] = steps[..] else {
        return None;
    };
    let measures: Measures = serde_json::from_str(text).ok()?;
    let named: Named = serde_json::from_str(measures.measures.get(i)?.get()).ok()?;
    let year = match rest {
        [Step::Key("timeline"), Step::Index(j), ..] => named
            .timeline
            .get(*j)
            .and_then(|e| serde_json::from_str::<Year>(e.get()).ok())
            .map(|e| e.year),
        _ => None,
    };
    Some(RawNamed {
        title: named.title,
        id: named.id,
        year,
    })
}

/// In a file that is not JSON, the measure whose `"id"` comes last before `line` (ids are
/// written at the measures' level only), its title, and the year where the line is in its
/// timeline: a guess, which a message gives as where the file breaks.
fn named_before(text: &str, line: usize) -> Option<RawNamed> {
    let end = text
        .split_inclusive('\n')
        .take(line)
        .map(str::len)
        .sum::<usize>();
    let before = text.get(..end)?;
    let string_after = |from: &str, key: &str| -> Option<String> {
        let at = from.find(key)? + key.len();
        let rest = from.get(at..)?.trim_start().strip_prefix(':')?.trim_start();
        serde_json::Deserializer::from_str(rest)
            .into_iter::<String>()
            .next()?
            .ok()
    };
    let measure = before.get(before.rfind("\"id\"")?..)?;
    let id = string_after(measure, "\"id\"")?;
    let title = string_after(measure, "\"title\"").unwrap_or_default();
    let year = measure.rfind("\"year\"").and_then(|at| {
        let rest = measure.get(at + 6..)?.trim_start().strip_prefix(':')?;
        let digits: String = rest
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    });
    Some(RawNamed { title, id, year })
}

/// serde_json's message without its " at line L column C", and the line.
fn split_position(message: &str) -> (&str, Option<usize>) {
    let Some((before, position)) = message.rsplit_once(" at line ") else {
        return (message, None);
    };
    let line = position
        .split_once(" column ")
        .and_then(|(l, _)| l.parse().ok());
    match line {
        Some(line) => (before, Some(line)),
        None => (message, None),
    }
}
