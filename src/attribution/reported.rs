//! Reported speech, one sentence at a time: `X said (that) …`, `…, X said.`,
//! `…, said X.`, `according to X, …`, `X told reporters …`, beliefs
//! (`X believes we …`), findings (`the poll found that …`), impersonal
//! passives (`it is believed that …`) and `X was quoted as saying …`.
//! Token indices; contents are UTF-8 byte spans.
use super::bounds::{act_content, approx_figure, clause_end, content, put_at, short_tail, skip_to_content};
use super::forms::{according, asked, colon, doc_subject, expected, possessive};
use super::lexicon::{self as lx, has, lower, BE};
use super::source::{agentive, before_cue, extend_apposition, is_cap, np_after, verb_case};
use super::Cand;
use crate::doc::{Doc, Seg};
use crate::rules::Rule;
use crate::text::Tok;

fn lw<'b>(doc: &Doc, i: usize, buf: &'b mut [u8; 32]) -> &'b str {
    lower(doc.t(i), buf)
}

/// Cue tokens already taken by a direct quote, with that quote's source.
pub type Used = [Option<Option<(usize, usize)>>];

/// A "sentence" longer than this many tokens (no real one is: it is text
/// without sentence ends, a table or hostile input) is read in windows of
/// this size, so the scans from each cue stay bounded and the whole pass
/// linear.
const WINDOW: usize = 400;

pub fn find(doc: &Doc, mask: &[bool], used: &Used) -> Vec<Cand> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let mut first = s.first;
        while first < s.last {
            let last = (first + WINDOW).min(s.last);
            let sp = crate::model::Sp::new(doc.tokens[first].start, doc.tokens[last - 1].end);
            sentence(doc, &Seg { sp, first, last }, mask, used, &mut out);
            first = last;
        }
    }
    out
}

