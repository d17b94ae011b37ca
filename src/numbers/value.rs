//! The core value of a figure ([`Core`]: value, span, how it was written)
//! and the primitives every reader shares: an integer atom, the scales
//! after a value (`1.2 million`, `5bn`), vulgar fractions (`½`). Atom
//! indices; no allocation.
use super::atoms::Atoms;
use super::lexicon::{is_word_scale, Look, SCALES};
use crate::lower::fold;
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

/// The value of a digit atom: `8,000`, `2.4`, a decimal comma `1,3`.
pub fn digits_value(s: &str) -> Option<f64> {
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

pub fn int_atom(a: &Atoms, i: usize) -> Option<f64> {
    if i < a.len() && a.kind(i) == Tok::Num && !a.text(i).contains(['.', ',']) {
        digits_value(a.text(i))
    } else {
        None
    }
}

/// Multiplies by the scale words and abbreviations after atom `j`.
pub fn with_scales(a: &Atoms, mut c: Core, mut j: usize) -> Core {
    c.end = j;
    let mut last = 0.0;
    while a.near(j) {
        let w = a.text(j);
        let lc = fold(w);
        let lw = lc.as_str();
        let Some(s) = SCALES.look(lw) else { break };
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
