//! One schema: the hand JSON writer (src/wire.rs, what the wasm and the CLI
//! ship) says byte for byte what serde_json says of the serde model
//! (src/model.rs), over every corpus fixture and the fixtures of the other
//! engines, both from the contract shape and straight from the core's byte
//! spans. A field added to the model and not to the writer (or the other
//! way round) fails here. Offsets: UTF-16 code units, as in the contract.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::fixtures::FIXTURES;
use factcheck::{analyze, analyze_json, to_json, Options};

fn same(name: &str, text: &str) {
    let a = analyze(text, &Options::default()).unwrap();
    let serde = serde_json::to_string(&a).unwrap();
    assert_eq!(to_json(&a), serde, "{name}: the hand writer differs from serde_json (contract spans)");
    assert_eq!(analyze_json(text, &Options::default()).unwrap(), serde, "{name}: the hand writer differs from serde_json (core spans)");
}

#[test]
fn hand_writer_is_serde_json_over_the_corpus() {
    for (name, text) in FIXTURES {
        same(name, text);
    }
    same("wire_story", include_str!("fixtures/wire_story.txt"));
    same("attribution_news", include_str!("fixtures/attribution_news.txt"));
}

#[test]
fn hand_writer_is_serde_json_on_escapes_floats_and_empty_text() {
    same("empty", "");
    same(
        "escapes",
        "\u{201C}We cut costs by about 12.5%,\u{201D} the minister said \"quietly\"\\ on\ttuesday.\u{1}\u{7f}\u{1F600} Up 1e3?",
    );
    same(
        "floats",
        "Output rose from 0.1 to 0.30000000000000004 tonnes, or 1,000,000,000,000,000,000 grains, about 3.5 percent; a third of 7.",
    );
    same("surrogates", "\u{10FFFF} He said \u{2028}\u{2029} prices fell 9%.");
}
