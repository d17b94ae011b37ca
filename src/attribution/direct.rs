//! Direct quotes to attributions: finds the cue and source next to each
//! quote piece (`“…,” he said`, `said Blinken: “…”`, split quotes sharing one
//! cue), carries them over paragraph-continued and split pieces, and keeps
//! free-standing full-sentence quotes. Token indices; content in UTF-8 bytes.
use super::cand::Cand;
use super::clause::{clause_start, subject};
use super::extend::extend_apposition;
use super::lexicon as lx;
use super::loose::{phrase_before, verb_after, verb_before};
use super::phrase::{glued_mark, is_cap, np_after, verb_case};
use super::quotes::{last_mark, linked, quote_ends_sentence, standalone, Quote};
use super::source::before_cue;
use crate::doc::Doc;
use crate::lower::fold;
use crate::rules::Rule;
use crate::text::{Gap, Tok};

/// How far after a closing mark the cue may sit (tokens).
const AFTER: usize = 14;
/// How far before an opening mark the cue may sit (tokens).
const BEFORE: usize = 10;

fn terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | ";")
}

/// Words before the opening mark in its sentence: a mixed quote, left to reported
/// speech (counted backwards, bounded: thousands of quotes stay linear).
fn mid_sentence(doc: &Doc, q: &Quote) -> bool {
    let sent = doc.sentences[doc.sentence_of(q.open)];
    let before = (sent.first..q.open).rev().take(200).filter(|&t| doc.tokens[t].kind == Tok::Word).take(2).count();
    before >= 2 && doc.tokens[q.open].gap < Gap::Line
}

/// `… largely ignored: “…,” Roe wrote`: a colon opens the quote as its own
/// unit, when the quote ends on a comma and nothing before the colon speaks.
fn after_colon(doc: &Doc, q: &Quote) -> bool {
    q.open > 0
        && doc.t(q.open - 1) == ":"
        && doc.t(last_mark(doc, q)) == ","
        && cue_before(doc, q).is_none()
        && verb_before(doc, q).is_none()
        && phrase_before(doc, q).is_none()
}

/// `”, he said.` / `” said Smith,` / `,” Smith, the envoy, said Tuesday.`
fn cue_after(doc: &Doc, q: &Quote, mask: &[bool]) -> Option<Cand> {
    let c = q.close?;
    let n = doc.tokens.len();
    let start = c + 1;
    if start >= n || doc.tokens[start].gap >= Gap::Line {
        return None;
    }
    // A quote closed by a full stop starts a new sentence unless the next word is lowercase.
    let ends_full = doc.t(last_mark(doc, q)) == "." && is_cap(doc.t(start));
    let mut hi = (start + AFTER).min(n);
    // `,” Jane Roe, director of … and a professor at …, said.`: a long
    // apposition after the name widens the window to its closing comma.
    if let Some(sp) = np_after(doc, start, n).filter(|sp| sp.1 < n && doc.t(sp.1) == ",") {
        let close = (sp.1 + 1..(sp.1 + 40).min(n))
            .take_while(|&k| doc.tokens[k].gap < Gap::Line && !mask[k] && !terminal(doc.t(k)))
            .find(|&k| doc.t(k) == ",");
        if let Some(c) = close {
            hi = hi.max((c + 4).min(n));
        }
    }
    let mut j = start;
    while j < hi {
        if doc.t(j) == "(" {
            // `Rep. Jane Roe (D-Ore.) said`: step over a short parenthesis.
            let close = (j + 1..(j + 8).min(n)).find(|&k| doc.t(k) == ")");
            if let Some(c) = close {
                hi = (hi + c - j).min(n);
                j = c + 1;
                continue;
            }
        }
        if doc.tokens[j].gap >= Gap::Line || mask[j] || (doc.tokens[j].kind == Tok::Punct && terminal(doc.t(j)) && !glued_mark(doc, j)) {
            break;
        }
        let w_f = fold(doc.t(j));
        let w = w_f.as_str();
        if let Some(cv) = lx::cue(w).filter(|_| verb_case(doc, j)) {
            if cv.flags & (lx::TAIL | lx::INV) == 0 {
                break;
            }
            let src = if j == start || doc.t(j - 1) == "," && j == start + 1 {
                // inverted: `” said Smith`
                np_after(doc, j + 1, hi).map(|s| extend_apposition(doc, s, n))
            } else {
                before_cue(doc, j, start).or_else(|| np_after(doc, j + 1, hi))
            };
            // after cue + source: only a short tail until the sentence goes on or ends
            let mut k = src.map_or(j + 1, |s| s.1.max(j + 1));
            let mut tail = 0;
            while k < n && tail < 10 && !mask[k] && doc.tokens[k].gap < Gap::Line {
                let s = doc.t(k);
                if terminal(s) || s == "," || s == ":" || s == "\u{2014}" {
                    break;
                }
                tail += 1;
                k += 1;
            }
            // `“…,” Roe said on Tuesday at a long event …`: a quote closed by a
            // comma hands over to its cue, however long the circumstance after it.
            let handed = src.is_some() && matches!(doc.t(last_mark(doc, q)), "," | "?" | "!");
            let ends_ok = k >= n || mask[k] || doc.tokens[k].gap >= Gap::Line || tail < 10 || handed;
            if ends_full && (src.is_none_or(|s| s.0 > j) || tail > 3) {
                return None;
            }
            if !ends_ok {
                return None;
            }
            return Some(Cand::new(src, Some((j, j + 1)), q.sp, true, Rule::AttributionDirect));
        }
        j += 1;
    }
    None
}

