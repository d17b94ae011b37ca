//! The rule registry against what the analysis emits and against the
//! generated reference (docs/rules.md).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::fixtures::FIXTURES;
use factcheck::rules::{reference_markdown, Rule, RuleKind};
use factcheck::{analyze_json, Options};

/// Every `"rule":"…"` value in a JSON text.
fn rule_ids(json: &str) -> Vec<String> {
    json.split("\"rule\":\"").skip(1).map(|rest| rest.split('"').next().unwrap_or("").to_string()).collect()
}

#[test]
fn every_emitted_rule_is_registered_and_documented() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let extra = ["tests/fixtures/wire_story.txt", "tests/fixtures/attribution_news.txt"]
        .map(|p| std::fs::read_to_string(format!("{}/{p}", env!("CARGO_MANIFEST_DIR"))).unwrap());
    for text in FIXTURES.iter().map(|(_, t)| t.to_string()).chain(extra) {
        let json = analyze_json(&text, &Options::default()).unwrap();
        for id in rule_ids(&json) {
            let rule = Rule::from_id(&id).unwrap_or_else(|| panic!("emitted rule {id} is not in src/rules.rs"));
            assert_ne!(rule.kind(), RuleKind::Signal, "{id} is a signal and must never be emitted");
            assert!(doc.contains(&format!("`{id}`")), "{id} is missing from docs/rules.md");
            seen.insert(id);
        }
    }
    // the corpus exercises every part of the analysis
    for family in ["sentence", "number", "attribution", "arithmetic", "figure_conflict", "opinion", "boilerplate"] {
        assert!(seen.iter().any(|id| id.starts_with(family)), "no {family}.* rule fired over the corpus");
    }
}

#[test]
fn docs_rules_md_is_generated_from_the_registry() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap();
    assert!(doc == reference_markdown(), "docs/rules.md is stale: run `cargo run --bin factcheck -- rules > docs/rules.md`");
    for r in Rule::ALL {
        assert!(doc.contains(&format!("`{}`", r.id())));
    }
}

#[test]
fn no_rule_id_literal_outside_the_registry() {
    // Code names rules by `Rule`; an id string anywhere else in src/ is a
    // second definition that can drift.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("rules.rs") {
                let src = std::fs::read_to_string(&p).unwrap();
                for r in Rule::ALL {
                    assert!(!src.contains(&format!("\"{}\"", r.id())), "{} spells the id {} as a string", p.display(), r.id());
                }
            }
        }
    }
}
