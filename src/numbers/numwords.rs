//! Single number words and what they are worth: cardinals (`seven`),
//! denominators (ordinal and fraction words: `fifth`, `twenty-fifth`,
//! `thirds`, `quarter`), and the words that may open a number. Atom
//! indices; no allocation.
use super::atoms::Atoms;
use super::lexicon::{Look, CARDINALS, FRACTIONS, MIXED_SCALES, OPENERS, ORDINALS};
use super::value::int_atom;
use crate::lower::fold;
use crate::text::Tok;

pub fn card(a: &Atoms, i: usize) -> Option<f64> {
    match a.kind(i) {
        Tok::Word if i < a.len() => CARDINALS.look(fold(a.text(i)).as_str()).map(f64::from),
        _ => None,
    }
}

/// A cardinal word, or plain digits below 1000 inside a word number
/// (`3 hundred and 21`, `4 thousand 3 hundred`).
pub fn card_or_digits(a: &Atoms, i: usize) -> Option<f64> {
    card(a, i).or_else(|| int_atom(a, i).filter(|&v| v < 1000.0 && a.text(i).len() <= 3 && !a.glued(i + 1)))
}

/// Plain digits below 1000 followed by a scale word: read as a word number.
pub fn starts_mixed(a: &Atoms, i: usize) -> bool {
    card_or_digits(a, i).is_some() && a.near(i + 1) && !a.glued(i + 1) && {
        let w = fold(a.text(i + 1));
        MIXED_SCALES.has(w.as_str()) || w.as_str() == "hundred" && card_or_digits(a, i).is_some_and(|v| v < 100.0)
    }
}

/// An ordinal or fraction word (`fifth`, `thirds`, `quarter`) at `i`.
fn denom_word(a: &Atoms, i: usize) -> Option<(f64, bool)> {
    if i >= a.len() || a.kind(i) != Tok::Word {
        return None;
    }
    let w = fold(a.text(i));
    ORDINALS.look(w.as_str()).or_else(|| FRACTIONS.look(w.as_str()))
}

/// `fifth`, `twenty-fifth`, `twenty firsts`: (value, plural, end).
pub fn denom(a: &Atoms, i: usize) -> Option<(f64, bool, usize)> {
    if let Some(t) = card(a, i).filter(|&v| v >= 20.0 && v % 10.0 == 0.0) {
        let k = if a.is(i + 1, "-") && a.glued(i + 1) { i + 2 } else { i + 1 };
        if a.near(k) {
            if let Some((d, pl)) = denom_word(a, k).filter(|d| d.0 < 10.0) {
                return Some((t + d, pl, k + 1));
            }
        }
        return None;
    }
    denom_word(a, i).map(|(d, pl)| (d, pl, i + 1))
}

pub fn is_tens_ordinal(a: &Atoms, i: usize) -> bool {
    card(a, i).is_some_and(|v| v >= 20.0 && v % 10.0 == 0.0) && denom(a, i).is_some()
}

/// True when a word may begin a number (one table search for most words).
pub fn may_start(w: &str) -> bool {
    CARDINALS.holds(w) || ORDINALS.holds(w) || OPENERS.holds(w) || w.ends_with("fold")
}
