//! `make dist`'s last step: writes each view the app hands out as a page of its own
//! (`dist/<path>index.html`, the default view in `dist/index.html`: see
//! `vet_timeline::prerender`), the script that runs before the app (`dist/early.js`), and the
//! whole dataset as CSV (`dist/data/timeline.csv`).
//!
//!     cargo run --bin prerender -- DIST [SITE_URL]
//!
//! `SITE_URL`, the public address of the app's folder (`https://www.example.gov/vet/timeline/`),
//! makes the link previews' addresses absolute (canonical link, alternates, `og:url`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use vet_timeline::browse::export::{csv, CSV_PATH};
    use vet_timeline::data::load::{read_dataset, read_text, FileError, DATASET_PATH};
    use vet_timeline::prerender::described::citation_files;
    use vet_timeline::prerender::early::{script, EARLY_JS};
    use vet_timeline::prerender::pages::{pages, pictures, write_out};
    use vet_timeline::prerender::preview::Painter;
    use vet_timeline::prerender::{loaded, site_folder};
    use vet_timeline::text::i18n::{parse_table, Lang};

    let mut args = std::env::args().skip(1);
    let dist = args.next().unwrap_or_else(|| "dist".to_owned());
    let site = site_folder(args.next().as_deref());
    let dist = Path::new(&dist);
    let run = || -> Result<(usize, usize), String> {
        // Each file read as the app reads it (see `data::load::read_text`).
        let failed = |file: &str, e: FileError| {
            let hint = match e {
                FileError::Unreadable(_) => " (run `make dist`)",
                FileError::Load(_) => "",
            };
            format!("prerender: {}: {e}{hint}", dist.join(file).display())
        };
        let read = |file: &str| read_text(&dist.join(file)).map_err(|e| failed(file, e));
        let write = |file: &str, bytes: &[u8]| {
            let path = dist.join(file);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder)
                    .map_err(|e| format!("prerender: cannot make {}: {e}", folder.display()))?;
            }
            std::fs::write(&path, bytes).map_err(|e| format!("prerender: cannot write {file}: {e}"))
        };
        let data = read_dataset(&dist.join(DATASET_PATH)).map_err(|e| failed(DATASET_PATH, e))?;
        for lang in Lang::ALL.into_iter().filter(|l| l.loaded().is_none()) {
            let strings = parse_table(&read(&lang.file())?)
                .map_err(|e| format!("prerender: {}: {e}", lang.file()))?;
            lang.install(strings);
        }
        // The whole dataset as CSV, beside it: what the page's download link leads to before
        // (and without) the app.
        let all: Vec<usize> = (0..data.measures.len()).collect();
        write(CSV_PATH, csv(&data, &all).as_bytes())?;
        // Each citation for reference managers (the card's RIS and BibTeX links).
        for (path, text) in citation_files(&data) {
            write(&path, text.as_bytes())?;
        }
        let loaded = loaded(data);
        write(EARLY_JS, script(&pages(&loaded)).as_bytes())?;
        // Each page's picture for link previews, once per picture.
        let painter = Painter::new().map_err(|e| format!("prerender: {e}"))?;
        for (file, svg) in pictures(&loaded) {
            let png = painter
                .png(&svg)
                .map_err(|e| format!("prerender: {file}: {e}"))?;
            write(&file, &png)?;
        }
        let index = read("index.html")?;
        let written =
            write_out(&index, &loaded, site.as_deref()).map_err(|e| format!("prerender: {e}"))?;
        let mut bytes = 0;
        for (path, html) in &written {
            write(&format!("{path}index.html"), html.as_bytes())?;
            bytes += html.len();
        }
        Ok((written.len(), bytes))
    };
    match run() {
        Ok((pages, bytes)) => {
            println!(
                "prerender: {pages} pages ({bytes} bytes) written in {}{}",
                dist.display(),
                if site.is_some() {
                    ", with their public addresses"
                } else {
                    ""
                },
            );
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
