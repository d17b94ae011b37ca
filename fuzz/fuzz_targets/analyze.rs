//! Fuzz target on `factcheck::analyze`: the input's first byte picks how the
//! rest is read (UTF-8 lossily, or UTF-16LE lossily as JS strings with lone
//! surrogates reach the wasm door); then analyze must not panic or hang, and
//! every span of the contract output must lie in bounds (UTF-16 code units),
//! on character boundaries, and quote the text exactly; output must be
//! deterministic. A violation panics, so libFuzzer records the input.
//!
//!   cargo +nightly fuzz run analyze -- -dict=fuzz/analyze.dict -max_len=4096
#![no_main]
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn spans(v: &Value, units: &[u16]) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) = (m.get("start").and_then(Value::as_u64), m.get("end").and_then(Value::as_u64), m.get("text").and_then(Value::as_str)) {
                let (s, e) = (s as usize, e as usize);
                assert!(s <= e && e <= units.len(), "span {s}..{e} out of bounds (length {})", units.len());
                let quoted = String::from_utf16(&units[s..e]).unwrap_or_else(|_| panic!("span {s}..{e} splits a surrogate pair"));
                assert_eq!(quoted, t, "span {s}..{e} does not quote its text");
            }
            m.values().for_each(|x| spans(x, units));
        }
        Value::Array(xs) => xs.iter().for_each(|x| spans(x, units)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let text = if mode & 1 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        let units: Vec<u16> = rest.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    };
    let o = factcheck::Options::default();
    let Ok(a) = factcheck::analyze(&text, &o) else { return };
    let json = factcheck::to_json(&a);
    assert_eq!(json, factcheck::to_json(&factcheck::analyze(&text, &o).unwrap()), "not deterministic");
    let v: Value = serde_json::from_str(&json).expect("output is JSON");
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(v["length"].as_u64(), Some(units.len() as u64));
    spans(&v, &units);
    let ids: Vec<&str> = v["entities"].as_array().into_iter().flatten().filter_map(|e| e["id"].as_str()).collect();
    for at in v["attributions"].as_array().into_iter().flatten() {
        if let Some(e) = at["speaker"]["entity"].as_str() {
            assert!(ids.contains(&e), "speaker entity {e} is not listed");
        }
    }
});
