//! Reported-speech forms that do not hang on a cue verb: `according to
//! X, …`, `the agency's estimate is that …`, `Roe: …` (headline and
//! transcript colons), expectation passives (`X is expected to …`), and
//! the long document subjects of findings (`A poll released Sunday by the
//! Herald shows …`). Token indices; contents are UTF-8 byte spans.
use super::bounds::{clause_end, content};
use super::lexicon::{self as lx, has, lower};
use super::source::{is_cap, np_after};
use super::Cand;
use crate::doc::Doc;
use crate::rules::Rule;
use crate::text::Tok;

fn lw<'b>(doc: &Doc, i: usize, buf: &'b mut [u8; 32]) -> &'b str {
    lower(doc.t(i), buf)
}

/// `the agency's estimate is that …`, `Roe's assessment: …`: a cue noun
/// after a possessive names the source.
pub(super) fn possessive(doc: &Doc, first: usize, end: usize, i: usize) -> Option<Cand> {
    let mut buf = [0u8; 32];
    if i + 2 >= end || i == first || !lx::CUE_NOUNS.has(lw(doc, i + 1, &mut buf)) {
        return None;
    }
    let w = doc.t(i);
    let owner = w.strip_suffix("\u{2019}s").or_else(|| w.strip_suffix("'s"))?;
    if owner.is_empty() {
        return None;
    }
    let np = super::source::np_before(doc, i + 1, first)?;
    let mut j = i + 2;
    let next = lw(doc, j, &mut buf);
    if matches!(next, "is" | "was" | "that" | ":" | "of") {
        j += 1;
        if lw(doc, j, &mut buf) == "that" {
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
    let label = (first..k).any(|t| lx::LABELS.has(&doc.t(t).to_lowercase()));
    if !name || label {
        return None;
    }
    let c = content(doc, k + 1, end, 3)?;
    let mut cand = Cand::new(Some((first, k)), Some((k, k + 1)), c, false, Rule::AttributionColon);
    cand.direct = false;
    Some(cand)
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
                && !(src.1..t).any(|k| lw(doc, k, &mut [0u8; 32]) == "that") =>
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
    let mut buf = [0u8; 32];
    if !lx::EXPECTATION_PASSIVES.has(lw(doc, i, &mut buf)) || i + 2 >= end || lw(doc, i + 1, &mut buf) != "to" {
        return None;
    }
    let be = i - 1;
    let lo = first.max(be.saturating_sub(30));
    let mut a = be;
    while a > lo {
        let w = lw(doc, a - 1, &mut buf);
        if w == ";" || matches!(w, "and" | "but") && a - 1 > first && doc.t(a - 2) == "," {
            break;
        }
        a -= 1;
    }
    if a == lo && lo > first {
        return None;
    }
    if a < be && matches!(lw(doc, a, &mut buf), "but" | "and" | "yet" | "so") {
        a += 1;
    }
    if a >= be || lx::pronoun(lw(doc, a, &mut buf)).is_some_and(|_| be == a + 1 && lw(doc, a, &mut [0u8; 32]) == "it") {
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
    let mut buf = [0u8; 32];
    let mut a = end;
    while a > first && end - a < 25 && !matches!(doc.t(a - 1), "," | ";" | ":" | "." | "\u{2014}" | "\u{201D}" | "\"") {
        a -= 1;
    }
    if a < end && matches!(lw(doc, a, &mut buf), "but" | "and" | "yet" | "so") {
        a += 1;
    }
    if end < a + 2 || end - a >= 25 {
        return None;
    }
    let head = (a..(a + 4).min(end)).any(|t| has(&lx::DOC_SOURCES, lw(doc, t, &mut buf)));
    let clause = (a..end).any(|t| {
        let w = lw(doc, t, &mut buf);
        has(&lx::BE, w) || matches!(w, "has" | "have" | "had" | "that" | "which" | "who" | "when" | "if") || lx::pronoun(w).is_some()
    });
    (head && !clause).then_some((a, end))
}

/// `Roe was asked whether …`, `When asked about the cuts, …`: the question
/// put to someone, with no asker named.
pub(super) fn asked(doc: &Doc, first: usize, end: usize, i: usize) -> Option<Cand> {
    let mut buf = [0u8; 32];
    if lw(doc, i, &mut buf) != "asked" || i + 2 >= end {
        return None;
    }
    let mut nb = [0u8; 32];
    let prev = if i > first { lw(doc, i - 1, &mut buf) } else { "" };
    let passive = i == first || matches!(prev, "was" | "were" | "is" | "been" | "when" | "once" | "if" | "being");
    if !passive {
        return None;
    }
    let nx = lw(doc, i + 1, &mut nb);
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
