//! Reported-speech forms that do not hang on a cue verb: `according to
//! X, …`, `the agency's estimate is that …`, `Roe: …` (headline and
//! transcript colons), expectation passives (`X is expected to …`), and
//! the long document subjects of findings (`A poll released Sunday by the
//! Herald shows …`), and findings opened by the document they come from
//! (`In a new poll, …`). Token indices; contents are UTF-8 byte spans.
use super::bounds::{clause_end, content, short_tail};
use super::cand::Cand;
use super::extend::extend_apposition;
use super::lexicon::{self as lx};
use super::phrase::{is_cap, is_word, np_after, verb_case};
use super::source::{agentive, before_cue};
use crate::doc::Doc;
use crate::lower::fold;
use crate::rules::Rule;
use crate::text::Tok;

/// `the agency's estimate is that …`, `Roe's assessment: …`: a cue noun
/// after a possessive names the source.
pub(super) fn possessive(doc: &Doc, first: usize, end: usize, i: usize) -> Option<Cand> {
    if i + 2 >= end || i == first || !lx::CUE_NOUNS.has(fold(doc.t(i + 1)).as_str()) {
        return None;
    }
    let w = doc.t(i);
    let owner = w.strip_suffix("\u{2019}s").or_else(|| w.strip_suffix("'s"))?;
    if owner.is_empty() {
        return None;
    }
    let np = super::phrase::np_before(doc, i + 1, first)?;
    let mut j = i + 2;
    let next_f = fold(doc.t(j));
    let next = next_f.as_str();
    if matches!(next, "is" | "was" | "that" | ":" | "of") {
        j += 1;
        if fold(doc.t(j)).as_str() == "that" {
            j += 1;
        }
    } else {
        return None;
    }
    let c = content(doc, j, end, 2)?;
    Some(Cand::new(Some(np), Some((i + 1, i + 2)), c, false, Rule::AttributionPossessive))
}

/// `Roe: The plan needs more time` (headlines) and `ROE: But …`
/// (transcripts): a short name, a colon, then what the person says.
pub(super) fn colon(doc: &Doc, first: usize, end: usize, mask: &[bool]) -> Option<Cand> {
    let k = (first + 1..(first + 5).min(end)).find(|&t| doc.t(t) == ":")?;
    if mask[first] {
        return None;
    }
    let name = (first..k).all(|t| {
        let w = doc.t(t);
        doc.tokens[t].kind == Tok::Word && is_cap(w) || w == "." && t > first
    });
    let label = (first..k).any(|t| lx::LABELS.has(fold(doc.t(t)).as_str()));
    if !name || label {
        return None;
    }
    let c = content(doc, k + 1, end, 3)?;
    let mut cand = Cand::new(Some((first, k)), Some((k, k + 1)), c, false, Rule::AttributionColon);
    cand.direct = false;
    Some(cand)
}

/// `In the latest Herald poll, the mayor leads by 12 points.`: a sentence
/// opened by `In` and a poll, survey, study or report reads as that
/// document's finding, when no cue verb in the clause names another source.
pub(super) fn in_document(doc: &Doc, first: usize, end: usize) -> Option<Cand> {
    if doc.t(first) != "In" || first + 3 >= end {
        return None;
    }
    let comma = (first + 2..end.min(first + 16)).find(|&t| matches!(doc.t(t), "," | "." | ";" | ":"))?;
    if doc.t(comma) != "," {
        return None;
    }
    let src = (first + 1, comma);
    let head = (src.0..src.1).rev().find(|&t| lx::FINDING_DOCS.has(fold(doc.t(t)).as_str()))?;
    // `In a poll by the Herald,`: the document, then at most its maker or date.
    // (`In the wake of the report,`, `In eight states where exit polls …`: not the head)
    let modifier = |t: usize| {
        !matches!(doc.t(t), "\u{201C}" | "\"")
            && !lx::POST_PREPS.has(doc.t(t))
            && !lx::SUBORDINATORS.has(doc.t(t))
            && !doc.t(t).ends_with("ing")
            && !matches!(doc.t(t), "where" | "which" | "that")
    };
    if !(src.0..head).all(modifier) || comma - head > 9 {
        return None;
    }
    let cend = clause_end(doc, comma + 1, end);
    let cue = |t: usize| lx::cue(fold(doc.t(t)).as_str()).is_some() && verb_case(doc, t);
    // (`investigators said …`: a subject that can speak, not `cracked supports`)
    if (comma + 1..cend).any(|t| cue(t) && before_cue(doc, t, comma + 1).is_some_and(|s| agentive(doc, s))) {
        return None;
    }
    let c = content(doc, comma + 1, cend, 3)?;
    Some(Cand::new(Some(src), Some((first, first + 1)), c, false, Rule::AttributionInDocument))
}

