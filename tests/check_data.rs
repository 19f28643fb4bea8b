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
fn a_valid_dataset_passes_and_its_unknown_statuses_are_noted() {
    let (code, out, _) = check("tests/fixtures/seven-stages.json");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("valid: 3 developments, 2012–2027"), "{out}");
    assert!(
        out.contains(
            "note: measures[2].timeline[7].status: “Under review” is not one of the seven stages"
        ),
        "{out}"
    );
    let (code, out, _) = check("public/data/timeline.json");
    assert_eq!(code, Some(0), "{out}");
    assert!(!out.contains("note:"), "{out}");
}

#[test]
fn each_problem_is_printed_by_its_path_and_the_check_fails() {
    let dir = std::env::temp_dir().join(format!("check-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let file = dir.join("timeline.json");
    let text = include_str!("fixtures/seven-stages.json")
        .replacen("\"year\": 2013", "\"year\": 2031", 1)
        .replacen("\"to\": 2027", "\"to\": 2026", 1);
    std::fs::write(&file, text).expect("written");
    let (code, out, err) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(
        out.contains("measures[0].timeline[1].year: 2031 is outside 2012–2026"),
        "{out}"
    );
    assert!(
        out.contains("measures[0].timeline[15].year: 2027 is outside 2012–2026"),
        "{out}"
    );
    assert!(err.contains("problem(s)"), "{err}");
    let (code, _, err) = check(dir.join("missing.json").to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(err.contains("cannot be read"), "{err}");
    std::fs::write(&file, "{\"format\": ").expect("written");
    let (code, _, err) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(err.contains("damaged"), "{err}");
    // Read as the app reads it: a byte order mark is no matter, other bytes are named.
    let valid = include_bytes!("fixtures/seven-stages.json");
    std::fs::write(&file, [&b"\xEF\xBB\xBF"[..], valid].concat()).expect("written");
    let (code, out, _) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(0), "{out}");
    std::fs::write(&file, b"{\"a\xFF\"}").expect("written");
    let (code, _, err) = check(file.to_str().expect("a path"));
    assert_eq!(code, Some(1));
    assert!(err.contains("not UTF-8 text (byte 4 is not)"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
