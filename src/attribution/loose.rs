//! Direct quotes tied to their speaker by a verb that is not in the cue
//! table: `“…,” Roe barked.`, `“…?” a staffer whispered.`, `Roe
//! interjected: “…”`, `She went on: “…”`. Only in the tight shapes where
//! the verb can do nothing else: right after a quote closed by a comma,
//! question or exclamation mark, or right before a colon that opens one,
//! with a name, a pronoun or a short noun phrase as its subject; or a
//! short sentence of subject, verb and object ending in that colon. Token
//! indices; content in UTF-8 bytes.
use super::cand::Cand;
use super::lexicon as lx;
use super::phrase::{is_cap, is_word, np_after, np_before};
use super::quotes::{last_mark, Quote};
use crate::doc::Doc;
use crate::lower::fold;
use crate::rules::Rule;
use crate::text::{Gap, Tok};

/// A past-tense verb (`barked`, `went`) or a present one in `-s`
/// (`points`), lowercase, at token `t`.
fn finite_verb(doc: &Doc, t: usize) -> bool {
    let w = doc.t(t);
    if !is_word(doc, t) || is_cap(w) || !w.is_ascii() {
        return false;
    }
    let w = fold(w);
    let w = w.as_str();
    let regular = w.len() > 4 && w.ends_with("ed") || w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    (regular || lx::QUOTE_VERBS.has(w)) && !lx::STOP.has(w) && !lx::AUX.has(w)
}

/// Can the phrase be a speaker: a personal pronoun, or a phrase with a
/// capitalised word or led by a determiner (`a Democratic staffer`)?
fn speaker_like(doc: &Doc, (a, b): (usize, usize)) -> bool {
    let w = fold(doc.t(a));
    if b - a == 1 && lx::pronoun(w.as_str()).is_some() {
        return matches!(w.as_str(), "he" | "she" | "they" | "we" | "i" | "it");
    }
    // (words counted: `Sen. Jane Roe (D-Mo.)` is four)
    let words = (a..b).filter(|&t| is_word(doc, t)).count();
    words <= 6 && (a..b).any(|t| is_cap(doc.t(t)) && t > a || words <= 3 && is_cap(doc.t(t)))
        || lx::DETERMINERS.has(w.as_str()) && b - a <= 4
}

/// The first token of the sentence holding `t`, past a leading
/// `and`/`but`/`so` (`And Roe gloated: “…”`).
fn sentence_start(doc: &Doc, t: usize) -> usize {
    let first = doc.sentences[doc.sentence_of(t)].first;
    first + usize::from(matches!(fold(doc.t(first)).as_str(), "and" | "but" | "so"))
}

/// `“…,” Roe barked.`: the quote closed by `,` `?` `!`, then subject and verb,
/// then the sentence ends within a few words.
pub fn verb_after(doc: &Doc, q: &Quote, mask: &[bool]) -> Option<Cand> {
    let c = q.close?;
    let n = doc.tokens.len();
    let start = c + 1;
    if start >= n || doc.tokens[start].gap >= Gap::Line || !matches!(doc.t(last_mark(doc, q)), "," | "?" | "!") {
        return None;
    }
    // the quote opens its sentence (or its line)
    let sent = doc.sentences[doc.sentence_of(q.open)];
    if (sent.first..q.open).any(|t| doc.tokens[t].kind == Tok::Word) && doc.tokens[q.open].gap < Gap::Line {
        return None;
    }
    // the subject runs to the first verb-like word, within the phrase a name can take
    let hi = np_after(doc, start, (start + 8).min(n))?.1;
    let v = (start + 1..=hi.min(n - 1)).find(|&k| finite_verb(doc, k))?;
    let src = (start, v);
    if mask[v] || doc.tokens[v].gap >= Gap::Line || !speaker_like(doc, src) || (start..v).any(|t| !is_word(doc, t) && doc.t(t) != ".") {
        return None;
    }
    // a short tail to the end of the sentence: `barked at the crowd.`
    let end = (v + 1..(v + 9).min(n)).find(|&k| doc.tokens[k].gap >= Gap::Line || matches!(doc.t(k), "." | "!" | "?" | ";" | ","));
    let ends = end.is_some() || v + 9 > n;
    ends.then(|| Cand::new(Some(src), Some((v, v + 1)), q.sp, true, Rule::AttributionDirect))
}

