//! The clause around a cue word: whether an `-s` cue form is a plural
//! noun, the subject of an infinitive of purpose, the auxiliaries before a
//! cue, a coordinating conjunction, the sentence's named subject, and a
//! relative clause without `that` whose object is the noun before it, and
//! whether a clause starts right after a cue (`said he had not “…”`), and
//! a figure given in a relative clause (`the figure that officials gave`).
//! Token indices; no byte offsets here.
use super::lexicon as lx;
use super::phrase::{is_cap, np_after, np_before};
use super::source::{agentive, before_cue};
use crate::doc::Doc;
use crate::lower::fold;
use crate::text::Tok;

/// Is the `-s` cue form at `i` a plural noun (`estimates diverge as`,
/// `claims surface that`)? The next word is then a bare verb: lowercase,
/// without `-s`/`-ed`/`-ing`, and followed by a function word or nothing.
pub(super) fn plural_noun(doc: &Doc, i: usize, end: usize) -> bool {
    let w = doc.t(i);
    if !w.ends_with('s') || w == "says" || i + 1 >= end || doc.tokens[i + 1].kind != Tok::Word {
        return false;
    }
    let v = doc.t(i + 1);
    let lv_f = fold(doc.t(i + 1));
    let lv = lv_f.as_str();
    let bare = !lv.is_empty()
        && lv == v
        && lv.bytes().all(|b| b.is_ascii_lowercase())
        && !lv.ends_with('s')
        && !lv.ends_with("ed")
        && !lv.ends_with("ing")
        && !lv.ends_with("ly")
        && !lx::STOP.has(lv)
        && !lx::DETERMINERS.has(lv)
        && lx::pronoun(lv).is_none();
    bare && (i + 2 >= end || doc.tokens[i + 2].kind == Tok::Word && lx::STOP.has(fold(doc.t(i + 2)).as_str()))
}

/// `The leaders met on Friday to discuss …`: a stance verb's infinitive of
/// purpose after a plain past verb takes that verb's subject.
pub(super) fn purpose(doc: &Doc, first: usize, i: usize, cv: &lx::CueVerb) -> Option<(usize, usize)> {
    if cv.flags & lx::ACT == 0 || doc.t(i) != cv.lemma || i < first + 3 || fold(doc.t(i - 1)).as_str() != "to" {
        return None;
    }
    // the verb before `to`, past a short circumstance (`met on Friday to`)
    let v = (i.saturating_sub(5).max(first + 1)..i - 1).rev().find(|&k| {
        let w = doc.t(k);
        w.bytes().all(|b| b.is_ascii_lowercase()) && (w.ends_with("ed") || matches!(w, "met" | "came" | "went" | "sat"))
    })?;
    let gap = (v + 1..i - 1)
        .all(|k| doc.tokens[k].kind == Tok::Word && !lx::STOP.has(fold(doc.t(k)).as_str()) || matches!(doc.t(k), "on" | "in" | "at"));
    if !gap || lx::cue(doc.t(v)).is_some_and(|c| c.lemma != "continue") {
        return None;
    }
    before_cue(doc, v, first).filter(|&sp| agentive(doc, sp))
}

/// Where the auxiliaries before a cue start (`has also said`).
pub(super) fn aux_start(doc: &Doc, first: usize, cue: usize) -> usize {
    let mut k = cue;
    while k > first && cue - k < 3 && lx::AUX.has(fold(doc.t(k - 1)).as_str()) {
        k -= 1;
    }
    k
}

/// The `and`/`but` (with its comma) right before token `k`, if any.
pub(super) fn conjunction(doc: &Doc, first: usize, k: usize) -> Option<usize> {
    if k > first && matches!(fold(doc.t(k - 1)).as_str(), "and" | "but" | "while" | "although" | "though" | "whereas") {
        let c = k - 1;
        return Some(if c > first && doc.t(c - 1) == "," { c - 1 } else { c });
    }
    None
}

/// Past a dateline that opens a sentence (`WASHINGTON —`, `PHILADELPHIA,
/// July 25 (UPI) —`): a place in capitals, then a dash within a few tokens.
pub(super) fn dateline_end(doc: &Doc, first: usize, end: usize) -> usize {
    let w = doc.t(first);
    if first >= end || w.len() < 3 || !w.chars().all(|c| c.is_ascii_uppercase()) {
        return first;
    }
    (first + 1..end.min(first + 10)).find(|&t| matches!(doc.t(t), "\u{2014}" | "\u{2013}" | "-" | "--")).map_or(first, |t| t + 1)
}

/// The sentence's subject when it is a name or a pronoun.
pub(super) fn subject(doc: &Doc, first: usize, end: usize) -> Option<(usize, usize)> {
    let mut k = dateline_end(doc, first, end);
    if k < end && matches!(fold(doc.t(k)).as_str(), "but" | "and" | "so" | "yet") {
        k += 1;
    }
    let mut sp = np_after(doc, k, end)?;
    let w_f = fold(doc.t(sp.0));
    let w = w_f.as_str();
    if lx::pronoun(w).is_some() {
        return Some(sp);
    }
    // `Mayor Cole laughed and said`: the walk ran into the first verb.
    while sp.1 > sp.0 + 1 && !is_cap(doc.t(sp.1 - 1)) && sp.1 - sp.0 <= 4 {
        sp.1 -= 1;
    }
    (is_cap(doc.t(sp.1 - 1)) && !lx::DETERMINERS.has(fold(doc.t(sp.1 - 1)).as_str())).then_some(sp)
}

