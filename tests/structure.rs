//! The shape of the source tree (issue 12): no two files of src/ depend on
//! each other, directly or through others (a file depends on another when
//! it names it by a `crate::`, `super::` or `self::` path, in a `use` or
//! inline, or by a child module's name in a `use`); no module is over
//! [`MAX_LINES`] lines; every module opens with a `//!` comment saying what
//! it owns. The few files over the limit for a reason are listed in
//! [`SPLITTING`]: they are reported as warnings, not failures. No offsets here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 300;

/// Over [`MAX_LINES`], each with its reason: warned about, not failed on.
/// `numbers/words.rs` (309 lines) is one recursive grammar: number words
/// call `and a half` / `point five`, which read number words again, so a
/// split would only make an import cycle.
const SPLITTING: &[&str] = &["numbers/words.rs"];

/// Import cycles allowed for now (each edge as `from -> to`): none.
const CYCLES_BEING_BROKEN: &[&str] = &[];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/a/b.rs` and `src/a/b/mod.rs` -> ["a", "b"]; `src/lib.rs` -> [].
fn module_of(rel: &str) -> Vec<String> {
    let rel = rel.strip_suffix(".rs").unwrap();
    let mut parts: Vec<String> = rel.split('/').map(String::from).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The code of a file without comments and string literals (so a path in a
/// doc comment or a message is not an import).
fn code(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i += text[i..].find("*/").map_or(b.len() - i, |n| n + 2);
        } else if b[i] == b'"' && !(i > 0 && b[i - 1] == b'\'') {
            // raw strings r"…" / r#"…"# and ordinary strings
            let hashes = text[..i].chars().rev().take_while(|&c| c == '#').count();
            let raw = i > hashes && b[i - hashes - 1] == b'r';
            i += 1;
            if raw {
                let close = format!("\"{}", "#".repeat(hashes));
                i += text[i..].find(&close).map_or(b.len() - i, |n| n + close.len());
            } else {
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            out.push_str("\"\"");
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

/// Every path a file names: `use` trees expanded one brace level deep, and
/// inline `crate::a::b` / `super::a` / `self::a` paths.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let split = |p: &str| -> Vec<String> { p.split("::").map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect() };
    // `use` statements
    let mut from = 0;
    while let Some(k) = code[from..].find("use ") {
        let at = from + k;
        from = at + 4;
        if at > 0 && ident(code[..at].chars().last().unwrap()) {
            continue;
        }
        let Some(end) = code[from..].find(';') else { break };
        let tree: String = code[from..from + end].split_whitespace().collect::<Vec<_>>().join(" ");
        match tree.find('{') {
            Some(open) => {
                let base = split(&tree[..open]);
                let inner = tree[open + 1..].trim_end().trim_end_matches('}');
                let mut depth = 0;
                let mut start = 0;
                let mut items = Vec::new();
                for (k, c) in inner.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            items.push(&inner[start..k]);
                            start = k + 1;
                        }
                        _ => {}
                    }
                }
                items.push(&inner[start..]);
                for it in items {
                    let it = it.split(" as ").next().unwrap().split('{').next().unwrap();
                    let mut p = base.clone();
                    p.extend(split(it));
                    out.push(p);
                }
            }
            None => out.push(split(tree.split(" as ").next().unwrap())),
        }
    }
    // inline paths
    for head in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(k) = code[from..].find(head) {
            let at = from + k;
            from = at + head.len();
            if at > 0 && (ident(code[..at].chars().last().unwrap()) || code[..at].ends_with("::")) {
                continue;
            }
            let end = code[at..].find(|c: char| !(ident(c) || c == ':')).map_or(code.len(), |n| at + n);
            if code[end..].starts_with(['{', '*']) {
                continue; // the head of a `use` tree, read above
            }
            out.push(split(&code[at..end]));
        }
    }
    out
}

struct Tree {
    /// module path -> file (relative to src/)
    modules: BTreeMap<Vec<String>, String>,
}

impl Tree {
    /// The file a path from module `here` lands in: the deepest module it names.
    fn resolve(&self, here: &[String], path: &[String]) -> Option<String> {
        let mut abs: Vec<String> = here.to_vec();
        let mut rest = path;
        match path.first().map(String::as_str) {
            Some("crate") => {
                abs.clear();
                rest = &path[1..];
            }
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    abs.pop();
                    rest = &rest[1..];
                }
            }
            Some("self") => rest = &path[1..],
            Some(first) => {
                // a 2018 relative path: only a child module of `here` counts
                let mut child = here.to_vec();
                child.push(first.to_string());
                if !self.modules.contains_key(&child) {
                    return None;
                }
            }
            None => return None,
        }
        let mut best = self.modules.get(&abs).cloned();
        for seg in rest {
            abs.push(seg.clone());
            match self.modules.get(&abs) {
                Some(f) => best = Some(f.clone()),
                None => break,
            }
        }
        best
    }
}

fn graph() -> (BTreeMap<String, BTreeSet<String>>, BTreeMap<String, String>) {
    let mut all = Vec::new();
    files(&src(), &mut all);
    let texts: BTreeMap<String, String> = all
        .iter()
        .map(|p| (p.strip_prefix(src()).unwrap().to_string_lossy().replace('\\', "/"), std::fs::read_to_string(p).unwrap()))
        .collect();
    let tree = Tree { modules: texts.keys().filter(|f| f.as_str() != "main.rs").map(|f| (module_of(f), f.clone())).collect() };
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, text) in &texts {
        if file == "main.rs" {
            continue; // a separate crate (the binary): it can reach the library only by `factcheck::`
        }
        let here = module_of(file);
        let set = edges.entry(file.clone()).or_default();
        // Unit tests (`#[cfg(test)] mod tests` at the end) are left out:
        // their `super::` is the file itself.
        let text = text.split("#[cfg(test)]").next().unwrap();
        for p in paths(&code(text)) {
            if let Some(to) = tree.resolve(&here, &p) {
                if &to != file {
                    set.insert(to);
                }
            }
        }
    }
    (edges, texts)
}

