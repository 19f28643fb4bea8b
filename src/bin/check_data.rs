//! `make check-data FILE=path/to/timeline.json`: reads a dataset with the app's own loader and
//! validation, and prints each problem by its path, as the app's error page does. Exits with 1
//! on any problem (2 when it is not told which file).
//!
//!     cargo run --bin check_data -- FILE

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    use vet_timeline::data::load::{read_dataset, FileError, LoadError};
    use vet_timeline::text::vocab::Stage;

    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: make check-data FILE=path/to/timeline.json");
        return ExitCode::from(2);
    };
    match read_dataset(std::path::Path::new(&file)) {
        Ok(data) => {
            // Not a problem, but worth knowing: a status that is none of Cedefop's seven
            // stages is shown as written, in English, in a neutral style.
            for (i, m) in data.measures.iter().enumerate() {
                for (j, entry) in m.timeline.iter().enumerate() {
                    if Stage::of(&entry.status).is_none() {
                        println!(
                            "{file}: note: measures[{i}].timeline[{j}].status: “{}” is not one of \
                             the seven stages; it is shown as written, in English",
                            entry.status
                        );
                    }
                }
            }
            println!(
                "{file}: valid: {} developments, {}–{}",
                data.measures.len(),
                data.years.from,
                data.years.to
            );
            ExitCode::SUCCESS
        }
        Err(FileError::Load(LoadError::Invalid { issues })) => {
            for issue in &issues {
                println!("{file}: {issue}");
            }
            eprintln!(
                "{file}: {} problem(s); the app would not show it",
                issues.len()
            );
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("{file}: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
