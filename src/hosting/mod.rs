//! How the built site is served: the headers a web server sends with its files, written once
//! here and handed to each server's configuration that `make dist` writes. Today that is
//! `_headers` in the site's folder (the form static hosts such as Netlify and Cloudflare Pages
//! read, and the one the project's test server reads); and each text file compressed at build
//! time ([`compress`]).
//!
//! The Content-Security-Policy allows the site's own files, the wasm's compilation, and the
//! two texts every page carries inline (the stylesheet and the early script, by their SHA-256:
//! [`crate::prerender::inline`]). The hashes change when the stylesheet or the early script
//! does: a server must take its policy from the build it serves.

pub mod compress;

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

/// The headers every file is served with, the policy `csp` among them.
pub fn headers(csp: &str) -> [(&'static str, String); 2] {
    [
        ("Content-Security-Policy", csp.to_owned()),
        ("X-Content-Type-Options", "nosniff".to_owned()),
    ]
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
    fn the_headers_file_gives_each_header_for_every_path() {
        assert_eq!(
            headers_file("default-src 'self'"),
            "# Written by `make dist` (src/hosting/): the headers each file of this site is \
             served with.\n/*\n  Content-Security-Policy: default-src 'self'\n  \
             X-Content-Type-Options: nosniff\n"
        );
    }
}
