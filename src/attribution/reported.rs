//! Reported speech, one sentence at a time: `X said (that) …`, `…, X said.`,
//! `…, said X.`, `according to X, …`, `X told reporters …`, beliefs
//! (`X believes we …`), findings (`the poll found that …`), impersonal
//! passives (`it is believed that …`) and `X was quoted as saying …`.
//! Token indices; contents are UTF-8 byte spans.
use super::bounds::{act_content, approx_figure, clause_end, content, put_at, skip_to_content};
use super::cand::Cand;
use super::clause::{act_holds, aux_start, conjunction, given_figure, plural_noun, purpose, subject};
use super::forms::{according, asked, colon, doc_subject, expected, in_document, possessive, tail};
use super::lexicon::{self as lx, BE};
use super::phrase::{is_cap, verb_case};
use super::source::{agentive, before_cue};
use crate::doc::{Doc, Seg};
use crate::lower::fold;
use crate::rules::Rule;
use crate::text::Tok;

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
    let (first, end) = (s.first, s.last);
    let mut last_src: Option<(usize, usize)> = None;
    if let Some(c) = colon(doc, first, end, mask).or_else(|| in_document(doc, first, end)) {
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
        let w_f = fold(doc.t(i));
        let w = w_f.as_str();
        if w == "according" && i + 1 < end && fold(doc.t(i + 1)).as_str() == "to" {
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
        if let Some(c) = given_figure(doc, first, i) {
            out.push(c);
            i += 1;
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
        let possessed = owner.is_some_and(|o| {
            let o_f = fold(o);
            let o = o_f.as_str();
            lx::pronoun(o).is_none() && !matches!(o, "that" | "there" | "what" | "who" | "here")
        });
        let noun_form = lx::NOUN_FORMS.has(w) && !(i + 1 < end && fold(doc.t(i + 1)).as_str() == "that");
        if i > first && lx::NOUN_MAKERS.has(fold(doc.t(i - 1)).as_str()) && !matches!(w, "said" | "told") || possessed || noun_form {
            i += 1;
            continue;
        }
        let prev_f = fold(if i > first { doc.t(i - 1) } else { "" });
        let prev = prev_f.as_str();
        if BE.has(prev) && !w.ends_with("ing") {
            // `it is believed that …`: impersonal, no named source.
            if i >= first + 2 && fold(doc.t(i - 2)).as_str() == "it" && lx::IMPERSONAL_VERBS.has(w) {
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
            && fold(doc.t(i - 1)).as_str() == "as"
            && fold(doc.t(i - 2)).as_str() == "quoted"
            && BE.has(fold(doc.t(i - 3)).as_str());
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
        if sp.0 > first && matches!(fold(doc.t(sp.0 - 1)).as_str(), "what" | "than") {
            i += 1;
            continue;
        }
        let (j, that) = if cv.flags & lx::ACT != 0 {
            act_content(doc, i, end, cv.lemma)
        } else {
            skip_to_content(doc, i, end, cv.flags & lx::OBJ != 0)
        };
        let mut doc_source = lx::DOC_SOURCES.has(fold(doc.t(sp.1 - 1)).as_str());
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
            let nx_f = fold(doc.t(j));
            let nx = nx_f.as_str();
            let promise = matches!(cv.lemma, "promise" | "pledge" | "vow" | "hope" | "expect" | "intend") || cv.flags & lx::ACT != 0;
            let intent = matches!(cv.lemma, "hope" | "expect" | "intend");
            if cv.flags & lx::ACT != 0 {
                if !act_holds(doc, (first, end), sp.0, i, j, cv.lemma) {
                    i += 1;
                    continue;
                }
                if matches!(nx, "." | "," | ";" | "and" | "or" | "but" | "as" | "by" | "in" | "at" | "with" | "from" | "among")
                    || BE.has(nx)
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
                let clause = lx::pronoun(nx).is_some() || lx::DETERMINERS.has(nx) || is_cap(doc.t(j));
                if !clause || nx == "it" && fold(doc.t(j + 1)).as_str() == "to" {
                    i += 1;
                    continue;
                }
            }
        }
        // `told the paper on Thursday.`: a bare circumstance is no content.
        if !that
            && j < end
            && lx::CONTEXT.has(fold(doc.t(j)).as_str())
            && (j..clause_end(doc, j, end)).filter(|&t| doc.tokens[t].kind != Tok::Punct).count() <= 3
        {
            i += 1;
            continue;
        }
        let act = cv.flags & lx::ACT != 0 && !that;
        // `Roe, who backs the plan, urged …`: the relative clause ends at its comma.
        let relative = sp.1 - sp.0 == 1 && matches!(fold(doc.t(sp.0)).as_str(), "who" | "which") && sp.0 > first && doc.t(sp.0 - 1) == ",";
        // `Back when he wrote his book, Roe said …`: a subordinate clause ends at its comma.
        let subordinate = sp.0 > first
            && matches!(
                fold(doc.t(sp.0 - 1)).as_str(),
                "when" | "after" | "before" | "because" | "if" | "since" | "until" | "while" | "although" | "though" | "once"
            );
        let relative = relative || subordinate && !that;
        let cend = if relative { (j..end).find(|&t| doc.t(t) == ",").unwrap_or(end) } else { clause_end(doc, j, end) };
        // `condemned the launch as the missiles flew`: a stance's object ends at a comma or a subordinator.
        let cend = if act { (j + 1..cend).find(|&t| lx::ACT_ENDS.has(doc.t(t))).unwrap_or(cend) } else { cend };
        if let Some(c) = content(doc, j, cend, if act { 1 } else { 2 }) {
            // `Roe seemed to endorse …`: the writer's impression; no one is quoted.
            if matches!(cv.lemma, "seem" | "appear") {
                out.push(Cand::new(None, Some((i, i + 1)), c, false, Rule::AttributionImpression));
                i += 1;
                continue;
            }
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
