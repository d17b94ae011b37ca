//! Dates and years: `Nov. 5, 2024`, `5 November 2024`, `November 2024`,
//! `11/25/2026`, `2024-11-05`, decades (`the 1990s`), and whether plain
//! four digits are a year. Works on atom indices; offsets UTF-8 bytes.
use super::atoms::Atoms;
use super::lexicon::{is_ordinal_suffix, Look, MONTHS, YEAR_CUES};
use crate::lower::fold;
use crate::text::Tok;

fn int(a: &Atoms, i: usize) -> Option<u32> {
    if i < a.len() && a.kind(i) == Tok::Num && a.text(i).bytes().all(|b| b.is_ascii_digit()) && a.text(i).len() <= 4 {
        a.text(i).parse().ok()
    } else {
        None
    }
}

fn is_year(v: u32, len: usize) -> bool {
    len == 4 && (1500..=2100).contains(&v)
}

fn month(a: &Atoms, i: usize) -> bool {
    if i >= a.len() || a.kind(i) != Tok::Word {
        return false;
    }
    let w = a.text(i);
    // month names are capitalised; "may"/"march" in lower case are verbs
    w.chars().next().is_some_and(char::is_uppercase) && MONTHS.holds(fold(w).as_str())
}

/// Day number with an optional ordinal suffix at `i`: the atom after it.
fn day(a: &Atoms, i: usize) -> Option<usize> {
    let d = int(a, i)?;
    if !(1..=31).contains(&d) || a.text(i).len() > 2 {
        return None;
    }
    if a.glued(i + 1) && i + 1 < a.len() && is_ordinal_suffix(a.text(i + 1)) {
        return Some(i + 2);
    }
    Some(i + 1)
}

/// `, 2024` or ` 2024` after atom `i`: the atom after the year.
fn year_after(a: &Atoms, i: usize) -> Option<usize> {
    let k = if a.is(i, ",") && a.near(i) { i + 1 } else { i };
    if a.near(k) && int(a, k).is_some_and(|y| is_year(y, a.text(k).len())) && !a.glued(k + 1) {
        return Some(k + 1);
    }
    None
}

/// A date starting at atom `i`: its end atom.
pub fn date_at(a: &Atoms, i: usize) -> Option<usize> {
    if month(a, i) {
        let mut j = i + 1;
        if a.is(j, ".") && a.glued(j) {
            j += 1;
        }
        if a.near(j) {
            if let Some(e) = day(a, j) {
                if a.is(i, "May") && a.text(i).len() == 3 && !a.glued(e) && a.near(e) && a.kind(e) == Tok::Word && !a.is(e, "and") {
                    // "May 5 people" is unusual; still a date
                }
                return Some(year_after(a, e).unwrap_or(e));
            }
            if let Some(e) = year_after(a, j) {
                return Some(e);
            }
        }
        return None;
    }
    if a.kind(i) != Tok::Num {
        return None;
    }
    // 5 November 2024, 5th of November
    if let Some(e) = day(a, i) {
        let m = if a.is(e, "of") { e + 1 } else { e };
        if a.near(m) && month(a, m) && !a.glued(m) {
            return Some(year_after(a, m + 1).unwrap_or(m + 1));
        }
    }
    // 11/25/2026, 25.11.2026, 2024-11-05
    let sep = |k: usize| a.glued(k) && a.glued(k + 1) && a.is_any(k, &["/", "-"]);
    if int(a, i).is_some()
        && sep(i + 1)
        && int(a, i + 2).is_some()
        && sep(i + 3)
        && int(a, i + 4).is_some()
        && a.text(i + 1) == a.text(i + 3)
    {
        let (l0, l2) = (a.text(i).len(), a.text(i + 4).len());
        if l0 == 4 || l2 == 4 || l2 == 2 {
            return Some(i + 5);
        }
    }
    None
}

/// A decade at `i`: `1990s`, `1990's`: its end atom.
pub fn decade_at(a: &Atoms, i: usize) -> Option<usize> {
    let v = int(a, i)?;
    if !is_year(v, a.text(i).len()) || v % 10 != 0 {
        return None;
    }
    if a.glued(i + 1) && i + 1 < a.len() && (a.text(i + 1) == "s" || a.text(i + 1) == "'s" || a.text(i + 1) == "’s") {
        return Some(i + 2);
    }
    None
}

/// Words before a figure that make a plain four-digit number a year.
pub fn year_cue(w: &str) -> bool {
    YEAR_CUES.has_folded(w)
}

/// True when plain digits `v` (written with `len` characters) read as a year.
pub fn looks_like_year(v: f64, len: usize) -> bool {
    v.fract() == 0.0 && is_year(v as u32, len)
}
