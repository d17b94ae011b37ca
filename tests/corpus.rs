//! Snapshot tests over the fixture corpus (native). Each fixture's full
//! analysis is an insta snapshot (`tests/snapshots/corpus__NAME.snap`); the
//! wasm test compares the browser build against these same snapshots.
//! Offsets in the snapshots are UTF-16 code units.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::fixtures::FIXTURES;
use factcheck::{analyze, Options};

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("span splits a surrogate pair")
}

#[test]
fn every_fixture_file_is_listed() {
    let mut on_disk: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".txt").to_string())
        .collect();
    on_disk.sort();
    let listed: Vec<String> = FIXTURES.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(on_disk, listed, "regenerate tests/common/fixtures.rs");
    assert!(listed.len() >= 20);
}

#[test]
fn corpus_snapshots() {
    for (name, text) in FIXTURES {
        let a = analyze(text, &Options::default()).unwrap();
        insta::assert_json_snapshot!(*name, a);
    }
}

#[test]
fn every_span_quotes_the_text_in_utf16() {
    for (name, text) in FIXTURES {
        let a = analyze(text, &Options::default()).unwrap();
        let v = serde_json::to_value(&a).unwrap();
        assert_eq!(v["length"].as_u64().unwrap() as usize, text.encode_utf16().count());
        let mut n = 0;
        walk_spans(&v, &mut |s, e, t| {
            n += 1;
            assert_eq!(utf16_slice(text, s, e), t, "{name}: span {s}..{e}");
        });
        assert!(n > 0, "{name}: no spans at all");
    }
}

/// Calls `f(start, end, text)` for every object that has all three fields.
pub fn walk_spans(v: &serde_json::Value, f: &mut impl FnMut(usize, usize, &str)) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) = (m.get("start"), m.get("end"), m.get("text")) {
                if let (Some(s), Some(e), Some(t)) = (s.as_u64(), e.as_u64(), t.as_str()) {
                    f(s as usize, e as usize, t);
                }
            }
            m.values().for_each(|x| walk_spans(x, f));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| walk_spans(x, f)),
        _ => {}
    }
}
