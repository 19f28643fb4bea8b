//! Next year's update, end to end, as an editor does it (`make next-year`, after `make dist`):
//! the bundled entry with one more year (its cell, its note, the citation's next edition),
//! imported with `make import`'s program, checked with `make check-data`'s, and written out with
//! `make dist`'s prerender into a copy of `dist/`; the new year is then on the axis, has its page,
//! and its page's preview picture shows it. Nothing here names a year: each follows the entry.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use vet_timeline::data::load::read_dataset;
use vet_timeline::editor::entry::read;
use vet_timeline::prerender::loaded;
use vet_timeline::prerender::pages::Written;

const ENTRY: &str = include_str!("../public/data/entry.txt");

/// The entry as next year's would read: a cell for the year after its last (with the last's
/// status), that year's note, and the citation's edition and year one on. The new year.
fn next_year(entry: &str) -> (String, i32) {
    let e = read(entry).expect("the bundled entry reads");
    let last = e.years.last().expect("a year");
    let (cell, year) = (format!("{} {}", last.year, last.status), last.year + 1);
    let added = format!("{year} {}", last.status);
    let citation = e.citation.text.clone();
    let p = e.citation.parts().cloned().expect("the citation's parts");
    let edition = p.edition.expect("an edition");
    let next_edition = edition.replace(&(year - 1).to_string(), &year.to_string());
    let next_published = (p.year.parse::<i32>().expect("a year") + 1).to_string();
    let new_citation = citation
        .replace(&edition, &next_edition)
        .replace(&format!("({})", p.year), &format!("({next_published})"));
    let text = entry
        // The cell, in the timeline (its first mention).
        .replacen(&cell, &format!("{cell}\t{added}"), 1)
        // The year note, after the last.
        .replacen(
            "\n\nBodies responsible\n",
            &format!(
                "\n\n{added}\n\nA note on {year}, for this test only.\n\nBodies responsible\n"
            ),
            1,
        )
        .replacen(&citation, &new_citation, 1);
    (text, year)
}

/// A program of the project, run; its exit code and what it printed.
fn run(program: &str, args: &[&Path]) -> (Option<i32>, String) {
    let out = Command::new(program).args(args).output().expect("it runs");
    let said = [out.stdout, out.stderr].concat();
    (
        out.status.code(),
        String::from_utf8_lossy(&said).into_owned(),
    )
}

/// `from`, copied into `to`.
fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copied");
        }
    }
}

#[test]
#[ignore = "needs `make dist` (run by `make next-year`)"]
fn next_years_update_reaches_the_axis_its_page_and_its_picture() {
    let shell = std::env::var("TRUNK_PAGE").expect("TRUNK_PAGE: the page Trunk built");
    let site: PathBuf = std::env::temp_dir().join(format!("next-year-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    copy(Path::new("dist"), &site);
    std::fs::copy(&shell, site.join("index.html")).expect("Trunk's page");

    let (text, year) = next_year(ENTRY);
    let received = site.join("received.txt");
    std::fs::write(&received, &text).expect("written");
    let (code, said) = run(env!("CARGO_BIN_EXE_import"), &[&received, &site]);
    assert_eq!(code, Some(0), "{said}");
    let span = format!("{}–{year}", read(ENTRY).expect("reads").years[0].year);
    assert!(said.contains(&span), "{said}");
    assert!(said.contains(&format!("edition: {year} update")), "{said}");
    let data = site.join("data/timeline.json");
    let (code, said) = run(env!("CARGO_BIN_EXE_check_data"), &[&data]);
    assert_eq!(code, Some(0), "{said}");
    // (As `make dist` runs it: the early script first, then the pages that carry it.)
    for args in [vec![Path::new("--early"), &site], vec![&site]] {
        let (code, said) = run(env!("CARGO_BIN_EXE_prerender"), &args);
        assert_eq!(code, Some(0), "{said}");
        // (Without SITE_URL the pages are written, and the build says what their previews lack.)
        let warned = said.contains("without SITE_URL the link previews are half-made");
        assert_eq!(warned, args.len() == 1, "{said}");
    }

    let page = |path: &str| {
        std::fs::read_to_string(site.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    assert!(
        page("index.html").contains(&format!("<th scope=\"col\" id=\"year-{year}\"")),
        "{year} on the axis"
    );
    let year_page = page(&format!("en/28020/{year}/index.html"));
    assert!(year_page.contains(&format!("A note on {year}, for this test only.")));
    let image = year_page
        .split("property=\"og:image\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a preview picture");
    let file = image.rsplit('/').next().expect("a file");
    assert!(site.join("previews").join(file).is_file(), "{file}");
    let dataset = read_dataset(&data).expect("the imported dataset");
    let svg = Written::new(&loaded(dataset))
        .pictures()
        .into_iter()
        .find(|(name, _)| name.ends_with(file))
        .map(|(_, svg)| svg)
        .expect("the page's picture");
    assert!(svg.contains(&format!("{year}")), "the picture shows {year}");
    let _ = std::fs::remove_dir_all(&site);
}
