//! The data out: the developments of a view as a CSV table (a row per year of each one's
//! timeline) or as a dataset file of this app's own format, for researchers.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::data::markup;
use crate::data::model::{Block, Dataset, ListItem, Measure, Years, FORMAT, VERSION};
use crate::data::sorted::Keyed;

/// The name a downloaded CSV file is given.
pub const CSV_NAME: &str = "vet-policy-timeline.csv";
/// The name a downloaded dataset file is given.
pub const JSON_NAME: &str = "vet-policy-timeline.json";
/// Where the whole dataset as CSV is written at build time, beside the dataset (relative to the
/// page): what the page links to before (and without) the app.
pub const CSV_PATH: &str = "data/timeline.csv";

/// The CSV's columns.
const HEADER: [&str; 7] = [
    "id",
    "title",
    "country",
    "type of development",
    "year",
    "stage",
    "note",
];

/// The developments at `found` (indices into `data`, in that order) as CSV (RFC 4180: commas,
/// CRLF line ends, a field quoted where it holds a comma, a quote or a line break): a header,
/// then one row per year of each development's timeline, with its stage as the dataset writes it
/// and its note as a reader reads it (without markup). UTF-8 with a byte-order mark, which
/// Excel needs to read the accents right (LibreOffice ignores it).
pub fn csv(data: &Dataset, found: &[usize]) -> String {
    let mut out = String::from("\u{feff}");
    row(&mut out, HEADER);
    for m in found.iter().filter_map(|&i| data.measures.get(i)) {
        for entry in &m.timeline {
            let note = entry.note.as_deref().map(markup::plain_text);
            row(
                &mut out,
                [
                    &m.id,
                    &m.title,
                    &m.country,
                    m.development_type.as_deref().unwrap_or_default(),
                    &entry.year.to_string(),
                    &entry.status,
                    note.as_deref().unwrap_or_default(),
                ],
            );
        }
    }
    out
}

/// Writes one CSV row of `fields` to `out`.
fn row<const N: usize>(out: &mut String, fields: [&str; N]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// The indices of the developments at `found`, with every development they refer to (related
/// developments, and links in their texts), again and again, in the dataset's order: a dataset
/// that stands alone, whose references all resolve.
pub fn with_references(data: &Dataset, found: &[usize]) -> Vec<usize> {
    let ids = Keyed::ids(data);
    let mut taken = vec![false; data.measures.len()];
    let mut todo: Vec<usize> = found.iter().copied().filter(|&i| i < taken.len()).collect();
    while let Some(i) = todo.pop() {
        if std::mem::replace(&mut taken[i], true) {
            continue;
        }
        for id in references(&data.measures[i]) {
            if let Some(j) = ids.first(&id).filter(|j| !taken[*j]) {
                todo.push(j);
            }
        }
    }
    (0..taken.len()).filter(|&i| taken[i]).collect()
}

/// The ids `m` refers to: its related developments, and the measures its texts link to.
fn references(m: &Measure) -> Vec<String> {
    fn items(list: &[ListItem], out: &mut Vec<String>) {
        for item in list {
            out.extend(markup::link_targets(&item.text));
            items(&item.sublist, out);
        }
    }
    let mut out = m.related.clone();
    for (_, blocks) in m.text_sections() {
        for block in blocks {
            match block {
                Block::Paragraph { text } => out.extend(markup::link_targets(text)),
                Block::List { items: list } => items(list, &mut out),
            }
        }
    }
    for note in m.timeline.iter().filter_map(|e| e.note.as_deref()) {
        out.extend(markup::link_targets(note));
    }
    if let Some(citation) = &m.citation {
        out.extend(markup::link_targets(&citation.text));
    }
    out
}

/// Why a dataset file of a view cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The developments could not be written as a dataset file: {0}")]
pub struct ExportError(String);

/// The measures of a dataset file, each as the file writes it.
#[derive(Deserialize)]
struct RawMeasures<'a> {
    #[serde(borrow)]
    measures: Vec<&'a RawValue>,
}

