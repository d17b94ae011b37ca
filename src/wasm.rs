//! The browser door: a thin wasm-bindgen layer over the core. `analyze`
//! returns the contract as a plain JS object (UTF-16 offsets, ready for
//! `String.prototype.slice`), errors as real `Error`s. No logic lives here.
use wasm_bindgen::prelude::*;

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

/// Analyses `text` and returns the contract object (see CONTRACT.md).
#[wasm_bindgen]
pub fn analyze(text: &js_sys::JsString, options: JsValue) -> Result<JsValue, JsError> {
    let (text, warning) = read_text(text);
    let mut a = crate::analyze_core(&text, &self::options(&options)?).map_err(|e| JsError::new(&e.to_string()))?;
    a.warnings.extend(warning);
    js_sys::JSON::parse(&crate::core_json(&text, &a)).map_err(|_| JsError::new("internal error: the analysis did not serialise"))
}

/// Analyses `text` and exports it as `w3c` (JSON-LD), `markdown` or
/// `claimreview`; returns the file's text.
#[wasm_bindgen(js_name = exportAs)]
pub fn export_as(text: &js_sys::JsString, format: &str, options: JsValue) -> Result<String, JsError> {
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
