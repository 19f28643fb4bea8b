//! How the built site is served: the headers a web server sends with its files, each file's
//! type and how long a browser may keep it, written once here and handed to each server's
//! configuration that `make dist` writes: `_headers` in the site's folder (the form static hosts
//! such as Netlify and Cloudflare Pages read, and the one the project's test server reads), and
//! an nginx configuration ([`nginx`]); and each text file compressed at build time
//! ([`compress`]).
//!
//! The Content-Security-Policy allows the site's own files, the wasm's compilation, and the
//! two texts every page carries inline (the stylesheet and the early script, by their SHA-256:
//! [`crate::prerender::inline`]). The hashes change when the stylesheet or the early script
//! does: a server must take its policy from the build it serves.

pub mod compress;
pub mod nginx;

use crate::link::address::{lang_folder, page_path, PathView};
use crate::prerender::site_folder;
use crate::text::i18n::Lang;

/// The file of server headers written into the site's folder.
pub const HEADERS_FILE: &str = "_headers";

/// The policy for the site's pages and files, allowing the inline texts whose sources
/// (`'sha256-…'`) are `style` and `script`.
pub fn content_security_policy(style: &str, script: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {script}; \
         style-src 'self' {style}; img-src 'self' data:"
    )
}

/// `csp` limited to being embedded by the pages of `sources` (`frame-ancestors`: `'self'
/// https://www.partner.example`), for a publisher who limits who may embed the timeline; `csp`
/// unchanged without any. Refuses a source list that would end the header or the policy's
/// directive (`;`, `,`, a quote or a line break in it).
pub fn with_frame_ancestors(csp: &str, sources: &str) -> Result<String, String> {
    let sources = sources.split_whitespace().collect::<Vec<_>>().join(" ");
    if sources.is_empty() {
        return Ok(csp.to_owned());
    }
    if sources.contains([';', ',', '"', '\\']) {
        return Err(format!(
            "FRAME_ANCESTORS must be a list of sources separated by spaces ('self' \
             https://www.partner.example), not {sources:?}"
        ));
    }
    Ok(format!("{csp}; frame-ancestors {sources}"))
}

/// The headers every file is served with, the policy `csp` among them.
pub fn headers(csp: &str) -> [(&'static str, String); 2] {
    [
        ("Content-Security-Policy", csp.to_owned()),
        ("X-Content-Type-Options", "nosniff".to_owned()),
    ]
}

/// Each type of file the site holds: its extension and the `Content-Type` it is served with
/// (text in UTF-8, as the build writes it).
pub const TYPES: [(&str, &str); 11] = [
    ("html", "text/html; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("json", "application/json; charset=utf-8"),
    ("csv", "text/csv; charset=utf-8"),
    ("txt", "text/plain; charset=utf-8"),
    ("ris", "application/x-research-info-systems; charset=utf-8"),
    ("bib", "application/x-bibtex; charset=utf-8"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("wasm", "application/wasm"),
];

/// How long a browser may keep a file whose name holds a hash of its content (the app's wasm,
/// its JavaScript and stylesheet, the link-preview pictures): a new build gives a changed file
/// a new name.
pub const KEEP_HASHED: &str = "public, max-age=31536000, immutable";

/// How long a browser may keep any other file (the pages, `boot.js`, `early.js`, `embed.js`,
/// `data/`, `i18n/`): it asks the server each time whether the file has changed, so that a new
/// build is read at once.
pub const KEEP_OTHERS: &str = "no-cache";

/// The digits of the content hash in a hashed file's name. The pictures' are always 16; Trunk
/// writes its 64-bit hash in hexadecimal without leading zeros (`{:x}`), so one of its names in
/// sixteen has 15 digits, one in 256 has 14, and so on: 12 is taken as the fewest (a name with
/// fewer after its last `-`, such as `timeline-2025.json`, holds no hash).
const HASH_DIGITS: std::ops::RangeInclusive<usize> = 12..=16;

/// Whether the file `name` holds a hash of its content: its name, before its extension (and
/// wasm-bindgen's `_bg`), ends in [`HASH_DIGITS`] lowercase hexadecimal digits after a `-`
/// (`main-cc4c3417b592360c.css`, `vet-policy-timeline-6d8445d6e5ddaaa_bg.wasm`), or is 16 such
/// digits (`previews/0147763eb8c4ff47.png`).
pub fn is_hashed(name: &str) -> bool {
    let name = name.rsplit('/').next().unwrap_or(name);
    let Some((stem, _)) = name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hex = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    match stem.rsplit_once('-') {
        Some((_, hash)) => HASH_DIGITS.contains(&hash.len()) && hex(hash),
        None => stem.len() == *HASH_DIGITS.end() && hex(stem),
    }
}

/// The `Cache-Control` of the file `name` ([`KEEP_HASHED`] or [`KEEP_OTHERS`]).
pub fn cache_control(name: &str) -> &'static str {
    if is_hashed(name) {
        KEEP_HASHED
    } else {
        KEEP_OTHERS
    }
}

/// The page a server shows, with the status 404, for an address the site does not have
/// (written by `make dist`: [`crate::prerender::missing`]).
pub const NOT_FOUND_PAGE: &str = "404.html";

/// Each folder of the site's addresses that is not a page, with the path of the page a reader
/// who asks for it is sent on to (both relative to the app's folder): a language's folder whose
/// default view is elsewhere (English's `en/`: its default view is the app's folder).
pub fn redirects() -> Vec<(String, String)> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let default = PathView {
                embed: false,
                lang,
                card: None,
            };
            (lang_folder(false, lang), page_path(&default))
        })
        .filter(|(folder, page)| folder != page)
        .collect()
}

