//! `make dist`'s last step: writes the default view into `dist/index.html` (see
//! `vet_timeline::prerender`).
//!
//!     cargo run --bin prerender -- DIST [SITE_URL]
//!
//! `SITE_URL`, the public address of the app's folder (`https://www.example.gov/vet/timeline/`),
//! adds the absolute link-preview tags (canonical link, `og:url`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use vet_timeline::data::load::parse_dataset;
    use vet_timeline::prerender::{inject, main_html, meta_tags, title};

    let mut args = std::env::args().skip(1);
    let dist = args.next().unwrap_or_else(|| "dist".to_owned());
    let site_url = args.next().filter(|u| !u.trim().is_empty());
    let dist = Path::new(&dist);
    let run = || -> Result<usize, String> {
        let read = |file: &str| {
            std::fs::read_to_string(dist.join(file)).map_err(|e| {
                format!(
                    "prerender: cannot read {}: {e} (run `make dist`)",
                    dist.join(file).display()
                )
            })
        };
        let data = parse_dataset(&read("data/timeline.json")?)
            .map_err(|e| format!("prerender: the dataset cannot be shown: {e}"))?;
        let (title, meta) = (title(&data), meta_tags(&data, site_url.as_deref()));
        let page = inject(&read("index.html")?, &main_html(data), &title, &meta)
            .map_err(|e| format!("prerender: {e}"))?;
        std::fs::write(dist.join("index.html"), &page)
            .map_err(|e| format!("prerender: cannot write index.html: {e}"))?;
        Ok(page.len())
    };
    match run() {
        Ok(bytes) => {
            println!(
                "prerender: the default view is in {} ({bytes} bytes){}",
                dist.join("index.html").display(),
                if site_url.is_some() {
                    ", with its public address"
                } else {
                    ""
                }
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
