//! `make check-data FILE=path/to/timeline.json`: reads a dataset as the app does, checks it as
//! the app does and, beyond what the app accepts, that every status is one of Cedefop's seven
//! stages; prints each problem by its line, development and year (`vet_timeline::editor::check`).
//! Exits with 1 on any problem (2 when it is not told which file).
//!
//!     cargo run --bin check_data -- FILE

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    use vet_timeline::data::load::read_text;
    use vet_timeline::editor::check::check;
    use vet_timeline::editor::import::summary;

    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: make check-data FILE=path/to/timeline.json");
        return ExitCode::from(2);
    };
    let text = match read_text(std::path::Path::new(&file)) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{file}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match check(&text) {
        Ok(data) => {
            println!("{file}: valid: {}", summary(&data));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                println!("{file}: {problem}");
            }
            eprintln!(
                "{file}: {} problem(s): correct them and check again before publishing (the app \
                 shows no dataset with any of them, but for an unknown status, which it shows \
                 as written, in a neutral look)",
                problems.len()
            );
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
