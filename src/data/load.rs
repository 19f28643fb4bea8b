//! Loading the dataset: fetching it (gloo-net), parsing it (serde_json), validating it, and
//! saying what went wrong.

use std::fmt;
use std::sync::Arc;

use crate::data::model::Dataset;
use crate::data::validate::{validate, Issue};
use crate::text::i18n::{fill, Strings, EN};
use crate::text::plain::cut;

/// Where the dataset is: what the app shows while it loads, when it fails, and once it is here.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// On its way.
    Loading,
    /// It could not be shown.
    Failed(LoadError),
    /// Here.
    Ready(Arc<Dataset>),
}

impl LoadState {
    /// The state a downloaded dataset's text (or the reason it could not be had) leads to.
    pub fn from_text(text: Result<String, LoadError>) -> LoadState {
        match text.and_then(|t| parse_dataset(&t)) {
            Ok(data) => LoadState::Ready(Arc::new(data)),
            Err(error) => LoadState::Failed(error),
        }
    }
}

/// Loads (again) the dataset into `load` (in the browser; natively, it stays loading).
pub fn start_loading(load: leptos::prelude::RwSignal<LoadState>) {
    use leptos::prelude::Set;
    load.set(LoadState::Loading);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        let text = fetch_text(DATASET_PATH).await;
        let state = LoadState::from_text(text);
        // The page is made in a task of its own: reading a dataset is one already.
        leptos::prelude::set_timeout(move || load.set(state), std::time::Duration::ZERO);
    });
}

/// Where the bundled dataset lives, relative to the page.
pub const DATASET_PATH: &str = "data/timeline.json";

/// The largest dataset accepted, in bytes (a whole-Europe dataset is a few megabytes).
pub const MAX_DATASET_BYTES: usize = 32 * 1024 * 1024;

/// Why the dataset could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// No answer came back: offline, blocked, or the server is down.
    Unreachable {
        /// What the browser said.
        detail: String,
    },
    /// The server answered with an error status (404 when the file is missing).
    Status {
        /// The HTTP status.
        status: u16,
    },
    /// The file is larger than [`MAX_DATASET_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file is not JSON, or not JSON shaped as a dataset.
    Malformed {
        /// The parser's explanation, with line and column.
        detail: String,
    },
    /// The file is a dataset, but its content does not hold together.
    Invalid {
        /// Every problem found.
        issues: Vec<Issue>,
    },
}

impl LoadError {
    /// What went wrong, in the language of `t`, for a person who can act on it; for an invalid
    /// dataset, the sentence that heads the list of its problems.
    pub fn message(&self, t: &Strings) -> String {
        match self {
            LoadError::Unreachable { detail } => fill(t.error_unreachable, &[("detail", detail)]),
            LoadError::Status { status: 404 } => fill(t.error_missing, &[("path", DATASET_PATH)]),
            LoadError::Status { status } => {
                fill(t.error_status, &[("status", &status.to_string())])
            }
            LoadError::TooLarge { bytes } => fill(
                t.error_too_large,
                &[
                    ("bytes", &bytes.to_string()),
                    ("limit", &MAX_DATASET_BYTES.to_string()),
                ],
            ),
            LoadError::Malformed { detail } => fill(t.error_malformed, &[("detail", detail)]),
            LoadError::Invalid { .. } => t.dataset_invalid.to_owned(),
        }
    }
}

/// In English (the interface's words, [`LoadError::message`]), with an invalid dataset's
/// problems, one per line.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(&EN))?;
        if let LoadError::Invalid { issues } = self {
            for issue in issues {
                write!(f, "\n- {issue}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// The example dataset of the rules' tests: the 2025 edition, frozen (`tests/fixtures/`), so that a
/// yearly update of the bundled dataset changes none of them.
#[cfg(test)]
pub(crate) fn example() -> Dataset {
    parse_dataset(include_str!("../../tests/fixtures/timeline-2025.json"))
        .expect("the example dataset")
}

/// Parses and validates the text of a dataset file.
pub fn parse_dataset(text: &str) -> Result<Dataset, LoadError> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let mut dataset = Dataset::from_json_text(text).map_err(|e| LoadError::Malformed {
        detail: cut(&e.to_string(), MAX_DETAIL_CHARS),
    })?;
    let issues = validate(&dataset);
    if issues.is_empty() {
        dataset.source = text.into();
        Ok(dataset)
    } else {
        Err(LoadError::Invalid { issues })
    }
}

/// The body of the file at `path` in the app's folder (so any sub-path works, from a page at any
/// depth below it), as text, fetched with gloo-net; or why it could not be had.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(path: &str) -> Result<String, LoadError> {
    let url = format!("{}{path}", crate::web::browser::app_folder());
    let unreachable = |e: gloo_net::Error| LoadError::Unreachable {
        detail: cut(&e.to_string(), MAX_DETAIL_CHARS),
    };
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(unreachable)?;
    if !response.ok() {
        return Err(LoadError::Status {
            status: response.status(),
        });
    }
    // As bytes, read as UTF-8 in the wasm: the browser does not decode the text into a
    // JavaScript string only for it to be encoded again into the wasm's memory (13 ms of the
    // start at 1,000 developments).
    let bytes = response.binary().await.map_err(unreachable)?;
    utf8_text(bytes)
}

/// Why a build program could not read a file of the app's folder as the app reads it.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be opened or read (the system's reason).
    #[error("cannot be read: {0}")]
    Unreadable(std::io::Error),
    /// It was read, and is not what the app can show: as the app would say.
    #[error("{0}")]
    Load(LoadError),
}

