//! Direct quote finder: pairs quotation marks (curly and straight, double
//! and single) into quote pieces, one linear pass over the tokens. Handles
//! quotes spanning several sentences, paragraph-continued quotes (a
//! paragraph opening with a quote mark while the previous paragraph's quote
//! never closed), glued marks (`Washington.”I think`) and apostrophes that
//! are not quote marks (`don't`, `the ’90s`, `students’`), and says whether
//! two pieces are parts of one quotation, whether a piece stands as a full
//! sentence or ends its sentence. Works on token
//! indices; spans are UTF-8 byte offsets.
use super::phrase::is_cap;
use crate::doc::Doc;
use crate::model::Sp;
use crate::text::{Gap, Tok};

/// One quote piece: its marks and its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the piece runs to the
    /// end of its paragraph without one.
    pub close: Option<usize>,
    /// Content tokens `[first, last)` (marks excluded).
    pub first: usize,
    pub last: usize,
    /// Content bytes (marks excluded).
    pub sp: Sp,
    /// This piece continues the previous one across a paragraph break.
    pub cont: bool,
}

/// The longest single-quoted run accepted (tokens); longer is an apostrophe.
const MAX_SINGLE: usize = 60;

fn is_double(s: &str) -> bool {
    matches!(s, "\"" | "\u{201C}" | "\u{201D}" | "\u{201E}" | "\u{00AB}" | "\u{00BB}")
}

/// A mark that may open a quote at the start of a paragraph.
fn opens(s: &str) -> bool {
    matches!(s, "\"" | "\u{201C}" | "\u{201E}" | "\u{00AB}" | "\u{2018}" | "'")
}

pub fn find(doc: &Doc) -> Vec<Quote> {
    let toks = &doc.tokens;
    let n = toks.len();
    let mut out: Vec<Quote> = Vec::new();
    // (opening mark, first content token)
    let mut open: Option<(usize, usize)> = None;
    let mut cont = false;
    let mut single: Option<usize> = None;
    let mut i = 0;
    let push = |out: &mut Vec<Quote>, o: (usize, usize), close: Option<usize>, last: usize, cont: bool| {
        let first = o.1;
        if first < last {
            let sp = Sp::new(toks[first].start, toks[last - 1].end);
            out.push(Quote { open: o.0, close, first, last, sp, cont });
        }
    };
    while i < n {
        let tk = toks[i];
        let s = doc.t(i);
        // `''` (two apostrophes) is a double mark in some house styles.
        let twin = s == "'" && i + 1 < n && doc.t(i + 1) == "'" && toks[i + 1].gap == Gap::None;
        let w = if twin { 2 } else { 1 };
        if tk.gap >= Gap::Line {
            single = None;
            if let Some(o) = open.take() {
                push(&mut out, o, None, i, cont);
                cont = false;
                if tk.kind == Tok::Punct && (twin || opens(s) && is_double(s)) {
                    open = Some((i, i + w));
                    cont = true;
                    i += w;
                    continue;
                }
            }
        }
        if tk.kind != Tok::Punct {
            i += 1;
            continue;
        }
        if is_double(s) || twin {
            single = None;
            let closer = matches!(s, "\u{201D}" | "\u{00BB}");
            let opener = matches!(s, "\u{201C}" | "\u{201E}" | "\u{00AB}");
            match open {
                Some(o) if !opener => {
                    push(&mut out, o, Some(i + w - 1), i, cont);
                    open = None;
                    cont = false;
                }
                Some(o) => {
                    // A new opener while one is open: the first lost its closer.
                    push(&mut out, o, None, i, cont);
                    open = Some((i, i + w));
                    cont = false;
                }
                None if !closer => {
                    open = Some((i, i + w));
                    cont = false;
                }
                // `Thursday.”I think …`: a closing mark after a full stop,
                // glued to the next word, was meant to open.
                None if i > 0
                    && matches!(doc.t(i - 1), "." | "!" | "?")
                    && i + 1 < n
                    && toks[i + 1].gap == Gap::None
                    && toks[i + 1].kind == Tok::Word =>
                {
                    open = Some((i, i + 1));
                    cont = false;
                }
                None => {} // a stray closer
            }
            i += w;
            continue;
        }
        if open.is_some() {
            i += 1;
            continue; // single marks inside a double quote are its content
        }
        let glued_next = i + 1 < n && toks[i + 1].gap == Gap::None && toks[i + 1].kind == Tok::Word;
        let spaced_before = tk.gap != Gap::None || i == 0;
        match (s, single) {
            ("\u{2018}", _) if glued_next => single = Some(i),
            ("'", None) if glued_next && spaced_before => single = Some(i),
            ("\u{2019}" | "'", Some(o)) if tk.gap == Gap::None => {
                let after_ok = i + 1 >= n || toks[i + 1].gap != Gap::None || toks[i + 1].kind == Tok::Punct;
                // `the workers’ money`: a plural possessive before a lowercase word, not a closer
                let possessive = i > o + 1
                    && doc.tokens[i - 1].kind == Tok::Word
                    && doc.t(i - 1).ends_with('s')
                    && i + 1 < n
                    && toks[i + 1].kind == Tok::Word
                    && doc.t(i + 1).starts_with(|c: char| c.is_lowercase());
                let after_ok = after_ok && !possessive;
                if i - o <= MAX_SINGLE && after_ok {
                    push(&mut out, (o, o + 1), Some(i), i, false);
                    single = None;
                }
            }
            _ => {}
        }
        if single.is_some_and(|o| i - o > MAX_SINGLE) {
            single = None;
        }
        i += 1;
    }
    if let Some(o) = open {
        push(&mut out, o, None, n, cont);
    }
    out
}