/// Every file in `dir` and its folders (not the folders), in no set order.
pub fn files(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                out.push(path);
            }
        }
    }
    Ok(out)
}

/// The path of the app's folder in `site_url` (a `SITE_URL`: `https://host/vet/timeline/`, read
/// as the pages read it: [`site_folder`]), or `/`, the host's root, without one.
pub fn folder_path(site_url: Option<&str>) -> String {
    let Some(folder) = site_folder(site_url) else {
        return "/".to_owned();
    };
    let path = folder
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|at| &rest[at..]))
        .unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    if path.ends_with('/') {
        path.to_owned()
    } else {
        format!("{path}/")
    }
}

/// The `_headers` file: [`headers`] for every path of the site.
pub fn headers_file(csp: &str) -> String {
    let mut out = String::from(
        "# Written by `make dist` (src/hosting/): the headers each file of this site is served \
         with.\n/*\n",
    );
    for (name, value) in headers(csp) {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out
}

/// The headers a `_headers` file (as [`headers_file`] writes it) gives every path: each
/// `Name: value` line, in order.
pub fn read_headers_file(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter(|line| line.starts_with(char::is_whitespace))
        .filter_map(|line| line.trim().split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_the_inline_texts_by_their_hashes_only() {
        let csp = content_security_policy("'sha256-S'", "'sha256-J'");
        assert_eq!(
            csp,
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-J'; style-src \
             'self' 'sha256-S'; img-src 'self' data:"
        );
        assert!(!csp.contains("unsafe-inline"));
    }

    #[test]
    fn a_publisher_may_limit_who_embeds_the_timeline() {
        let csp = "default-src 'self'";
        assert_eq!(with_frame_ancestors(csp, "  "), Ok(csp.to_owned()));
        assert_eq!(
            with_frame_ancestors(csp, "'self'\n  https://a.example"),
            Ok("default-src 'self'; frame-ancestors 'self' https://a.example".to_owned())
        );
        for hostile in ["x; script-src *", "a, b", "\"x\"", "a\\"] {
            let refused = with_frame_ancestors(csp, hostile).expect_err(hostile);
            assert!(refused.contains("FRAME_ANCESTORS"), "{refused}");
        }
    }

    #[test]
    fn the_headers_file_gives_each_header_for_every_path() {
        assert_eq!(
            headers_file("default-src 'self'"),
            "# Written by `make dist` (src/hosting/): the headers each file of this site is \
             served with.\n/*\n  Content-Security-Policy: default-src 'self'\n  \
             X-Content-Type-Options: nosniff\n"
        );
    }

    #[test]
    fn the_headers_file_reads_back_as_it_was_written() {
        let csp = content_security_policy("'sha256-S'", "'sha256-J'");
        let read = read_headers_file(&headers_file(&csp));
        let written: Vec<(String, String)> = headers(&csp)
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect();
        assert_eq!(read, written);
    }

    #[test]
    fn the_folder_is_the_path_of_the_site_address() {
        assert_eq!(folder_path(None), "/");
        assert_eq!(folder_path(Some("https://www.example.gov")), "/");
        assert_eq!(
            folder_path(Some("https://www.example.gov/vet/timeline")),
            "/vet/timeline/"
        );
        assert_eq!(folder_path(Some("http://127.0.0.1:8080/a/?x#y")), "/a/");
        // Only a web address, as the pages read it.
        assert_eq!(folder_path(Some("ftp://example.gov/vet/")), "/");
        assert_eq!(folder_path(Some("/vet/timeline/")), "/");
    }

    #[test]
    fn english_s_folder_is_sent_on_to_the_app_s_folder_and_no_other() {
        assert_eq!(redirects(), vec![("en/".to_owned(), String::new())]);
    }

    #[test]
    fn only_names_that_hold_a_content_hash_are_kept_for_a_year() {
        for hashed in [
            "main-cc4c3417b592360c.css",
            "vet-policy-timeline-5535be8b0543f96d.js",
            "vet-policy-timeline-5535be8b0543f96d_bg.wasm",
            "previews/0147763eb8c4ff47.png",
            // Trunk's hash without its leading zeros (a build's wasm had 15 digits).
            "vet-policy-timeline-6d8445d6e5ddaaa_bg.wasm",
            "main-cc4c3417b592360.css",
            "main-cc4c3417b592.css",
        ] {
            assert!(is_hashed(hashed), "{hashed}");
            assert_eq!(cache_control(hashed), KEEP_HASHED);
        }
        for other in [
            "index.html",
            "fr/28020/2019/index.html",
            "boot.js",
            "early.js",
            "embed.js",
            "data/timeline.json",
            "i18n/fr.json",
            "cite/28020.ris",
            "404.html",
            // Almost: too few digits, a capital, no `-` before the hash, no extension, a
            // picture's name a digit short.
            "main-cc4c3417b59.css",
            "timeline-2025.json",
            "main-CC4C3417B592360C.css",
            "maincc4c3417b592360c.css",
            "main-cc4c3417b592360c",
            "a-0147763eb8c4ff4g.png",
            "previews/0147763eb8c4ff4.png",
        ] {
            assert!(!is_hashed(other), "{other}");
            assert_eq!(cache_control(other), KEEP_OTHERS);
        }
    }

    #[test]
    fn each_file_the_build_writes_has_a_type() {
        let compressed = compress::COMPRESSED;
        for ext in compressed {
            assert!(TYPES.iter().any(|(e, _)| *e == ext), "{ext}");
        }
        for (ext, kind) in TYPES {
            let text = kind.starts_with("text/") || kind.contains("json") || kind.contains("x-");
            assert_eq!(kind.ends_with("; charset=utf-8"), text, "{ext}: {kind}");
        }
    }
}