/// `Roe interjected: “…”`, `She went on: “…”`: a sentence of subject, verb
/// (and particle) and a colon opening the quote.
pub fn verb_before(doc: &Doc, q: &Quote) -> Option<Cand> {
    let o = q.open;
    if o < 3 || doc.t(o - 1) != ":" {
        return None;
    }
    let mut v = o - 2;
    // `Roe went on:`, `Roe scolded him:`
    if (lx::QUOTE_PARTICLES.has(doc.t(v)) || matches!(doc.t(v), "him" | "her" | "them" | "us" | "me")) && v > 1 {
        v -= 1;
    }
    let first = sentence_start(doc, v);
    if !finite_verb(doc, v) || lx::cue(fold(doc.t(v)).as_str()).is_some() {
        return None;
    }
    // (`Sen. Jane Roe (D-Mo.) scolded him:`: over a party parenthesis)
    let src = if doc.t(v - 1) == ")" { super::extend::np_paren(doc, v, first)? } else { np_before(doc, v, first)? };
    // (`Democratic Sen. Jane Roe`: capitalised words before the name still open the sentence)
    let src = if (first..src.0).all(|t| is_cap(doc.t(t))) { (first, src.1) } else { src };
    if src.0 != first || !speaker_like(doc, src) {
        return None;
    }
    Some(Cand::new(Some(src), Some((v, o - 1)), q.sp, true, Rule::AttributionDirect))
}

/// `Roe delivered a snappy retort: “…”`, `Her account posted a photo with
/// one line: “…”`: a short sentence of subject, verb and object ending in
/// the colon that opens the quote; the verb phrase is the cue.
pub fn phrase_before(doc: &Doc, q: &Quote) -> Option<Cand> {
    let o = q.open;
    if o < 4 || doc.t(o - 1) != ":" || doc.tokens[o].gap >= Gap::Line {
        return None;
    }
    // `But back home, he returned to his lines: “…”`
    let mut first = sentence_start(doc, o - 1);
    if let Some(c) = (first..o - 1).rev().find(|&t| doc.t(t) == ",") {
        first = c + 1;
    }
    if o - 1 <= first || o - 1 - first > 18 {
        return None;
    }
    let w_f = fold(doc.t(first));
    if lx::STOP.has(w_f.as_str()) || matches!(w_f.as_str(), "here" | "there" | "then" | "this" | "that" | "it" | "these" | "those") {
        return None;
    }
    // the subject runs to the first verb-like word, within the phrase a name can take
    let hi = np_after(doc, first, o - 1)?.1;
    let v = (first + 1..=hi.min(o - 2)).find(|&k| finite_verb(doc, k))?;
    // (past tense only: a present `-s` form here is as often a plural noun, `Giant screens`)
    let past = doc.t(v).ends_with("ed") || lx::QUOTE_VERBS.has(doc.t(v));
    let src = (first, v);
    if !past || v + 1 >= o - 1 || !speaker_like(doc, src) || (first..v).any(|t| !is_word(doc, t) && doc.t(t) != ".") {
        return None;
    }
    // the verb's object runs to the colon: no clause, no other mark
    if (v + 1..o - 1)
        .any(|t| !is_word(doc, t) && doc.t(t) != "-" || matches!(fold(doc.t(t)).as_str(), "that" | "which" | "who" | "when" | "if"))
    {
        return None;
    }
    Some(Cand::new(Some(src), Some((v, o - 1)), q.sp, true, Rule::AttributionDirect))
}
