//! The core value and the digit reader: digits (`8,000`, `-2.4`, `3/4`,
//! `1 1/2`, `1e10`, `1,3`), scales after them (`1.2 million`, `5bn`, `10k`)
//! and ordinal suffixes (`21st`). Number words live in [`super::words`],
//! fractions and halves in [`super::fractions`]. Atom indices; no allocation.
use super::atoms::Atoms;
use super::fractions::{fraction_after_and, point_digits};
use super::lexicon::{is_ordinal_suffix, is_word_scale, Lc, SCALES};
use crate::text::Tok;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Core {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub words: bool,
    pub ordinal: bool,
    pub fraction: bool,
    /// A scale word or abbreviation multiplied the value.
    pub scaled: bool,
    /// The scale was a bare `m`/`M` glued to digits (million or metre).
    pub m_abbrev: Option<f64>,
    /// `hundreds`, `dozens`, `tens of thousands`: a vague count.
    pub vague: Option<[f64; 2]>,
    /// Plain digits with no separator, sign, decimal or scale (a year or id?).
    pub plain: bool,
    /// The product of the scales applied (1 when none).
    pub mult: f64,
}

impl Core {
    pub(super) fn new(value: f64, start: usize, end: usize) -> Core {
        Core {
            value,
            start,
            end,
            words: false,
            ordinal: false,
            fraction: false,
            scaled: false,
            m_abbrev: None,
            vague: None,
            plain: false,
            mult: 1.0,
        }
    }
}

fn digits_value(s: &str) -> Option<f64> {
    if s.bytes().filter(|&c| c == b'.').count() > 1 {
        return None;
    }
    // a decimal comma: 1,3 and 5,00 (one comma, one or two digits after it)
    if let Some((int, frac)) = s.split_once(',') {
        if !s.contains('.') && (1..=2).contains(&frac.len()) && !frac.contains(',') && !int.is_empty() && int.len() <= 3 {
            let (i, f) = (crate::decimal::parse(int)?, crate::decimal::parse(frac)?);
            return Some(i + f / 10f64.powi(frac.len() as i32));
        }
    }
    let mut buf = [0u8; 40];
    let mut n = 0;
    for c in s.bytes() {
        if c != b',' {
            if n == buf.len() {
                return None;
            }
            buf[n] = c;
            n += 1;
        }
    }
    crate::decimal::parse(std::str::from_utf8(&buf[..n]).ok()?)
}

pub(super) fn int_atom(a: &Atoms, i: usize) -> Option<f64> {
    if i < a.len() && a.kind(i) == Tok::Num && !a.text(i).contains(['.', ',']) {
        digits_value(a.text(i))
    } else {
        None
    }
}

fn is_slash(a: &Atoms, i: usize) -> bool {
    a.is_any(i, &["/", "\u{2044}"])
}