/// `“WALLACE: Let us start …` (a transcript inside quote marks): the
/// capitalised name before an early colon is the speaker.
fn label(doc: &Doc, q: &Quote) -> Option<Cand> {
    let k = (q.first + 1..(q.first + 4).min(q.last)).find(|&t| doc.t(t) == ":")?;
    let name = (q.first..k).all(|t| {
        let w = doc.t(t);
        doc.tokens[t].kind == Tok::Word && is_cap(w) && !lx::LABELS.has(fold(w).as_str()) || w == "." && glued_mark(doc, t)
    });
    let words = (k + 1..q.last).filter(|&t| doc.tokens[t].kind == Tok::Word).count();
    if !name || words < 2 {
        return None;
    }
    let content = crate::model::Sp::new(doc.tokens[k + 1].start, q.sp.end);
    Some(Cand::new(Some((q.first, k)), Some((k, k + 1)), content, true, Rule::AttributionDirectLabel))
}

/// `“…” ― Jane Roe` (a quote signed with a dash and a name ending the line).
fn dash_name(doc: &Doc, q: &Quote) -> Option<Cand> {
    let c = q.close?;
    let n = doc.tokens.len();
    let d = c + 1;
    if d + 1 >= n || doc.tokens[d].gap >= Gap::Line || !matches!(doc.t(d), "\u{2014}" | "\u{2015}" | "\u{2013}" | "-" | "--") {
        return None;
    }
    let src = np_after(doc, d + 1, (d + 7).min(n))?;
    let ends = src.1 >= n || doc.tokens[src.1].gap >= Gap::Line || {
        let punct = doc.tokens[src.1].kind == Tok::Punct;
        let last = src.1 + 1 >= n;
        punct && (last || terminal(doc.t(src.1)) && doc.tokens[src.1 + 1].gap >= Gap::Line)
    };
    if !ends || !(src.0..src.1).all(|t| is_cap(doc.t(t)) || doc.tokens[t].kind != Tok::Word) {
        return None;
    }
    Some(Cand::new(Some(src), None, q.sp, true, Rule::AttributionDirectSigned))
}

/// `Smith said: “…”`, `he told reporters, “…”`, `said Smith, “…”`.
fn cue_before(doc: &Doc, q: &Quote) -> Option<Cand> {
    let o = q.open;
    let mut j = o;
    if j > 0 && matches!(doc.t(j - 1), ":" | "," | "\u{2014}") {
        j -= 1;
    }
    let lo = o.saturating_sub(BEFORE);
    let first = doc.sentences.get(doc.sentence_of(j.saturating_sub(1))).map_or(0, |s| s.first);
    let mut k = j;
    while k > lo.max(first) {
        let t = k - 1;
        if doc.tokens[t].kind == Tok::Punct && (terminal(doc.t(t)) || doc.tokens[t + 1].gap >= Gap::Line) {
            break;
        }
        if doc.tokens[k.min(doc.tokens.len() - 1)].gap >= Gap::Line && k != o {
            break;
        }
        let w_f = fold(doc.t(t));
        let w = w_f.as_str();
        if w == "that" {
            return None; // `said that “…”` runs on as reported speech
        }
        if let Some(cv) = lx::cue(w).filter(|_| verb_case(doc, t)) {
            // (`Roe scolded him: “…,” she said.`: the colon's cue comes first)
            if !(quote_ends_sentence(doc, q) || j < o && doc.t(j) == ":") {
                return None;
            }
            if cv.flags & lx::FWD == 0 && cv.flags & lx::INV == 0 {
                return None;
            }
            if cv.flags & (lx::BELIEF | lx::THAT_ONLY) != 0 && j == o {
                return None;
            }
            // `said he had not “heard her …”`: a clause starts before the
            // quote, so the content is that clause (mixed, reported speech).
            if j == o && t + 1 < o && !(t + 1..o).any(|k| doc.t(k) == ",") && clause_start(doc, t + 1, cv.flags & lx::OBJ != 0) {
                return None;
            }
            // `called the plan “a mistake”`: a stance verb with a quoted
            // complement is mixed speech, not a quotation it introduces.
            if cv.flags & lx::ACT != 0 && cv.flags & lx::TAIL == 0 && src_none_and_far(doc, t, j, o, first) {
                return None;
            }
            let src = before_cue(doc, t, first).or_else(|| if cv.flags & lx::INV != 0 { np_after(doc, t + 1, j) } else { None });
            // `Roe laughed and said, “…”`, `He defended it, saying, “…”`: the sentence's subject speaks.
            let second_verb = t > first && (doc.t(t - 1) == "and" || w.ends_with("ing") && doc.t(t - 1) == ",");
            let src = src.or_else(|| if second_verb { subject(doc, first, t) } else { None });
            return Some(Cand::new(src, Some((t, t + 1)), q.sp, true, Rule::AttributionDirect));
        }
        k -= 1;
    }
    None
}

