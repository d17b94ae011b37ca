//! What looks like a number but is not one: names and identifiers
//! (`COVID-19`, `G7`, `Boeing 737`, `Article 5`, `S&P 500`), phone numbers,
//! clock times (`9:30`, `10pm`) and the pronoun `one` (`the one who`).
//! Works on atom indices; offsets are UTF-8 bytes.
use super::atoms::Atoms;
use super::lexicon::{
    is_ordinal_suffix, is_time_suffix, ALWAYS_NAME, MONTHS, NAME_BEFORE, ONE_GENERIC_BEFORE, ONE_IDIOM, ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE, SCALES,
};
use super::unit_table::CURRENCY_BEFORE;
use super::units::unit_at;
use super::value::Core;
use crate::lower::fold;
use crate::text::Tok;

fn is_caps(w: &str) -> bool {
    w.len() >= 2 && w.len() <= 5 && w.bytes().all(|c| c.is_ascii_uppercase())
}

fn capitalised(w: &str) -> bool {
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

/// Clock times and phone numbers starting at atom `i`: the atom after them.
pub fn skip_at(a: &Atoms, i: usize) -> Option<usize> {
    if a.kind(i) != Tok::Num {
        return None;
    }
    // 9:30, 10:27 PM, 9.30am
    if a.text(i + 1.min(a.len())).len() == 1
        && i + 2 < a.len()
        && a.text(i + 1) == ":"
        && a.glued(i + 1)
        && a.glued(i + 2)
        && a.kind(i + 2) == Tok::Num
    {
        let mut e = i + 3;
        if a.near(e) && is_time_suffix(a.text(e)) {
            e += 1;
        }
        return Some(e);
    }
    if a.near(i + 1) && is_time_suffix(a.text(i + 1)) && a.text(i).len() <= 5 {
        return Some(i + 2);
    }
    // 555-1234, 800-555-1234, (555) 123-4567
    let l0 = a.text(i).len();
    if (3..=4).contains(&l0) && a.is(i + 1, "-") && a.glued(i + 1) && a.glued(i + 2) && i + 2 < a.len() && a.kind(i + 2) == Tok::Num {
        let l1 = a.text(i + 2).len();
        if l0 == 3 && l1 == 4 && a.text(i + 2).bytes().all(|b| b.is_ascii_digit()) {
            return Some(i + 3);
        }
        if l1 == 3 && a.is(i + 3, "-") && a.glued(i + 3) && a.glued(i + 4) && i + 4 < a.len() && a.text(i + 4).len() == 4 {
            return Some(i + 5);
        }
    }
    None
}

/// The word `one` used as a pronoun or in a set phrase, not as 1.
pub fn is_pronoun_one(a: &Atoms, c: &Core) -> bool {
    let i = c.start;
    if c.end != i + 1 || !a.is(i, "one") {
        return false;
    }
    let prev = if i > 0 && a.near(i) { fold(a.text(i - 1)) } else { fold("") };
    let next = if a.near(i + 1) { fold(a.text(i + 1)) } else { fold("") };
    let p = prev.as_str();
    let n = next.as_str();
    if ONE_PRONOUN_AFTER.has(p) {
        return true;
    }
    if ONE_PRONOUN_BEFORE.has(n) {
        return !(n == "more" || n == "less") || a.is(i + 2, "time");
    }
    // generic "one": one should, one might expect
    if ONE_GENERIC_BEFORE.has(n) {
        return true;
    }
    // "one way or another", "a weaker one.", "lack of one)"
    if a.is(i + 2, "or") && a.is(i + 3, "another") {
        return true;
    }
    let closes = !a.near(i + 1) || (a.kind(i + 1) == Tok::Punct && !a.is_any(i + 1, &["%", "-", "$"]));
    if closes && (matches!(p, "of" | "an") || p.ends_with("er") && p.len() > 4 || p.ends_with("est")) {
        return true;
    }
    // one-on-one, hole-in-one
    let idiom = |k: usize| a.kind(k) == Tok::Word && ONE_IDIOM.has_folded(a.text(k));
    if (a.is(i + 1, "-") && a.glued(i + 1) && idiom(i + 2)) || (i >= 2 && a.is(i - 1, "-") && a.glued(i) && idiom(i - 2)) {
        return true;
    }
    if a.is(i, "One") && i + 1 < a.len() && a.kind(i + 1) == Tok::Word && capitalised(a.text(i + 1)) && a.near(i + 1) {
        return true; // One Direction, One World Trade Center
    }
    false
}