/// Every cycle, as a list of files, found by depth-first search.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        state: &mut BTreeMap<String, u8>,
        out: &mut Vec<Vec<String>>,
    ) {
        state.insert(n.to_string(), 1);
        stack.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                0 => visit(m, edges, stack, state, out),
                1 => {
                    let at = stack.iter().position(|x| x == m).unwrap();
                    let mut c = stack[at..].to_vec();
                    c.push(m.clone());
                    out.push(c);
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(n.to_string(), 2);
    }
    let mut state = BTreeMap::new();
    let mut out = Vec::new();
    for n in edges.keys() {
        if !state.contains_key(n) {
            visit(n, edges, &mut Vec::new(), &mut state, &mut out);
        }
    }
    out
}

#[test]
fn no_import_cycles_between_files() {
    let (edges, _) = graph();
    let mut bad = Vec::new();
    for c in cycles(&edges) {
        let shown = c.join(" -> ");
        let known = c.windows(2).any(|w| CYCLES_BEING_BROKEN.contains(&format!("{} -> {}", w[0], w[1]).as_str()));
        if known {
            eprintln!("warning: import cycle being broken: {shown}");
        } else {
            bad.push(shown);
        }
    }
    assert!(
        bad.is_empty(),
        "import cycles in src/ (break them by concept: move the shared part into its own module):\n  {}",
        bad.join("\n  ")
    );
}

#[test]
fn modules_stay_small_and_say_what_they_own() {
    let (_, texts) = graph();
    let mut bad = Vec::new();
    for (file, text) in &texts {
        let lines = text.lines().count();
        if lines > MAX_LINES {
            if SPLITTING.contains(&file.as_str()) {
                eprintln!("warning: src/{file} has {lines} lines (over {MAX_LINES}; being split)");
            } else {
                bad.push(format!("src/{file} has {lines} lines (over {MAX_LINES}): split it by responsibility"));
            }
        }
        if !text.trim_start().starts_with("//!") {
            bad.push(format!("src/{file} does not open with a //! comment saying what it owns"));
        }
    }
    for f in SPLITTING {
        if texts.get(*f).is_some_and(|t| t.lines().count() <= MAX_LINES) {
            eprintln!("warning: src/{f} is within {MAX_LINES} lines now: take it off SPLITTING in tests/structure.rs");
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The checker itself: it sees a cycle through a third file and ignores
/// paths in comments and strings.
#[test]
fn the_checker_finds_indirect_cycles_and_skips_comments() {
    let e = |pairs: &[(&str, &str)]| {
        let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in pairs {
            m.entry(a.to_string()).or_default().insert(b.to_string());
            m.entry(b.to_string()).or_default();
        }
        m
    };
    let c = cycles(&e(&[("a.rs", "b.rs"), ("b.rs", "c.rs"), ("c.rs", "a.rs")]));
    assert_eq!(c, vec![vec!["a.rs", "b.rs", "c.rs", "a.rs"]]);
    assert!(cycles(&e(&[("a.rs", "b.rs"), ("a.rs", "c.rs"), ("b.rs", "c.rs")])).is_empty());
    let p = paths(&code(
        "//! see crate::doc::Doc\nuse crate::numbers::{scan, words::{a, b}};\nfn f() { let s = \"crate::x\"; crate::lower::fold(s); }",
    ));
    assert_eq!(p, vec![vec!["crate", "numbers", "scan"], vec!["crate", "numbers", "words"], vec!["crate", "lower", "fold"],]);
}
