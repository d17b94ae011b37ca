//! The thing counted: the noun phrase after a count (`8,000 North Korean
//! soldiers` → `North Korean soldiers`), read over atoms with a stop list
//! (no tagger). Offsets are UTF-8 bytes via the atoms.
use super::atoms::Atoms;
use super::lexicon::{look_word, Lc, WordSet};
use crate::text::Tok;

/// Words that end (or cannot start) a counted phrase, sorted.
pub static STOP: WordSet = WordSet::new(
    "a about above according across after again against ago all almost along already also am \
    among an and another any are around as at back be because been before behind being below \
    between both but by came can could did do does down during each earlier either else even \
    ever every fell few for from got had has have having he her here hers him his how however i \
    if in including into is it its just last later less like made many may me might more most \
    much must my near nearly next no nor not now of off on once one only onto or other our out \
    over own per rose said same say says see shall she should since so some such than that the \
    their them then there these they this those through thus to today told too toward towards \
    under until up upon us very via was we were what when where whether which while who whom \
    whose why will with within without would yesterday yet you your",
);

/// Determiners skipped after `of`: `a third of those screened`.
fn is_det(w: &str) -> bool {
    matches!(w, "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "your" | "my" | "all")
}

fn is_stop(w: &str) -> bool {
    look_word(STOP.table(), w).is_some()
}

fn plural(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && b[b.len() - 1] == b's' && !matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'\'' | 0x99)
}

/// The counted phrase after atom `e` (atom range), if any. `via_of` allows
/// `hundreds of people`, `one of the best speakers`, `a third of voters`.
pub fn after(a: &Atoms, mut e: usize, via_of: bool) -> Option<(usize, usize)> {
    // four-cylinder engine
    if a.is(e, "-") && a.glued(e) && a.glued(e + 1) && a.kind(e + 1) == Tok::Word {
        e += 1;
    }
    if via_of && a.is(e, "of") && a.near(e) {
        e += 1;
        if a.near(e) && is_det(Lc::new(a.text(e)).as_str()) {
            e += 1;
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
        if is_stop(w) || super::lexicon::look_word(super::lexicon::MONTHS, w).is_some() && w.len() > 3 {
            break;
        }
        j += 1;
        end = j;
        if plural(w) {
            break;
        }
    }
    (end > start).then_some((start, end))
}
