//! `make dist`'s last steps: writes the script that runs before the app (`dist/early.js`, which
//! `make dist` then minifies), then each view the app hands out as a page of its own
//! (`dist/<path>index.html`, the default view in `dist/index.html`: see
//! `vet_timeline::prerender`) with the stylesheet and that script in it, the headers the site is
//! served with (`dist/_headers`: see `vet_timeline::hosting`), the page a server shows for an
//! address the site does not have (`dist/404.html`), and the whole dataset as CSV
//! (`dist/data/timeline.csv`); then, for the site that is published only, each text file
//! compressed beside itself (`.gz`, `.br`: the test sites are served without them).
//!
//!     cargo run --bin prerender -- --early DIST
//!     cargo run --bin prerender -- DIST [SITE_URL [FRAME_ANCESTORS]]
//!     cargo run --bin prerender -- --compress DIST
//!
//! `SITE_URL`, the public address of the app's folder (`https://www.example.gov/vet/timeline/`),
//! makes the link previews' addresses absolute (canonical link, alternates, `og:url`), and gives
//! the 404 page's links their folder. `FRAME_ANCESTORS`, the pages that may embed the timeline
//! (`'self' https://www.partner.example`), limits the policy to them (any page may, without it).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use vet_timeline::browse::export::{csv, CSV_PATH};
    use vet_timeline::data::load::{read_dataset, read_text, FileError, DATASET_PATH};
    use vet_timeline::hosting::compress::compress_site;
    use vet_timeline::hosting::{
        content_security_policy, folder_path, headers_file, with_frame_ancestors, HEADERS_FILE,
        NOT_FOUND_PAGE,
    };
    use vet_timeline::prerender::described::citation_files;
    use vet_timeline::prerender::early::{script, EARLY_JS};
    use vet_timeline::prerender::inline::{stylesheet, FirstPaint};
    use vet_timeline::prerender::missing::not_found_page;
    use vet_timeline::prerender::pages::Written;
    use vet_timeline::prerender::pages::{pages, write_out};
    use vet_timeline::prerender::preview::Painter;
    use vet_timeline::prerender::{loaded, site_folder};
    use vet_timeline::text::i18n::{parse_table, Lang};

    let mut args = std::env::args().skip(1).peekable();
    let early_only = args.next_if(|a| a == "--early").is_some();
    let compress_only = args.next_if(|a| a == "--compress").is_some();
    let dist = args.next().unwrap_or_else(|| "dist".to_owned());
    let site = site_folder(args.next().as_deref());
    let frame_ancestors = args.next().unwrap_or_default();
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
        if compress_only {
            // When every file is final: each text file compressed beside itself.
            let packed = compress_site(dist)
                .map_err(|e| format!("prerender: cannot compress {}: {e}", dist.display()))?;
            println!(
                "prerender: {} files compressed beside themselves: {} bytes, {} in gzip (.gz), \
                 {} in brotli (.br)",
                packed.files, packed.raw, packed.gzip, packed.brotli
            );
            return Ok((0, 0));
        }
        let data = read_dataset(&dist.join(DATASET_PATH)).map_err(|e| failed(DATASET_PATH, e))?;
        if early_only {
            write(EARLY_JS, script(&pages(&loaded(data))).as_bytes())?;
            return Ok((0, 0));
        }
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
        // Each view written out, resolved once.
        let views = Written::new(&loaded);
        // Each page's picture for link previews, once per picture.
        let painter = Painter::new().map_err(|e| format!("prerender: {e}"))?;
        for (file, svg) in views.pictures() {
            let png = painter
                .png(&svg)
                .map_err(|e| format!("prerender: {file}: {e}"))?;
            write(&file, &png)?;
        }
        let index = read("index.html")?;
        // What each page needs before its first paint, in the page (as `make dist` minified
        // them), and the policy that allows exactly those texts.
        let sheet = stylesheet(&index).map_err(|e| format!("prerender: {e}"))?;
        let inline = FirstPaint::new(read(sheet.trim_start_matches("./"))?, read(EARLY_JS)?)
            .map_err(|e| format!("prerender: {e}"))?;
        let csp = content_security_policy(&inline.style_source(), &inline.script_source());
        let csp =
            with_frame_ancestors(&csp, &frame_ancestors).map_err(|e| format!("prerender: {e}"))?;
        write(HEADERS_FILE, headers_file(&csp).as_bytes())?;
        let written = write_out(&index, &loaded, &views, site.as_deref())
            .map_err(|e| format!("prerender: {e}"))?;
        let mut bytes = 0;
        for (path, html) in &written {
            let html = inline
                .into_page(html)
                .map_err(|e| format!("prerender: {path}: {e}"))?;
            write(&format!("{path}index.html"), html.as_bytes())?;
            bytes += html.len();
        }
        // The page a server shows for an address the site does not have, at any depth.
        let folder = folder_path(site.as_deref());
        let missing = not_found_page(&index, &loaded, &views.pages, &folder, &inline)
            .map_err(|e| format!("prerender: {e}"))?;
        write(NOT_FOUND_PAGE, missing.as_bytes())?;
        Ok((written.len(), bytes))
    };
    match run() {
        Ok(_) if early_only || compress_only => std::process::ExitCode::SUCCESS,
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
            if site.is_none() {
                println!(
                    "prerender: without SITE_URL the link previews are half-made: no og:url, and \
                     the picture, canonical link and alternates relative to each page, which \
                     many chat apps do not resolve; and the 404 page's links lead from the \
                     host's root (make dist \
                     SITE_URL=https://www.example.gov/vet/timeline/)"
                );
            }
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