fn sentence(doc: &Doc, s: &Seg, mask: &[bool], used: &Used, out: &mut Vec<Cand>) {
    let mut buf = [0u8; 32];
    let mut pb = [0u8; 32];
    let (first, end) = (s.first, s.last);
    let mut last_src: Option<(usize, usize)> = None;
    if let Some(c) = colon(doc, first, end, mask) {
        last_src = c.source;
        out.push(c);
    }
    let mut i = first;
    while i < end {
        if let Some(src) = used[i] {
            last_src = src.or(last_src);
            i += 1;
            continue;
        }
        if mask[i] || doc.tokens[i].kind != Tok::Word {
            i += 1;
            continue;
        }
        let w = lw(doc, i, &mut buf);
        if w == "according" && i + 1 < end && lw(doc, i + 1, &mut pb) == "to" {
            if let Some(c) = according(doc, first, end, i) {
                last_src = c.source;
                out.push(c);
            }
            i += 2;
            continue;
        }
        if let Some(c) = possessive(doc, first, end, i) {
            last_src = c.source;
            out.push(c);
            i += 2;
            continue;
        }
        let Some(cv) = lx::cue(w).filter(|_| verb_case(doc, i)) else {
            i += 1;
            continue;
        };
        // `Troop estimates diverge as …`: a plural noun before a bare verb.
        if plural_noun(doc, i, end) {
            i += 1;
            continue;
        }
        // `the talks`, `his claims`, `with questions`: a noun, not a verb.
        // `Editor's note`, `battleground states`: a possessive before, or a
        // form that is mostly a noun without a `that` after it.
        let owner = if i > first { doc.t(i - 1).strip_suffix("\u{2019}s").or_else(|| doc.t(i - 1).strip_suffix("'s")) } else { None };
        // (`she's said`, `it's called` are contractions, not possessives)
        let mut ob = [0u8; 32];
        let possessed = owner.is_some_and(|o| {
            let o = lower(o, &mut ob);
            lx::pronoun(o).is_none() && !matches!(o, "that" | "there" | "what" | "who" | "here")
        });
        let noun_form = lx::NOUN_FORMS.has(w) && !(i + 1 < end && lw(doc, i + 1, &mut pb) == "that");
        if i > first && lx::NOUN_MAKERS.has(lw(doc, i - 1, &mut pb)) && !matches!(w, "said" | "told") || possessed || noun_form {
            i += 1;
            continue;
        }
        let prev = if i > first { lw(doc, i - 1, &mut pb) } else { "" };
        if has(&BE, prev) && !w.ends_with("ing") {
            // `it is believed that …`: impersonal, no named source.
            if i >= first + 2 && lw(doc, i - 2, &mut pb) == "it" && lx::IMPERSONAL_VERBS.has(w) {
                let (j, that) = skip_to_content(doc, i, end, false);
                if that {
                    if let Some(c) = content(doc, j, end, 3) {
                        let mut cand = Cand::new(None, Some((i - 1, i + 1)), c, false, Rule::AttributionImpersonal);
                        cand.vague = Some("the source is not named (an impersonal “it is said”)");
                        out.push(cand);
                    }
                }
            } else if let Some(c) = expected(doc, first, end, i).or_else(|| asked(doc, first, end, i)) {
                out.push(c);
            }
            i += 1;
            continue;
        }
        if let Some(c) = asked(doc, first, end, i) {
            out.push(c);
            i += 1;
            continue;
        }
        // `X was quoted as saying …`: the source stands before the passive.
        let quoted = w == "saying"
            && i >= first + 3
            && lw(doc, i - 1, &mut pb) == "as"
            && lw(doc, i - 2, &mut pb) == "quoted"
            && has(&BE, lw(doc, i - 3, &mut pb));
        let src = if quoted { before_cue(doc, i - 3, first) } else { before_cue(doc, i, first) };
        let src = src.or_else(|| purpose(doc, first, i, cv));
        if quoted {
            if let (Some(sp), (j, _)) = (src, skip_to_content(doc, i, end, false)) {
                if let Some(c) = content(doc, j, end, 2) {
                    last_src = Some(sp);
                    out.push(Cand::new(Some(sp), Some((i - 3, i + 1)), c, false, Rule::AttributionQuotedAs));
                }
            }
            i += 1;
            continue;
        }
        // `X has put the figure at …`
        if cv.lemma == "put" && put_at(doc, i, end).is_none() {
            i += 1;
            continue;
        }
        // `…, a review of the filings shows.`: a long document subject after the comma.
        let src = match (cv.flags & lx::THAT_ONLY != 0, src) {
            (true, s) => doc_subject(doc, first, aux_start(doc, first, i)).filter(|d| s.is_none_or(|s| d.0 < s.0)).or(s),
            (_, s) => s,
        };
        if let Some(c) = tail(doc, first, end, i, cv.flags, src) {
            last_src = c.source;
            out.push(c);
            i += 1;
            continue;
        }
        if cv.flags & lx::FWD == 0 {
            i += 1;
            continue;
        }
        let participle = w.ends_with("ing") && i > first && doc.t(i - 1) == ",";
        let src = if participle { last_src.or(src).or_else(|| subject(doc, first, i)) } else { src };
        // `Roe exhorted … and said …`: the subject of the first verb.
        let conj = conjunction(doc, first, if src.is_some() { src.map_or(i, |s| s.0) } else { aux_start(doc, first, i) });
        let src = src.or_else(|| conj.and(last_src.or_else(|| subject(doc, first, i))));
        let Some(sp) = src else {
            i += 1;
            continue;
        };
        if sp.0 > first && matches!(lw(doc, sp.0 - 1, &mut pb), "what" | "than") {
            i += 1;
            continue;
        }
        let (j, that) = if cv.flags & lx::ACT != 0 {
            act_content(doc, i, end, cv.lemma)
        } else {
            skip_to_content(doc, i, end, cv.flags & lx::OBJ != 0)
        };
        let mut doc_source = has(&lx::DOC_SOURCES, lw(doc, sp.1 - 1, &mut pb));
        // `A poll released Sunday by the Herald shows …`: a long document subject.
        let mut sp = sp;
        if cv.flags & lx::THAT_ONLY != 0 && !doc_source {
            if let Some(ds) = doc_subject(doc, first, aux_start(doc, first, i)) {
                (sp, doc_source) = (ds, true);
            }
        }
        if cv.flags & (lx::ACT | lx::BELIEF) != 0 && !agentive(doc, sp) {
            i += 1;
            continue;
        }
        if cv.flags & lx::THAT_ONLY != 0 && !that && !doc_source {
            i += 1;
            continue;
        }
        if j < end {
            let nx = lw(doc, j, &mut pb);
            let promise = matches!(cv.lemma, "promise" | "pledge" | "vow" | "hope" | "expect" | "intend") || cv.flags & lx::ACT != 0;
            let intent = matches!(cv.lemma, "hope" | "expect" | "intend");
            if cv.flags & lx::ACT != 0 {
                let to_only = matches!(
                    cv.lemma,
                    "decline"
                        | "refuse"
                        | "intend"
                        | "threaten"
                        | "vow"
                        | "plan"
                        | "seem"
                        | "appear"
                        | "decide"
                        | "try"
                        | "need"
                        | "aim"
                        | "struggle"
                );
                // `declined not to …`: a negated infinitive is still one.
                let not_to = nx == "not" && j + 1 < end && lw(doc, j + 1, &mut buf) == "to";
                if to_only && nx != "to" && !not_to {
                    i += 1;
                    continue;
                }
                // `called for/on …`, `called him a liar`, not `called a timeout`.
                let named = lx::pronoun(nx).is_some() || nx == "them" || is_cap(doc.t(j));
                let complement = (j + 1..(j + 8).min(end)).any(|t| matches!(doc.t(t), "a" | "an" | "\u{201C}" | "\"" | "\u{2018}"));
                if cv.lemma == "call" && j == i + 1 && !named && !complement {
                    i += 1;
                    continue;
                }
                if matches!(nx, "." | "," | ";" | "and" | "or" | "but" | "as" | "by" | "in" | "at" | "with" | "from" | "among")
                    || has(&BE, nx)
                {
                    i += 1;
                    continue;
                }
            } else if (nx == "to" && !promise)
                || matches!(nx, "so" | "in" | "of" | "about" | "for" | "yes" | "from" | "with" | "by")
                    && !that
                    && !(nx == "about" && approx_figure(doc, j + 1, end))
            {
                i += 1;
                continue;
            }
            if cv.flags & lx::BELIEF != 0 && !that && !(intent && nx == "to") {
                let clause = lx::pronoun(nx).is_some() || has(&lx::DETERMINERS, nx) || is_cap(doc.t(j));
                if !clause || nx == "it" && lw(doc, j + 1, &mut pb) == "to" {
                    i += 1;
                    continue;
                }
            }
        }
        // `told the paper on Thursday.`: a bare circumstance is no content.
        if !that
            && j < end
            && has(&lx::CONTEXT, lw(doc, j, &mut pb))
            && (j..clause_end(doc, j, end)).filter(|&t| doc.tokens[t].kind != Tok::Punct).count() <= 3
        {
            i += 1;
            continue;
        }
        let act = cv.flags & lx::ACT != 0 && !that;
        // `Roe, who backs the plan, urged …`: the relative clause ends at its comma.
        let relative = sp.1 - sp.0 == 1 && matches!(lw(doc, sp.0, &mut pb), "who" | "which") && sp.0 > first && doc.t(sp.0 - 1) == ",";
        // `Back when he wrote his book, Roe said …`: a subordinate clause ends at its comma.
        let subordinate = sp.0 > first
            && matches!(
                lw(doc, sp.0 - 1, &mut pb),
                "when" | "after" | "before" | "because" | "if" | "since" | "until" | "while" | "although" | "though" | "once"
            );
        let relative = relative || subordinate && !that;
        let cend = if relative { (j..end).find(|&t| doc.t(t) == ",").unwrap_or(end) } else { clause_end(doc, j, end) };
        // `condemned the launch as the missiles flew`: a stance's object ends at a comma or a subordinator.
        let cend = if act { (j + 1..cend).find(|&t| lx::ACT_ENDS.has(doc.t(t))).unwrap_or(cend) } else { cend };
        if let Some(c) = content(doc, j, cend, if act { 1 } else { 2 }) {
            let rule = if cv.flags & lx::BELIEF != 0 {
                Rule::AttributionBelief
            } else if act {
                Rule::AttributionStance
            } else {
                Rule::AttributionReported
            };
            last_src = Some(sp);
            let mut cand = Cand::new(Some(sp), Some((i, i + 1)), c, false, rule);
            cand.conj = conj;
            out.push(cand);
        }
        i += 1;
    }
}

