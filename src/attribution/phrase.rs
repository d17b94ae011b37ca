//! Token tests and the core noun-phrase walkers every part of the engine
//! uses: capitalisation, title dots and possessive marks, state
//! abbreviations, whether a word may be a cue verb, and the bounded walks
//! [`np_before`] / [`np_after`] that find a noun phrase next to a token.
//! How a phrase grows past that core lives in [`super::extend`]; choosing
//! the source of a cue in [`super::source`]. Token indices `[start, end)`;
//! no byte offsets here.
use super::lexicon as lx;
use crate::doc::Doc;
use crate::lower::fold;
use crate::text::{Gap, Tok};

/// Longest source phrase walked, in tokens.
const MAX_NP: usize = 9;

pub fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

pub(super) fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == Tok::Word
}

/// A state abbreviation, alone or after a party letter (`Va`, `R-Ky`, `D-N.Y.`).
pub fn state_abbrev(doc: &Doc, t: usize) -> bool {
    let w = doc.t(t);
    let w = match w.split_once('-') {
        Some(("R" | "D" | "I", s)) => s,
        _ => w,
    };
    is_word(doc, t) && lx::STATE_ABBREVS.has(w)
}

/// A title dot (`Mr.`, `Sen.`, `Va.`) or a possessive mark glued to the word before.
pub fn glued_mark(doc: &Doc, t: usize) -> bool {
    if t == 0 || doc.tokens[t].gap != Gap::None || !is_word(doc, t - 1) {
        return false;
    }
    match doc.t(t) {
        "." => lx::TITLES.has(doc.t(t - 1)) || doc.t(t - 1).len() == 1 && is_cap(doc.t(t - 1)) || state_abbrev(doc, t - 1),
        "\u{2019}" | "'" => doc.t(t - 1).ends_with('s'),
        _ => false,
    }
}

/// May the word at `i` be a cue verb? A capitalised word only opens a
/// sentence or sits in a title-case headline (`the United States` is no cue).
pub fn verb_case(doc: &Doc, i: usize) -> bool {
    let w = doc.t(i);
    if !is_cap(w) {
        return true;
    }
    let s = doc.sentences[doc.sentence_of(i)];
    if s.first == i {
        return true;
    }
    let (mut caps, mut words) = (0, 0);
    for t in s.first..s.last.min(s.first + 40) {
        if doc.tokens[t].kind == Tok::Word {
            words += 1;
            caps += is_cap(doc.t(t)) as usize;
        }
    }
    caps * 10 >= words * 7
}

/// An article or possessive determiner.
pub fn article(doc: &Doc, t: usize) -> bool {
    matches!(
        fold(doc.t(t)).as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "these" | "those"
    )
}

