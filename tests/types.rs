//! The TypeScript types (types/factcheck.d.ts) against the Rust model: every
//! string union equals its enum's serde names, and the `RuleId` union is
//! `Rule::ALL` (regenerate it with `FACTCHECK_UPDATE_TYPES=1 cargo test
//! --test types`). The field names are checked by the TypeScript compiler
//! over the corpus snapshots (tests/types/check.mjs). No offsets here.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::model::{EntityKind, FindingKind, NumberKind, QualifierKind, SentenceClass, Severity};
use factcheck::rules::Rule;
use serde::Serialize;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/types/factcheck.d.ts");
const BEGIN: &str = "// RuleId: generated from Rule::ALL (src/rules.rs) by tests/types.rs; do not edit by hand.\n";
const END: &str = "// end RuleId\n";

fn union<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(" | ")
}

/// The union of `export type NAME = …;` in the .d.ts.
fn declared(dts: &str, name: &str) -> String {
    let head = format!("export type {name} = ");
    let at = dts.find(&head).unwrap_or_else(|| panic!("types/factcheck.d.ts declares no {name}"));
    let rest = &dts[at + head.len()..];
    rest[..rest.find(';').expect("a ;")].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The enum's names as `as_str` gives them, each checked against serde's.
fn names<T: Serialize + Copy>(all: &[T], as_str: impl Fn(T) -> &'static str) -> String {
    for &v in all {
        assert_eq!(serde_json::to_value(v).unwrap(), as_str(v), "names! and serde disagree");
    }
    union(all.iter().map(|&v| as_str(v)))
}

#[test]
fn string_unions_are_the_rust_enums() {
    let dts = std::fs::read_to_string(PATH).unwrap();
    let cases = [
        ("SentenceClass", names(SentenceClass::ALL, SentenceClass::as_str)),
        ("NumberKind", names(NumberKind::ALL, NumberKind::as_str)),
        ("QualifierKind", names(QualifierKind::ALL, QualifierKind::as_str)),
        ("EntityKind", names(EntityKind::ALL, EntityKind::as_str)),
        ("FindingKind", names(FindingKind::ALL, FindingKind::as_str)),
        ("Severity", names(Severity::ALL, Severity::as_str)),
    ];
    for (name, want) in cases {
        assert_eq!(declared(&dts, name), want, "types/factcheck.d.ts: {name}");
    }
    // exportAs's formats (Format has no list of its own: each must parse).
    let formats = declared(&dts, "ExportFormat");
    for f in formats.split(" | ") {
        assert!(factcheck::export::Format::parse(f.trim_matches('"')).is_some(), "ExportFormat {f} is not a format");
    }
    assert_eq!(formats.split(" | ").count(), 3, "w3c, markdown, claimreview");
}

#[test]
fn rule_id_union_is_the_registry() {
    let dts = std::fs::read_to_string(PATH).unwrap();
    let ids: Vec<String> = Rule::ALL.iter().map(|r| format!("\n  | \"{}\"", r.id())).collect();
    let block = format!("{BEGIN}export type RuleId ={};\n{END}", ids.concat());
    let (a, b) = (dts.find(BEGIN).expect("RuleId block start"), dts.find(END).expect("RuleId block end") + END.len());
    if dts[a..b] != block {
        if std::env::var_os("FACTCHECK_UPDATE_TYPES").is_some() {
            std::fs::write(PATH, format!("{}{block}{}", &dts[..a], &dts[b..])).unwrap();
        } else {
            panic!("types/factcheck.d.ts: RuleId is not Rule::ALL; run FACTCHECK_UPDATE_TYPES=1 cargo test --test types");
        }
    }
}
