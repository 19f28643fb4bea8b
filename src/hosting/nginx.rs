//! The site's nginx configuration, written by `make dist` from the hosting rules
//! ([`super::TYPES`], [`super::cache_control`], the headers of the site's `_headers`, the 404
//! page), for the build it serves (its policy's hashes and its hashed names are that build's):
//!
//! - [`location`]: what a publisher includes in a `server` block of their own nginx: the site
//!   under its folder's path (`/vet/timeline/`), served from where its files are, with the
//!   precompressed `.br` and `.gz` files (Debian's `nginx` with
//!   `libnginx-mod-http-brotli-static`);
//! - [`loopback`]: a whole nginx configuration that serves that on the loopback, with no other
//!   file of the machine's nginx: what `make serve` and the tests run.
//!
//! A folder's address without its closing `/` is answered by nginx itself with a 301 to the
//! address with it (relative, `absolute_redirect off`, so that it holds behind a proxy).

use super::{cache_control, KEEP_OTHERS, NOT_FOUND_PAGE, TYPES};

/// Where Debian's `libnginx-mod-http-brotli-static` puts its module.
pub const BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/// The built site an nginx configuration serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The path of the app's folder in its addresses: `/vet/timeline/` (`/` at the host's root).
    pub folder: String,
    /// Where the site's files are on the server (`dist/`, copied): an absolute path.
    pub root: String,
    /// The headers every file is served with (the site's `_headers`).
    pub headers: Vec<(String, String)>,
    /// The paths of the site's files (in its folder) whose names hold a hash of their content.
    pub hashed: Vec<String>,
    /// Folders of the site's addresses that have no page of their own, each with the path of the
    /// page it is sent on to ([`super::redirects`]).
    pub redirects: Vec<(String, String)>,
}

/// `value` as one nginx string, in double quotes.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The `add_header` lines of a file kept as `keep`, at `indent`: every status (`always`), so that
/// the 404 page has its policy too. nginx does not merge an inner block's `add_header` with an
/// outer one's: each block gives them all.
fn add_headers(site: &Site, keep: &str, indent: &str) -> String {
    let mut out = format!(
        "{indent}add_header Cache-Control {} always;\n",
        quoted(keep)
    );
    for (name, value) in &site.headers {
        out.push_str(&format!(
            "{indent}add_header {name} {} always;\n",
            quoted(value)
        ));
    }
    out
}

/// The `location` block that serves `site`, for a publisher's `server` block.
pub fn location(site: &Site) -> String {
    let folder = &site.folder;
    let root = if site.root.ends_with('/') {
        site.root.clone()
    } else {
        format!("{}/", site.root)
    };
    let mut out = format!(
        "# The VET policy timeline, written by `make dist` (src/hosting/nginx.rs) for the build in\n\
         # {root}: its policy's hashes and its hashed file names are that build's, so write it again\n\
         # with each build. Include it in a `server` block (with `absolute_redirect off;`).\n\
         location ^~ {folder} {{\n    alias {root};\n    index index.html;\n"
    );
    out.push_str("    types {\n");
    for (ext, kind) in TYPES {
        let kind = kind.split(';').next().unwrap_or(kind);
        out.push_str(&format!("        {kind} {ext};\n"));
    }
    out.push_str("    }\n    default_type application/octet-stream;\n    charset utf-8;\n");
    // (nginx gives text/html its charset without being asked, and warns if asked.)
    let text: Vec<&str> = TYPES
        .iter()
        .filter(|(_, kind)| kind.ends_with("charset=utf-8"))
        .filter_map(|(_, kind)| kind.split(';').next())
        .filter(|kind| *kind != "text/html")
        .collect();
    out.push_str(&format!("    charset_types {};\n", text.join(" ")));
    out.push_str(
        "    # The .br and .gz beside each file (make dist), to a browser that accepts them.\n    \
         brotli_static on;\n    gzip_static on;\n    gzip_vary on;\n",
    );
    // (A folder with no page of its own answers as an address with none: 404, not 403.)
    out.push_str(&format!(
        "    error_page 404 {folder}{NOT_FOUND_PAGE};\n    error_page 403 =404 {folder}{NOT_FOUND_PAGE};\n"
    ));
    out.push_str(&add_headers(site, KEEP_OTHERS, "    "));
    for (from, to) in &site.redirects {
        out.push_str(&format!(
            "    location = {folder}{from} {{\n        return 301 {folder}{to};\n    }}\n"
        ));
    }
    for path in &site.hashed {
        out.push_str(&format!("    location = {folder}{path} {{\n"));
        out.push_str(&add_headers(site, cache_control(path), "        "));
        out.push_str("    }\n");
    }
    out.push_str("}\n");
    out
}

