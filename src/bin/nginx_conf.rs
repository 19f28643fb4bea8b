//! `make dist`'s nginx configuration for the built site (see `vet_timeline::hosting::nginx`):
//! `OUT/site.conf`, the `location` block a publisher includes in their `server`, and
//! `OUT/serve.conf`, a whole configuration that serves it on `LISTEN` (what `make serve` and the
//! tests run). `SITE_URL` gives the folder's path (`/` without it); `ROOT`, where the site's files
//! are on the server (`DIST`, made absolute, without it).
//!
//!     cargo run --bin nginx_conf -- DIST OUT LISTEN [SITE_URL [ROOT]]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use vet_timeline::hosting::nginx::{location, loopback, Site};
    use vet_timeline::hosting::{
        files, folder_path, is_hashed, read_headers_file, redirects, HEADERS_FILE,
    };

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, out, listen, rest @ ..] = args.as_slice() else {
        eprintln!("usage: nginx_conf DIST OUT LISTEN [SITE_URL [ROOT]]");
        return std::process::ExitCode::from(2);
    };
    let run = || -> Result<String, String> {
        let dist = Path::new(dist);
        let headers = std::fs::read_to_string(dist.join(HEADERS_FILE)).map_err(|e| {
            format!(
                "nginx_conf: cannot read {}: {e} (run `make dist`)",
                dist.join(HEADERS_FILE).display()
            )
        })?;
        let root = match rest.get(1).filter(|r| !r.is_empty()) {
            Some(root) => root.clone(),
            None => std::path::absolute(dist)
                .map_err(|e| format!("nginx_conf: {}: {e}", dist.display()))?
                .display()
                .to_string(),
        };
        let listed = files(dist).map_err(|e| format!("nginx_conf: {}: {e}", dist.display()))?;
        let mut hashed: Vec<String> = listed
            .iter()
            .filter_map(|path| path.strip_prefix(dist).ok())
            .map(|path| path.to_string_lossy().replace('\\', "/"))
            .filter(|path| is_hashed(path))
            .collect();
        hashed.sort();
        let site = Site {
            folder: folder_path(rest.first().map(String::as_str).filter(|u| !u.is_empty())),
            root,
            headers: read_headers_file(&headers),
            hashed,
            redirects: redirects(),
        };
        let out = Path::new(out);
        let write = |name: &str, text: &str| {
            std::fs::create_dir_all(out)
                .and_then(|()| std::fs::write(out.join(name), text))
                .map_err(|e| format!("nginx_conf: cannot write {}: {e}", out.join(name).display()))
        };
        let include = std::path::absolute(out.join("site.conf"))
            .map_err(|e| format!("nginx_conf: {}: {e}", out.display()))?;
        write("site.conf", &location(&site))?;
        write(
            "serve.conf",
            &loopback(listen, &include.display().to_string()),
        )?;
        Ok(site.folder)
    };
    match run() {
        Ok(folder) => {
            println!(
                "nginx_conf: {out}/site.conf serves {dist} at {folder}; {out}/serve.conf serves \
                 it at http://{listen}{folder}"
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
