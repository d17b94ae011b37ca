//! The attribution engine: who said what (source, cue, content), direct and
//! reported, with speakers resolved to entities. Offsets are UTF-8 bytes
//! (token indices inside the submodules).
//!
//! Pipeline: [`quotes`] pairs quote marks; [`direct`] attaches cues and
//! sources to quote pieces; [`reported`] finds reported speech outside
//! quotes; nested attributions are dropped (the outermost one stays);
//! [`entities`] resolves sources to speakers; reasons are written here.
pub mod bounds;
pub mod cand;
pub mod chunks;
pub mod clause;
pub mod confidence;
#[rustfmt::skip] // word tables, aligned by hand
pub mod cues;
pub mod direct;
pub mod entities;
pub mod extend;
pub mod forms;
#[rustfmt::skip] // word tables, aligned by hand
pub mod lexicon;
pub mod loose;
#[rustfmt::skip] // word tables, aligned by hand
pub mod names;
pub mod phrase;
pub mod quotes;
pub mod reported;
pub mod source;

use crate::doc::Doc;
use crate::model::{Attribution, Entity, Sp, Speaker, Why};
use crate::rules::Rule;
use cand::Cand;

fn tok_sp(doc: &Doc, r: (usize, usize)) -> Sp {
    Sp::new(doc.tokens[r.0].start, doc.tokens[r.1 - 1].end)
}

/// How many neighbours (in content order) one candidate is compared with:
/// nesting only happens between nearby attributions, and this keeps the
/// pass linear on huge inputs.
const NEAR: usize = 12;

/// Cuts `o`'s content just before token `cut` (and any comma before it).
fn cut_before(doc: &Doc, o: &mut Cand, cut: usize) {
    let mut e = cut;
    while e > 0 && doc.tokens[e - 1].end > o.content.start && matches!(doc.t(e - 1), "," | ";" | "\u{2014}") {
        e -= 1;
    }
    if e > 0 && doc.tokens[e - 1].end > o.content.start {
        o.content.end = o.content.end.min(doc.tokens[e - 1].end);
    }
}

/// Keeps the outermost attribution: a coordinated clause (`…, but Roe
/// said …`) or a closing tail (`…, sources said.`) ends the content of a
/// reported attribution before it; then reported attributions whose cue
/// sits inside another's content, or that repeat a direct quote, go.
/// Reported content longer than this many tokens is cut there: real
/// sentences stay far below it, and text without sentence ends (hostile or
/// not prose) would otherwise give every cue a content running to the end.
const MAX_REPORTED_TOKENS: usize = 150;

fn cap_reported(doc: &Doc, cands: &mut [Cand]) {
    for c in cands.iter_mut().filter(|c| !c.direct) {
        let first = doc.token_at(c.content.start);
        let last = first + MAX_REPORTED_TOKENS;
        if last < doc.tokens.len() && doc.tokens[last].start < c.content.end {
            c.content.end = doc.tokens[last - 1].end;
        }
    }
}

fn outermost(doc: &Doc, mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by_key(|c| (c.content.start, c.content.end));
    let n = cands.len();
    for k in 0..n {
        let c = &cands[k];
        let tail = c.rule == Rule::AttributionReportedTail
            || c.rule == Rule::AttributionAccordingTo && c.source.is_some_and(|s| doc.tokens[s.0].start >= c.content.end);
        let cut = match (c.conj, tail) {
            (Some(cj), _) => Some(cj),
            (None, true) => c.source.map(|s| s.0).zip(c.cue.map(|q| q.0)).map(|(a, b)| a.min(b)),
            _ => None,
        };
        let Some(cut) = cut else { continue };
        let at = doc.tokens[cut].start;
        let lo = k.saturating_sub(NEAR);
        for (m, o) in cands.iter_mut().enumerate().take((k + NEAR).min(n)).skip(lo) {
            if m != k && !o.direct && o.content.start < at && at < o.content.end {
                cut_before(doc, o, cut);
            }
        }
    }
    let keep: Vec<bool> = (0..n)
        .map(|k| {
            let c = &cands[k];
            if c.direct {
                return true;
            }
            let cue = c.cue.map(|r| tok_sp(doc, r));
            !(k.saturating_sub(NEAR)..(k + NEAR).min(n)).any(|m| {
                let o = &cands[m];
                m != k
                    && (cue.is_some_and(|q| o.content.contains(q) && !c.content.contains(o.content))
                        || (o.direct && c.content.contains(o.content) && o.content.len() * 2 > c.content.len()))
            })
        })
        .collect();
    cands.into_iter().zip(keep).filter_map(|(c, k)| k.then_some(c)).collect()
}