/// Is the `-s` cue form at `i` a plural noun (`estimates diverge as`,
/// `claims surface that`)? The next word is then a bare verb: lowercase,
/// without `-s`/`-ed`/`-ing`, and followed by a function word or nothing.
fn plural_noun(doc: &Doc, i: usize, end: usize) -> bool {
    let mut buf = [0u8; 32];
    let w = doc.t(i);
    if !w.ends_with('s') || w == "says" || i + 1 >= end || doc.tokens[i + 1].kind != Tok::Word {
        return false;
    }
    let v = doc.t(i + 1);
    let lv = lw(doc, i + 1, &mut buf);
    let bare = !lv.is_empty()
        && lv == v
        && lv.bytes().all(|b| b.is_ascii_lowercase())
        && !lv.ends_with('s')
        && !lv.ends_with("ed")
        && !lv.ends_with("ing")
        && !lv.ends_with("ly")
        && !has(&lx::STOP, lv)
        && !has(&lx::DETERMINERS, lv)
        && lx::pronoun(lv).is_none();
    bare && (i + 2 >= end || doc.tokens[i + 2].kind == Tok::Word && has(&lx::STOP, lw(doc, i + 2, &mut buf)))
}

/// `The leaders met on Friday to discuss …`: a stance verb's infinitive of
/// purpose after a plain past verb takes that verb's subject.
fn purpose(doc: &Doc, first: usize, i: usize, cv: &lx::CueVerb) -> Option<(usize, usize)> {
    let mut buf = [0u8; 32];
    if cv.flags & lx::ACT == 0 || doc.t(i) != cv.lemma || i < first + 3 || lw(doc, i - 1, &mut buf) != "to" {
        return None;
    }
    // the verb before `to`, past a short circumstance (`met on Friday to`)
    let v = (i.saturating_sub(5).max(first + 1)..i - 1).rev().find(|&k| {
        let w = doc.t(k);
        w.bytes().all(|b| b.is_ascii_lowercase()) && (w.ends_with("ed") || matches!(w, "met" | "came" | "went" | "sat"))
    })?;
    let gap = (v + 1..i - 1)
        .all(|k| doc.tokens[k].kind == Tok::Word && !has(&lx::STOP, lw(doc, k, &mut buf)) || matches!(doc.t(k), "on" | "in" | "at"));
    if !gap || lx::cue(doc.t(v)).is_some_and(|c| c.lemma != "continue") {
        return None;
    }
    before_cue(doc, v, first).filter(|&sp| agentive(doc, sp))
}