/// Does a determiner and noun stand right before the source at `src`
/// (`a deal | she supported`, `any religion | they wanted`)? Then the cue
/// after the source is in a relative clause without `that`.
fn object_gap(doc: &Doc, first: usize, src: usize) -> bool {
    if src < first + 2 || doc.tokens[src - 1].kind != Tok::Word {
        return false;
    }
    let noun_f = fold(doc.t(src - 1));
    let noun = noun_f.as_str();
    if is_cap(doc.t(src - 1)) || lx::STOP.has(noun) || lx::cue(noun).is_some() || lx::pronoun(noun).is_some() || noun.ends_with("ly") {
        return false;
    }
    // the determiner within two words before the noun, with plain words between
    // (`On the trail he wants …`: an opening prepositional phrase is no head noun.)
    (src.saturating_sub(4).max(first)..src - 1).rev().take_while(|&t| doc.tokens[t].kind == Tok::Word).any(|t| {
        let w_f = fold(doc.t(t));
        let det = matches!(
            w_f.as_str(),
            "a" | "an" | "the" | "any" | "every" | "each" | "this" | "that" | "his" | "her" | "their" | "its" | "our"
        );
        det && !(t == first + 1 && lx::STOP.has(fold(doc.t(first)).as_str()))
    })
}

/// Does the stance verb `lemma` at `i`, with its content from `j` and its
/// source at `src`, read as a stance inside the sentence `[first, end)`?
pub(super) fn act_holds(doc: &Doc, (first, end): (usize, usize), src: usize, i: usize, j: usize, lemma: &str) -> bool {
    let nx_f = fold(doc.t(j));
    let nx = nx_f.as_str();
    let to_only = matches!(
        lemma,
        "decline" | "refuse" | "intend" | "threaten" | "vow" | "plan" | "seem" | "appear" | "decide" | "try" | "need" | "aim" | "struggle"
    );
    // `declined not to …`: a negated infinitive is still one.
    let not_to = nx == "not" && j + 1 < end && fold(doc.t(j + 1)).as_str() == "to";
    if to_only && nx != "to" && !not_to {
        return false;
    }
    // `called for/on …`, `called him a liar`, not `called a timeout`.
    let named = lx::pronoun(nx).is_some() || nx == "them" || is_cap(doc.t(j));
    let complement = (j + 1..(j + 8).min(end)).any(|t| matches!(doc.t(t), "a" | "an" | "\u{201C}" | "\"" | "\u{2018}"));
    if lemma == "call" && j == i + 1 && !named && !complement {
        return false;
    }
    // `spoke in Phoenix`, `spoke on condition of anonymity`: speaking is a
    // stance only about something (`spoke about`, `spoke out against`).
    if matches!(lemma, "speak" | "talk") && !matches!(fold(doc.t(i + 1)).as_str(), "about" | "of" | "out") {
        return false;
    }
    // `a deal she once supported`, `the campaign he wants to run`: the cue
    // sits in a relative clause whose object is the noun before it.
    !object_gap(doc, first, src)
}

/// Does a clause start at `k` (after a cue and its object, if it takes
/// one): a subject pronoun, a determiner or a capitalised word
/// (`said he had not …`, `say the South has …`), not a recipient, a time
/// or a circumstance (`told reporters`, `said Tuesday`, `said in …`).
pub(super) fn clause_start(doc: &Doc, k: usize, obj: bool) -> bool {
    let n = doc.tokens.len();
    let k = if obj { super::bounds::skip_object(doc, k, n) } else { k };
    if k >= n || doc.tokens[k].kind != Tok::Word {
        return false;
    }
    let w_f = fold(doc.t(k));
    let w = w_f.as_str();
    let subject_pronoun = matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "there");
    subject_pronoun
        || lx::DETERMINERS.has(w) && !matches!(w, "more" | "most" | "all" | "top" | "senior")
        || is_cap(doc.t(k)) && !lx::WEEKDAYS.has(doc.t(k)) && !lx::CONTEXT.has(w) && !lx::DETERMINERS.has(w)
}

/// `the figure that officials gave on Monday`, `the toll the ministry
/// released`: a figure noun, then a relative clause whose verb hands it out.
/// The figure's noun phrase is the content; the clause's subject the source.
pub(super) fn given_figure(doc: &Doc, first: usize, i: usize) -> Option<super::cand::Cand> {
    if !lx::FIGURE_VERBS.has(fold(doc.t(i)).as_str()) || i < first + 3 {
        return None;
    }
    let src = before_cue(doc, i, first)?;
    if !agentive(doc, src) || src.0 < first + 2 {
        return None;
    }
    let rel = if matches!(fold(doc.t(src.0 - 1)).as_str(), "that" | "which") { src.0 - 1 } else { src.0 };
    let head = np_before(doc, rel, first)?;
    if !lx::FIGURE_NOUNS.has(fold(doc.t(head.1 - 1)).as_str()) {
        return None;
    }
    let sp = crate::model::Sp::new(doc.tokens[head.0].start, doc.tokens[head.1 - 1].end);
    Some(super::cand::Cand::new(Some(src), Some((i, i + 1)), sp, false, crate::rules::Rule::AttributionReported))
}
