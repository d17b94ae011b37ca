//! Capitalised name chunks for the entity resolver: runs of capitalised
//! words with their leading titles (`Secretary of State Antony Blinken`,
//! `Transport Minister Clara Voss`), found in one linear pass, and the small
//! word tests they need. Token indices; no byte offsets here.
use super::lexicon::{self as lx};
use super::phrase::is_cap;
use crate::doc::Doc;
use crate::lower::fold;
use crate::text::{Gap, Tok};

/// A capitalised name chunk: tokens `[a, b)`, title tokens `[a, t)`.
#[derive(Clone, Copy)]
pub struct Chunk {
    pub a: usize,
    pub t: usize,
    pub b: usize,
}

pub fn strip_poss(w: &str) -> &str {
    w.strip_suffix("\u{2019}s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
}

fn title_word(w: &str) -> bool {
    lx::TITLES.has(w) || lx::ROLE_NOUNS.has(w)
}

/// A capitalised common noun opening a sentence (`Officials`, `Critics`).
pub fn common_noun(doc: &Doc, i: usize) -> bool {
    let l_f = fold(doc.t(i));
    let l = l_f.as_str();
    let next_cap = i + 1 < doc.tokens.len() && is_cap(doc.t(i + 1)) && doc.tokens[i + 1].gap == Gap::Space;
    !next_cap && (lx::AGENT_NOUNS.has(l) || lx::VAGUE.has(l) || lx::cue(l).is_some())
}

/// All name chunks of the text, in order (one linear pass).
pub fn chunks(doc: &Doc) -> Vec<Chunk> {
    let n = doc.tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let w = doc.t(i);
        if doc.tokens[i].kind != Tok::Word
            || !is_cap(w)
            || lx::STOP.has(fold(w).as_str())
            || lx::DETERMINERS.has(fold(w).as_str())
            || common_noun(doc, i)
        {
            i += 1;
            continue;
        }
        let a = i;
        let mut t = a;
        let mut j = i;
        while j < n && j - a < 8 {
            if j > a && doc.tokens[j].gap >= Gap::Line {
                break;
            }
            let x = doc.t(j);
            if j > a && lx::cue(fold(x).as_str()).is_some() {
                break; // `Jane Roe Says …` in a title-case headline
            }
            if doc.tokens[j].kind == Tok::Word && is_cap(x) {
                // Titles run up to the last title word: `Transport Minister Clara Voss`.
                if title_word(x) && j - a < 5 {
                    t = j + 1;
                }
                j += 1;
            } else if x == "." && doc.tokens[j].gap == Gap::None && j > a && (title_word(doc.t(j - 1)) || doc.t(j - 1).len() == 1) {
                if t == j {
                    t = j + 1;
                }
                j += 1;
            } else if x == "of" && t == j && j + 1 < n && is_cap(doc.t(j + 1)) {
                j += 1;
                t = j;
            } else {
                break;
            }
            if strip_poss(doc.t(j - 1)) != doc.t(j - 1) {
                break;
            }
        }
        out.push(Chunk { a, t: t.min(j), b: j });
        i = j.max(i + 1);
    }
    out
}