/// Where the auxiliaries before a cue start (`has also said`).
fn aux_start(doc: &Doc, first: usize, cue: usize) -> usize {
    let mut buf = [0u8; 32];
    let mut k = cue;
    while k > first && cue - k < 3 && has(&lx::AUX, lw(doc, k - 1, &mut buf)) {
        k -= 1;
    }
    k
}

/// The `and`/`but` (with its comma) right before token `k`, if any.
fn conjunction(doc: &Doc, first: usize, k: usize) -> Option<usize> {
    let mut buf = [0u8; 32];
    if k > first && matches!(lw(doc, k - 1, &mut buf), "and" | "but" | "while" | "although" | "though" | "whereas") {
        let c = k - 1;
        return Some(if c > first && doc.t(c - 1) == "," { c - 1 } else { c });
    }
    None
}

/// The sentence's subject when it is a name or a pronoun.
pub(super) fn subject(doc: &Doc, first: usize, end: usize) -> Option<(usize, usize)> {
    let mut k = first;
    let mut buf = [0u8; 32];
    if k < end && matches!(lw(doc, k, &mut buf), "but" | "and" | "so" | "yet") {
        k += 1;
    }
    let mut sp = np_after(doc, k, end)?;
    let w = lw(doc, sp.0, &mut buf);
    if lx::pronoun(w).is_some() {
        return Some(sp);
    }
    // `Mayor Cole laughed and said`: the walk ran into the first verb.
    while sp.1 > sp.0 + 1 && !is_cap(doc.t(sp.1 - 1)) && sp.1 - sp.0 <= 4 {
        sp.1 -= 1;
    }
    (is_cap(doc.t(sp.1 - 1)) && !has(&lx::DETERMINERS, lw(doc, sp.1 - 1, &mut buf))).then_some(sp)
}

/// `…, X said.` and `…, said X.`: the content is the sentence before the comma.
fn tail(doc: &Doc, first: usize, end: usize, i: usize, flags: u8, src: Option<(usize, usize)>) -> Option<Cand> {
    if flags & lx::TAIL == 0 {
        return None;
    }
    let comma_at = |k: usize| {
        // `…, X said` or `…,” X said` (a mixed quote before the source)
        let mut j = k;
        while j > first + 1 && j + 2 >= k && matches!(doc.t(j - 1), "\u{201D}" | "\"" | "'" | "\u{2019}") {
            j -= 1;
        }
        j > first && doc.t(j - 1) == ","
    };
    let (src, comma, after) = match src {
        Some(sp) if comma_at(sp.0) => (Some(sp), sp.0, i + 1),
        None if flags & lx::INV != 0 && comma_at(i) => {
            let sp = np_after(doc, i + 1, end)?;
            // the inverted source ends the sentence (or opens an apposition)
            if sp.1 < end && !matches!(doc.t(sp.1), "." | "," | "!" | "?" | ";" | "(") {
                return None;
            }
            let sp = extend_apposition(doc, sp, end);
            (Some(sp), i, sp.1)
        }
        _ => return None,
    };
    if !short_tail(doc, after, end) {
        // `Acts of protest, Mr. Roe said, are acts of …`: the content surrounds the cue.
        if after < end && doc.t(after) == "," && (after..end).filter(|&t| doc.tokens[t].kind == Tok::Word).count() >= 2 {
            let c = content(doc, first, end, 4)?;
            return Some(Cand::new(src, Some((i, i + 1)), c, false, Rule::AttributionReportedParenthetical));
        }
        return None;
    }
    let c = content(doc, first, comma, 3)?;
    Some(Cand::new(src, Some((i, i + 1)), c, false, Rule::AttributionReportedTail))
}
