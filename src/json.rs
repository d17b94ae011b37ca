//! A small JSON writer for what leaves the core (the contract's JSON and the
//! JSON exports), so the wasm ships no serde_json (its float printer alone
//! is ~17 KB of tables). Byte-identical to `serde_json::to_string` /
//! `to_string_pretty` for the same values: RFC 8259 escaping as serde_json
//! does it, integers as digits, floats as the shortest round-trip decimal
//! (`3.0`, `0.25`, `1e+16`, `-1.5e-7`), non-finite floats as `null`. Objects
//! keep the order they are built in; [`obj`] sorts keys like `json!`'s map.
//! No offsets here: spans arrive already converted (UTF-16 code units).
use std::fmt::Write;

/// A JSON value. Keys are `'static`: every key we write is a literal.
#[derive(Clone, Debug, PartialEq)]
pub enum J {
    Null,
    Bool(bool),
    Int(u64),
    Num(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
}

/// An object with its keys in byte order, as `serde_json::json!` builds it.
pub fn obj(mut fields: Vec<(&'static str, J)>) -> J {
    fields.sort_by(|a, b| a.0.cmp(b.0));
    J::Obj(fields)
}

/// A string value.
pub fn s(x: impl Into<String>) -> J {
    J::Str(x.into())
}

impl J {
    /// Compact text, as `serde_json::to_string`.
    pub fn compact(&self) -> String {
        let mut o = String::new();
        self.write(&mut o, None);
        o
    }

    /// Indented text (two spaces), as `serde_json::to_string_pretty`.
    pub fn pretty(&self) -> String {
        let mut o = String::new();
        self.write(&mut o, Some(0));
        o
    }

    fn write(&self, o: &mut String, indent: Option<usize>) {
        match self {
            J::Null => o.push_str("null"),
            J::Bool(b) => o.push_str(if *b { "true" } else { "false" }),
            J::Int(n) => int(o, *n),
            J::Num(x) => num(o, *x),
            J::Str(x) => string(o, x),
            J::Arr(items) => {
                let n = items.len();
                seq(o, indent, '[', ']', n, |o, i, ind| items[i].write(o, ind));
            }
            J::Obj(fields) => {
                let n = fields.len();
                seq(o, indent, '{', '}', n, |o, i, ind| {
                    string(o, fields[i].0);
                    o.push_str(if ind.is_some() { ": " } else { ":" });
                    fields[i].1.write(o, ind);
                });
            }
        }
    }
}

/// An array or object body: `n` items, each written by `item`.
fn seq(o: &mut String, indent: Option<usize>, open: char, close: char, n: usize, mut item: impl FnMut(&mut String, usize, Option<usize>)) {
    o.push(open);
    if n == 0 {
        o.push(close);
        return;
    }
    let inner = indent.map(|d| d + 1);
    for i in 0..n {
        if i > 0 {
            o.push(',');
        }
        if let Some(d) = inner {
            newline(o, d);
        }
        item(o, i, inner);
    }
    if let Some(d) = indent {
        newline(o, d);
    }
    o.push(close);
}

fn newline(o: &mut String, depth: usize) {
    o.push('\n');
    for _ in 0..depth {
        o.push_str("  ");
    }
}

/// An unsigned integer in decimal (no formatting machinery).
pub fn int(o: &mut String, mut n: u64) {
    let mut b = [0u8; 20];
    let mut i = b.len();
    loop {
        i -= 1;
        b[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    o.push_str(std::str::from_utf8(&b[i..]).unwrap_or(""));
}

/// A JSON string literal, escaped as serde_json does (`\"`, `\\`, the short
/// escapes for control characters, `\u00XX` for the other ones below 0x20).
/// Runs without escapes are copied whole.
pub fn string(o: &mut String, x: &str) {
    o.push('"');
    let b = x.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c >= 0x20 && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        let esc = match c {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        o.push_str(&x[from..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            o.push_str("\\u00");
            o.push(HEX[(c >> 4) as usize] as char);
            o.push(HEX[(c & 15) as usize] as char);
        } else {
            o.push_str(esc);
        }
        i += 1;
        from = i;
    }
    o.push_str(&x[from..]);
    o.push('"');
}

/// A float as serde_json writes it: the shortest decimal that reads back
/// as the same value; plain notation with at least one fractional digit for
/// 1e-5 <= |x| < 1e16 (and zero), otherwise `d.ddde+X` / `de-X`. (When the
/// shortest form has 17 significant digits and two candidates tie, the last
/// digit may differ from serde_json's; both read back as the same f64.)
pub fn num(o: &mut String, x: f64) {
    if !x.is_finite() {
        o.push_str("null");
        return;
    }
    let a = x.abs();
    if a == 0.0 || (1e-5..1e16).contains(&a) {
        let start = o.len();
        let _ = write!(o, "{x}");
        if !o[start..].contains('.') {
            o.push_str(".0");
        }
    } else {
        // Exponent form from the plain shortest digits (no `{:e}`: one float
        // printer less in the wasm): `1500000000000000000` -> `1.5e+18`,
        // `0.00000015` -> `1.5e-7`.
        let t = format!("{a}");
        let int_len = t.find('.').unwrap_or(t.len()) as i32;
        let digits: Vec<u8> = t.bytes().filter(u8::is_ascii_digit).collect();
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        let end = digits.iter().rposition(|&d| d != b'0').map_or(lead + 1, |k| k + 1);
        let exp = int_len - 1 - lead as i32;
        if x < 0.0 {
            o.push('-');
        }
        o.push(digits[lead] as char);
        if end > lead + 1 {
            o.push('.');
            o.extend(digits[lead + 1..end].iter().map(|&d| d as char));
        }
        let _ = write!(o, "e{}{exp}", if exp < 0 { "" } else { "+" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_quotes_backslashes_and_control_characters_only() {
        let mut o = String::new();
        string(&mut o, "a\"b\\c\nd\te\u{1}f\u{7f}\u{201C}\u{1F600}\u{8}\u{c}\r");
        assert_eq!(o, "\"a\\\"b\\\\c\\nd\\te\\u0001f\u{7f}\u{201C}\u{1F600}\\b\\f\\r\"");
    }

    #[test]
    fn floats_are_shortest_with_a_fraction_or_an_exponent() {
        let cases =
            [(3.0, "3.0"), (0.25, "0.25"), (-0.0, "-0.0"), (1e16, "1e+16"), (1.5e-7, "1.5e-7"), (123456.5, "123456.5"), (f64::NAN, "null")];
        for (x, want) in cases {
            let mut o = String::new();
            num(&mut o, x);
            assert_eq!(o, want, "{x}");
        }
    }

    #[test]
    fn pretty_output_indents_two_spaces_and_keeps_empty_containers_short() {
        let v = obj(vec![("b", J::Arr(vec![])), ("a", J::Arr(vec![J::Int(1), J::Null])), ("c", J::Obj(vec![]))]);
        assert_eq!(v.pretty(), "{\n  \"a\": [\n    1,\n    null\n  ],\n  \"b\": [],\n  \"c\": {}\n}");
        assert_eq!(v.compact(), "{\"a\":[1,null],\"b\":[],\"c\":{}}");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn floats_match_serde_json_across_magnitudes() {
        let mut x = 1.234_567_890_123e-12_f64;
        let mut seen = 0;
        let extremes = [f64::MAX, f64::MIN_POSITIVE, 5e-324, 1e300, -2.5e-300, 1e16, 9999999999999998.0, 1e-5, 9.99e-6];
        while x < 1e22 {
            let here = [x, -x, x.round(), (x * 1000.0).round() / 1000.0, 1.0 / x, x * 3.0 / 7.0];
            for v in here.into_iter().chain(if seen == 0 { extremes.to_vec() } else { Vec::new() }) {
                let mut o = String::new();
                num(&mut o, v);
                let theirs = serde_json::to_string(&v).unwrap();
                assert_eq!(o.parse::<f64>().unwrap().to_bits(), v.to_bits(), "{o} reads back as {v:e}");
                // With 17 significant digits two shortest forms can tie; then
                // only the last digit differs and both read back the same.
                let digits = theirs.split('e').next().unwrap().bytes().filter(u8::is_ascii_digit).count();
                if digits < 17 {
                    assert_eq!(o, theirs, "{v:e}");
                } else {
                    assert_eq!(o.len(), theirs.len(), "{v:e}");
                }
                seen += 1;
            }
            x *= 1.37;
        }
        assert!(seen > 500);
    }
}