pub fn find(doc: &Doc) -> (Vec<Attribution<Sp>>, Vec<Entity<Sp>>) {
    let n = doc.tokens.len();
    if n == 0 {
        return (Vec::new(), Vec::new());
    }
    let quotes = quotes::find(doc);
    let mask = quotes::mask(n, &quotes);
    let mut cands: Vec<Cand> = direct::find(doc, &quotes, &mask).into_iter().flatten().collect();
    let mut used: Vec<Option<Option<(usize, usize)>>> = vec![None; n];
    for c in &cands {
        if let Some((a, b)) = c.cue {
            for u in used.iter_mut().take(b).skip(a) {
                *u = Some(c.source);
            }
        }
    }
    cands.extend(reported::find(doc, &mask, &used));
    cap_reported(doc, &mut cands);
    quoted_is_direct(doc, &mut cands);
    let mut cands = outermost(doc, cands);
    cands.sort_by_key(|c| (c.content.start, c.content.end));
    cands.dedup_by(|a, b| a.content == b.content);
    carry_sources(doc, &mut cands);
    for c in cands.iter_mut() {
        if c.vague.is_none() {
            c.vague = c.source.and_then(|s| source::vague(doc, s));
        }
    }
    // Resolve speakers in the order their source mentions appear.
    let mut res = entities::Resolver::new(doc);
    let mut order: Vec<usize> = (0..cands.len()).filter(|&k| cands[k].source.is_some()).collect();
    order.sort_by_key(|&k| cands[k].source.map(|s| s.0));
    let mut ent: Vec<Option<usize>> = vec![None; cands.len()];
    // A vague source stays vague through `they` (`Officials said … they said.`).
    let mut ent_vague: Vec<Option<&'static str>> = Vec::new();
    for k in order {
        let Some(s) = cands[k].source else { continue };
        ent[k] = res.resolve(doc, s);
        let Some(e) = ent[k] else { continue };
        if ent_vague.len() <= e {
            ent_vague.resize(e + 1, None);
        }
        let pronoun = s.1 - s.0 == 1 && lexicon::pronoun(crate::lower::fold(doc.t(s.0)).as_str()).is_some();
        if pronoun {
            if cands[k].vague.is_none() {
                cands[k].vague = ent_vague[e];
            }
        } else if cands[k].vague.is_some() {
            ent_vague[e] = cands[k].vague;
        }
    }
    // Quote pieces sharing one cue and source (`“…,” she said. “…”`).
    let mut pieces: crate::fasthash::Map<_, usize> = Default::default();
    for c in cands.iter().filter(|c| c.direct && c.cue.is_some()) {
        *pieces.entry((c.cue, c.source)).or_default() += 1;
    }
    let mut out = Vec::with_capacity(cands.len());
    for (k, c) in cands.iter().enumerate() {
        let speaker = ent[k].map(|e| {
            let (entity, name) = res.speaker(e);
            Speaker { entity, name }
        });
        let why = Why::new(c.rule, reason(doc, c, speaker.as_ref()));
        let pieces = c.direct && c.cue.is_some() && pieces.get(&(c.cue, c.source)).is_some_and(|&n| n > 1);
        let evidence = confidence::Evidence { resolved: speaker.is_some(), vague: c.vague.is_some(), pieces };
        let (confidence, uncertain_because) = confidence::score(doc, c, &evidence);
        out.push(Attribution {
            id: format!("a{}", k + 1),
            source: c.source.map(|r| tok_sp(doc, r)),
            speaker,
            cue: c.cue.map(|r| tok_sp(doc, r)),
            content: c.content,
            direct: c.direct,
            vague_source: c.vague.is_some(),
            confidence,
            uncertain_because,
            why,
        });
    }
    (out, res.into_entities())
}

