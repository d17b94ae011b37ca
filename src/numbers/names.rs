//! Numbers that are names, not figures: models and identifiers (`G7`,
//! `COVID-19`, `4G`, `Boeing 737`), articles and clauses (`Article 5`),
//! indices (`S&P 500`) and long identifiers. Works on atom indices; offsets are UTF-8 bytes.
use super::atoms::Atoms;
use super::lexicon::{is_ordinal_suffix, is_time_suffix, ALWAYS_NAME, MONTHS, NAME_BEFORE, SCALES};
use super::unit_table::CURRENCY_BEFORE;
use super::units::unit_at;
use super::value::Core;
use crate::lower::fold;
use crate::text::Tok;

fn is_caps(w: &str) -> bool {
    w.len() >= 2 && w.len() <= 5 && w.bytes().all(|c| c.is_ascii_uppercase())
}

pub fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when the digits of `c` are part of a name or an identifier.
pub fn is_name(a: &Atoms, c: &Core, floor: usize) -> bool {
    let i = c.start;
    if a.kind(i) != Tok::Num {
        return false;
    }
    // glued to letters before: G7, A320, MH370 (not USD3.14 or Rs20)
    if a.glued(i) && a.kind(i - 1) == Tok::Word {
        let w = a.text(i - 1);
        let cur = fold(w);
        return !(matches!(cur.as_str(), "us" | "x") || CURRENCY_BEFORE.has(cur.as_str()));
    }
    // COVID-19, F-35, SCP-173 (not minus-5, mid-2019)
    if a.glued(i) && a.text(i - 1) == "-" && i >= 2 && a.glued(i - 1) {
        let w = a.text(i - 2);
        let unit_of_num = i >= 3 && a.glued(i - 2) && a.kind(i - 3) == Tok::Num;
        if a.kind(i - 2) == Tok::Word && !unit_of_num && (is_caps(w) || w.len() == 1 || ALWAYS_NAME.has_folded(w)) {
            return true;
        }
        if a.kind(i - 2) == Tok::Num {
            return false;
        }
    }
    // 783499116076687360: a long string of digits is an identifier
    if c.plain && a.text(i).len() > 15 {
        return true;
    }
    // the 50s, in their 90s: a decade, not a count
    if c.plain && a.text(i).len() == 2 && a.glued(i + 1) && a.is(i + 1, "s") {
        return true;
    }
    // # 1, No. 1
    if a.glued(i) && a.text(i - 1) == "#" {
        return true;
    }
    if i >= 2 && a.text(i - 1) == "." && a.glued(i - 1) && (a.text(i - 2) == "No" || a.text(i - 2) == "Nos" || a.text(i - 2) == "Fig") {
        return true;
    }
    // glued letters after: 4G, 3D, 13F (not 10k, 5kg, 21st, 1990s)
    let e = c.end;
    if e < a.len() && a.glued(e) && a.kind(e) == Tok::Word && e == i + 1 {
        let w = a.text(e);
        let ok = unit_at(a, e).is_some()
            || SCALES.has(fold(w).as_str())
            || is_ordinal_suffix(w)
            || w == "s"
            || is_time_suffix(w)
            || w == "e"
            || w == "x";
        if !ok {
            return true;
        }
    }
    // Article 5, Boeing 737, FTSE 100, S&P 500
    if i > floor && a.near(i) && !a.glued(i) {
        let p = i - 1;
        let w = a.text(p);
        if a.kind(p) == Tok::Word {
            let named = NAME_BEFORE.has_folded(w) && (capitalised(w) || ALWAYS_NAME.has_folded(w));
            let unitless = unit_at(a, c.end).is_none() && c.plain;
            if named && unitless {
                return true;
            }
            // S&P 500, Formula E 2: a lone capital letter before the figure
            if w.len() == 1 && w != "I" && w != "A" && w.bytes().all(|b| b.is_ascii_uppercase()) && unitless {
                return true;
            }
            if is_caps(w) && unitless && !is_time_suffix(w) && !MONTHS.has(fold(w).as_str()) && !CURRENCY_BEFORE.has(fold(w).as_str()) {
                return true;
            }
        }
        if a.kind(p) == Tok::Punct
            && w == "."
            && p >= 1
            && a.glued(p)
            && NAME_BEFORE.has_folded(a.text(p - 1))
            && capitalised(a.text(p - 1))
        {
            return true;
        }
    }
    false
}
