//! Reported speech, one sentence at a time: `X said (that) …`, `…, X said.`,
//! `…, said X.`, `according to X, …`, `X told reporters …`, beliefs
//! (`X believes we …`), findings (`the poll found that …`), impersonal
//! passives (`it is believed that …`) and `X was quoted as saying …`.
//! Token indices; contents are UTF-8 byte spans.
use super::lexicon::{self as lx, has, lower};
use super::source::{agentive, before_cue, verb_case, extend_apposition, is_cap, np_after};
use super::forms::{according, colon, possessive};
use super::Cand;
use crate::doc::{Doc, Seg};
use crate::model::Sp;
use crate::text::Tok;

static BE: lx::Lex = lx::Lex::new(&["is", "was", "were", "are", "be", "been", "being"]);

fn lw<'b>(doc: &Doc, i: usize, buf: &'b mut [u8; 32]) -> &'b str {
    lower(doc.t(i), buf)
}

/// Content from token `a` to `b` (exclusive), trimmed of edge punctuation
/// other than quote marks; `None` when it holds fewer than `min` words.
pub(super) fn content(doc: &Doc, mut a: usize, mut b: usize, min: usize) -> Option<Sp> {
    while a < b && doc.tokens[a].kind == Tok::Punct && matches!(doc.t(a), "," | ":" | ";" | "\u{2014}" | "-" | "(") {
        a += 1;
    }
    while b > a && doc.tokens[b - 1].kind == Tok::Punct && matches!(doc.t(b - 1), "." | "," | ":" | ";" | "\u{2014}" | "-" | ")" | "!")
    {
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
fn short_tail(doc: &Doc, k: usize, end: usize) -> bool {
    let mut buf = [0u8; 32];
    let mut nb = [0u8; 32];
    let mut n = 0;
    // What follows a tail cue is context (`on Tuesday`, `in a statement`,
    // `of the plan`), never a new clause (`he is making …`).
    if k < end {
        let w = lw(doc, k, &mut buf);
        let context = has(&lx::CONTEXT, w) || matches!(w, "." | "!" | "?" | "," | ";" | "of" | "reporters" | "via" | "(")
            || lx::WEEKDAYS.has(doc.t(k));
        if !context {
            return false;
        }
    }
    for t in k..end {
        let w = lw(doc, t, &mut buf);
        if matches!(w, "." | "!" | "?") {
            break;
        }
        if w == "," && t + 1 < end {
            let nx = lw(doc, t + 1, &mut nb);
            if nx.ends_with("ing") && lx::cue(nx).is_some() {
                return true;
            }
            // `The boom, Roe said, came from …`: the sentence goes on.
            if !has(&lx::CONTEXT, nx) && !lx::WEEKDAYS.has(doc.t(t + 1)) {
                return false;
            }
        }
        let noun = t > k && lx::NOUN_MAKERS.has(lw(doc, t - 1, &mut nb));
        if w == "that" || w == ":" || (lx::cue(w).is_some() && n > 0 && !noun) {
            return false;
        }
        n += 1;
        if n > 9 {
            return false;
        }
    }
    true
}

/// Skips what stands between a cue and its content: an object
/// (`told reporters`), a context phrase (`on Tuesday`), `that`, `,`, `:`.
/// Returns the content start and whether an explicit `that` was seen.
fn skip_to_content(doc: &Doc, cue: usize, end: usize, obj: bool) -> (usize, bool) {
    let mut buf = [0u8; 32];
    let mut j = cue + 1;
    if obj && j < end {
        let w = lw(doc, j, &mut buf);
        if matches!(w, "him" | "her" | "them" | "us" | "me" | "you" | "reporters") {
            j += 1;
        } else if let Some((_, b)) = np_after(doc, j, end) {
            j = b;
        }
    }
    if let Some(p) = time_phrase_end(doc, j, end) {
        // `announced last month it would …`, `said Tuesday the plan …`
        let w = lw(doc, p, &mut buf);
        if w == "that" {
            return (p + 1, true);
        }
        if lx::pronoun(w).is_some() || has(&lx::DETERMINERS, w) || is_cap(doc.t(p)) && doc.tokens[p].kind == Tok::Word {
            return (p, false);
        }
    }
    if j < end && has(&lx::CONTEXT, lw(doc, j, &mut buf)) {
        // `said on Tuesday that …`: jump to the `that` when it comes soon.
        let mut k = j;
        while k < end && k < j + 9 {
            let w = lw(doc, k, &mut buf);
            if w == "that" {
                return (k + 1, true);
            }
            let noun = k > j && lx::NOUN_MAKERS.has(lw(doc, k - 1, &mut [0u8; 32]));
            if matches!(w, "." | ";" | ":") || lx::cue(w).is_some() && !noun {
                break;
            }
            if w == "," {
                return (k + 1, false);
            }
            k += 1;
        }
    }
    if j < end && lw(doc, j, &mut buf) == "that" {
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
    let mut buf = [0u8; 32];
    let w = lw(doc, j, &mut buf);
    let mut p = match w {
        "last" | "this" | "next" | "earlier" | "late" | "early" if j + 1 < end && lx::TIME_NOUNS.has(lw(doc, j + 1, &mut [0u8; 32])) => j + 2,
        "on" if j + 1 < end && lx::WEEKDAYS.has(doc.t(j + 1)) => j + 2,
        "yesterday" | "today" | "tonight" => j + 1,
        _ if lx::WEEKDAYS.has(doc.t(j)) => j + 1,
        _ => return None,
    };
    if p < end && matches!(lw(doc, p, &mut buf), "morning" | "afternoon" | "evening" | "night") {
        p += 1;
    }
    (p < end).then_some(p)
}

/// Cue tokens already taken by a direct quote, with that quote's source.
pub type Used = [Option<Option<(usize, usize)>>];

/// Where the content of a stance verb starts: past a particle
/// (`called for`, `pointed to`) or a `that`.
fn act_content(doc: &Doc, cue: usize, end: usize, lemma: &str) -> (usize, bool) {
    let mut buf = [0u8; 32];
    let mut j = cue + 1;
    if j < end {
        let w = lw(doc, j, &mut buf);
        let particle = matches!(w, "for" | "on" | "out" | "about" | "of" | "upon" | "in")
            || w == "to" && matches!(lemma, "refer" | "point" | "cite" | "agree" | "vote");
        if particle {
            j += 1;
        }
    }
    if j < end && lw(doc, j, &mut buf) == "that" {
        return (j + 1, true);
    }
    (j, false)
}

pub fn find(doc: &Doc, mask: &[bool], used: &Used) -> Vec<Cand> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        sentence(doc, s, mask, used, &mut out);
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
        if i > first && lx::NOUN_MAKERS.has(lw(doc, i - 1, &mut pb)) && !matches!(w, "said" | "told")
        {
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
                        let mut cand = Cand::new(None, Some((i - 1, i + 1)), c, false, "attribution.impersonal");
                        cand.vague = Some("the source is not named (an impersonal “it is said”)");
                        out.push(cand);
                    }
                }
            } else if let Some(c) = expected(doc, first, end, i) {
                out.push(c);
            }
            i += 1;
            continue;
        }
        // `X was quoted as saying …`: the source stands before the passive.
        let quoted = w == "saying" && i >= first + 3 && lw(doc, i - 1, &mut pb) == "as"
            && lw(doc, i - 2, &mut pb) == "quoted" && has(&BE, lw(doc, i - 3, &mut pb));
        let src = if quoted { before_cue(doc, i - 3, first) } else { before_cue(doc, i, first) };
        if quoted {
            if let (Some(sp), (j, _)) = (src, skip_to_content(doc, i, end, false)) {
                if let Some(c) = content(doc, j, end, 2) {
                    last_src = Some(sp);
                    out.push(Cand::new(Some(sp), Some((i - 3, i + 1)), c, false, "attribution.quoted_as"));
                }
            }
            i += 1;
            continue;
        }
        // `X has put the figure at …`
        if cv.lemma == "put" && !(i + 3 < end && lw(doc, i + 1, &mut pb) == "the" && lw(doc, i + 3, &mut pb) == "at") {
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
            let promise = matches!(cv.lemma, "promise" | "pledge" | "vow" | "hope" | "expect" | "intend")
                || cv.flags & lx::ACT != 0;
            let intent = matches!(cv.lemma, "hope" | "expect" | "intend");
            if cv.flags & lx::ACT != 0 {
                let to_only = matches!(
                    cv.lemma,
                    "decline" | "refuse" | "intend" | "threaten" | "vow" | "plan" | "seem" | "appear" | "decide" | "try"
                        | "need" | "aim" | "struggle"
                );
                if to_only && nx != "to" {
                    i += 1;
                    continue;
                }
                // `called for/on …`, `called him a liar`, not `called a timeout`.
                let named = lx::pronoun(nx).is_some() || nx == "them" || is_cap(doc.t(j));
                let complement = (j + 1..(j + 8).min(end)).any(|t| {
                    matches!(doc.t(t), "a" | "an" | "\u{201C}" | "\"" | "\u{2018}")
                });
                if cv.lemma == "call" && j == i + 1 && !named && !complement {
                    i += 1;
                    continue;
                }
                if matches!(nx, "." | "," | ";" | "and" | "or" | "but" | "as" | "by" | "in" | "at" | "with" | "from" | "among") || has(&BE, nx) {
                    i += 1;
                    continue;
                }
            } else if (nx == "to" && !promise) || matches!(nx, "so" | "in" | "of" | "about" | "for" | "yes")
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
        let act = cv.flags & lx::ACT != 0 && !that;
        // `Roe, who backs the plan, urged …`: the relative clause ends at its comma.
        let relative = sp.1 - sp.0 == 1 && matches!(lw(doc, sp.0, &mut pb), "who" | "which") && sp.0 > first
            && doc.t(sp.0 - 1) == ",";
        // `Back when he wrote his book, Roe said …`: a subordinate clause ends at its comma.
        let subordinate = sp.0 > first && matches!(
            lw(doc, sp.0 - 1, &mut pb),
            "when" | "after" | "before" | "because" | "if" | "since" | "until" | "while" | "although" | "though" | "once"
        );
        let relative = relative || subordinate && !that;
        let cend = if relative { (j..end).find(|&t| doc.t(t) == ",").unwrap_or(end) } else { clause_end(doc, j, end) };
        // `condemned the launch as the missiles flew`: a stance's object ends at a comma or a subordinator.
        let cend = if act { (j + 1..cend).find(|&t| lx::ACT_ENDS.has(doc.t(t))).unwrap_or(cend) } else { cend };
        if let Some(c) = content(doc, j, cend, if act { 1 } else { 2 }) {
            let rule = if cv.flags & lx::BELIEF != 0 {
                "attribution.belief"
            } else if act {
                "attribution.stance"
            } else {
                "attribution.reported"
            };
            last_src = Some(sp);
            let mut cand = Cand::new(Some(sp), Some((i, i + 1)), c, false, rule);
            cand.conj = conj;
            out.push(cand);
        }
        i += 1;
    }
}