/// Reported content wholly inside one pair of quote marks (`warned that
/// “the reserves will not last.”`) is a direct quote: the marks go, `direct`
/// is set; the cue and source stay.
fn quoted_is_direct(doc: &Doc, cands: &mut [Cand]) {
    let open = |w: &str| matches!(w, "\u{201C}" | "\"");
    let close = |w: &str| matches!(w, "\u{201D}" | "\"");
    for c in cands.iter_mut().filter(|c| !c.direct && !c.content.is_empty()) {
        let (a, b) = (doc.token_at(c.content.start), doc.token_at(c.content.end).saturating_sub(1));
        if b < a + 2 || !open(doc.t(a)) || !close(doc.t(b)) || (a + 1..b).any(|t| open(doc.t(t)) || close(doc.t(t))) {
            continue;
        }
        c.content = Sp::new(doc.tokens[a + 1].start, doc.tokens[b - 1].end);
        c.direct = true;
    }
}

/// Tokens at most between an attribution and a quotation standing alone
/// after it for the source to carry over (`Roe said Friday.` + paragraph).
const CARRY_GAP: usize = 14;

/// A quotation with no speaker near it, right after another attribution
/// (at most one paragraph break and a short gap between them), takes that
/// attribution's source: a quote continued in the next paragraph, or a
/// block quote after `X wrote:`. The cue is not carried, so the piece stays
/// its own attribution; its confidence stays low.
fn carry_sources(doc: &Doc, cands: &mut [Cand]) {
    let para = |t: usize| doc.paragraphs.partition_point(|p| p.last <= t);
    let mut prev: Option<(usize, (usize, usize))> = None; // (last token used, source)
    for c in cands.iter_mut() {
        let first = doc.token_at(c.content.start);
        if c.rule == Rule::AttributionDirectUnattributed {
            if let Some((last, src)) = prev.filter(|&(last, _)| first <= last + CARRY_GAP && para(first) <= para(last) + 1) {
                c.source = Some(src);
                c.rule = Rule::AttributionDirectCarried;
                prev = Some((last.max(doc.token_at(c.content.end).saturating_sub(1)), src));
            }
            continue;
        }
        if let Some(src) = c.source {
            let end = doc.token_at(c.content.end).saturating_sub(1).max(src.1 - 1).max(c.cue.map_or(0, |q| q.1 - 1));
            prev = Some((end, src));
        }
    }
}

/// One plain sentence saying why this is an attribution.
fn reason(doc: &Doc, c: &Cand, speaker: Option<&Speaker>) -> String {
    let who = match (speaker, c.source) {
        (Some(s), _) if !s.name.is_empty() => s.name.clone(),
        (_, Some(r)) => doc.slice(tok_sp(doc, r)).to_string(),
        _ => String::new(),
    };
    let cue = c.cue.map(|r| format!(" by “{}”", doc.slice(tok_sp(doc, r)))).unwrap_or_default();
    let what = if c.direct {
        "A direct quote"
    } else if matches!(c.rule, Rule::AttributionBelief | Rule::AttributionExpected) {
        "A belief or expectation"
    } else if c.rule == Rule::AttributionStance {
        "A stated position, request or intention"
    } else if c.rule == Rule::AttributionInDocument {
        "A finding"
    } else {
        "Reported speech"
    };
    let mut s = if c.rule == Rule::AttributionInDocument {
        format!("{what} of {who}, named in the phrase that opens the sentence.")
    } else if who.is_empty() {
        if c.cue.is_none() {
            format!("{what} in quotation marks; no speaker is named next to it.")
        } else {
            format!("{what} introduced{cue}; no speaker is named.")
        }
    } else {
        format!("{what} attributed to {who}{cue}.")
    };
    if let Some(v) = c.vague {
        s.push_str(" The source is not named: ");
        s.push_str(v);
        s.push('.');
    }
    s
}
