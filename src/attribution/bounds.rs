//! Where reported content starts and ends: past an object, a time or
//! context phrase or a `that` after the cue; at a `;` or a comma opening the
//! writer's own clause; whether only a short circumstance follows a tail
//! cue. Token indices; contents are UTF-8 byte spans.
use super::lexicon::{self as lx};
use super::phrase::{is_cap, np_after};
use crate::doc::Doc;
use crate::lower::fold;
use crate::model::Sp;
use crate::text::Tok;

/// Content from token `a` to `b` (exclusive), trimmed of edge punctuation
/// other than quote marks; `None` when it holds fewer than `min` words.
pub(super) fn content(doc: &Doc, mut a: usize, mut b: usize, min: usize) -> Option<Sp> {
    while a < b && doc.tokens[a].kind == Tok::Punct && matches!(doc.t(a), "," | ":" | ";" | "\u{2014}" | "-" | "(") {
        a += 1;
    }
    while b > a && doc.tokens[b - 1].kind == Tok::Punct && matches!(doc.t(b - 1), "." | "," | ":" | ";" | "\u{2014}" | "-" | ")" | "!") {
        b -= 1;
    }
    let words = (a..b).filter(|&t| doc.tokens[t].kind != Tok::Punct).count();
    if words < min {
        return None;
    }
    Some(Sp::new(doc.tokens[a].start, doc.tokens[b - 1].end))
}

/// Only a short, cue-free tail remains (`in a statement on Tuesday.`)?
/// Or a `, adding that …` continuation.
pub(super) fn short_tail(doc: &Doc, k: usize, end: usize) -> bool {
    let mut n = 0;
    // `…, Mori said after a joint news conference with Park on Thursday.`
    // (`insisted Thursday during a tour of morning news shows`: after a weekday too)
    let lead = |t: usize| t < end && matches!(fold(doc.t(t)).as_str(), "after" | "before" | "during" | "following" | "ahead");
    let circumstance = lead(k) || k < end && lx::WEEKDAYS.has(doc.t(k)) && lead(k + 1);
    let limit = if circumstance { 20 } else { 9 };
    // What follows a tail cue is context (`on Tuesday`, `in a statement`,
    // `of the plan`), never a new clause (`he is making …`).
    if k < end {
        let w_f = fold(doc.t(k));
        let w = w_f.as_str();
        let context =
            lx::CONTEXT.has(w) || matches!(w, "." | "!" | "?" | "," | ";" | "of" | "reporters" | "via" | "(") || lx::WEEKDAYS.has(doc.t(k));
        if !context {
            return false;
        }
    }
    for t in k..end {
        let w_f = fold(doc.t(t));
        let w = w_f.as_str();
        if matches!(w, "." | "!" | "?") {
            break;
        }
        if w == "," && t + 1 < end {
            let nx_f = fold(doc.t(t + 1));
            let nx = nx_f.as_str();
            if nx.ends_with("ing") && lx::cue(nx).is_some() {
                return true;
            }
            // `The boom, Roe said, came from …`: the sentence goes on.
            if !lx::CONTEXT.has(nx) && !lx::WEEKDAYS.has(doc.t(t + 1)) {
                return false;
            }
        }
        let noun = t > k && lx::NOUN_MAKERS.has(fold(doc.t(t - 1)).as_str());
        // (inside a circumstance a present or plural cue form is a noun: `news shows`)
        let finite = !circumstance || w.ends_with("ed") || matches!(w, "said" | "told" | "wrote");
        if w == "that" || w == ":" || (lx::cue(w).is_some() && n > 0 && !noun && finite) {
            return false;
        }
        n += 1;
        if n > limit {
            return false;
        }
    }
    true
}

/// Past the person object of a cue at `j` (`told reporters`, `told him`,
/// `told the Herald`).
pub(super) fn skip_object(doc: &Doc, j: usize, end: usize) -> usize {
    if j >= end {
        return j;
    }
    if matches!(fold(doc.t(j)).as_str(), "him" | "her" | "them" | "us" | "me" | "you" | "reporters") {
        return j + 1;
    }
    np_after(doc, j, end).map_or(j, |(_, b)| b)
}

/// Skips what stands between a cue and its content: an object
/// (`told reporters`), a context phrase (`on Tuesday`), `that`, `,`, `:`.
/// Returns the content start and whether an explicit `that` was seen.
pub(super) fn skip_to_content(doc: &Doc, cue: usize, end: usize, obj: bool) -> (usize, bool) {
    let mut j = cue + 1;
    if obj {
        j = skip_object(doc, j, end);
    }
    if let Some(p) = time_phrase_end(doc, j, end) {
        // `announced last month it would …`, `said Tuesday the plan …`
        let w_f = fold(doc.t(p));
        let w = w_f.as_str();
        if w == "that" {
            return (p + 1, true);
        }
        if lx::pronoun(w).is_some() || lx::DETERMINERS.has(w) || is_cap(doc.t(p)) && doc.tokens[p].kind == Tok::Word {
            return (p, false);
        }
    }
    if j < end && lx::CONTEXT.has(fold(doc.t(j)).as_str()) {
        // `said on Tuesday that …`: jump to the `that` when it comes soon.
        let mut k = j;
        while k < end && k < j + 9 {
            let w_f = fold(doc.t(k));
            let w = w_f.as_str();
            if w == "that" {
                return (k + 1, true);
            }
            let noun = k > j && lx::NOUN_MAKERS.has(fold(doc.t(k - 1)).as_str());
            if matches!(w, "." | ";" | ":") || lx::cue(w).is_some() && !noun {
                break;
            }
            if w == "," {
                return (k + 1, false);
            }
            k += 1;
        }
    }
    if j < end && fold(doc.t(j)).as_str() == "that" {
        return (j + 1, true);
    }
    if j < end && matches!(doc.t(j), "," | ":") {
        j += 1;
    }
    (j, false)
}