/// `The House is expected to pass the bill …`: an expectation whose
/// holder is not named; the content is the clause, subject included, from
/// the sentence start or a `, and`/`, but`/`;` (at most 30 tokens back).
fn expected(doc: &Doc, first: usize, end: usize, i: usize) -> Option<Cand> {
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
    let mut cand = Cand::new(None, Some((be, i + 1)), c, false, "attribution.expected");
    cand.vague = Some("nobody is named as expecting it");
    Some(cand)
}

/// `said about 10,000 troops …`: `about` qualifies a figure, not a topic.
fn approx_figure(doc: &Doc, k: usize, end: usize) -> bool {
    let mut buf = [0u8; 32];
    k < end && (doc.tokens[k].kind == Tok::Num || lx::NUMBER_WORDS.has(lw(doc, k, &mut buf)))
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
    let bare = !lv.is_empty() && lv == v && lv.bytes().all(|b| b.is_ascii_lowercase())
        && !lv.ends_with('s') && !lv.ends_with("ed") && !lv.ends_with("ing") && !lv.ends_with("ly")
        && !has(&lx::STOP, lv) && !has(&lx::DETERMINERS, lv) && lx::pronoun(lv).is_none();
    bare && (i + 2 >= end || doc.tokens[i + 2].kind == Tok::Word && has(&lx::STOP, lw(doc, i + 2, &mut buf)))
}


