//! How a source phrase grows past its core noun phrase: over an
//! apposition between commas (with an age, or a state after a place), a
//! party parenthesis (`Sen. Jane Roe (D-Ore.)`), or back over the head it
//! post-modifies (`officials in Southland`). Every walk is bounded. Token
//! indices `[start, end)`; no byte offsets here.
use super::lexicon::{self as lx};
use super::phrase::{glued_mark, is_cap, is_word, np_before, state_abbrev};
use crate::doc::Doc;
use crate::lower::fold;
use crate::text::Gap;

/// A state after a place and its comma (`Springfield, Va.`), not after a party letter.
pub(super) fn place_state(doc: &Doc, t: usize) -> bool {
    t >= 2 && !doc.t(t).contains('-') && state_abbrev(doc, t) && is_cap(doc.t(t - 2))
}

/// Does the phrase between two commas read as an apposition
/// (`the campaign manager`, `speaking in Seoul`, `who chairs the panel`)?
pub(super) fn apposition(doc: &Doc, a: usize, b: usize) -> bool {
    if a >= b || b - a > 30 {
        return false;
    }
    // `a founder of the think tank`: a phrase led by a determiner is a noun phrase.
    let np = lx::DETERMINERS.has(fold(doc.t(a)).as_str());
    let mut relative = false;
    (a..b).all(|t| {
        let w_f = fold(doc.t(t));
        let w = w_f.as_str();
        relative |= matches!(w, "who" | "which" | "whose");
        // `it is highly unusual for …`: a clause, not an apposition.
        let finite = !relative && matches!(w, "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would");
        let noun_cue = np && lx::cue(w).is_some_and(|c| c.lemma == w);
        (!matches!(w, "that" | "." | "!" | "?" | ";" | ":" | "\u{201C}" | "\u{201D}" | "\"" | "'" | "\u{2018}" | "\u{2019}")
            || glued_mark(doc, t))
            && !finite
            // (inside a relative clause a cue is its verb: `who had backed the mayor`)
            && (lx::cue(w).is_none() || noun_cue || relative || t > a && is_cap(doc.t(t)))
    })
}

/// A source phrase grows over a following apposition that runs to the end
/// of the sentence: `said Jane Roe, an economist at the bank.`
pub fn extend_apposition(doc: &Doc, sp: (usize, usize), hi: usize) -> (usize, usize) {
    // `said Sen. Jane Roe (D-Ore.), the panel's chair.`: over a short parenthesis first.
    if sp.1 < hi && doc.t(sp.1) == "(" {
        if let Some(c) = (sp.1 + 1..(sp.1 + 8).min(hi)).find(|&k| doc.t(k) == ")") {
            let wide = extend_apposition(doc, (sp.0, c + 1), hi);
            return if wide.1 > c + 1 { wide } else { sp };
        }
    }
    // `said Mr. Burman of the Tax Policy Center.`: a capitalised `of` phrase.
    if sp.1 + 1 < hi && doc.t(sp.1) == "of" && is_cap(doc.t(sp.1 + 1))
        || sp.1 + 2 < hi && doc.t(sp.1) == "of" && doc.t(sp.1 + 1) == "the" && is_cap(doc.t(sp.1 + 2))
    {
        let mut k = sp.1 + 1;
        while k < hi && k < sp.1 + 8 && is_word(doc, k) && (is_cap(doc.t(k)) || matches!(doc.t(k), "the" | "of" | "for" | "and")) {
            k += 1;
        }
        if is_cap(doc.t(k - 1)) && (k >= hi || matches!(doc.t(k), "." | "," | "!" | "?" | ";") || doc.tokens[k].gap >= Gap::Line) {
            return extend_apposition(doc, (sp.0, k), hi);
        }
    }
    if sp.1 >= hi || doc.t(sp.1) != "," {
        return sp;
    }
    let mut k = sp.1 + 1;
    while k < hi && k < sp.1 + 30 {
        if doc.tokens[k].gap >= Gap::Line || matches!(doc.t(k), "." | "!" | "?" | ";") {
            break;
        }
        k += 1;
    }
    let ends = k >= hi || doc.tokens[k].gap >= Gap::Line || matches!(doc.t(k), "." | "!" | "?" | ";");
    if ends && k > sp.1 + 1 && apposition(doc, sp.1 + 1, k) {
        return (sp.0, k);
    }
    // `said Peter Rice, chairman of the group, “and …”`: closed by a comma before the quote goes on.
    let c = (sp.1 + 2..k).find(|&t| doc.t(t) == "," && t + 1 < hi && matches!(doc.t(t + 1), "\u{201C}" | "\"" | "'" | "\u{2018}"));
    match c {
        Some(c) if apposition(doc, sp.1 + 1, c) => (sp.0, c),
        _ => sp,
    }
}

/// A name with a short parenthesis ending just before `end`: `Sen. Jane Roe (D-Ore.)`.
pub(super) fn np_paren(doc: &Doc, end: usize, lo: usize) -> Option<(usize, usize)> {
    let mut open = end - 1;
    while open > lo && end - open < 10 && doc.t(open - 1) != "(" {
        open -= 1;
    }
    if open > lo && doc.t(open - 1) == "(" {
        let np = np_before(doc, open - 1, lo)?;
        return Some((np.0, end));
    }
    None
}

/// A source phrase grows back over the head it post-modifies: `Officials
/// in Southland`, `a monitoring group based in Vienna`, `analysts at the
/// bank`. At most three steps; the head reached must be able to speak.
pub fn post_modified(doc: &Doc, np: (usize, usize), lo: usize) -> (usize, usize) {
    let mut start = np.0;
    for _ in 0..3 {
        if start < lo + 2 || !is_word(doc, start - 1) || !lx::POST_PREPS.has(doc.t(start - 1)) {
            break;
        }
        let of = doc.t(start - 1) == "of";
        let mut k = start - 1;
        if k > lo + 1 && lx::POST_PARTICIPLES.has(fold(doc.t(k - 1)).as_str()) {
            k -= 1;
        }
        let Some(head) = np_before(doc, k, lo) else { break };
        if head.1 - head.0 > 5 || lx::pronoun(fold(doc.t(head.0)).as_str()).is_some() {
            break;
        }
        start = head.0;
        // `a third of the members`: a quantity head before `of` counts the people after it.
        let quantity = fold(doc.t(head.1 - 1));
        let partitive = of && quantity.as_str().rsplit('-').next().is_some_and(|q| lx::PARTITIVE_HEADS.has(q));
        // (`the nurses surveyed`: the noun before a trailing participle is the head)
        let people = head_agent(doc, np) || np.1 - np.0 > 1 && doc.t(np.1 - 1).ends_with("ed") && head_agent(doc, (np.0, np.1 - 1));
        if head_agent(doc, head) || partitive && people {
            return (start, np.1);
        }
    }
    np
}

/// A lowercase head that names people or a body (`officials`, `group`).
fn head_agent(doc: &Doc, sp: (usize, usize)) -> bool {
    let head_f = fold(doc.t(sp.1 - 1));
    let head = head_f.as_str();
    lx::AGENT_NOUNS.has(head)
        || lx::ROLE_NOUNS.has(head)
        || lx::ORG_HEADS.has(head)
        || lx::VAGUE.has(head)
        || head.len() > 5 && ["ers", "ists", "ians", "ates", "ants", "ents"].iter().any(|s| head.ends_with(s))
}
