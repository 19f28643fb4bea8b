//! `make import`: Cedefop's entry made into the dataset, whole or not at all.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use vet_timeline::editor::entry::read;
use vet_timeline::editor::import::{dataset, to_json};

const ENTRY: &str = include_str!("../public/data/entry.txt");
const DATASET: &str = include_str!("../public/data/timeline.json");
/// The tool's example: the 2025 edition's entry, and its import, frozen.
const FROZEN_ENTRY: &str = include_str!("fixtures/entry-2025.txt");
const FROZEN_DATASET: &str = include_str!("fixtures/timeline-2025.json");

#[test]
fn the_bundled_dataset_is_the_import_of_the_bundled_entry() {
    let entry = read(ENTRY).expect("the bundled entry reads");
    assert!(
        to_json(&dataset(&entry)) == DATASET,
        "public/data/timeline.json is not the import of public/data/entry.txt: \
         run `make import FILE=public/data/entry.txt`"
    );
}

/// A folder of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("import-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    dir
}

fn import(entry: &Path, out: &Path) -> (Option<i32>, String, String) {
    let run = Command::new(env!("CARGO_BIN_EXE_import"))
        .arg(entry)
        .arg(out)
        .output()
        .expect("the import runs");
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stdout).into_owned(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

#[test]
fn the_import_writes_the_whole_dataset_or_nothing() {
    let dir = scratch("whole");
    let (entry, out) = (dir.join("received.txt"), dir.join("data/timeline.json"));
    std::fs::create_dir_all(dir.join("data")).expect("a folder");
    std::fs::write(&entry, FROZEN_ENTRY).expect("written");
    let (code, said, _) = import(&entry, &dir);
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains("written from")
            && said.contains("3 developments, 2015–2025, edition: 2025 update"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(&out).expect("written"),
        FROZEN_DATASET
    );
    let kept = dir.join("data/entry.txt");
    assert_eq!(std::fs::read_to_string(&kept).expect("kept"), FROZEN_ENTRY);
    let (code, said, _) = import(&entry, &dir);
    assert_eq!(code, Some(0));
    assert!(said.contains("unchanged"), "{said}");

    // Departures from the form: named by line, and the dataset is left as it was.
    for (from, to, line_starts, says) in [
        ("ID number 28020\n", "", "Background", "ID number"),
        (
            "2018 Implementation\t",
            "2018\t",
            "2018",
            "a year and its status",
        ),
        ("\nObjectives\n", "\nObjectivs\n", "Objectivs", "misspelt"),
        (
            "2019 Implementation",
            "2019 Implemenation",
            "2019 Implemenation",
            "did you mean “Implementation”?",
        ),
    ] {
        let text = FROZEN_ENTRY.replace(from, to);
        std::fs::write(&entry, &text).expect("written");
        std::fs::write(&out, "as it was").expect("written");
        let (code, _, said) = import(&entry, &dir);
        let line = text
            .lines()
            .position(|l| l.contains(line_starts))
            .expect("a line")
            + 1;
        assert_eq!(code, Some(1), "{said}");
        assert!(
            said.contains(&format!(":line {line}: ")),
            "line {line}: {said}"
        );
        assert!(said.contains(says), "{says}: {said}");
        assert!(said.contains("not imported"), "{said}");
        assert_eq!(std::fs::read_to_string(&out).expect("there"), "as it was");
    }
    // A file cut short.
    std::fs::write(&entry, &FROZEN_ENTRY[..FROZEN_ENTRY.len() / 2]).expect("written");
    let (code, _, said) = import(&entry, &dir);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("the end of the file"), "{said}");
    assert_eq!(std::fs::read_to_string(&out).expect("there"), "as it was");
    assert_eq!(std::fs::read_to_string(&kept).expect("kept"), FROZEN_ENTRY);
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("data"))
        .expect("a folder")
        .collect();
    assert_eq!(leftovers.len(), 2, "nothing but the dataset and its entry");
    let _ = std::fs::remove_dir_all(&dir);
}