/// The text of the file at `path`, read as the app reads a download ([`utf8_text`]): what the
/// build programs read (the dataset, the translation files, the page Trunk wrote).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_text(path: &std::path::Path) -> Result<String, FileError> {
    let bytes = std::fs::read(path).map_err(FileError::Unreadable)?;
    utf8_text(bytes).map_err(FileError::Load)
}

/// The dataset in the file at `path`, read, parsed and validated as the app does.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_dataset(path: &std::path::Path) -> Result<Dataset, FileError> {
    parse_dataset(&read_text(path)?).map_err(FileError::Load)
}

/// `bytes` as text: UTF-8, without a byte order mark at the start (as browsers read a file).
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, LoadError> {
    let mut text = String::from_utf8(bytes).map_err(|e| LoadError::Malformed {
        detail: format!(
            "it is not UTF-8 text (byte {} is not)",
            e.utf8_error().valid_up_to() + 1
        ),
    })?;
    const BOM: char = '\u{feff}';
    if text.starts_with(BOM) {
        text.drain(..BOM.len_utf8());
    }
    Ok(text)
}

/// The longest explanation quoted from the parser or the browser, in characters: a hostile
/// file cannot flood the page with its own words.
const MAX_DETAIL_CHARS: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_as_utf8_without_its_byte_order_mark() {
        let text = |bytes: &[u8]| utf8_text(bytes.to_vec());
        assert_eq!(
            text("Cité des métiers".as_bytes()),
            Ok("Cité des métiers".into())
        );
        assert_eq!(text(b"\xEF\xBB\xBF{}"), Ok("{}".into()));
        assert_eq!(text(b"{\xEF\xBB\xBF}"), Ok("{\u{feff}}".into()));
        assert_eq!(text(b""), Ok(String::new()));
        let error = text(b"{\"a\xFFb\"}").expect_err("not UTF-8").to_string();
        assert!(
            error.contains("damaged") && error.contains("not UTF-8 text (byte 4 is not)"),
            "{error}"
        );
    }

    #[test]
    fn the_example_dataset_loads() {
        let text = include_str!("../../tests/fixtures/timeline-2025.json");
        let dataset = parse_dataset(text).expect("the example dataset is valid");
        assert_eq!(dataset.measures[0].id, "28020");
        assert_eq!(dataset.measures.len(), 3);
    }

    #[test]
    fn malformed_json_says_where() {
        let err = parse_dataset("{\"format\": \"vet-policy-timeline\",\n  \"version\": 1,\n  oops")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "The timeline's data file is damaged and cannot be read: key must be a string at line 3 column 3."
        );
    }

    #[test]
    fn json_of_the_wrong_shape_is_malformed() {
        let err = parse_dataset(
            "{\"format\": \"vet-policy-timeline\", \"version\": 1, \"measures\": [{\"id\": \"1\"}]}",
        )
        .unwrap_err();
        let LoadError::Malformed { detail } = err else {
            panic!("expected a malformed error, got {err:?}");
        };
        assert!(
            detail.starts_with("measures[0].title: is missing at line 1 column "),
            "{detail}"
        );
    }

    #[test]
    fn a_file_without_measures_is_malformed() {
        let err =
            parse_dataset("{\"format\": \"vet-policy-timeline\", \"version\": 1}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "The timeline's data file is damaged and cannot be read: measures: is missing at line 1 column 47."
        );
    }

    #[test]
    fn invalid_content_lists_every_issue() {
        let text = r#"{"format": "vet-policy-timeline", "version": 1, "measures": [
            {"id": "28020", "cedefop_id": 28020, "title": "", "country": "BELGIUM-FR",
             "timeline": [{"year": 2031, "status": "Implementation"}]}]}"#;
        let err = parse_dataset(text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "The timeline's data file has problems, so it is not shown. Whoever publishes this page \
             should correct these:\n\
             - measures[0].title: is empty\n\
             - measures[0].timeline[0].year: 2031 is outside 2015–2025"
        );
    }

    #[test]
    fn missing_file_message_tells_the_publisher_what_to_do() {
        let message = LoadError::Status { status: 404 }.to_string();
        assert!(message.contains("data/timeline.json"), "{message}");
        assert!(message.contains("was not found"), "{message}");
    }

    #[test]
    fn hostile_values_do_not_flood_the_message() {
        let hostile = format!(
            "{{\"format\": \"f\", \"version\": 1, \"measures\": [{{\"id\": \"a\", \"title\": \"T\", \
             \"country\": \"C\", \"background\": [{{\"type\": \"{}\"}}]}}]}}",
            "<b>".repeat(1000)
        );
        let LoadError::Malformed { detail } = parse_dataset(&hostile).unwrap_err() else {
            panic!("expected a malformed error");
        };
        assert!(detail.contains("is not a kind of block"), "{detail}");
        assert!(detail.chars().count() < 200, "{detail}");
    }
}
