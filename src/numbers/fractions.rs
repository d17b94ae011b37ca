//! Halves, quarters and vague amounts that open a number: `half a
//! million`, `half an hour`, `quarter million`, `hundreds`, `tens of
//! thousands`.
//! Atom indices; no allocation.
use super::atoms::Atoms;
use super::lexicon::{is_word_scale, Look, SCALES, VAGUE, VAGUE_AFTER_OF};
use super::value::{with_scales, Core};
use crate::lower::fold;

/// `half a million`, `half a dozen`, `half-litre`, `half an hour`.
pub fn half(a: &Atoms, i: usize, f: f64) -> Option<Core> {
    let mut c = Core::new(f, i, i + 1);
    // half million, quarter million
    let w = fold(a.text(i + 1));
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
    let unit = super::units::unit_at(a, i + 1).is_some_and(|u| u.0.kind == super::unit_table::UK::Duration);
    if a.is(i + 1, "-") && a.glued(i + 1) || a.is(i + 1, "of") || unit && a.near(i + 1) {
        return Some(c);
    }
    None
}

/// `hundreds`, `dozens`, `thousands of`, `tens of thousands`.
pub fn vague(a: &Atoms, i: usize) -> Option<Core> {
    let lc = fold(a.text(i));
    let w = lc.as_str();
    let base = VAGUE.look(w)?;
    let mut c = Core::new(base, i, i + 1);
    c.words = true;
    let mut lo = if base == 12.0 { 24.0 } else { base };
    let mut hi = if base == 12.0 { 144.0 } else { base * 10.0 };
    if a.is(i + 1, "of") && a.near(i + 2) {
        let n = fold(a.text(i + 2));
        if let Some(s) = VAGUE_AFTER_OF.has(n.as_str()).then(|| SCALES.look(n.as_str())).flatten() {
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
