//! What looks like a number but is not one, apart from names (those are
//! [`super::names`]): phone numbers (`555-0134`, `+44 20 7946 0958`), clock
//! times (`9:30`, `10pm`) and the pronoun `one` (`the one who`). Works on
//! atom indices; offsets are UTF-8 bytes.
use super::atoms::Atoms;
use super::lexicon::{is_time_suffix, ONE_GENERIC_BEFORE, ONE_IDIOM, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE};
use super::names::capitalised;
use super::value::Core;
use crate::lower::fold;
use crate::text::Tok;

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
    if let Some(e) = phone_groups(a, i) {
        return Some(e);
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

/// `+44 20 7946 0958`, `020 7946 0958`, `(555) 123-4567`: digit groups of a
/// phone number (after a `+`, a leading zero or an area code in brackets).
fn phone_groups(a: &Atoms, i: usize) -> Option<usize> {
    let digits = |k: usize, n: std::ops::RangeInclusive<usize>| {
        a.kind(k) == Tok::Num && n.contains(&a.text(k).len()) && a.text(k).bytes().all(|b| b.is_ascii_digit())
    };
    if i >= 1 && a.text(i - 1) == "(" && digits(i, 3..=3) && a.is(i + 1, ")") && a.glued(i + 1) && a.near(i + 2) && digits(i + 2, 3..=4) {
        let tail = a.is(i + 3, "-") && a.glued(i + 3) && a.glued(i + 4) && digits(i + 4, 4..=4);
        return Some(if tail { i + 5 } else { i + 3 });
    }
    let plus = i >= 1 && a.glued(i) && a.text(i - 1) == "+" && digits(i, 1..=4);
    let zero = a.text(i).starts_with('0') && digits(i, 3..=5);
    if !plus && !zero {
        return None;
    }
    let mut j = i + 1;
    while a.gap(j) == crate::text::Gap::Space && digits(j, if plus { 1..=4 } else { 3..=4 }) {
        j += 1;
    }
    (j - i >= 3).then_some(j)
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
    // BBC One, Formula One, Air Force One: a name mid-sentence
    let named =
        i >= 2 && a.text(i) == "One" && a.near(i) && a.kind(i - 1) == Tok::Word && capitalised(a.text(i - 1)) && a.kind(i - 2) == Tok::Word;
    if named {
        return true;
    }
    if a.is(i, "One") && i + 1 < a.len() && a.kind(i + 1) == Tok::Word && capitalised(a.text(i + 1)) && a.near(i + 1) {
        return true; // One Direction, One World Trade Center
    }
    false
}
