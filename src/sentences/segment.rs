//! Sentence segmentation for news text: abbreviations and titles, initials,
//! decimals, ellipses, sentences ending inside quotes, soft-wrapped lines,
//! and sentences glued without a space (`incursion.That`, `Thursday.”I think`).
//! One linear pass over the tokens with a bounded look-around (a few tokens);
//! offsets are UTF-8 bytes.
use super::words::{ABBREVIATIONS, NEVER_FINAL, NUMBER_TITLES, STARTERS, TITLES};
use crate::model::Sp;
use crate::text::{Gap, Tok, Token};

/// A run of tokens (a sentence or a paragraph): its byte span and its token
/// index range `[first, last)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seg {
    pub sp: Sp,
    pub first: usize,
    pub last: usize,
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "\u{2026}")
}

pub fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")" | "]" | "\u{00BB}")
}

fn is_opener(s: &str) -> bool {
    matches!(s, "\"" | "\u{201C}" | "'" | "\u{2018}" | "(" | "[" | "\u{00AB}" | "\u{2014}")
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Splits the tokens into sentences.
pub fn sentences(text: &str, toks: &[Token]) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut first = 0usize;
    let mut i = 0usize;
    let n = toks.len();
    let tx = |k: usize| toks[k].text(text);
    // Inside a straight double quote (`"`) opened in this paragraph?
    let mut dq_open = false;
    while i < n {
        if toks[i].gap == Gap::Para {
            dq_open = false;
        }
        // A line break ends the sentence before it, unless the line is
        // soft-wrapped in the middle of a sentence.
        if i > first && toks[i].gap >= Gap::Line && !soft_wrap(text, toks, i) {
            out.push(seg(toks, first, i));
            first = i;
        }
        let s = tx(i);
        // One quote state for both styles, as texts mix them (`“…," he said`).
        match s {
            "\"" => dq_open = !dq_open,
            "\u{201C}" => dq_open = true,
            "\u{201D}" => dq_open = false,
            _ => {}
        }
        let word_dot = toks[i].kind == Tok::Word && s.len() > 2 && s.ends_with('.');
        if !word_dot && (!is_terminal(s) || toks[i].kind != Tok::Punct) {
            i += 1;
            continue;
        }
        // Take a run of terminals and closers: `?!`, `...`, `.”`, `.)`.
        // A straight `"` closes only when one is open; otherwise it opens
        // the next sentence (`said."We`).
        let mut j = i + 1;
        while j < n && toks[j].gap == Gap::None && toks[j].kind == Tok::Punct && (is_terminal(tx(j)) || is_closer(tx(j))) {
            match tx(j) {
                // A straight quote opens the next sentence only when glued
                // to the word after it (`said."We`); before a space or the
                // end it closes, whatever the count says.
                "\"" if !dq_open && toks.get(j + 1).is_some_and(|t| t.gap == Gap::None && t.kind != Tok::Punct) => break,
                // `Thursday.”I think`: a closing curly mark glued to the next
                // word with nothing open was meant to open that sentence.
                "\u{201D}" if !dq_open && toks.get(j + 1).is_some_and(|t| t.gap == Gap::None && t.kind == Tok::Word) => break,
                "\"" | "\u{201D}" => dq_open = false,
                _ => {}
            }
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

/// Paragraphs: runs of tokens between line breaks.
pub fn paragraphs(tokens: &[Token]) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 1..=tokens.len() {
        if i == tokens.len() || tokens[i].gap >= Gap::Line {
            if first < i {
                out.push(Seg { sp: Sp::new(tokens[first].start, tokens[i - 1].end), first, last: i });
            }
            first = i;
        }
    }
    out
}

/// A single line break between a word (or comma) and a lower-case word is a
/// wrapped line, not a sentence end.
fn soft_wrap(text: &str, toks: &[Token], i: usize) -> bool {
    if toks[i].gap != Gap::Line || i == 0 || toks[i].kind != Tok::Word || !starts_lower(toks[i].text(text)) {
        return false;
    }
    let p = &toks[i - 1];
    matches!(p.kind, Tok::Word | Tok::Num) || matches!(p.text(text), "," | ";" | "\u{2014}" | "-")
}

/// Does the sentence end after the terminal at `i` (with closers up to `j`)?
fn ends_sentence(text: &str, toks: &[Token], i: usize, j: usize, word_dot: bool) -> bool {
    let tx = |k: usize| toks[k].text(text);
    let next = tx(j);
    let next_tok = toks[j];
    // (`the U.S. “clearly” needed`: a quote opening on a lowercase word runs on)
    let opener = next_tok.kind == Tok::Punct
        && (is_opener(next) || next == "\u{201D}" && toks.get(j + 1).is_some_and(|t| t.gap == Gap::None && t.kind == Tok::Word))
        && !toks.get(j + 1).is_some_and(|t| t.kind == Tok::Word && starts_lower(t.text(text)));
    // An emoji or symbol before a capitalised word opens the next sentence.
    let symbol = next_tok.kind == Tok::Punct
        && next.chars().next().is_some_and(|c| c as u32 >= 0x2190)
        && toks.get(j + 1).is_some_and(|t| t.kind == Tok::Word && starts_upper(t.text(text)));
    let next_upper = next_tok.kind == Tok::Word && starts_upper(next) || next_tok.kind == Tok::Num || opener || symbol;
    if !next_upper {
        return false;
    }
    // A closing quote or bracket after the dot: the quotation ended with
    // the sentence (`the U.S.” He`), whatever the word before it.
    let closed = j > i + 1 && toks[i + 1..j].iter().any(|t| is_closer(t.text(text)));
    if word_dot {
        // `U.S.` / `a.m.`: only before a clear sentence start.
        if NEVER_FINAL.has(tx(i)) {
            return false;
        }
        return closed || (opener && next_tok.gap != Gap::None) || STARTERS.has(next);
    }
    let term = tx(i);
    if term != "." {
        return true;
    }
    let prev = if i > 0 && toks[i].gap == Gap::None { Some(i - 1) } else { None };
    if let Some(p) = prev {
        let w = tx(p);
        if toks[p].kind == Tok::Word && !closed {
            if TITLES.has(w) {
                return false;
            }
            if NUMBER_TITLES.has(w) && next_tok.kind == Tok::Num {
                return false;
            }
            // An initial: `John F. Kennedy`; but `Malcolm X. He`.
            if w.chars().count() == 1 && starts_upper(w) {
                return next_tok.kind == Tok::Word && STARTERS.has(next) && next != "A" && next != "I";
            }
            if ABBREVIATIONS.has(w) {
                return next_tok.kind == Tok::Word && STARTERS.has(next) || (opener && next_tok.gap != Gap::None);
            }
        }
        if toks[p].kind == Tok::Num && next_tok.kind == Tok::Num && next_tok.gap == Gap::None {
            return false;
        }
    }
    // Glued `incursion.That`: only a capitalised word that is not all caps,
    // and not a domain name (`www.Example.com`).
    if next_tok.gap == Gap::None && next_tok.kind == Tok::Word && j == i + 1 {
        let lower_rest = next.chars().skip(1).any(|c| c.is_lowercase()) || next == "I" || next == "A";
        let domain = toks.get(j + 1).is_some_and(|t| t.gap == Gap::None && t.text(text) == ".");
        let prev_ok = prev.is_some_and(|p| match toks[p].kind {
            Tok::Word => toks[p].end - toks[p].start > 1,
            Tok::Num => true,
            Tok::Punct => false,
        });
        return lower_rest && !domain && prev_ok;
    }
    true
}
