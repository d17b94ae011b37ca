//! Source span finder: the noun phrase that names who speaks, before a cue
//! (`Secretary of State Antony Blinken said`, `a campaign spokesman told`),
//! after it (`said Blinken`, `according to the agency`), past an apposition
//! (`Blinken, speaking in Seoul, said`), or a pronoun. Every walk is bounded;
//! how a phrase grows over appositions lives in [`super::extend`].
//! Works on token indices `[start, end)`; no byte offsets here.
use super::extend::{apposition, np_paren, place_state};
pub use super::extend::{extend_apposition, post_modified};
use super::lexicon::{self as lx, has, lower};
use crate::doc::Doc;
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
        "." => has(&lx::TITLES, doc.t(t - 1)) || doc.t(t - 1).len() == 1 && is_cap(doc.t(t - 1)) || state_abbrev(doc, t - 1),
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
        lower(doc.t(t), &mut [0u8; 32]),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "these" | "those"
    )
}

/// The noun phrase ending just before token `end`, not reaching below `lo`.
pub fn np_before(doc: &Doc, end: usize, lo: usize) -> Option<(usize, usize)> {
    if end <= lo || end == 0 {
        return None;
    }
    let mut buf = [0u8; 32];
    let last = end - 1;
    if is_word(doc, last) {
        let lw = lower(doc.t(last), &mut buf);
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
            if glued_mark(doc, t) {
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
        let lw = lower(w, &mut buf);
        if lw.is_empty() && !is_cap(w) {
            break;
        }
        if has(&lx::STOP, lw) {
            // `Secretary of State`, `spokesman for the campaign`: bridge an `of`/`for`.
            let bridge = matches!(lw, "of" | "for") && t > lo && i < end && {
                let b = doc.t(t - 1);
                is_cap(b) && !has(&lx::STOP, lower(b, &mut [0u8; 32])) || has(&lx::ROLE_NOUNS, b)
            };
            if bridge && (is_cap(doc.t(i)) || doc.t(i) == "the") {
                i = t;
                continue;
            }
            break;
        }
        // A cue form is a verb unless a determiner makes it a noun (`the talks`).
        if lx::cue(lw).is_some() && !is_cap(w) && !(t > lo && article(doc, t - 1)) {
            break;
        }
        if has(&lx::DETERMINERS, lw) {
            i = t;
            break;
        }
        let cap = is_cap(w);
        if !cap {
            if lw.ends_with("ly") && lw.len() > 4 {
                break;
            }
            // A lowercase word before a name must be a role (`campaign manager Jane Roe`).
            if prev_cap && !prev_lower && !has(&lx::ROLE_NOUNS, lw) {
                break;
            }
        }
        prev_lower = !cap;
        prev_cap = cap;
        i = t;
    }
    let bare = matches!(lower(doc.t(last), &mut buf), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your");
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
    let mut buf = [0u8; 32];
    let w0 = doc.t(start);
    let l0 = lower(w0, &mut buf);
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
        let lw = lower(w, &mut buf);
        if j > start && doc.tokens[j].gap >= Gap::Line {
            break;
        }
        if has(&lx::STOP, lw) && !(j == start && has(&lx::DETERMINERS, lw)) {
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
        if j > start && (has(&lx::DETERMINERS, lw) || lx::cue(lw).is_some()) {
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
    while j > start && matches!(lower(doc.t(j - 1), &mut buf), "of" | "for" | "at" | "the") {
        j -= 1;
    }
    if words == 0 || j <= start {
        return None;
    }
    Some((start, j))
}

/// The source of a cue at token `cue`: skips auxiliaries (`has also`), then
/// takes the noun phrase, with an apposition between commas or a
/// parenthesis (`Sen. Jane Roe (D-Ore.) said`).
pub fn before_cue(doc: &Doc, cue: usize, lo: usize) -> Option<(usize, usize)> {
    let mut buf = [0u8; 32];
    let mut end = cue;
    let mut k = 0;
    // `is calling for`, `were saying`: a progressive's `be` sits with the auxiliaries.
    let progressive = doc.t(cue).ends_with("ing");
    while end > lo && k < 3 && is_word(doc, end - 1) && {
        let w = lower(doc.t(end - 1), &mut buf);
        has(&lx::AUX, w) || w.len() > 4 && w.ends_with("ly") || progressive && matches!(w, "is" | "are" | "was" | "were" | "been")
    } {
        end -= 1;
        k += 1;
    }
    if end > lo && doc.t(end - 1) == ")" {
        return np_paren(doc, end, lo);
    }
    if end > lo && doc.t(end - 1) == "," {
        // `Blinken, speaking alongside Park, said`
        let close = end - 1;
        let mut open = close;
        // `of Springfield, Va., said`: the comma before a state is inside the phrase.
        let mut state_comma = None;
        while open > lo && close - open < 31 && (doc.t(open - 1) != "," || open < close && place_state(doc, open) && state_comma.is_none())
        {
            if doc.t(open - 1) == "," {
                state_comma = Some(open - 1);
            }
            open -= 1;
        }
        if let (Some(sc), true) = (state_comma, open <= lo || doc.t(open - 1) != ",") {
            // no comma before the place: `Roe of Springfield, Va., said`
            let np = np_before(doc, sc, lo)?;
            return Some((np.0, close));
        }
        if open > lo && doc.t(open - 1) == "," && apposition(doc, open, close) {
            // `Rep. Jane Roe (D-Ore.), the panel's chair, said`
            // `Mary Ames, 21, a junior from Reno, said`: an age before the apposition.
            let mut o = open - 1;
            if o >= lo + 2 && doc.tokens[o - 1].kind == Tok::Num && doc.t(o - 2) == "," {
                o -= 2;
            }
            let np = if o > lo && doc.t(o - 1) == ")" { np_paren(doc, o, lo)? } else { np_before(doc, o, lo)? };
            if !is_cap(doc.t(np.1 - 1)) && doc.t(np.1 - 1) != ")" && lx::pronoun(lower(doc.t(np.0), &mut buf)).is_none() && np.1 - np.0 > 3
            {
                return None;
            }
            // `Roe, at Monday's debate, said`: a circumstance, not part of the name.
            let w = lower(doc.t(open), &mut buf);
            if has(&lx::STOP, w) && !matches!(w, "who" | "of") && !w.ends_with("ing") {
                return Some(np);
            }
            return Some((np.0, close));
        }
        return None;
    }
    let np = np_before(doc, end, lo)?;
    // `people familiar with the matter`, `sources close to the campaign`
    if np.0 > lo + 2 {
        let (a, b) = (lower(doc.t(np.0 - 2), &mut buf).to_string(), doc.t(np.0 - 1));
        if matches!((a.as_str(), b), ("familiar", "with") | ("close", "to") | ("briefed", "on")) {
            if let Some(head) = np_before(doc, np.0 - 2, lo) {
                return Some((head.0, np.1));
            }
        }
    }
    let np = post_modified(doc, np, lo);
    // `Seoul and its allies`, `Roe and her aides`: one source of two parts.
    if np.0 > lo + 1 && doc.t(np.0 - 1) == "and" && is_cap(doc.t(np.0 - 2)) {
        if let Some(first) = np_before(doc, np.0 - 1, lo) {
            return Some((first.0, np.1));
        }
    }
    Some(np)
}

/// Can the phrase act as a source of a stance or belief: a pronoun for
/// people, a name, a role, a body or a group (not `the bulldozer`)?
pub fn agentive(doc: &Doc, sp: (usize, usize)) -> bool {
    let mut buf = [0u8; 32];
    let (a, b) = sp;
    let head = lower(doc.t(b - 1), &mut buf);
    if b - a == 1 && lx::pronoun(head).is_some() {
        return !matches!(head, "it" | "which");
    }
    if (a..b).any(|t| is_cap(doc.t(t)) && (t > a || b - a == 1 || !has(&lx::DETERMINERS, lower(doc.t(t), &mut [0u8; 32])))) {
        return true;
    }
    has(&lx::AGENT_NOUNS, head)
        || has(&lx::ROLE_NOUNS, head)
        || has(&lx::DOC_SOURCES, head)
        || lx::VAGUE.iter().any(|v| v.0 == head)
        || head.ends_with("ers")
        || head.ends_with("ists")
        || head.ends_with("ians")
        || head.ends_with("ants")
        || head.ends_with("ents")
        || head == "percent"
}

/// Is the phrase a vague source? Returns the neutral explanation.
pub fn vague(doc: &Doc, sp: (usize, usize)) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    let (a, b) = sp;
    // A post-modifier (`officials in Southland`) places them; it does not name them.
    let b = (a + 1..b).find(|&t| has(&lx::POST_PREPS, doc.t(t)) || has(&lx::POST_PARTICIPLES, doc.t(t))).unwrap_or(b);
    if (a..b).any(|t| is_cap(doc.t(t)) && t > a && doc.t(t) != "White") {
        return None; // a named body: `Pentagon officials` speak for it
    }
    let v = (a..b).find_map(|t| {
        let w = lower(doc.t(t), &mut buf);
        lx::VAGUE.iter().find(|v| v.0 == w)
    })?;
    // `the source` / `a source` with a determiner still does not name anyone.
    Some(v.1)
}
