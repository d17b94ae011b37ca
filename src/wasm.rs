//! The browser door: a thin wasm-bindgen layer over the core. `analyze`
//! returns the contract as a plain JS object (UTF-16 offsets, ready for
//! `String.prototype.slice`), errors as real `Error`s. No logic lives here.
use wasm_bindgen::prelude::*;

// The contract's types (Analysis, Span, …) go into the generated .d.ts.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types/factcheck.d.ts");

use crate::export::{export, Format};
use crate::Options;

fn options(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err(JsError::new("options must be an object"));
    }
    let max = js_sys::Reflect::get(value, &JsValue::from_str("max_length")).unwrap_or(JsValue::UNDEFINED);
    if !max.is_undefined() && !max.is_null() {
        let n = max.as_f64().filter(|n| n.is_finite() && *n >= 0.0);
        let n = n.ok_or_else(|| JsError::new("bad options: max_length must be a non-negative number"))?;
        options.max_length = Some(n as usize);
    }
    Ok(options)
}

/// Reads a JS string; unpaired surrogates become U+FFFD (one UTF-16 unit
/// each, so offsets still match the caller's string) and are reported.
/// The string crosses in one bulk copy; only when it holds a U+FFFD (which
/// every unpaired surrogate becomes) is it checked unit by unit, since
/// `is_valid_utf16` costs one JS call per UTF-16 unit.
fn read_text(text: &js_sys::JsString) -> (String, Option<String>) {
    let s = String::from(text);
    let warning = (s.contains('\u{FFFD}') && !text.is_valid_utf16())
        .then(|| "the text has unpaired UTF-16 surrogates; they were read as U+FFFD (offsets are unchanged)".to_string());
    (s, warning)
}

fn analysed(text: &js_sys::JsString, opts: &JsValue) -> Result<(String, crate::model::Analysis<crate::model::Span>), JsError> {
    let (text, warning) = read_text(text);
    let mut a = crate::analyze(&text, &options(opts)?).map_err(|e| JsError::new(&e.to_string()))?;
    a.warnings.extend(warning);
    Ok((text, a))
}

/// Analyses `text` and returns the contract object (see docs/contract.md).
///
/// The object crosses as the contract's JSON (written by src/wire.rs,
/// checked byte for byte against serde_json of the serde model over the
/// corpus in tests/wire.rs) and `JSON.parse`. Measured against
/// `serde_wasm_bindgen` over the same model (`Serializer::json_compatible()`),
/// 2026-12-04, both doors in one wasm, alternating window by window
/// (`scripts/bench --boundary`, 50 windows of ~5,000 characters x 5, two
/// runs): serde_wasm_bindgen had throughput 0.86-0.89x and p50 1.24-1.42x
/// in Node, throughput 0.58-0.59x and p50 2.3-2.8x in Chromium; and the page
/// (`scripts/size`) was 151.4 KB gzip against 146.8 (+4.6 KB, over the
/// 150 KB budget). Both past the thresholds (10% slower, 3 KB larger), so the JSON
/// door stays; `--features serde-door` builds the serde one to measure again.
///
/// Its TypeScript declaration (`analyze(text: string, options?: Options):
/// Analysis`) is in types/factcheck.d.ts, with the contract's types.
#[wasm_bindgen(skip_typescript)]
pub fn analyze(text: &js_sys::JsString, options: Option<js_sys::Object>) -> Result<JsValue, JsError> {
    let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
    #[cfg(feature = "serde-door")]
    return via_serde(text, &options);
    #[cfg(not(feature = "serde-door"))]
    via_json(text, &options)
}

/// The hand JSON writer (src/wire.rs) and `JSON.parse`.
#[cfg_attr(feature = "serde-door", allow(dead_code))]
fn via_json(text: &js_sys::JsString, options: &JsValue) -> Result<JsValue, JsError> {
    let (text, warning) = read_text(text);
    let mut a = crate::analyze_core(&text, &self::options(options)?).map_err(|e| JsError::new(&e.to_string()))?;
    a.warnings.extend(warning);
    js_sys::JSON::parse(&crate::core_json(&text, &a)).map_err(|_| JsError::new("internal error: the analysis did not serialise"))
}

/// The serde model straight into JS values (plain objects, arrays, numbers, `null`).
#[cfg(any(feature = "serde-door", feature = "boundary-bench"))]
fn via_serde(text: &js_sys::JsString, options: &JsValue) -> Result<JsValue, JsError> {
    use serde::Serialize;
    let (_, a) = analysed(text, options)?;
    a.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|_| JsError::new("internal error: the analysis did not serialise"))
}

/// Both doors, for `scripts/bench --boundary` only (`--features boundary-bench`).
#[cfg(feature = "boundary-bench")]
#[wasm_bindgen(js_name = analyzeViaJson)]
pub fn analyze_via_json(text: &js_sys::JsString, options: JsValue) -> Result<JsValue, JsError> {
    via_json(text, &options)
}

#[cfg(feature = "boundary-bench")]
#[wasm_bindgen(js_name = analyzeViaSerde)]
pub fn analyze_via_serde(text: &js_sys::JsString, options: JsValue) -> Result<JsValue, JsError> {
    via_serde(text, &options)
}

/// Analyses `text` and exports it as `w3c` (JSON-LD), `markdown` or
/// `claimreview`; returns the file's text.
#[wasm_bindgen(js_name = exportAs, skip_typescript)] // declared in types/factcheck.d.ts
pub fn export_as(text: &js_sys::JsString, format: &str, options: Option<js_sys::Object>) -> Result<String, JsError> {
    let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
    // Quoted plainly, not with `{:?}`: Debug for str pulls ~3 KB of Unicode
    // escaping tables into the wasm (same text for any ordinary name).
    let format = Format::parse(format).ok_or_else(|| JsError::new(&format!("unknown export format \"{format}\"")))?;
    let (text, a) = analysed(text, &options)?;
    Ok(export(&text, &a, format))
}

/// The core's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
