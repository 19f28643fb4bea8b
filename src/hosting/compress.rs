//! Each text file of the built site compressed once, at build time, at the highest levels: `.br`
//! (brotli, quality 11) and `.gz` (gzip, level 9) beside it, for servers that send the
//! precompressed file to a browser that accepts it (nginx's `brotli_static` and `gzip_static`),
//! so that no server compresses on the fly at a lower level, or not at all.

use std::io::Write;
use std::path::Path;

/// The files worth compressing, by their extension: text, and the wasm.
pub const COMPRESSED: [&str; 7] = ["html", "js", "css", "json", "csv", "svg", "wasm"];

/// Whether the file at `path` is one to compress ([`COMPRESSED`]).
pub fn worth_compressing(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSED.contains(&e))
}

/// `bytes` in gzip, level 9.
pub fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// `bytes` in brotli, quality 11 (window 2²² bytes).
pub fn brotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        encoder.write_all(bytes)?;
        encoder.flush()?;
    }
    Ok(out)
}

/// What [`compress_site`] wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Compressed {
    /// Files compressed.
    pub files: usize,
    /// Their bytes.
    pub raw: usize,
    /// Their bytes in gzip.
    pub gzip: usize,
    /// Their bytes in brotli.
    pub brotli: usize,
}

/// Writes `.gz` and `.br` beside each file of `dir` (and its folders) worth compressing, where
/// each is smaller than the file.
pub fn compress_site(dir: &Path) -> std::io::Result<Compressed> {
    let mut done = Compressed::default();
    for path in super::files(dir)? {
        if !worth_compressing(&path) {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let (gz, br) = (gzip(&bytes)?, brotli(&bytes)?);
        for (suffix, packed) in [("gz", &gz), ("br", &br)] {
            if packed.len() < bytes.len() {
                let mut name = path.clone().into_os_string();
                name.push(format!(".{suffix}"));
                std::fs::write(name, packed)?;
            }
        }
        done.files += 1;
        done.raw += bytes.len();
        done.gzip += gz.len().min(bytes.len());
        done.brotli += br.len().min(bytes.len());
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn text_files_and_the_wasm_are_compressed_pictures_are_not() {
        for name in [
            "index.html",
            "a/b.js",
            "main-1.css",
            "timeline.json",
            "x.wasm",
        ] {
            assert!(worth_compressing(Path::new(name)), "{name}");
        }
        for name in ["p.png", "_headers", "cite/x.ris", "README"] {
            assert!(!worth_compressing(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn each_compressed_copy_is_the_file_and_smaller() {
        let dir = std::env::temp_dir().join(format!("compress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("fr")).expect("a folder");
        let page = "<p>Chronologie</p>".repeat(200);
        std::fs::write(dir.join("fr/index.html"), &page).expect("written");
        std::fs::write(dir.join("tiny.js"), "1").expect("written");
        std::fs::write(dir.join("p.png"), [0u8; 100]).expect("written");
        let done = compress_site(&dir).expect("compressed");
        assert_eq!((done.files, done.raw), (2, page.len() + 1));
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&std::fs::read(dir.join("fr/index.html.gz")).expect("gz")[..])
            .read_to_string(&mut unzipped)
            .expect("gzip");
        assert_eq!(unzipped, page);
        let mut unpacked = String::new();
        brotli::Decompressor::new(
            &std::fs::read(dir.join("fr/index.html.br")).expect("br")[..],
            4096,
        )
        .read_to_string(&mut unpacked)
        .expect("brotli");
        assert_eq!(unpacked, page);
        assert!(done.brotli < done.gzip && done.gzip < done.raw, "{done:?}");
        // (The totals count each file as it is sent: its copy, or itself where none is smaller.)
        let size = |name: &str| std::fs::metadata(dir.join(name)).expect(name).len() as usize;
        assert_eq!(done.gzip, size("fr/index.html.gz") + 1, "{done:?}");
        assert_eq!(done.brotli, size("fr/index.html.br") + 1, "{done:?}");
        // (Nothing where compressing would not make it smaller, nor for a picture.)
        for name in ["tiny.js.gz", "tiny.js.br", "p.png.gz", "p.png.br"] {
            assert!(!dir.join(name).exists(), "{name}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