/// Where a reported proposition ends: at a `;`, or at a comma that opens
/// a contrasting or circumstantial clause (`, but …`, `, although …`,
/// `, even as …`, `, and when …`) — the writer's words, not the source's.
pub fn clause_end(doc: &Doc, j: usize, end: usize) -> usize {
    let mut buf = [0u8; 32];
    let mut nb = [0u8; 32];
    for t in j + 1..end {
        let w = doc.t(t);
        if w == ";" {
            return t;
        }
        if w == "," && t + 1 < end {
            let nx = lw(doc, t + 1, &mut buf);
            let sub = lx::SUBORDINATORS.has(nx);
            let and_sub = matches!(nx, "and" | "or") && t + 2 < end && lx::SUBORDINATORS.has(lw(doc, t + 2, &mut nb));
            // `…, citing her record`: a participle adds the writer's framing.
            let participle = nx.len() > 4 && nx.ends_with("ing") && doc.tokens[t + 1].kind == Tok::Word
                && !is_cap(doc.t(t + 1));
            if (sub || and_sub || participle) && t > j + 2 {
                return t;
            }
        }
    }
    end
}


/// A subject phrase running from the sentence start (or a comma) to `end`
/// whose head, among its first four words, is a document or data word
/// (`A national poll released Sunday by the Herald`, `An average of
/// recent polls`); bounded to 25 tokens, no finite verb inside.
fn doc_subject(doc: &Doc, first: usize, end: usize) -> Option<(usize, usize)> {
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
        has(&BE, w) || matches!(w, "has" | "have" | "had" | "that" | "which" | "who" | "when" | "if") || lx::pronoun(w).is_some()
    });
    (head && !clause).then_some((a, end))
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
            return Some(Cand::new(src, Some((i, i + 1)), c, false, "attribution.reported.parenthetical"));
        }
        return None;
    }
    let c = content(doc, first, comma, 3)?;
    Some(Cand::new(src, Some((i, i + 1)), c, false, "attribution.reported.tail"))
}

