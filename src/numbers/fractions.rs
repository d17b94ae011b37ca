//! Fractions and vague amounts around the word grammar: `and a half`,
//! `point zero three`, `half a million`, `hundreds`, `tens of thousands`.
//! Atom indices; no allocation.
use super::atoms::Atoms;
use super::lexicon::{is_word_scale, Lc, SCALES};
use super::scan::{int_atom, with_scales, Core};
use super::words::{card, words_in};

pub fn fraction_after_and(a: &Atoms, i: usize) -> Option<Core> {
    let f = if a.is(i, "half") {
        Some(Core::new(0.5, i, i + 1))
    } else if a.is(i, "quarter") {
        Some(Core { fraction: true, ..Core::new(0.25, i, i + 1) })
    } else if a.is(i, "an") && a.is(i + 1, "half") {
        Some(Core::new(0.5, i, i + 2))
    } else {
        words_in(a, i, false)
    }?;
    let quarter = a.is(f.end - 1, "quarter") || a.is(f.end - 1, "quarters");
    if (f.fraction || a.is(i, "half") || quarter) && f.value < 1.0 {
        if quarter && !f.fraction {
            return None;
        }
        return Some(f);
    }
    None
}

/// Digits after `point`: `point 5`, `point zero three`, `point seventy-one`.
pub(super) fn point_digits(a: &Atoms, i: usize) -> Option<(f64, usize)> {
    if let Some(v) = int_atom(a, i) {
        let n = a.text(i).len() as i32;
        return Some((v / 10f64.powi(n), i + 1));
    }
    // digit by digit: point zero three
    let (mut s, mut n, mut j) = (0.0f64, 0i32, i);
    while n < 12 && (j == i || a.near(j)) {
        match card(a, j) {
            Some(v) if v < 10.0 && !a.is(j + 1, "-") => {
                s = s * 10.0 + v;
                n += 1;
                j += 1;
            }
            _ => break,
        }
    }
    if n >= 2 || (n == 1 && card(a, j).is_none()) {
        return Some((s / 10f64.powi(n), j));
    }
    // one word number: point seventy-one, point eleven
    let w = words_in(a, i, false)?;
    if w.fraction || w.ordinal || w.value >= 100.0 {
        return None;
    }
    let digits = if w.value >= 10.0 { 2 } else { 1 };
    Some((w.value / 10f64.powi(digits), w.end))
}

/// `half a million`, `half a dozen`, `half-litre`, `half an hour`.
pub(super) fn half(a: &Atoms, i: usize, f: f64) -> Option<Core> {
    let mut c = Core::new(f, i, i + 1);
    // half million, quarter million
    let w = Lc::new(a.text(i + 1));
    if a.near(i + 1) && is_word_scale(w.as_str()) && w.as_str() != "hundred" {
        return Some(with_scales(a, Core { words: true, ..c }, i + 1));
    }
    if f != 0.5 {
        return None;
    }
    c.words = true;
    c.fraction = true;
    if a.is_any(i + 1, &["a", "an"]) && a.near(i + 2) {
        let s = with_scales(a, Core { words: true, ..Core::new(0.5, i, i + 2) }, i + 2);
        if s.scaled {
            return Some(s);
        }
        c.end = i + 2; // a unit may follow: half an hour
        return Some(c);
    }
    let unit = super::units::unit_at(a, i + 1).is_some_and(|u| u.0.kind == super::units::UK::Duration);
    if a.is(i + 1, "-") && a.glued(i + 1) || a.is(i + 1, "of") || unit && a.near(i + 1) {
        return Some(c);
    }
    None
}

/// `hundreds`, `dozens`, `thousands of`, `tens of thousands`.
pub(super) fn vague(a: &Atoms, i: usize) -> Option<Core> {
    let lc = Lc::new(a.text(i));
    let w = lc.as_str();
    let base = match w {
        "tens" => 10.0,
        "dozens" => 12.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    };
    let mut c = Core::new(base, i, i + 1);
    c.words = true;
    let mut lo = if base == 12.0 { 24.0 } else { base };
    let mut hi = if base == 12.0 { 144.0 } else { base * 10.0 };
    if a.is(i + 1, "of") && a.near(i + 2) {
        let n = Lc::new(a.text(i + 2));
        if let Some(s) =
            matches!(n.as_str(), "thousands" | "millions" | "billions").then(|| super::lexicon::look(SCALES, n.as_str())).flatten()
        {
            lo *= s;
            hi *= s;
            c.end = i + 3;
        }
    } else if w == "tens" {
        return None;
    }
    c.vague = Some([lo, hi]);
    c.value = lo;
    Some(c)
}