/// A number written in digits at atom `i`, with what is glued to it.
pub fn digits(a: &Atoms, i: usize) -> Option<Core> {
    let t = a.text(i);
    let v = digits_value(t)?;
    let mut c = Core::new(v, i, i + 1);
    c.plain = !t.contains([',', '.']);
    let mut j = i + 1;
    // 1½
    if c.plain && a.glued(j) {
        if let Some(f) = vulgar(a.text(j)) {
            c.value += f;
            c.plain = false;
            return Some(with_scales(a, c, j + 1));
        }
    }
    // 5 and a half
    if c.plain && a.is(j, "and") && a.near(j + 1) {
        if let Some(f) = fraction_after_and(a, j + 1) {
            c.value += f.value;
            c.plain = false;
            return Some(with_scales(a, c, f.end));
        }
    }
    // 1 point 5
    if c.plain && a.is(j, "point") && a.near(j + 1) {
        if let Some((d, e)) = point_digits(a, j + 1) {
            c.value += d;
            c.plain = false;
            return Some(with_scales(a, c, e));
        }
    }
    // 1.3x10^6, 6.23×10^-4
    if a.glued(j) && a.is_any(j, &["x", "×"]) && a.glued(j + 1) && a.text(j + 1) == "10" && a.text(j + 2) == "^" && a.glued(j + 2) {
        let mut k = j + 3;
        let sign = if a.is_any(k, &["-", "−"]) && a.glued(k) {
            k += 1;
            -1.0
        } else {
            1.0
        };
        if let Some(x) = int_atom(a, k).filter(|_| a.glued(k)) {
            c.value = v * 10f64.powf(sign * x);
            c.plain = false;
            c.end = k + 1;
            return Some(c);
        }
    }
    // 40 000, 1 234 567: groups of three after a space
    if c.plain && t.len() <= 3 {
        let mut k = j;
        let mut val = v;
        while a.gap(k) == crate::text::Gap::Space
            && a.kind(k) == Tok::Num
            && a.text(k).len() == 3
            && a.text(k).bytes().all(|b| b.is_ascii_digit())
        {
            val = val * 1000.0 + digits_value(a.text(k)).unwrap_or(0.0);
            k += 1;
        }
        // a last group may carry decimals: 1 234 567.89
        if k > j
            && a.gap(k) == crate::text::Gap::Space
            && a.kind(k) == Tok::Num
            && a.text(k).len() > 4
            && a.text(k).as_bytes()[3] == b'.'
            && !a.text(k).contains(',')
        {
            val = val * 1000.0 + digits_value(a.text(k)).unwrap_or(0.0);
            k += 1;
        }
        if k > j && !(a.near(k) && a.kind(k) == Tok::Num) {
            c.value = val;
            c.plain = false;
            return Some(with_scales(a, c, k));
        }
    }
    // 3/4, 20/100 (not 11/25/2026: the caller reads dates first)
    if is_slash(a, j) && a.glued(j) && a.glued(j + 1) && c.plain {
        if let Some(d) = int_atom(a, j + 1) {
            if d != 0.0 && !(is_slash(a, j + 2) && a.glued(j + 2)) {
                c.value = v / d;
                c.fraction = true;
                c.plain = false;
                return Some(with_scales(a, c, j + 2));
            }
        }
    }
    // 1 1/2
    if c.plain && a.near(j) && !a.glued(j) && is_slash(a, j + 1) && a.glued(j + 1) && a.glued(j + 2) {
        if let (Some(n), Some(d)) = (int_atom(a, j), int_atom(a, j + 2)) {
            if n < d && d != 0.0 && !(is_slash(a, j + 3) && a.glued(j + 3)) {
                c.value = v + n / d;
                c.plain = false;
                return Some(with_scales(a, c, j + 3));
            }
        }
    }
    // 1e10, 12.32e+14, 1.1^23
    if a.glued(j) && j < a.len() && (a.is(j, "e") || a.text(j) == "^") {
        let mut k = j + 1;
        let mut sign = 1.0;
        while a.glued(k) && a.is_any(k, &["+", "-"]) {
            if a.text(k) == "-" {
                sign = -sign;
            }
            k += 1;
        }
        if a.glued(k) {
            if let Some(x) = int_atom(a, k) {
                c.value = if a.text(j) == "^" { v.powf(sign * x) } else { v * 10f64.powf(sign * x) };
                c.plain = false;
                c.end = k + 1;
                return Some(c);
            }
        }
    }
    // 21st, 2nd
    if a.glued(j) && j < a.len() && is_ordinal_suffix(a.text(j)) && c.plain {
        c.ordinal = true;
        c.end = j + 1;
        return Some(c);
    }
    // 1 point 5 is read by the word reader; digits end here or take scales.
    j = c.end;
    Some(with_scales(a, c, j))
}

/// Multiplies by the scale words and abbreviations after atom `j`.
pub(super) fn with_scales(a: &Atoms, mut c: Core, mut j: usize) -> Core {
    c.end = j;
    let mut last = 0.0;
    while a.near(j) {
        let w = a.text(j);
        let lc = Lc::new(w);
        let lw = lc.as_str();
        let Some(s) = super::lexicon::look(SCALES, lw) else { break };
        let word = is_word_scale(lw) || lw.ends_with('s') && is_word_scale(&lw[..lw.len() - 1]);
        // Abbreviations (k, m, bn) glue to digits or stand one space after them.
        if !word && (c.words || j != c.end) {
            break;
        }
        if !word && (w == "m" || lw == "b") && !a.glued(j) {
            break;
        }
        if lw == "m" && w == "m" && c.m_abbrev.is_none() && last == 0.0 {
            c.m_abbrev = Some(c.value);
        }
        if last != 0.0 && s <= last && s != 12.0 || c.words && s == 100.0 && c.value >= 100.0 {
            break;
        }
        c.value *= s;
        c.mult *= s;
        c.scaled = true;
        c.plain = false;
        last = s;
        j += 1;
        c.end = j;
    }
    c
}

/// The value of a vulgar-fraction character: `½`, `¾`, `⅔`.
pub fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// An empty core at atom `i` (for values read from a single symbol).
pub fn digits_stub(i: usize) -> Core {
    Core::new(0.0, i, i + 1)
}
