//! Numbers that are names, not figures: models and versions (`G7`,
//! `Galaxy S24`, `Windows 11`, `4G`), titles and events (`Catch-22`, `Super
//! Bowl 50`), routes, flights and labels (`Route 66`, `Gate B12`, `platform
//! 9`), articles and clauses (`Article 5`), indices (`S&P 500`) and long
//! identifiers. Works on atom indices; offsets are UTF-8 bytes.
use super::atoms::Atoms;
use super::dates::looks_like_year;
use super::lexicon::{
    is_ordinal_suffix, is_time_suffix, Look, ALWAYS_NAME, COUNT_VERBS, EXPONENT_BASES, LABEL_BEFORE, MONTHS, NAME_BEFORE, NOT_NAME_BEFORE,
    PLURALS, SCALES, STOP, TITLE_SMALL_WORDS,
};
use super::qualifier;
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
        // $US12.4m, $A3.1bn: a dollar sign and a country letter
        let dollar = i >= 2 && a.glued(i - 1) && a.text(i - 2) == "$";
        return !(matches!(cur.as_str(), "us" | "x") || CURRENCY_BEFORE.holds(cur.as_str()) || dollar);
    }
    // COVID-19, F-35, SCP-173 (not minus-5, mid-2019)
    if a.glued(i) && a.text(i - 1) == "-" && i >= 2 && a.glued(i - 1) {
        let w = a.text(i - 2);
        let unit_of_num = i >= 3 && a.glued(i - 2) && a.kind(i - 3) == Tok::Num;
        if a.kind(i - 2) == Tok::Word && !unit_of_num && (is_caps(w) || w.len() == 1 || ALWAYS_NAME.has_folded(w)) {
            return true;
        }
        // Catch-22, Apollo-11 (not Mid-2019, Pre-2008: those are years)
        let year = c.plain && looks_like_year(c.value, a.text(i).len());
        if a.kind(i - 2) == Tok::Word && !unit_of_num && capitalised(w) && w.len() > 1 && !year && !c.ordinal && plain_name_word(w) {
            return true;
        }
        if a.kind(i - 2) == Tok::Num {
            return false;
        }
    }
    // s−1, m-2, cm−1: the exponent of a unit, not a figure
    if a.glued(i) && i >= 2 && a.is_any(i - 1, &["-", "\u{2212}"]) && a.glued(i - 1) && a.kind(i - 2) == Tok::Word {
        let exp = c.plain && a.text(i).len() == 1 && c.value <= 4.0;
        if exp && (unit_at(a, i - 2).is_some_and(|u| u.1 == i - 1) || EXPONENT_BASES.has(a.text(i - 2))) {
            return true;
        }
    }
    // 24/7, 50/50, 7/7: a "fraction" of one or more is a set phrase or a name
    if c.fraction && c.end == i + 3 && a.is_any(i + 1, &["/", "\u{2044}"]) {
        let (n, d) = (a.text(i).parse::<u32>().ok(), a.text(i + 2).parse::<u32>().ok());
        if n.zip(d).is_some_and(|(n, d)| n >= d) && unit_at(a, c.end).is_none() {
            return true;
        }
    }
    // [12], [3, 7]: a reference in square brackets
    if c.plain && i >= 1 && a.text(i - 1) == "[" && a.is_any(c.end, &["]", ",", "\u{2013}", "-"]) {
        return true;
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
            || SCALES.holds(fold(w).as_str())
            || is_ordinal_suffix(w)
            || w == "s"
            || is_time_suffix(w)
            || w == "e"
            || w == "x"
            || w == "ish";
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
            // "Pixel 9 in March": `in` is not inches here
            let unitless = (unit_at(a, c.end).is_none() || a.is(c.end, "in")) && c.plain;
            if named && unitless {
                return true;
            }
            // S&P 500, Formula E 2: a lone capital letter before the figure
            if w.len() == 1 && w != "I" && w != "A" && w.bytes().all(|b| b.is_ascii_uppercase()) && unitless {
                return true;
            }
            if is_caps(w) && unitless && !is_time_suffix(w) && !MONTHS.holds(fold(w).as_str()) && !CURRENCY_BEFORE.holds(fold(w).as_str()) {
                return true;
            }
            if unitless && (titled_name(a, c, p) || label(a, c, p)) {
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

/// A capitalised word that may be (the end of) a name: not a function
/// word, month, weekday, qualifier or currency (`In 5`, `Tuesday 5`, `Some 5`).
fn plain_name_word(w: &str) -> bool {
    let f = fold(w);
    let f = f.as_str();
    !(STOP.has(f) || MONTHS.holds(f) || NOT_NAME_BEFORE.has(f) || CURRENCY_BEFORE.holds(f) || qualifier::BEFORE.holds(f))
}

/// Does the figure ending at `e` count something after it: a phrase ending
/// in a plural noun, or a verb of the figure (`Reuters 5 people`, `Google 5 were`)?
fn counts_after(a: &Atoms, e: usize) -> bool {
    // "Mars 1-2 billion years ago": a range goes on
    if a.is_any(e, &["-", "\u{2013}"]) && a.kind(e + 1) == Tok::Num {
        return true;
    }
    // a wrench 8" long: inches
    if a.glued(e) && a.is_any(e, &["\"", "\u{201d}", "\u{2033}"]) {
        return true;
    }
    if !a.near(e) || a.kind(e) != Tok::Word {
        return false;
    }
    if COUNT_VERBS.has_folded(a.text(e)) {
        return true;
    }
    // the counted phrase ends in a plural: `Union 27 member states`
    let Some((_, ce)) = super::counted::after(a, e, false) else { return false };
    let w = a.text(ce - 1);
    let f = fold(w);
    let plural = w.len() > 3 && f.as_str().ends_with('s') && !f.as_str().ends_with("ss");
    plural || PLURALS.has(f.as_str())
}

/// `Super Bowl 50`, `Route 66`, `Pixel 9`: plain digits right after a
/// capitalised word inside a sentence (a word before it on the line).
fn titled_name(a: &Atoms, c: &Core, p: usize) -> bool {
    let w = a.text(p);
    let inside = p >= 1 && a.near(p) && a.kind(p - 1) == Tok::Word;
    let short = a.text(c.start).len() <= 4 && !looks_like_year(c.value, a.text(c.start).len()) && !c.ordinal;
    // "Storm Kills 12": a verb of a headline, not a name
    let verb = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    inside && short && !verb && capitalised(w) && w.len() > 1 && plain_name_word(w) && !counts_after(a, c.end) && !headline(a, p, c.end)
}

/// A line in title case around atoms `s..e`: a capitalised function word
/// inside it (`Storm Hits Town 3 In A Row`).
fn headline(a: &Atoms, s: usize, e: usize) -> bool {
    let lo = s.saturating_sub(8);
    let mut k = s;
    while k > lo && a.near(k) {
        k -= 1;
    }
    (k + 1..e + 4).any(|j| (j < s || j >= e) && a.near(j) && j > k && capitalised(a.text(j)) && TITLE_SMALL_WORDS.has_folded(a.text(j)))
}

/// `gate 12`, `platform 9`, `seat 14`, `room 301`: a label in lower case.
fn label(a: &Atoms, c: &Core, p: usize) -> bool {
    LABEL_BEFORE.has_folded(a.text(p)) && a.text(c.start).len() <= 4 && !c.ordinal && !counts_after(a, c.end)
}