/// `according to X, …` / `…, according to X.` / `… according to X, …`.
pub(super) fn according(doc: &Doc, first: usize, end: usize, i: usize) -> Option<Cand> {
    let src = np_after(doc, i + 2, end)?;
    // `according to a June study by the Lakeside Center based on census
    // data, …`: the source runs on to the comma (or the sentence end).
    let src = match (src.1..end.min(src.1 + 25)).find(|&t| matches!(doc.t(t), "," | "." | ";" | ":" | "\u{2014}" | "\u{201C}" | "\"" | "("))
    {
        Some(t)
            if t > src.1
                && !matches!(doc.t(t), ":" | "\u{201C}" | "\"" | "(")
                && !(src.1..t).any(|k| fold(doc.t(k)).as_str() == "that") =>
        {
            (src.0, t)
        }
        None if end <= src.1 + 25 && end > src.1 => (src.0, end),
        _ => src,
    };
    let cue = Some((i, i + 2));
    let after = src.1;
    let comma_after = after < end && doc.t(after) == ",";
    let before_words = (first..i).filter(|&t| doc.tokens[t].kind == Tok::Word).count();
    let c = if before_words <= 1 {
        // sentence-initial: `According to X, …`
        if !comma_after {
            return None;
        }
        content(doc, after + 1, end, 3)?
    } else if comma_after && (after + 1..end).filter(|&t| doc.tokens[t].kind == Tok::Word).count() >= 3 {
        content(doc, first, end, 3)?
    } else {
        content(doc, first, i, 3)?
    };
    Some(Cand::new(Some(src), cue, c, false, Rule::AttributionAccordingTo))
}

/// `The House is expected to pass the bill …`: an expectation whose
/// holder is not named; the content is the clause, subject included, from
/// the sentence start or a `, and`/`, but`/`;` (at most 30 tokens back).
pub(super) fn expected(doc: &Doc, first: usize, end: usize, i: usize) -> Option<Cand> {
    if !lx::EXPECTATION_PASSIVES.has(fold(doc.t(i)).as_str()) || i + 2 >= end || fold(doc.t(i + 1)).as_str() != "to" {
        return None;
    }
    let be = i - 1;
    let lo = first.max(be.saturating_sub(30));
    let mut a = be;
    while a > lo {
        let w_f = fold(doc.t(a - 1));
        let w = w_f.as_str();
        if w == ";" || matches!(w, "and" | "but") && a - 1 > first && doc.t(a - 2) == "," {
            break;
        }
        a -= 1;
    }
    if a == lo && lo > first {
        return None;
    }
    if a < be && matches!(fold(doc.t(a)).as_str(), "but" | "and" | "yet" | "so") {
        a += 1;
    }
    if a >= be || lx::pronoun(fold(doc.t(a)).as_str()).is_some_and(|_| be == a + 1 && fold(doc.t(a)).as_str() == "it") {
        return None;
    }
    let ce = clause_end(doc, i + 2, end);
    let ce = (i + 2..ce).find(|&t| doc.t(t) == "," && t + 1 < ce && matches!(doc.t(t + 1), "and" | "but")).unwrap_or(ce);
    let c = content(doc, a, ce, 4)?;
    let mut cand = Cand::new(None, Some((be, i + 1)), c, false, Rule::AttributionExpected);
    cand.vague = Some("nobody is named as expecting it");
    Some(cand)
}