/// Marks every token inside a quote's content (and the marks themselves).
pub fn mask(n: usize, quotes: &[Quote]) -> Vec<bool> {
    let mut m = vec![false; n];
    for q in quotes {
        let end = q.close.map_or(q.last, |c| c + 1).min(n);
        for x in m.iter_mut().take(end).skip(q.open) {
            *x = true;
        }
    }
    m
}

/// The last content token that is not a closing single mark or bracket
/// (`… me.’”` ends with the full stop).
pub fn last_mark(doc: &Doc, q: &Quote) -> usize {
    let mut k = q.last - 1;
    while k > q.first && matches!(doc.t(k), "'" | "\u{2019}" | ")" | "]") {
        k -= 1;
    }
    k
}

/// Are two quote pieces parts of one quotation (same paragraph, or continued)?
pub fn linked(doc: &Doc, a: &Quote, b: &Quote) -> bool {
    if b.cont {
        return true;
    }
    let pa = doc.paragraphs.partition_point(|p| p.last <= a.open);
    let pb = doc.paragraphs.partition_point(|p| p.last <= b.open);
    let a_end = a.close.unwrap_or(a.last);
    // `“…,” Lou told a briefing near the end of a long day in Beijing. “…”`:
    // the next piece opens the sentence right after the one the cue is in.
    let sb = doc.sentence_of(b.open);
    let next = sb == doc.sentence_of(a_end) + 1 && doc.sentences[sb].first == b.open;
    pa == pb && (b.open - a_end <= 24 || next && b.open - a_end <= 60)
}

/// Does the quote stand as a full sentence (not a scare-quoted phrase)?
pub fn standalone(doc: &Doc, q: &Quote) -> bool {
    let words = (q.first..q.last).filter(|&t| doc.tokens[t].kind != Tok::Punct).count();
    if words < 4 {
        return false;
    }
    let o = q.open;
    let at_start = o == 0
        || doc.tokens[o].gap >= Gap::Line
        || matches!(doc.t(o - 1), "." | "!" | "?" | ":" | "\u{201D}" | "\"")
        || doc.sentences.get(doc.sentence_of(o)).is_some_and(|s| s.first == o);
    let ends = q.close.is_none() || matches!(doc.t(last_mark(doc, q)), "." | "!" | "?" | "," | "\u{2026}");
    at_start && ends
}

/// Nothing but a mark or two follows the quote in its sentence.
pub fn quote_ends_sentence(doc: &Doc, q: &Quote) -> bool {
    let Some(c) = q.close else { return true };
    let n = doc.tokens.len();
    let mut k = c + 1;
    while k < n && k <= c + 2 {
        if doc.tokens[k].gap >= Gap::Line {
            return true;
        }
        match doc.t(k) {
            "." | "!" | "?" | ";" | ")" => return true,
            "," | "\u{2014}" => return false,
            _ => {}
        }
        if doc.tokens[k].kind != Tok::Punct {
            // glued or new sentence: a capital after a closing full stop
            return matches!(doc.t(last_mark(doc, q)), "." | "!" | "?") && is_cap(doc.t(k));
        }
        k += 1;
    }
    k >= n
}