/// A whole nginx configuration that serves the `location` block in the file `include` on
/// `listen` (`127.0.0.1:8080`), in the foreground, with its state in the folder nginx is given
/// with `-p` and its errors on the terminal.
pub fn loopback(listen: &str, include: &str) -> String {
    format!(
        "# Written by `make dist` (src/hosting/nginx.rs): the site on the loopback, for `make serve`\n\
         # and the tests: nginx -p <this folder> -c <this file> -e stderr\n\
         load_module {BROTLI_MODULE};\n\
         daemon off;\nworker_processes 1;\npid nginx.pid;\nerror_log stderr;\n\
         events {{\n    worker_connections 64;\n}}\n\
         http {{\n    access_log off;\n    log_not_found off;\n    client_body_temp_path body;\n    proxy_temp_path proxy;\n    \
         fastcgi_temp_path fastcgi;\n    server_tokens off;\n    \
         server {{\n        listen {listen};\n        absolute_redirect off;\n        \
         include {include};\n    }}\n}}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hosting::KEEP_HASHED;

    fn site() -> Site {
        Site {
            folder: "/vet/timeline/".to_owned(),
            root: "/srv/timeline".to_owned(),
            headers: vec![
                (
                    "Content-Security-Policy".to_owned(),
                    "default-src 'self'".to_owned(),
                ),
                ("X-Content-Type-Options".to_owned(), "nosniff".to_owned()),
            ],
            hashed: vec!["main-cc4c3417b592360c.css".to_owned()],
            redirects: vec![("en/".to_owned(), String::new())],
        }
    }

    #[test]
    fn the_site_is_served_from_its_folder_with_its_headers_on_every_answer() {
        let conf = location(&site());
        assert!(conf.contains("location ^~ /vet/timeline/ {\n    alias /srv/timeline/;\n"));
        assert!(conf.contains("        application/wasm wasm;\n"));
        assert!(conf.contains("charset_types text/javascript text/css"));
        assert!(!conf.contains("charset_types image/png"));
        assert!(conf.contains(
            "    error_page 404 /vet/timeline/404.html;\n    error_page 403 =404 /vet/timeline/404.html;\n"
        ));
        assert!(conf.contains(
            "    location = /vet/timeline/en/ {\n        return 301 /vet/timeline/;\n    }\n"
        ));
        assert!(conf.contains("    brotli_static on;\n    gzip_static on;\n"));
        let outer = format!(
            "    add_header Cache-Control \"{KEEP_OTHERS}\" always;\n    add_header \
             Content-Security-Policy \"default-src 'self'\" always;\n    add_header \
             X-Content-Type-Options \"nosniff\" always;\n"
        );
        assert!(conf.contains(&outer), "{conf}");
        // A hashed file is kept a year, and keeps the other headers (nginx does not merge them).
        let hashed = format!(
            "    location = /vet/timeline/main-cc4c3417b592360c.css {{\n        add_header \
             Cache-Control \"{KEEP_HASHED}\" always;\n        add_header Content-Security-Policy \
             \"default-src 'self'\" always;\n        add_header X-Content-Type-Options \
             \"nosniff\" always;\n    }}\n"
        );
        assert!(conf.contains(&hashed), "{conf}");
        assert!(conf.ends_with("}\n"));
    }

    #[test]
    fn a_quote_in_a_header_cannot_end_its_string() {
        assert_eq!(quoted(r#"a "b" \c"#), r#""a \"b\" \\c""#);
    }

    #[test]
    fn the_loopback_server_includes_the_site_and_redirects_relatively() {
        let conf = loopback("127.0.0.1:8080", "site.conf");
        assert!(conf.starts_with("# Written by"));
        assert!(conf.contains(&format!("load_module {BROTLI_MODULE};")));
        assert!(conf.contains(
            "listen 127.0.0.1:8080;\n        absolute_redirect off;\n        include site.conf;"
        ));
    }
}