/// A subject phrase running from the sentence start (or a comma) to `end`
/// whose head, among its first four words, is a document or data word
/// (`A national poll released Sunday by the Herald`, `An average of
/// recent polls`); bounded to 25 tokens, no finite verb inside.
pub(super) fn doc_subject(doc: &Doc, first: usize, end: usize) -> Option<(usize, usize)> {
    let mut a = end;
    while a > first && end - a < 25 && !matches!(doc.t(a - 1), "," | ";" | ":" | "." | "\u{2014}" | "\u{201D}" | "\"") {
        a -= 1;
    }
    if a < end && matches!(fold(doc.t(a)).as_str(), "but" | "and" | "yet" | "so") {
        a += 1;
    }
    if end < a + 2 || end - a >= 25 {
        return None;
    }
    let head = (a..(a + 4).min(end)).any(|t| lx::DOC_SOURCES.has(fold(doc.t(t)).as_str()));
    let clause = (a..end).any(|t| {
        let w_f = fold(doc.t(t));
        let w = w_f.as_str();
        lx::BE.has(w) || matches!(w, "has" | "have" | "had" | "that" | "which" | "who" | "when" | "if") || lx::pronoun(w).is_some()
    });
    (head && !clause).then_some((a, end))
}

/// `Roe was asked whether …`, `When asked about the cuts, …`: the question
/// put to someone, with no asker named.
pub(super) fn asked(doc: &Doc, first: usize, end: usize, i: usize) -> Option<Cand> {
    if fold(doc.t(i)).as_str() != "asked" || i + 2 >= end {
        return None;
    }
    let prev_f = fold(if i > first { doc.t(i - 1) } else { "" });
    let prev = prev_f.as_str();
    let passive = i == first || matches!(prev, "was" | "were" | "is" | "been" | "when" | "once" | "if" | "being");
    if !passive {
        return None;
    }
    let nx_f = fold(doc.t(i + 1));
    let nx = nx_f.as_str();
    let j = match nx {
        "about" => i + 2,
        "whether" | "if" | "how" | "why" | "what" | "which" | "who" | "when" | "where" => i + 1,
        _ => return None,
    };
    let ce = clause_end(doc, j, end);
    // `When asked about the cuts, Roe said …`: a fronted clause ends at its comma.
    let ce = if i == first || matches!(prev, "when" | "once" | "if") { (j..ce).find(|&t| doc.t(t) == ",").unwrap_or(ce) } else { ce };
    let c = content(doc, j, ce, 1)?;
    let mut cand = Cand::new(None, Some((i, i + 1)), c, false, Rule::AttributionAsked);
    cand.vague = Some("the asker is not named");
    Some(cand)
}

/// `…, X said.` and `…, said X.`: the content is the sentence before the comma.
pub(super) fn tail(doc: &Doc, first: usize, end: usize, i: usize, flags: u8, src: Option<(usize, usize)>) -> Option<Cand> {
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
    // `…, city engineer Ana Ruiz said`: lowercase role words before the name
    // belong to the source; the comma sits before them.
    let src = src.map(|sp| {
        let words = |a: usize| {
            (a..sp.0).all(|t| is_word(doc, t) && !lx::STOP.has(fold(doc.t(t)).as_str()) && lx::cue(fold(doc.t(t)).as_str()).is_none())
        };
        match (sp.0.saturating_sub(5).max(first + 1)..sp.0).find(|&a| comma_at(a) && words(a)) {
            Some(a) if !comma_at(sp.0) && is_cap(doc.t(sp.0)) => (a, sp.1),
            _ => sp,
        }
    });
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
    // `Sales were great, he said, wiping his face.`: a participle or a
    // subordinate clause after the cue is circumstance, not content.
    let framing = after + 1 < end && doc.t(after) == "," && {
        let nx_f = fold(doc.t(after + 1));
        let nx = nx_f.as_str();
        nx.len() > 4 && nx.ends_with("ing") && !is_cap(doc.t(after + 1)) || lx::SUBORDINATORS.has(nx) && nx != "but"
    };
    if !framing && !short_tail(doc, after, end) {
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