/// A stance verb before a quote with no source found and words between:
/// nothing ties the quotation to a speaker.
fn src_none_and_far(doc: &Doc, t: usize, j: usize, o: usize, first: usize) -> bool {
    before_cue(doc, t, first).is_none() && (j == o && t + 1 != o)
}

pub fn find(doc: &Doc, quotes: &[Quote], mask: &[bool]) -> Vec<Option<Cand>> {
    let mut out: Vec<Option<Cand>> = quotes
        .iter()
        .map(|q| {
            label(doc, q)
                .or_else(|| dash_name(doc, q))
                .or_else(|| if mid_sentence(doc, q) && !after_colon(doc, q) { None } else { cue_after(doc, q, mask) })
                .or_else(|| cue_before(doc, q))
                .or_else(|| verb_after(doc, q, mask))
                .or_else(|| verb_before(doc, q))
                .or_else(|| phrase_before(doc, q))
        })
        .collect();
    // Carry cue and source across continued and split pieces: forward, then back.
    for k in 1..quotes.len() {
        if out[k].is_none() && linked(doc, &quotes[k - 1], &quotes[k]) && (quotes[k].cont || standalone(doc, &quotes[k])) {
            // `Roe scolded him: “…,” she said. “…”`: the next piece takes the tail cue.
            let tail = out[k - 1]
                .as_ref()
                .filter(|p| p.cue.is_some_and(|c| c.0 < quotes[k - 1].open))
                .and_then(|_| cue_after(doc, &quotes[k - 1], mask));
            if let Some(prev) = tail.or_else(|| out[k - 1].clone()) {
                out[k] = Some(Cand { content: quotes[k].sp, rule: Rule::AttributionDirectContinued, ..prev });
            }
        }
    }
    for k in (0..quotes.len().saturating_sub(1)).rev() {
        if out[k].is_none() && linked(doc, &quotes[k], &quotes[k + 1]) && standalone(doc, &quotes[k]) {
            if let Some(next) = out[k + 1].clone() {
                out[k] = Some(Cand { content: quotes[k].sp, rule: Rule::AttributionDirectContinued, ..next });
            }
        }
    }
    // `“…,” said Roe, the chair, “and …”`: a split quote's pieces share one cue and one source.
    for k in 1..quotes.len() {
        let (Some(a), Some(b)) = (out[k - 1].as_ref(), out[k].as_ref()) else { continue };
        if a.cue.is_some() && a.cue == b.cue && a.source != b.source && a.source.zip(b.source).is_some_and(|(x, y)| x.0 == y.0) {
            let src = a.source.max(b.source);
            for c in [k - 1, k] {
                if let Some(c) = out[c].as_mut() {
                    c.source = src;
                }
            }
        }
    }
    // `…,” Roe said, adding, “…”`: a participle cue keeps the speaker.
    for k in 1..quotes.len() {
        let Some(c) = out[k].as_ref() else { continue };
        let participle = c.source.is_none() && c.cue.is_some_and(|(a, _)| doc.t(a).ends_with("ing"));
        if participle && linked(doc, &quotes[k - 1], &quotes[k]) {
            let src = out[k - 1].as_ref().and_then(|p| p.source);
            if let Some(c) = out[k].as_mut() {
                c.source = src;
            }
        }
    }
    for (k, q) in quotes.iter().enumerate() {
        if out[k].is_none() && standalone(doc, q) {
            out[k] = Some(Cand::new(None, None, q.sp, true, Rule::AttributionDirectUnattributed));
        }
    }
    out
}
