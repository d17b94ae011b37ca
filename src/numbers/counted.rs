//! The thing counted: the noun phrase after a count (`8,000 North Korean
//! soldiers` → `North Korean soldiers`), read over atoms with a stop list
//! (no tagger). Offsets are UTF-8 bytes via the atoms.
use super::atoms::Atoms;
use super::lexicon::{Look, COLLECTIVES, DETS, MONTHS, PARTICIPLE_NOUNS, PAST_VERBS, PLURALS, SCALES, STOP};
use crate::lower::fold;
use crate::text::Tok;

fn is_stop(w: &str) -> bool {
    STOP.has_folded(w)
}

/// The counted noun before a count, across `of`: `a workforce of 2,000`,
/// `its fleet of 40` (a collective noun after a determiner). `s` is the
/// figure's first atom; nothing below `floor` is read.
pub fn before(a: &Atoms, s: usize, floor: usize) -> Option<(usize, usize)> {
    if s < floor + 3 || !a.is(s - 1, "of") || !a.near(s) || !a.near(s - 1) || !a.near(s - 2) {
        return None;
    }
    let det = a.text(s - 3);
    let opens = DETS.has_folded(det) || a.is_any(s - 3, &["a", "an"]);
    (opens && COLLECTIVES.has_folded(a.text(s - 2))).then_some((s - 2, s - 1))
}

/// A past verb: `died`, `fled`, `won` (not `injured`, `wounded`: those count people).
fn verb_like(w: &str) -> bool {
    let f = fold(w);
    let f = f.as_str();
    PAST_VERBS.has(f) || f.len() > 3 && f.ends_with("ed") && !f.ends_with("eed") && !PARTICIPLE_NOUNS.has(f)
}

fn plural(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && b[b.len() - 1] == b's' && !matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'\'' | 0x99)
}

/// The counted phrase after atom `e` (atom range), if any. `via_of` allows
/// `hundreds of people`, `one of the best speakers`, `a third of voters`.
pub fn after(a: &Atoms, mut e: usize, via_of: bool) -> Option<(usize, usize)> {
    let e0 = e;
    // four-cylinder engine
    if a.is(e, "-") && a.glued(e) && a.glued(e + 1) && a.kind(e + 1) == Tok::Word {
        e += 1;
    }
    if via_of && a.is(e, "of") && a.near(e) {
        e += 1;
        if a.near(e) && DETS.has_folded(a.text(e)) {
            e += 1;
        }
        // "a third of the country's households": a possessive determines
        let w = a.text(e);
        if a.near(e) && a.kind(e) == Tok::Word && (w.ends_with("'s") || w.ends_with("\u{2019}s")) {
            e += 1;
        }
        // "200 of the 350 delegates", "a third of its 20 million households": the whole's noun
        if a.near(e) && a.kind(e) == Tok::Num && a.near(e + 1) && !a.glued(e + 1) {
            e += 1;
            while a.near(e) && SCALES.holds(fold(a.text(e)).as_str()) {
                e += 1;
            }
        }
    }
    let mut start = e;
    if a.is_any(e, &["most", "least"]) {
        start += 1;
    }
    let mut j = start;
    let mut end = e;
    while j < a.len() && a.near(j) && j < start + 6 {
        if a.kind(j) == Tok::Punct {
            // hyphenated words: North Korean-made
            if a.text(j) == "-" && a.glued(j) && j > start && a.glued(j + 1) && j + 1 < a.len() && a.kind(j + 1) == Tok::Word {
                j += 1;
                continue;
            }
            break;
        }
        if a.kind(j) != Tok::Word {
            break;
        }
        let w = a.text(j);
        // "the most gifted and unpredictable attackers"
        if j > start && a.is_any(j, &["and", "or"]) && a.near(j + 1) && a.kind(j + 1) == Tok::Word && !is_stop(a.text(j + 1)) {
            j += 1;
            continue;
        }
        if j == start && a.is_any(j, &["most", "more", "least"]) && a.near(j + 1) {
            j += 1;
            continue;
        }
        // would-be workers, stay-at-home parents: a stop word inside a compound
        let compound = a.is(j + 1, "-") && a.glued(j + 1) && a.glued(j + 2) && a.kind(j + 2) == Tok::Word
            || j > start && a.is(j - 1, "-") && a.glued(j);
        if !compound && (is_stop(w) || MONTHS.holds(fold(w).as_str()) && w.len() > 3) {
            break;
        }
        // "50 died,", "300 fled;": a verb right after the figure is not what it counts
        let first = j == start && start == e0;
        if first && !compound && verb_like(w) && !(a.near(j + 1) && a.kind(j + 1) == Tok::Word && !is_stop(a.text(j + 1))) {
            break;
        }
        j += 1;
        end = j;
        if plural(w) || PLURALS.has_folded(w) {
            break;
        }
    }
    (end > start).then_some((start, end))
}
