//! `make import FILE=entry.txt`: reads Cedefop's entry from the text of its page and writes the
//! dataset the app reads, with the entry's text beside it (`public/data/timeline.json` and
//! `public/data/entry.txt`, or in the folder named second), whole or not at all: where the text
//! departs from the entry's form, or says what cannot be published as it is, it says where (by
//! the entry's lines) and writes nothing (`vet_timeline::editor::import`).
//!
//!     cargo run --bin import -- ENTRY [FOLDER]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;
    use vet_timeline::data::load::{read_text, DATASET_PATH};
    use vet_timeline::editor::import::{import, summary, ImportError};
    use vet_timeline::editor::ENTRY_PATH;

    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: make import FILE=path/to/entry.txt");
        return ExitCode::from(2);
    };
    let folder = args.next().unwrap_or_else(|| "public".to_owned());
    let (dataset_file, entry_file) = (
        Path::new(&folder).join(DATASET_PATH),
        Path::new(&folder).join(ENTRY_PATH),
    );
    let unchanged = || {
        eprintln!(
            "{file}: not imported; {} is as it was",
            dataset_file.display()
        );
        ExitCode::FAILURE
    };
    let text = match read_text(Path::new(&file)) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: {e}");
            return unchanged();
        }
    };
    let imported = match import(&text) {
        Ok(imported) => imported,
        Err(ImportError::Form(e)) => {
            eprintln!("{file}:{e}");
            return unchanged();
        }
        Err(ImportError::Problems(problems)) => {
            for problem in problems {
                eprintln!("{file}:{problem}");
            }
            return unchanged();
        }
    };
    let same = |path: &Path, text: &str| std::fs::read_to_string(path).is_ok_and(|t| t == text);
    if same(&dataset_file, &imported.json) && same(&entry_file, &text) {
        println!(
            "{}: unchanged (it is already the import of {file})",
            dataset_file.display()
        );
        return ExitCode::SUCCESS;
    }
    // Whole or not at all: both written beside their places, then put in them.
    let parts_written = [(&dataset_file, &imported.json), (&entry_file, &text)]
        .iter()
        .try_for_each(|(path, text)| std::fs::write(path.with_extension("part"), text));
    let placed = parts_written.and_then(|()| {
        std::fs::rename(dataset_file.with_extension("part"), &dataset_file)?;
        std::fs::rename(entry_file.with_extension("part"), &entry_file)
    });
    if let Err(e) = placed {
        for path in [&dataset_file, &entry_file] {
            let _ = std::fs::remove_file(path.with_extension("part"));
        }
        eprintln!("{folder}: cannot be written: {e}");
        return unchanged();
    }
    println!(
        "{}: written from {file}, with a copy of it as {}: {}",
        dataset_file.display(),
        entry_file.display(),
        summary(&imported.dataset)
    );
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
