//! Sentence segmentation for news text: abbreviations and titles, initials,
//! decimals, ellipses, sentences ending inside quotes, and sentences glued
//! without a space (`incursion.That`, `Thursday.”I think`).
//! Works on tokens; offsets are UTF-8 bytes.
use crate::doc::Seg;
use crate::model::Sp;
use crate::text::{Gap, Tok, Token};

/// Titles before a name: never end a sentence after them.
pub const TITLES: &[&str] = &[
    "Adm", "Brig", "Capt", "Cmdr", "Col", "Dr", "Fr", "Gen", "Gov", "Hon", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms",
    "Mt", "No", "Pres", "Prof", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Sr", "St", "Supt", "vs", "Vs",
];
/// Abbreviations that end a sentence only before a clear sentence start.
pub const ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
    "Thu", "Thurs", "Fri", "Sat", "Sun", "Inc", "Corp", "Co", "Ltd", "Jr", "Bros", "Ave", "Blvd", "Rd", "Dept", "Univ",
    "approx", "est", "etc", "Calif", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn", "Tenn", "Tex", "Va", "Wash", "Wis",
    "Ariz", "Colo", "Ga", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore", "Pa",
];
/// Capitalised words that usually open a sentence (used after `U.S.`, `Inc.`).
const STARTERS: &[&str] = &[
    "A", "An", "And", "As", "At", "But", "By", "For", "He", "Her", "His", "However", "I", "If", "In", "It", "Its",
    "Meanwhile", "Now", "On", "Our", "She", "So", "That", "The", "Their", "There", "These", "They", "This", "Those",
    "To", "We", "What", "When", "While", "Yet", "You",
];

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "\u{2026}")
}

pub fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")" | "]" | "\u{00BB}")
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Splits the tokens into sentences.
pub fn sentences(text: &str, toks: &[Token]) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut first = 0usize;
    let mut i = 0usize;
    let n = toks.len();
    let tx = |k: usize| toks[k].text(text);
    while i < n {
        // A line break always ends the sentence before it.
        if i > first && toks[i].gap >= Gap::Line {
            out.push(seg(toks, first, i));
            first = i;
        }
        let s = tx(i);
        let word_dot = toks[i].kind == Tok::Word && s.len() > 2 && s.ends_with('.');
        if !(is_terminal(s) && toks[i].kind == Tok::Punct) && !word_dot {
            i += 1;
            continue;
        }
        // Take a run of terminals and closers: `?!`, `...`, `.”`, `.)`.
        let mut j = i + 1;
        while j < n && toks[j].gap == Gap::None && (is_terminal(tx(j)) || is_closer(tx(j))) && toks[j].kind == Tok::Punct {
            j += 1;
        }
        if j >= n {
            break;
        }
        if toks[j].gap >= Gap::Line {
            i = j;
            continue;
        }
        if ends_sentence(text, toks, i, j, word_dot) {
            out.push(seg(toks, first, j));
            first = j;
        }
        i = j;
    }
    if first < n {
        out.push(seg(toks, first, n));
    }
    out
}

fn seg(toks: &[Token], first: usize, last: usize) -> Seg {
    Seg { sp: Sp::new(toks[first].start, toks[last - 1].end), first, last }
}

/// Does the sentence end after the terminal at `i` (with closers up to `j`)?
fn ends_sentence(text: &str, toks: &[Token], i: usize, j: usize, word_dot: bool) -> bool {
    let tx = |k: usize| toks[k].text(text);
    let next = tx(j);
    let next_tok = toks[j];
    let opener = matches!(next, "\"" | "\u{201C}" | "'" | "\u{2018}" | "(" | "[" | "\u{2014}");
    let next_upper = next_tok.kind == Tok::Word && starts_upper(next) || next_tok.kind == Tok::Num || opener;
    if !next_upper {
        return false;
    }
    if word_dot {
        // `U.S.` / `a.m.`: only before a clear sentence start.
        return STARTERS.contains(&next);
    }
    let term = tx(i);
    if term != "." {
        return true;
    }
    let prev = if i > 0 && toks[i].gap == Gap::None { Some(i - 1) } else { None };
    if let Some(p) = prev {
        let w = tx(p);
        if toks[p].kind == Tok::Word {
            if TITLES.contains(&w) {
                return false;
            }
            // An initial: `John F. Kennedy`.
            if w.chars().count() == 1 && starts_upper(w) {
                return false;
            }
            if ABBREVIATIONS.contains(&w) {
                return next_tok.kind == Tok::Word && STARTERS.contains(&next);
            }
        }
        if toks[p].kind == Tok::Num && next_tok.kind == Tok::Num && toks[j].gap == Gap::None {
            return false;
        }
    }
    // Glued `incursion.That`: only a capitalised word that is not all caps.
    if next_tok.gap == Gap::None && next_tok.kind == Tok::Word && j == i + 1 {
        let lower_rest = next.chars().skip(1).any(|c| c.is_lowercase()) || next == "I" || next == "A";
        return lower_rest && prev.is_some_and(|p| toks[p].kind == Tok::Word && toks[p].end - toks[p].start > 1);
    }
    true
}
