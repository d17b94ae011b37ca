//! The unit matcher of the numbers engine: reads a unit phrase after (or a
//! currency before) a number, over the tables of [`super::unit_table`].
//! Works on the atom list of [`super::atoms`]; offsets are UTF-8 bytes.
use super::atoms::Atoms;
use super::lexicon::{cmp_key, Look};
use super::unit_table::{units, CURRENCY_BEFORE, U};
use crate::text::Gap;

/// The normalised text of up to `n` atoms from `i`: lower-cased, atoms
/// joined with no space where the text has none. Returns the buffer length
/// after each atom (0 where the run stopped).
pub struct Norm {
    pub buf: [u8; 64],
    pub ends: [usize; 5],
    pub exact: [u8; 64],
}

pub fn norm(a: &Atoms, i: usize, n: usize) -> Norm {
    let mut nm = Norm { buf: [0; 64], ends: [0; 5], exact: [0; 64] };
    let mut len = 0usize;
    for k in 0..n.min(5) {
        let j = i + k;
        if j >= a.len() || (k > 0 && a.gap(j) >= Gap::Line) {
            break;
        }
        let t = a.text(j).as_bytes();
        let sp = usize::from(k > 0 && a.gap(j) != Gap::None);
        if len + sp + t.len() > 64 {
            break;
        }
        if sp == 1 {
            nm.buf[len] = b' ';
            nm.exact[len] = b' ';
            len += 1;
        }
        for &c in t {
            nm.buf[len] = c.to_ascii_lowercase();
            nm.exact[len] = c;
            len += 1;
        }
        nm.ends[k] = len;
    }
    nm
}

/// All entries of a sorted table whose key is exactly `key`.
fn entries<'t, T>(table: &'t [(&'static str, T)], key: &[u8]) -> &'t [(&'static str, T)] {
    use std::cmp::Ordering::{Equal, Less};
    let lo = table.partition_point(|e| cmp_key(e.0.as_bytes(), key) == Less);
    let hi = lo + table[lo..].iter().take_while(|e| cmp_key(e.0.as_bytes(), key) == Equal).count();
    &table[lo..hi]
}

/// The longest unit starting at atom `i` (at most 5 atoms): the unit and
/// the atom index just after it.
pub fn unit_at(a: &Atoms, i: usize) -> Option<(U, usize)> {
    // quick exit: no unit key starts with the first atom
    let first = crate::lower::fold(a.text(i));
    let f = first.as_str().as_bytes();
    if f.is_empty() {
        return None;
    }
    let table = units();
    let k = table.partition_point(|e| cmp_key(e.0.as_bytes(), f) == std::cmp::Ordering::Less);
    if k >= table.len() || !table[k].0.as_bytes().starts_with(f) {
        return None;
    }
    let nm = norm(a, i, 5);
    for k in (0..5).rev() {
        let end = nm.ends[k];
        if end == 0 {
            continue;
        }
        for (_, u) in entries(table, &nm.buf[..end]) {
            if u.cs.is_empty() || u.cs.as_bytes() == &nm.exact[..end] {
                return Some((*u, i + k + 1));
            }
        }
    }
    None
}

/// A currency sign or code ending just before atom `i` (up to 3 atoms):
/// its ISO code and first atom.
pub fn currency_before(a: &Atoms, i: usize, floor: usize) -> Option<(&'static str, usize)> {
    // signs are punctuation; codes are short words (USD, Rs, US$ ends in `$`)
    if i == 0 || i <= floor || a.kind(i - 1) == crate::text::Tok::Num || a.text(i - 1).len() > 4 {
        return None;
    }
    for k in (1..=3usize).rev() {
        if i < floor + k {
            continue;
        }
        let s = i - k;
        let nm = norm(a, s, k);
        let end = nm.ends[k - 1];
        if end == 0 {
            continue;
        }
        if let Some(iso) = CURRENCY_BEFORE.look_bytes(&nm.buf[..end]) {
            // Letter codes must be written in capitals or be `Rs`: `usd` alone is too loose.
            return Some((iso, s));
        }
    }
    None
}
