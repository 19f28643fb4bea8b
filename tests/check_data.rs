//! `make check-data`: the dataset check a maintainer runs before publishing an update.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn check(file: &str) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check_data"))
        .arg(file)
        .output()
        .expect("the check runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_valid_dataset_passes_with_its_span_and_edition() {
    let (code, out, _) = check("tests/fixtures/timeline-2025.json");
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("valid: 3 developments, 2015–2025, edition: 2025 update"),
        "{out}"
    );
    // The bundled one, whatever its edition.
    let (code, out, _) = check("public/data/timeline.json");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("valid: "), "{out}");
}

#[test]
fn a_dataset_larger_than_the_app_reads_fails_as_the_app_would() {
    // Valid JSON, a valid dataset but for its size: spaces after the last brace.
    let dir = scratch("large");
    let file = dir.join("timeline.json");
    let text = include_str!("fixtures/timeline-2025.json");
    let limit = vet_timeline::data::load::MAX_DATASET_BYTES;
    std::fs::write(&file, format!("{text}{}", " ".repeat(limit))).expect("written");
    let (code, out, err) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1), "{out}");
    let bytes = text.len() + limit;
    assert!(
        out.contains(&format!(
            "The timeline's data file is too large to show ({bytes} bytes; the limit is {limit})."
        )),
        "{out}"
    );
    assert!(err.contains("1 problem(s)"), "{err}");
    // At the limit, it is read.
    std::fs::write(&file, format!("{text}{}", " ".repeat(limit - text.len()))).expect("written");
    let (code, out, _) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(0), "{out}");
    // (32 MB, not left behind.)
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_status_that_is_none_of_the_seven_stages_fails_with_the_nearest() {
    // A status the app has no look for is a mistake until the code learns it.
    let (code, out, err) = check("tests/fixtures/seven-stages.json");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "line 173: “Synthetic agreement, under review” (id synthetic-agreed), 2027: “Under \
             review” is not one of Cedefop's seven stages"
        ),
        "{out}"
    );
    assert!(err.contains("1 problem(s)"), "{err}");
    let dir = scratch("stage");
    let file = dir.join("timeline.json");
    let text = include_str!("fixtures/timeline-2025.json");
    let misspelt = text.replacen(
        "\"status\": \"Discontinued\"",
        "\"status\": \"Discontinud\"",
        1,
    );
    std::fs::write(&file, &misspelt).expect("written");
    let (code, out, _) = check(file.to_str().expect("a path"));
    let line = line_of(&misspelt, "Discontinud");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(&format!(
            "line {line}: “Social partner pact for employment and training” (id \
             be-fr-social-partner-pact-employment-training), 2017: “Discontinud” is not one of \
             Cedefop's seven stages"
        )),
        "{out}"
    );
    assert!(
        out.contains("did you mean “Discontinued”? (measures[2].timeline[0].status)"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A folder of its own for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("check-data-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    dir
}

/// The line (from 1) of `text` where `part` first is.
fn line_of(text: &str, part: &str) -> usize {
    text.lines().position(|l| l.contains(part)).expect(part) + 1
}

#[test]
fn each_problem_names_its_development_year_and_line_and_the_check_fails() {
    let dir = scratch("problems");
    let file = dir.join("timeline.json");
    let text = include_str!("fixtures/timeline-2025.json")
        .replacen("\"year\": 2016", "\"year\": 2031", 1)
        .replacen("\"to\": 2025", "\"to\": 2024", 1);
    std::fs::write(&file, &text).expect("written");
    let (code, out, err) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1));
    let measure = "“Measures of guidance and promotion of work-based learning” (ID number 28020)";
    assert!(
        out.contains(&format!(
            "line {}: {measure}, 2031: 2031 is outside 2015–2024 (measures[0].timeline[1].year)",
            line_of(&text, "2031")
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("{measure}, 2025: 2025 is outside 2015–2024")),
        "{out}"
    );
    assert!(err.contains("problem(s)"), "{err}");
    // A file that is not JSON: the line, and where in the dataset it breaks.
    let broken = include_str!("fixtures/timeline-2025.json").replacen(
        "\"Implementation\",\n          \"note\": \"In 2021",
        "\"Implementation\"\n          \"note\": \"In 2021",
        1,
    );
    std::fs::write(&file, &broken).expect("written");
    let (code, out, _) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(
        out.contains(&format!(
            "line {}: {measure}, 2021: the file stops being JSON here: expected `,` or `}}`",
            line_of(&broken, "\"note\": \"In 2021")
        )),
        "{out}"
    );
    let (code, _, err) = check(dir.join("missing.json").to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(err.contains("cannot be read"), "{err}");
    std::fs::write(&file, "{\"format\": ").expect("written");
    let (code, out, _) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(out.contains("line 1: the file ends too soon"), "{out}");
    // Read as the app reads it: a byte order mark is no matter, other bytes are named.
    let valid = include_bytes!("fixtures/timeline-2025.json");
    std::fs::write(&file, [&b"\xEF\xBB\xBF"[..], valid].concat()).expect("written");
    let (code, out, _) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(0), "{out}");
    std::fs::write(&file, b"{\"a\xFF\"}").expect("written");
    let (code, _, err) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(err.contains("not UTF-8 text (byte 4 is not)"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