/// The noun phrase ending just before token `end`, not reaching below `lo`.
pub fn np_before(doc: &Doc, end: usize, lo: usize) -> Option<(usize, usize)> {
    if end <= lo || end == 0 {
        return None;
    }
    let last = end - 1;
    if is_word(doc, last) {
        let lw_f = fold(doc.t(last));
        let lw = lw_f.as_str();
        if lx::pronoun(lw).is_some() && !matches!(lw, "him" | "her" | "his") {
            return Some((last, end));
        }
    }
    let mut i = end;
    let mut prev_lower = false; // the token after `i` is a lowercase word
    let mut prev_cap = false;
    while i > lo && end - i < MAX_NP {
        let t = i - 1;
        if doc.tokens[t].kind == Tok::Punct {
            // `GunBroker.com`: a dot glued between two words is inside a name.
            let dotted = doc.t(t) == "."
                && t > lo
                && i < end
                && doc.tokens[t].gap == Gap::None
                && doc.tokens[i].gap == Gap::None
                && is_word(doc, t - 1);
            if glued_mark(doc, t) || dotted {
                i = t;
                continue;
            }
            break;
        }
        if doc.tokens[t].kind == Tok::Num {
            if i == end {
                break;
            }
            i = t;
            continue;
        }
        let w = doc.t(t);
        let lw_f = fold(w);
        let lw = lw_f.as_str();
        if (lw.is_empty() || !w.is_ascii()) && !is_cap(w) {
            // a lowercase word off the ASCII tables (`don’t`) ends the phrase
            break;
        }
        if lx::STOP.has(lw) {
            // `Secretary of State`, `spokesman for the campaign`: bridge an `of`/`for`.
            let bridge = matches!(lw, "of" | "for") && t > lo && i < end && {
                let b = doc.t(t - 1);
                is_cap(b) && !lx::STOP.has(fold(b).as_str()) || lx::ROLE_NOUNS.has(b)
            };
            if bridge && (is_cap(doc.t(i)) || doc.t(i) == "the") {
                i = t;
                continue;
            }
            break;
        }
        // A cue form is a verb unless a determiner makes it a noun (`the talks`).
        // `the Harbor Institute think tank`: a compound noun, not the verb.
        let compound = lw == "think" && i < end && matches!(doc.t(i), "tank" | "tanks");
        let noun = compound || t > lo && article(doc, t - 1);
        if lx::cue(lw).is_some() && !is_cap(w) && !noun {
            break;
        }
        if lx::DETERMINERS.has(lw) {
            i = t;
            break;
        }
        let cap = is_cap(w);
        if !cap {
            if lw.ends_with("ly") && lw.len() > 4 {
                break;
            }
            // A lowercase word before a name must be a role (`campaign manager Jane Roe`).
            if prev_cap && !prev_lower && !lx::ROLE_NOUNS.has(lw) {
                break;
            }
        }
        prev_lower = !cap;
        prev_cap = cap;
        i = t;
    }
    let bare = matches!(fold(doc.t(last)).as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your");
    if i >= end || bare {
        return None;
    }
    // The head must be a word, not a stray number or mark.
    if !is_word(doc, last) && !glued_mark(doc, last) {
        return None;
    }
    Some((i, end))
}

/// The noun phrase starting at token `start`, not reaching `hi`.
pub fn np_after(doc: &Doc, start: usize, hi: usize) -> Option<(usize, usize)> {
    if start >= hi || start >= doc.tokens.len() {
        return None;
    }
    let w0 = doc.t(start);
    let l0_f = fold(w0);
    let l0 = l0_f.as_str();
    if is_word(doc, start) && lx::pronoun(l0).is_some() && !matches!(l0, "who" | "which" | "his" | "her" | "him") {
        return Some((start, start + 1));
    }
    if lx::WEEKDAYS.has(w0) {
        return None; // `said Friday`
    }
    let mut j = start;
    let mut words = 0;
    while j < hi && j - start < MAX_NP {
        if doc.tokens[j].kind == Tok::Punct {
            if glued_mark(doc, j) {
                j += 1;
                continue;
            }
            break;
        }
        let w = doc.t(j);
        let lw_f = fold(w);
        let lw = lw_f.as_str();
        if j > start && doc.tokens[j].gap >= Gap::Line {
            break;
        }
        if lx::STOP.has(lw) && !(j == start && lx::DETERMINERS.has(lw)) {
            let bridge = matches!(lw, "of" | "for" | "at") && j + 1 < hi && words > 0 && {
                let nx = doc.t(j + 1);
                is_cap(nx) || nx == "the"
            };
            if bridge {
                j += 1;
                continue;
            }
            break;
        }
        if j > start && (lx::DETERMINERS.has(lw) || lx::cue(lw).is_some()) {
            break;
        }
        if !is_cap(w) && lw.ends_with("ly") && lw.len() > 4 {
            break;
        }
        words += 1;
        j += 1;
    }
    // Trailing bridge words and marks are not part of it.
    while j > start && !is_word(doc, j - 1) && !glued_mark(doc, j - 1) {
        j -= 1;
    }
    while j > start && matches!(fold(doc.t(j - 1)).as_str(), "of" | "for" | "at" | "the") {
        j -= 1;
    }
    if words == 0 || j <= start {
        return None;
    }
    Some((start, j))
}