/// The end of a short time phrase at `j` (`last month`, `on Tuesday
/// night`, `yesterday`), when one stands there.
fn time_phrase_end(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    if j >= end {
        return None;
    }
    let w_f = fold(doc.t(j));
    let w = w_f.as_str();
    let mut p = match w {
        "last" | "this" | "next" | "earlier" | "late" | "early" if j + 1 < end && lx::TIME_NOUNS.has(fold(doc.t(j + 1)).as_str()) => j + 2,
        "on" if j + 1 < end && lx::WEEKDAYS.has(doc.t(j + 1)) => j + 2,
        "yesterday" | "today" | "tonight" => j + 1,
        _ if lx::WEEKDAYS.has(doc.t(j)) => j + 1,
        _ => return None,
    };
    if p < end && matches!(fold(doc.t(p)).as_str(), "morning" | "afternoon" | "evening" | "night") {
        p += 1;
    }
    (p < end).then_some(p)
}

/// Where the content of a stance verb starts: past a particle
/// (`called for`, `pointed to`) or a `that`.
pub(super) fn act_content(doc: &Doc, cue: usize, end: usize, lemma: &str) -> (usize, bool) {
    // `put the figure at 11,000`: the figure is the claim.
    if lemma == "put" {
        return (put_at(doc, cue, end).map_or(cue + 1, |at| at + 1), false);
    }
    let mut j = cue + 1;
    if j < end {
        let w_f = fold(doc.t(j));
        let w = w_f.as_str();
        let particle = matches!(w, "for" | "on" | "out" | "about" | "of" | "upon" | "in" | "against")
            || w == "to" && matches!(lemma, "refer" | "point" | "cite" | "agree" | "vote");
        if particle {
            j += 1;
            // `lashed out at …`, `spoke out against …`
            if w == "out" && j < end && matches!(fold(doc.t(j)).as_str(), "at" | "against") {
                j += 1;
            }
        }
    }
    if j < end && fold(doc.t(j)).as_str() == "that" {
        return (j + 1, true);
    }
    (j, false)
}

/// `put the (number of stranded) containers at …`: the `at` after a noun
/// phrase of up to six words opened by `the`/`its`/`their`, with no
/// punctuation before it.
pub(super) fn put_at(doc: &Doc, cue: usize, end: usize) -> Option<usize> {
    if cue + 3 >= end || !matches!(fold(doc.t(cue + 1)).as_str(), "the" | "its" | "their" | "his" | "her") {
        return None;
    }
    (cue + 3..(cue + 8).min(end)).take_while(|&t| doc.tokens[t].kind != Tok::Punct).find(|&t| fold(doc.t(t)).as_str() == "at")
}

/// `said about 10,000 troops …`: `about` qualifies a figure, not a topic.
pub(super) fn approx_figure(doc: &Doc, k: usize, end: usize) -> bool {
    k < end && (doc.tokens[k].kind == Tok::Num || lx::NUMBER_WORDS.has(fold(doc.t(k)).as_str()))
}

/// Where a reported proposition ends: at a `;`, or at a comma that opens
/// a contrasting or circumstantial clause (`, but …`, `, although …`,
/// `, even as …`, `, and when …`) — the writer's words, not the source's.
pub fn clause_end(doc: &Doc, j: usize, end: usize) -> usize {
    for t in j + 1..end {
        let w = doc.t(t);
        if w == ";" {
            return t;
        }
        // `said he would run but declined to say when`, `… and added that …`:
        // a second verb of the source, not part of what it said.
        if matches!(w, "and" | "but") && t > j + 2 && t + 1 < end {
            let nx_f = fold(doc.t(t + 1));
            let nx = nx_f.as_str();
            let past = nx.ends_with("ed") || matches!(nx, "said" | "told" | "wrote");
            if past && lx::cue(nx).is_some() && super::phrase::verb_case(doc, t + 1) {
                return if doc.t(t - 1) == "," { t - 1 } else { t };
            }
        }
        if w == "," && t + 1 < end {
            let nx_f = fold(doc.t(t + 1));
            let nx = nx_f.as_str();
            let sub = lx::SUBORDINATORS.has(nx);
            let and_sub = matches!(nx, "and" | "or") && t + 2 < end && lx::SUBORDINATORS.has(fold(doc.t(t + 2)).as_str());
            // `…, citing her record`: a participle adds the writer's framing.
            let participle = nx.len() > 4 && nx.ends_with("ing") && doc.tokens[t + 1].kind == Tok::Word && !is_cap(doc.t(t + 1));
            if (sub || and_sub || participle) && t > j + 2 {
                return t;
            }
        }
    }
    end
}
