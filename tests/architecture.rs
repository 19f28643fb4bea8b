//! The layout of `src/`, checked: at most four files at its top (the rest grouped by the part
//! of the app they serve), and no import circles, between files or between folders (a module
//! that uses another never is used back by it, however indirectly). A newcomer can then read
//! the modules from the bottom up, as `src/lib.rs` lists them.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every module of the library (`crate::a::b`, as segments) and its source, tests left out.
fn modules() -> BTreeMap<Vec<String>, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("src/ is readable")
            .map(|e| e.expect("an entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files
        .into_iter()
        .filter_map(|file| {
            let relative = file.strip_prefix(&src).expect("under src/");
            let mut segments: Vec<String> = relative
                .with_extension("")
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            // The binaries use the library by its name, not `crate::`.
            if segments[0] == "bin" || segments == ["main"] {
                return None;
            }
            if segments.last().is_some_and(|s| s == "mod" || s == "lib") {
                segments.pop();
            }
            let text = std::fs::read_to_string(&file).expect("readable");
            Some((segments, code_of(&text)))
        })
        .collect()
}

/// `text` without its tests and comments (a doc link is not an import).
fn code_of(text: &str) -> String {
    let code = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| l.split(" // ").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module paths `code` names after `crate::` or `super::`, as written (the last segments
/// may be items).
fn paths(code: &str) -> Vec<(bool, Vec<String>)> {
    let mut out = Vec::new();
    for (keyword, is_super) in [("crate::", false), ("super::", true)] {
        let mut rest = code;
        while let Some(at) = rest.find(keyword) {
            let before = rest[..at].chars().last();
            rest = &rest[at + keyword.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let group: Vec<String> = if let Some(inner) = rest.strip_prefix('{') {
                let end = inner.find('}').unwrap_or(inner.len());
                inner[..end].split(',').map(str::to_owned).collect()
            } else {
                vec![rest.to_owned()]
            };
            for path in group {
                // Identifiers joined by `::`, up to the first other character.
                let mut segments = Vec::new();
                let mut rest = path.trim_start();
                loop {
                    let ident: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if ident.is_empty() {
                        break;
                    }
                    rest = &rest[ident.len()..];
                    segments.push(ident);
                    match rest.strip_prefix("::") {
                        Some(next) => rest = next,
                        None => break,
                    }
                }
                if !segments.is_empty() {
                    out.push((is_super, segments));
                }
            }
        }
    }
    out
}

/// The submodules `code` uses by a relative path (`pub use lane::Lane;` in a `mod.rs`).
fn relative_uses(code: &str) -> Vec<String> {
    code.lines()
        .map(str::trim_start)
        .filter_map(|l| {
            l.strip_prefix("pub use ")
                .or_else(|| l.strip_prefix("use "))
        })
        .map(|path| {
            path.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|first| !["crate", "super", "self", "std", "leptos"].contains(&first.as_str()))
        .collect()
}

/// Which modules each module uses.
fn uses() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(module, code)| {
            let used = paths(code)
                .into_iter()
                .filter_map(|(is_super, segments)| {
                    let mut full = if is_super {
                        let mut parent = module.clone();
                        parent.pop();
                        parent
                    } else {
                        Vec::new()
                    };
                    full.extend(segments);
                    // The deepest module the path names (the rest are items).
                    (0..=full.len())
                        .rev()
                        .map(|n| full[..n].to_vec())
                        .find(|m| known.contains(m))
                })
                .chain(relative_uses(code).into_iter().filter_map(|first| {
                    let mut child = module.clone();
                    child.push(first);
                    known.contains(&child).then_some(child)
                }))
                .filter(|m| m != module && !m.is_empty())
                .collect();
            (module.clone(), used)
        })
        .collect()
}

/// A circle of `graph`, if it has one.
fn circle(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<Vec<String>>> {
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.clone());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// The graph of `uses` seen `depth` segments deep: each module counts as its folder there.
fn at_depth(
    uses: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
    depth: usize,
) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let cut = |m: &Vec<String>| m[..m.len().min(depth)].to_vec();
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (from, to) in uses {
        for target in to {
            let (a, b) = (cut(from), cut(target));
            if a != b {
                graph.entry(a).or_default().insert(b);
            }
        }
    }
    graph
}

fn named(circle: &[Vec<String>]) -> String {
    circle
        .iter()
        .map(|m| format!("crate::{}", m.join("::")))
        .collect::<Vec<_>>()
        .join(" → ")
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let uses = uses();
    assert!(uses.len() > 30, "the modules were read: {}", uses.len());
    let deepest = uses.keys().map(Vec::len).max().unwrap_or(0);
    for depth in 1..=deepest {
        if let Some(found) = circle(&at_depth(&uses, depth)) {
            panic!("an import circle, {depth} deep: {}", named(&found));
        }
    }
}

#[test]
fn at_most_four_files_stay_at_the_top_of_src() {
    let top: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .expect("src/")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(top.len() <= 4, "{top:?}");
}

#[test]
fn the_check_finds_a_circle_and_reads_imports() {
    let m = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    let mut graph = BTreeMap::new();
    graph.insert(m("a::x"), BTreeSet::from([m("b::y")]));
    graph.insert(m("b::y"), BTreeSet::from([m("b::z")]));
    graph.insert(m("b::z"), BTreeSet::from([m("a::w")]));
    assert_eq!(circle(&graph), None, "files: no circle");
    assert_eq!(
        circle(&at_depth(&graph, 1)).map(|c| named(&c)),
        Some("crate::a → crate::b → crate::a".to_owned()),
        "folders: a uses b, which uses a"
    );
    let code = code_of(
        "use crate::{a::B, c};\nuse super::d::E; // crate::not\n/// [`crate::doc`]\nlet x = crate::f::g();\n",
    );
    let found: Vec<(bool, Vec<String>)> = paths(&code);
    assert_eq!(
        found,
        [
            (false, m("a::B")),
            (false, m("c")),
            (false, m("f::g")),
            (true, m("d::E"))
        ]
    );
}

/// The public types of `code` (structs, enums, type aliases, traits) and its components (a
/// `#[component]` is named like a type, and read as one in `view!`), by name.
fn public_type_names(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut component = false;
    for line in code.lines().map(str::trim_start) {
        if line.starts_with("#[component]") {
            component = true;
            continue;
        }
        let declared = ["pub struct ", "pub enum ", "pub type ", "pub trait "]
            .iter()
            .find_map(|kw| line.strip_prefix(kw))
            .or_else(|| line.strip_prefix("pub fn ").filter(|_| component));
        if let Some(rest) = declared {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
        if !line.starts_with("#[") && !line.starts_with("///") && !line.is_empty() {
            component = false;
        }
    }
    names
}

/// Each name given to two public types (or components) in `src/`, with the modules naming it.
fn shared_type_names(modules: &BTreeMap<Vec<String>, String>) -> BTreeMap<String, Vec<String>> {
    let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (module, code) in modules {
        for name in public_type_names(code) {
            by_name.entry(name).or_default().push(module.join("::"));
        }
    }
    by_name.retain(|_, modules| modules.len() > 1);
    by_name
}

#[test]
fn no_two_public_types_share_a_name() {
    let shared = shared_type_names(&modules());
    assert!(
        shared.is_empty(),
        "public types (or components) sharing a name, which a reader confuses: {shared:?}"
    );
}

#[test]
fn the_check_finds_two_types_of_one_name() {
    let mut two = BTreeMap::new();
    two.insert(
        vec!["a".to_owned()],
        "pub enum Stage {\n    A,\n}\npub struct Kept;".to_owned(),
    );
    two.insert(
        vec!["b".to_owned()],
        "#[component]\npub fn Stage(x: u8) -> impl IntoView {}\npub fn Kept() {}".to_owned(),
    );
    let shared = shared_type_names(&two);
    assert_eq!(shared.keys().collect::<Vec<_>>(), ["Stage"]);
}
