//! `make dist`'s last step: writes the default view into `dist/index.html`, the view of every
//! link the app hands out into `dist/views/` (see `vet_timeline::prerender`), and the whole
//! dataset as CSV into `dist/data/timeline.csv`.
//!
//!     cargo run --bin prerender -- DIST [SITE_URL]
//!
//! `SITE_URL`, the public address of the app's folder (`https://www.example.gov/vet/timeline/`),
//! adds the absolute link-preview tags (canonical link, `og:url`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use vet_timeline::browse::export::{csv, CSV_PATH};
    use vet_timeline::data::load::{parse_dataset, parse_strings};
    use vet_timeline::prerender::views::{write_out, VIEWS_DIR};
    use vet_timeline::prerender::{
        fill_attribute, inject, loaded, main_html, meta_tags, title, VIEWS_ATTR,
    };
    use vet_timeline::text::i18n::Lang;

    let mut args = std::env::args().skip(1);
    let dist = args.next().unwrap_or_else(|| "dist".to_owned());
    let site_url = args.next().filter(|u| !u.trim().is_empty());
    let dist = Path::new(&dist);
    let run = || -> Result<(usize, usize, usize), String> {
        let read = |file: &str| {
            std::fs::read_to_string(dist.join(file)).map_err(|e| {
                format!(
                    "prerender: cannot read {}: {e} (run `make dist`)",
                    dist.join(file).display()
                )
            })
        };
        let write = |file: &str, text: &str| {
            std::fs::write(dist.join(file), text)
                .map_err(|e| format!("prerender: cannot write {file}: {e}"))
        };
        let data = parse_dataset(&read("data/timeline.json")?)
            .map_err(|e| format!("prerender: the dataset cannot be shown: {e}"))?;
        for lang in Lang::ALL.into_iter().filter(|l| l.loaded().is_none()) {
            let strings = parse_strings(&read(&lang.file())?)
                .map_err(|e| format!("prerender: {}: {e}", lang.file()))?;
            lang.install(strings);
        }
        // The whole dataset as CSV, beside it: what the page's download link leads to before
        // (and without) the app.
        let all: Vec<usize> = (0..data.measures.len()).collect();
        write(CSV_PATH, &csv(&data, &all))?;
        let (title, meta) = (title(&data), meta_tags(&data, site_url.as_deref()));
        let loaded = loaded(data);
        let main = main_html(&loaded);
        let written = write_out(&loaded, &main).map_err(|e| format!("prerender: {e}"))?;
        std::fs::create_dir_all(dist.join(VIEWS_DIR))
            .map_err(|e| format!("prerender: cannot make {VIEWS_DIR}/: {e}"))?;
        let mut bytes = 0;
        for (n, html) in written.files.iter().enumerate() {
            write(&format!("{VIEWS_DIR}/{n}.html"), html)?;
            bytes += html.len();
        }
        let page = inject(&read("index.html")?, &main, &title, &meta)
            .and_then(|page| fill_attribute(&page, VIEWS_ATTR, &written.manifest))
            .map_err(|e| format!("prerender: {e}"))?;
        write("index.html", &page)?;
        Ok((page.len(), written.files.len(), bytes))
    };
    match run() {
        Ok((page, views, bytes)) => {
            println!(
                "prerender: the default view and the views' manifest are in {} ({page} bytes){}; \
                 {views} other views in {}/ ({bytes} bytes)",
                dist.join("index.html").display(),
                if site_url.is_some() {
                    ", with its public address"
                } else {
                    ""
                },
                dist.join(VIEWS_DIR).display(),
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