/// The developments at `found`, with those they refer to ([`with_references`]), as a dataset
/// file of this app's own format: each measure exactly as `source` (the text `data` was read
/// from) writes it, so that the file reads back in the app with the same content. (Around them,
/// the file's head holds only what validation has checked: its format and version, which are
/// this app's, whether it is synthetic, and its years, all numbers or words without quotes to
/// escape; serde_json's serializer would cost kilobytes of wasm for them.)
pub fn json(data: &Dataset, source: &str, found: &[usize]) -> Result<String, ExportError> {
    let raw: RawMeasures = serde_json::from_str(source).map_err(|e| ExportError(e.to_string()))?;
    if raw.measures.len() != data.measures.len() {
        return Err(ExportError(
            "the data file has changed since it was read".to_owned(),
        ));
    }
    if data.format != FORMAT || data.version != VERSION {
        return Err(ExportError(
            "the data file is not of this app's format".to_owned(),
        ));
    }
    let Years { from, to } = data.years;
    let synthetic = if data.synthetic { "true" } else { "false" };
    let mut out = [
        "{\"format\":\"",
        FORMAT,
        "\",\"version\":",
        &VERSION.to_string(),
        ",\"synthetic\":",
        synthetic,
        ",\"years\":{\"from\":",
        &from.to_string(),
        ",\"to\":",
        &to.to_string(),
        "},\"measures\":[",
    ]
    .concat();
    for (n, i) in with_references(data, found).into_iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(raw.measures[i].get());
    }
    out.push_str("]}");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_dataset;

    const STAGES: &str = include_str!("../../tests/fixtures/seven-stages.json");

    fn stages() -> Dataset {
        parse_dataset(STAGES).expect("the seven-stage dataset")
    }

    /// The CSV's records, read back with a CSV parser.
    fn records(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("a record").iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn the_csv_has_a_header_and_a_row_per_year_of_each_timeline_and_reads_back() {
        let d = stages();
        let text = csv(&d, &[1, 0]);
        assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains("\r"));
        let rows = records(&text);
        assert_eq!(rows[0], HEADER);
        assert_eq!(rows.len(), 1 + 4 + 16, "a header, 4 years, then 16");
        assert_eq!(
            rows[1],
            [
                "synthetic-stopped",
                "Synthetic pilot that was stopped",
                "SYNTHETIA",
                "PRACTICAL MEASURE/INITIATIVE",
                "2018",
                "Design",
                ""
            ]
        );
        assert_eq!(
            rows[4][5..],
            [
                "Discontinued",
                "Stopped after the pilot; see the évaluation, part 2."
            ]
        );
        // The stage as the dataset writes it, the note with its comma, quotes and line break.
        let completed = &rows[5 + 14];
        assert_eq!(completed[4..6], ["2026", "Completed"]);
        assert_eq!(
            completed[6],
            "The measure was completed in 2026; its \"final report\", with figures,\nwas published."
        );
        assert!(text.contains("\"The measure was completed in 2026; its \"\"final report\"\", with figures,\nwas published.\"\r\n"));
        assert_eq!(rows[5 + 3][5], "Approved/Agreed");
    }

    #[test]
    fn a_field_is_quoted_where_it_holds_a_comma_a_quote_or_a_line_break() {
        let mut out = String::new();
        row(&mut out, ["a\nb", "c\rd", "plain", "x,y", "say \"hi\"", ""]);
        assert_eq!(
            out,
            "\"a\nb\",\"c\rd\",plain,\"x,y\",\"say \"\"hi\"\"\",\r\n"
        );
    }

    #[test]
    fn notes_are_written_as_read_and_empty_views_have_a_header() {
        let d = crate::data::load::example();
        let rows = records(&csv(&d, &[0]));
        assert_eq!(rows.len(), 12);
        // 2019's note, without its markup.
        let note = &rows[5][6];
        assert!(!note.contains('*') && !note.contains("measure:"), "{note}");
        assert_eq!(records(&csv(&d, &[])), [HEADER]);
    }

    #[test]
    fn the_dataset_file_holds_the_view_and_what_it_refers_to_and_reads_back() {
        let d = stages();
        assert_eq!(with_references(&d, &[2]), [2]);
        assert_eq!(with_references(&d, &[0]), [0, 1, 2]);
        assert_eq!(with_references(&d, &[2, 1, 99]), [1, 2]);
        let text = json(&d, STAGES, &[2]).expect("written");
        let back = parse_dataset(&text).expect("reads back in the app");
        assert_eq!(back.years, d.years);
        assert!(back.synthetic);
        assert_eq!(back.measures, [d.measures[2].clone()]);
        let all = parse_dataset(&json(&d, STAGES, &[0]).expect("written")).expect("reads back");
        assert_eq!(all.measures, d.measures);
        // The bundled dataset: the PEQ alone links to 28020, which brings the rest.
        let b = crate::data::load::example();
        let peq = b
            .position("be-fr-vocational-education-pathway-peq")
            .expect("the PEQ");
        let written = parse_dataset(&json(&b, &b.source, &[peq]).expect("written")).expect("reads");
        assert!(written.measures.iter().any(|m| m.id == b.measures[peq].id));
        assert!(!written.synthetic && written.years == b.years);
        assert!(json(&b, "{}", &[0]).is_err());
        assert!(json(&b, r#"{"measures": []}"#, &[0]).is_err());
    }
}
