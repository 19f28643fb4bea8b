//! What the shipped JavaScript and CSS still repeat of rules Rust owns, read from the built
//! files in `dist/` and compared with the Rust items they follow: each test fails when the Rust
//! side changes and its mirror does not. `make mirrors` runs them after `make dist` (they are
//! ignored by a plain `cargo test`, which has no `dist/`).
//!
//! Mirrors that remain, and why: `boot.js` runs before (and without) the wasm, so it finds the
//! written-out page and its own element by selector; `embed.js` runs on other sites' pages,
//! which load no wasm; the stylesheet styles classes the components write.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use vet_timeline::components::handover::WRITTEN_OUT;
use vet_timeline::link::embed::{DEFAULT_HEIGHT, FRAME_ATTR};
use vet_timeline::link::query::EMBED_ON;
use vet_timeline::text::i18n::{parse_table, Lang, EN};
use vet_timeline::timeline::bands::{label_span_class, Mark, LABEL_SPAN_MAX};
use vet_timeline::web::browser::BOOT_SCRIPT;
use vet_timeline::web::embed::{AMP_MESSAGE, MESSAGE_TYPE, REVEAL_TYPE};
use vet_timeline::web::ids::{SCHEME_CLASSES, TRACK_CLASS};

fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

/// The built file `name` of `dist/` (or the first whose name starts with `name` and ends with
/// `ext`, for Trunk's hashed names).
fn built(name: &str, ext: &str) -> String {
    let dir = dist();
    let exact = dir.join(name);
    let path = if exact.is_file() {
        exact
    } else {
        std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e} (run `make dist` first)", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                let file = p.file_name().unwrap_or_default().to_string_lossy();
                file.starts_with(name) && file.ends_with(ext)
            })
            .unwrap_or_else(|| panic!("no {name}*{ext} in {} (run `make dist`)", dir.display()))
    };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether the JavaScript `js` holds `value` as a string literal (as terser writes it).
fn has_string(js: &str, value: &str) -> bool {
    [format!("\"{value}\""), format!("'{value}'")]
        .iter()
        .any(|literal| js.contains(literal.as_str()))
}

/// The interface's name in `lang`, from its translation file, as the app has it.
fn app_title(lang: Lang) -> String {
    if lang == Lang::En {
        return EN.app_title.to_owned();
    }
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public")
        .join(lang.file());
    let text = std::fs::read_to_string(&file).expect("the translation file");
    parse_table(&text)
        .expect("a complete table")
        .app_title
        .to_owned()
}

#[test]
#[ignore = "reads dist/: `make mirrors` runs it after `make dist`"]
fn boot_js_finds_the_written_out_page_and_itself_as_rust_does() {
    let boot = built("boot.js", ".js");
    assert!(has_string(&boot, WRITTEN_OUT), "boot.js: {WRITTEN_OUT}");
    assert!(has_string(&boot, BOOT_SCRIPT), "boot.js: {BOOT_SCRIPT}");
}

#[test]
#[ignore = "reads dist/: `make mirrors` runs it after `make dist`"]
fn embed_js_names_frames_and_reads_messages_as_rust_writes_them() {
    let embed = built("embed.js", ".js");
    for lang in Lang::ALL {
        let title = app_title(lang);
        assert!(
            embed.contains(&format!("{}:\"{title}\"", lang.code())),
            "embed.js: the frame's title in {} is {title}",
            lang.code()
        );
    }
    assert!(has_string(&embed, MESSAGE_TYPE), "embed.js: {MESSAGE_TYPE}");
    assert!(has_string(&embed, REVEAL_TYPE), "embed.js: {REVEAL_TYPE}");
    let (sentinel, kind) = AMP_MESSAGE;
    assert!(has_string(&embed, sentinel) && has_string(&embed, kind));
    assert!(
        embed.contains(&format!("iframe[{FRAME_ATTR}]")),
        "embed.js: {FRAME_ATTR}"
    );
    assert!(
        embed.contains(&format!("||{DEFAULT_HEIGHT})")),
        "embed.js: a frame {DEFAULT_HEIGHT} px tall at first"
    );
    assert!(
        embed.contains(&format!("\"embed\",\"{}\"", EMBED_ON[0])),
        "embed.js: embed={}",
        EMBED_ON[0]
    );
}

#[test]
#[ignore = "reads dist/: `make mirrors` runs it after `make dist`"]
fn the_stylesheet_styles_the_classes_rust_writes() {
    let css = built("main-", ".css");
    for class in SCHEME_CLASSES.into_iter().chain([TRACK_CLASS]) {
        assert!(
            css.contains(&format!(".{class}")),
            "the stylesheet has no .{class}"
        );
    }
    // A band's status is laid over as many years as Rust says, up to its most: a class each.
    for years in 1..=LABEL_SPAN_MAX {
        let class = label_span_class(years);
        assert!(
            css.contains(&format!(".{class}{{--span:{years}}}")),
            "the stylesheet has no .{class} of {years} years"
        );
    }
    // Each status's colour, in the light scheme, is the one the preview pictures draw.
    for mark in Mark::ALL {
        let property = format!("{}:light-dark({},", mark.colour_property(), mark.colour());
        assert!(
            css.contains(&property),
            "the stylesheet's {} is not {} (Mark::colour)",
            mark.colour_property(),
            mark.colour()
        );
    }
    let beyond = format!(".span-{}{{", LABEL_SPAN_MAX + 1);
    assert!(
        !css.contains(&beyond),
        "the stylesheet has {beyond}: LABEL_SPAN_MAX is {LABEL_SPAN_MAX}"
    );
}
