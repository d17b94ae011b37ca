//! Browser tests of the wasm door (`wasm-pack test --headless --chrome`
//! and `--firefox`). They check that `analyze` in the browser returns the
//! same JSON as the native build (the insta snapshots written by
//! `tests/corpus.rs`), that every span obeys `text.slice(start, end) ===
//! span.text` with JavaScript's own `slice` (UTF-16 code units), and that
//! errors arrive as real JS `Error`s.
#![cfg(target_arch = "wasm32")]

mod common;
use common::fixtures::FIXTURES;
use factcheck::wasm;
use js_sys::{JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The native analysis of a fixture, from its insta snapshot.
fn native(name: &str) -> serde_json::Value {
    let snap = SNAPSHOTS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s).expect("snapshot listed");
    // An insta snapshot is a `---` header block, then the value.
    let body = snap.splitn(3, "---\n").nth(2).expect("insta header");
    serde_json::from_str(body).expect("snapshot is JSON")
}

include!("common/snapshots.rs");

fn js_analyze(text: &str) -> JsValue {
    wasm::analyze(&JsString::from(text), None).map_err(JsValue::from).expect("analyze ok")
}

#[wasm_bindgen_test]
fn wasm_analysis_equals_native_on_every_fixture() {
    for (name, text) in FIXTURES {
        let obj = js_analyze(text);
        let json = js_sys::JSON::stringify(&obj).unwrap().as_string().unwrap();
        let wasm: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(floats(wasm), floats(native(name)), "fixture {name}");
    }
}

#[wasm_bindgen_test]
fn every_span_is_a_js_slice_of_the_text() {
    for (name, text) in FIXTURES {
        let js_text = JsString::from(*text);
        let obj = js_analyze(text);
        let json = js_sys::JSON::stringify(&obj).unwrap().as_string().unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let mut n = 0;
        walk(&v, &mut |s, e, t| {
            n += 1;
            let sliced: String = js_text.slice(s as u32, e as u32).into();
            assert_eq!(sliced, t, "{name}: {s}..{e}");
        });
        assert!(n > 0);
    }
}

#[wasm_bindgen_test]
fn emoji_and_curly_quotes_keep_utf16_offsets() {
    let text = "\u{1F6A8}\u{1F6A8} \u{201C}We will rebuild,\u{201D} Mayor Ines Alvarez said on Monday\u{a0}\u{2014} about 300 homes.";
    let obj = js_analyze(text);
    let length = Reflect::get(&obj, &"length".into()).unwrap().as_f64().unwrap() as usize;
    assert_eq!(length, text.encode_utf16().count());
    let numbers = Reflect::get(&obj, &"numbers".into()).unwrap();
    let first = Reflect::get(&numbers, &0.into()).unwrap();
    let start = Reflect::get(&first, &"start".into()).unwrap().as_f64().unwrap() as u32;
    let end = Reflect::get(&first, &"end".into()).unwrap().as_f64().unwrap() as u32;
    let sliced: String = JsString::from(text).slice(start, end).into();
    assert!(sliced.contains("300"), "{sliced}");
}

#[wasm_bindgen_test]
fn errors_are_js_errors() {
    let long = "a ".repeat(1_000_001);
    let err = wasm::analyze(&JsString::from(long.as_str()), None).map_err(JsValue::from).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    let msg: String = err.unchecked_into::<js_sys::Error>().message().into();
    assert!(msg.contains("too long"), "{msg}");

    let bad = js_sys::JSON::parse(r#"{"max_length": "ten"}"#).unwrap();
    let err = wasm::analyze(&JsString::from("Hello."), Some(bad.unchecked_into())).map_err(JsValue::from).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());

    let err = wasm::export_as(&JsString::from("Hello."), "pdf", None).map_err(JsValue::from).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn lone_surrogates_are_read_and_reported_without_shifting_offsets() {
    // "\uD800 costs 5 dollars": a lone high surrogate, built in JS.
    let text: JsString = js_sys::JSON::parse(r#""\ud800 The fee is 5 dollars.""#).unwrap().unchecked_into();
    let obj = wasm::analyze(&text, None).map_err(JsValue::from).unwrap();
    let length = Reflect::get(&obj, &"length".into()).unwrap().as_f64().unwrap() as u32;
    assert_eq!(length, text.length());
    let warnings = Reflect::get(&obj, &"warnings".into()).unwrap();
    assert_eq!(Reflect::get(&warnings, &"length".into()).unwrap().as_f64(), Some(1.0));
    let numbers = Reflect::get(&obj, &"numbers".into()).unwrap();
    let first = Reflect::get(&numbers, &0.into()).unwrap();
    let start = Reflect::get(&first, &"start".into()).unwrap().as_f64().unwrap() as u32;
    let end = Reflect::get(&first, &"end".into()).unwrap().as_f64().unwrap() as u32;
    let sliced: String = text.slice(start, end).into();
    assert!(sliced.contains('5'), "{sliced}");
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_analysis() {
    let obj = js_analyze("");
    for key in ["sentences", "numbers", "attributions", "findings"] {
        let arr = Reflect::get(&obj, &key.into()).unwrap();
        assert_eq!(Reflect::get(&arr, &"length".into()).unwrap().as_f64(), Some(0.0), "{key}");
    }
    assert!(!wasm::version().is_empty());
}

/// Every number as an f64, so `0` from JS equals `0.0` from insta.
fn floats(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => Value::from(n.as_f64().unwrap_or(f64::NAN)),
        Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, x)| (k, floats(x))).collect()),
        other => other,
    }
}

fn walk(v: &serde_json::Value, f: &mut impl FnMut(u64, u64, &str)) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) =
                (m.get("start").and_then(|x| x.as_u64()), m.get("end").and_then(|x| x.as_u64()), m.get("text").and_then(|x| x.as_str()))
            {
                f(s, e, t);
            }
            m.values().for_each(|x| walk(x, f));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, f)),
        _ => {}
    }
}
