//! Qualifiers of a figure: the words before it (`about`, `up to`, `more
//! than`, `~`) or after it (`or more`, `or so`, `+`). A data table and a
//! matcher over atoms; offsets are UTF-8 bytes via the atoms.
use super::atoms::Atoms;
use super::lexicon::Look;
use super::units::norm;
use crate::model::QualifierKind as Q;
use crate::wordlist::{WordList, WordMap};

/// Qualifiers written before a number, keyed as in [`super::units::norm`]
/// (lower case, atoms joined as written), sorted.
pub static BEFORE: WordMap<Q> = WordMap::new(&[
    ("<", Q::LessThan),
    ("<=", Q::AtMost),
    (">", Q::MoreThan),
    (">=", Q::AtLeast),
    ("a little more than", Q::MoreThan),
    ("a little over", Q::MoreThan),
    ("a little under", Q::LessThan),
    ("a maximum of", Q::AtMost),
    ("a minimum of", Q::AtLeast),
    ("a shade over", Q::MoreThan),
    ("a shade under", Q::LessThan),
    ("about", Q::Approx),
    ("above", Q::MoreThan),
    ("almost", Q::Approx),
    ("an estimated", Q::Approx),
    ("approx", Q::Approx),
    ("approx.", Q::Approx),
    ("approximately", Q::Approx),
    ("around", Q::Approx),
    ("as few as", Q::AtLeast),
    ("as high as", Q::AtMost),
    ("as little as", Q::AtLeast),
    ("as low as", Q::AtLeast),
    ("as many as", Q::AtMost),
    ("as much as", Q::AtMost),
    ("at least", Q::AtLeast),
    ("at most", Q::AtMost),
    ("below", Q::LessThan),
    ("better than", Q::MoreThan),
    ("beyond", Q::MoreThan),
    ("bigger than", Q::MoreThan),
    ("circa", Q::Approx),
    ("close to", Q::Approx),
    ("estimated", Q::Approx),
    ("exceed", Q::MoreThan),
    ("exceeded", Q::MoreThan),
    ("exceeding", Q::MoreThan),
    ("exceeds", Q::MoreThan),
    ("fewer than", Q::LessThan),
    ("greater than", Q::MoreThan),
    ("higher than", Q::MoreThan),
    ("in excess of", Q::MoreThan),
    ("in the region of", Q::Approx),
    ("just over", Q::MoreThan),
    ("just short of", Q::LessThan),
    ("just shy of", Q::LessThan),
    ("just under", Q::LessThan),
    ("larger than", Q::MoreThan),
    ("less than", Q::LessThan),
    ("lower than", Q::LessThan),
    ("maximum of", Q::AtMost),
    ("minimum of", Q::AtLeast),
    ("more than", Q::MoreThan),
    ("nearly", Q::Approx),
    ("no fewer than", Q::AtLeast),
    ("no less than", Q::AtLeast),
    ("no more than", Q::AtMost),
    ("north of", Q::MoreThan),
    ("not exceeding", Q::AtMost),
    ("not less than", Q::AtLeast),
    ("not more than", Q::AtMost),
    ("over", Q::MoreThan),
    ("roughly", Q::Approx),
    ("shy of", Q::LessThan),
    ("smaller than", Q::LessThan),
    ("some", Q::Approx),
    ("south of", Q::LessThan),
    ("under", Q::LessThan),
    ("up to", Q::AtMost),
    ("upward of", Q::MoreThan),
    ("upwards of", Q::MoreThan),
    ("well above", Q::MoreThan),
    ("well below", Q::LessThan),
    ("well in excess of", Q::MoreThan),
    ("well north of", Q::MoreThan),
    ("well over", Q::MoreThan),
    ("well under", Q::LessThan),
    ("~", Q::Approx),
    ("≈", Q::Approx),
    ("≤", Q::AtMost),
    ("≥", Q::AtLeast),
]);

/// The last words of the qualifiers of several words in [`BEFORE`].
pub static MULTI_ENDS: WordList =
    crate::words!["than", "of", "as", "least", "most", "to", "estimated", "over", "under", "above", "below", "exceeding", "=", "little"];

/// Qualifiers written after a number, keyed the same way, sorted.
pub static AFTER: WordMap<Q> = WordMap::new(&[
    ("+", Q::AtLeast),
    ("-ish", Q::Approx),
    ("-odd", Q::Approx),
    ("-plus", Q::AtLeast),
    ("and above", Q::AtLeast),
    ("and counting", Q::AtLeast),
    ("and over", Q::AtLeast),
    ("and up", Q::AtLeast),
    ("ish", Q::Approx),
    ("or above", Q::AtLeast),
    ("or fewer", Q::AtMost),
    ("or greater", Q::AtLeast),
    ("or higher", Q::AtLeast),
    ("or less", Q::AtMost),
    ("or longer", Q::AtLeast),
    ("or lower", Q::AtMost),
    ("or more", Q::AtLeast),
    ("or over", Q::AtLeast),
    ("or so", Q::Approx),
    ("or thereabouts", Q::Approx),
    ("or under", Q::AtMost),
    ("plus", Q::AtLeast),
]);

fn find(table: &WordMap<Q>, key: &[u8]) -> Option<Q> {
    table.look_bytes(key)
}

/// The longest qualifier ending just before atom `i`, not reaching below
/// `floor`: its kind and first atom.
pub fn before(a: &Atoms, i: usize, floor: usize) -> Option<(Q, usize)> {
    if i == 0 || i <= floor {
        return None;
    }
    // phrases of several words end in one of these
    let multi = MULTI_ENDS.has_folded(a.text(i - 1));
    for k in (1..=4usize).rev() {
        if i < floor + k || (k > 1 && !multi) {
            continue;
        }
        let s = i - k;
        let nm = norm(a, s, k);
        let end = nm.ends[k - 1];
        if end == 0 || (s + k < a.len() && s + k == i && i < a.len() && a.gap(i) > crate::text::Gap::Space) {
            continue;
        }
        if let Some(q) = find(&BEFORE, &nm.buf[..end]) {
            // "some" and "over" must stand right before the figure.
            return Some((q, s));
        }
    }
    None
}

/// A qualifier right after atom `i` (exclusive end): its kind and end atom.
pub fn after(a: &Atoms, i: usize) -> Option<(Q, usize)> {
    if !a.near(i) {
        return None;
    }
    for k in (1..=2usize).rev() {
        let nm = norm(a, i, k);
        let end = nm.ends[k - 1];
        if end == 0 {
            continue;
        }
        if let Some(q) = find(&AFTER, &nm.buf[..end]) {
            // a bare "+" must be glued: "30+"
            if &nm.buf[..end] == b"+" && !a.glued(i) {
                return None;
            }
            // "200 or greater than 190": a comparison goes on (not `or more than`)
            if a.is(i + k, "than") && !a.is_any(i + 1, &["less", "more"]) {
                return None;
            }
            return Some((q, i + k));
        }
    }
    None
}
