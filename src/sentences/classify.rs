//! Each sentence's class (claim, opinion, boilerplate, question, other) and
//! check-worthiness (0..1) with the reasons that raised it. The criteria are
//! the tables in `lexicon` plus the numbers and attributions found in the
//! sentence; the weights are the `WEIGHTS` table. Offsets are UTF-8 bytes;
//! the work is per token, linear in the text.
use crate::doc::{Doc, Seg};
use crate::model::{Attribution, NumberKind, NumberMention, Sentence, SentenceClass, Sp, Why};
use crate::rules::Rule;
use crate::sentences::lexicon::{scan, Table};
use crate::sentences::segment::is_closer;
use crate::text::{Gap, Tok};

/// Check-worthiness criteria: (criterion, weight, how the reason names it).
pub const WEIGHTS: &[(Criterion, f64, &str)] = &[
    (Criterion::Figure, 0.35, "a figure"),
    (Criterion::DateOnly, 0.1, "a date"),
    (Criterion::NamedSource, 0.3, "a named source"),
    (Criterion::VagueSource, 0.15, "a vague source"),
    (Criterion::SourceMarker, 0.2, "a stated source of data"),
    (Criterion::Trend, 0.2, "a trend or cause"),
    (Criterion::Comparison, 0.1, "a comparison or superlative"),
    (Criterion::Event, 0.15, "a definite event"),
];
/// A claim needs at least this score; below it a sentence is `other`.
pub const CLAIM_THRESHOLD: f64 = 0.3;
/// A boilerplate phrase counts when it opens the sentence or the sentence is short.
const BOILERPLATE_MAX_WORDS: usize = 15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    Figure,
    DateOnly,
    NamedSource,
    VagueSource,
    SourceMarker,
    Trend,
    Comparison,
    Event,
}

/// Which tokens are inside quotation marks, and which lie in an attribution
/// (its source, cue or content): words there are not the writer's own.
pub struct Voice {
    pub quoted: Vec<bool>,
    pub attributed: Vec<bool>,
}

impl Voice {
    /// Is token `i` in the writer's own voice?
    pub fn writer(&self, i: usize) -> bool {
        !self.quoted.get(i).copied().unwrap_or(false) && !self.attributed.get(i).copied().unwrap_or(false)
    }
}

pub fn voice(doc: &Doc, attributions: &[Attribution<Sp>]) -> Voice {
    let n = doc.tokens.len();
    let mut quoted = vec![false; n];
    let mut open = false;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.gap == Gap::Para {
            open = false;
        }
        if t.kind == Tok::Punct {
            match doc.t(i) {
                "\u{201C}" => open = true,
                "\u{201D}" => {
                    quoted[i] = true;
                    open = false;
                    continue;
                }
                "\"" => {
                    quoted[i] = true;
                    open = !open;
                    continue;
                }
                _ => {}
            }
        }
        quoted[i] = open;
    }
    let mut attributed = vec![false; n];
    for a in attributions {
        for sp in [Some(a.content), a.source, a.cue].into_iter().flatten() {
            let (f, l) = (doc.token_at(sp.start), doc.token_at(sp.end).min(n));
            for x in attributed.iter_mut().take(l).skip(f) {
                *x = true;
            }
        }
    }
    Voice { quoted, attributed }
}

/// Indices of `numbers` sorted by start, for per-sentence lookups.
pub fn by_start<T>(items: &[T], start: impl Fn(&T) -> usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    idx.sort_by_key(|&i| start(&items[i]));
    idx
}

/// The items (by sorted index) whose start lies in `sp`.
pub fn within<'x, T>(items: &'x [T], order: &'x [usize], sp: Sp, start: impl Fn(&T) -> usize) -> &'x [usize] {
    let a = order.partition_point(|&i| start(&items[i]) < sp.start);
    let b = order.partition_point(|&i| start(&items[i]) < sp.end);
    &order[a..b]
}

pub fn classify(doc: &Doc, numbers: &[NumberMention<Sp>], attributions: &[Attribution<Sp>]) -> Vec<Sentence<Sp>> {
    let v = voice(doc, attributions);
    let num_order = by_start(numbers, |n| n.span.start);
    let per = per_sentence(doc, attributions);
    doc.sentences.iter().zip(&per).map(|(s, a)| classify_one(doc, s, numbers, &num_order, attributions, a, &v)).collect()
}

/// For each sentence, the attributions (indices) that touch it: the
/// sentences from the first to the last of the attribution's spans.
pub fn per_sentence(doc: &Doc, attributions: &[Attribution<Sp>]) -> Vec<Vec<usize>> {
    let mut per = vec![Vec::new(); doc.sentences.len()];
    if doc.tokens.is_empty() {
        return per;
    }
    for (k, a) in attributions.iter().enumerate() {
        let spans = [Some(a.content), a.source, a.cue];
        let lo = spans.iter().flatten().map(|s| s.start).min().unwrap_or(0);
        let hi = spans.iter().flatten().map(|s| s.end).max().unwrap_or(0);
        let first = doc.sentence_of(doc.token_at(lo).min(doc.tokens.len() - 1));
        let last = doc.sentence_of(doc.token_at(hi).saturating_sub(1).max(doc.token_at(lo)).min(doc.tokens.len() - 1));
        for p in per.iter_mut().take(last + 1).skip(first) {
            p.push(k);
        }
    }
    per
}

fn classify_one(
    doc: &Doc,
    s: &Seg,
    numbers: &[NumberMention<Sp>],
    num_order: &[usize],
    atts: &[Attribution<Sp>],
    mine: &[usize],
    v: &Voice,
) -> Sentence<Sp> {
    let mut met: Vec<(Criterion, String)> = Vec::new();
    let mut boiler: Option<(Rule, &'static str, usize, usize)> = None;
    let mut opinion: Option<(Rule, &'static str, usize, usize)> = None;
    let words = (s.first..s.last).filter(|&i| doc.tokens[i].kind == Tok::Word).count();
    scan(doc, s.first, s.last, |h| {
        let quote = |i: usize| format!("\u{201C}{}\u{201D}", doc.slice(Sp::new(doc.tokens[i].start, doc.tokens[h.last - 1].end)));
        match h.table {
            Table::Boilerplate if boiler.is_none() && boilerplate_here(doc, s, h.entry.rule, h.first, words) => {
                boiler = Some((h.entry.rule, h.entry.note, h.first, h.last))
            }
            Table::FirstPerson | Table::Prediction if opinion.is_none() && (h.first..h.last).all(|i| v.writer(i)) => {
                opinion = Some((h.entry.rule, h.entry.note, h.first, h.last))
            }
            Table::Trend => add(&mut met, Criterion::Trend, quote(h.first)),
            Table::Comparison => add(&mut met, Criterion::Comparison, quote(h.first)),
            Table::Event => add(&mut met, Criterion::Event, quote(h.first)),
            Table::SourceMarker => add(&mut met, Criterion::SourceMarker, quote(h.first)),
            _ => {}
        }
    });
    if boiler.is_none() {
        boiler = byline(doc, s);
    }
    let mut dates = 0;
    for &k in within(numbers, num_order, s.sp, |n| n.span.start) {
        let n = &numbers[k];
        match n.kind {
            NumberKind::Year | NumberKind::Date | NumberKind::Ordinal => dates += 1,
            _ => add(&mut met, Criterion::Figure, format!("({})", doc.slice(n.span))),
        }
    }
    if dates > 0 && !met.iter().any(|m| m.0 == Criterion::Figure) {
        add(&mut met, Criterion::DateOnly, String::new());
    }
    for a in mine.iter().map(|&k| &atts[k]) {
        let c = if a.vague_source {
            Criterion::VagueSource
        } else if a.source.is_some() {
            Criterion::NamedSource
        } else {
            continue;
        };
        add(&mut met, c, a.source.map(|x| format!("({})", doc.slice(x))).unwrap_or_default());
    }
    met.sort_by_key(|m| WEIGHTS.iter().position(|w| w.0 == m.0));
    let mut score: f64 = met.iter().map(|(c, _)| weight(*c)).sum::<f64>().min(1.0);
    let last = (s.first..s.last).rev().find(|&i| !is_closer(doc.t(i))).unwrap_or(s.first);
    let (class, rule, reason) = if let Some((rule, note, f, l)) = boiler {
        score = 0.0;
        (SentenceClass::Boilerplate, rule, format!("Boilerplate, not part of the report: {note} ({}).", quoted(doc, f, l)))
    } else if doc.t(last) == "?" && v.writer(last) {
        score *= 0.3;
        (SentenceClass::Question, Rule::SentenceQuestion, "The writer asks a question; there is no statement to check.".to_string())
    } else if let Some((rule, note, f, l)) =
        opinion.filter(|o| o.0 == Rule::OpinionFirstPerson || !met.iter().any(|m| m.0 == Criterion::Figure))
    {
        score *= 0.5;
        (SentenceClass::Opinion, rule, format!("The writer's own wording, not a reported fact: {note} ({}).", quoted(doc, f, l)))
    } else if score >= CLAIM_THRESHOLD {
        let list: Vec<String> =
            met.iter().map(|(c, d)| if d.is_empty() { name(*c).to_string() } else { format!("{} {d}", name(*c)) }).collect();
        (SentenceClass::Claim, Rule::SentenceClaim, format!("A checkable statement: {}.", list.join(", ")))
    } else {
        (SentenceClass::Other, Rule::SentenceOther, "No figure, source, trend, comparison or definite event to check.".to_string())
    };
    Sentence { span: s.sp, class, checkworthy: (score * 100.0).round() / 100.0 + 0.0, why: Why::new(rule, reason) }
}

fn add(met: &mut Vec<(Criterion, String)>, c: Criterion, detail: String) {
    if !met.iter().any(|m| m.0 == c) {
        met.push((c, detail));
    }
}

fn weight(c: Criterion) -> f64 {
    WEIGHTS.iter().find(|w| w.0 == c).map_or(0.0, |w| w.1)
}

fn name(c: Criterion) -> &'static str {
    WEIGHTS.iter().find(|w| w.0 == c).map_or("", |w| w.2)
}

fn quoted(doc: &Doc, f: usize, l: usize) -> String {
    format!("\u{201C}{}\u{201D}", doc.slice(Sp::new(doc.tokens[f].start, doc.tokens[l - 1].end)))
}

/// Where a boilerplate phrase counts: a call to action or share prompt
/// only as the imperative that opens the sentence (`Sign up for…`, `Please
/// share this`); a link prompt or credit anywhere in a short sentence or at
/// its start.
fn boilerplate_here(doc: &Doc, s: &Seg, rule: Rule, at: usize, words: usize) -> bool {
    let opening = (s.first..at).all(|i| doc.tokens[i].kind == Tok::Punct || doc.t(i).eq_ignore_ascii_case("please"));
    match rule {
        Rule::BoilerplateCallToAction | Rule::BoilerplateShare => opening,
        _ => opening || at - s.first <= 3 || words <= BOILERPLATE_MAX_WORDS,
    }
}

/// A line of its own like `By Jane Doe` or `By Jane Doe and Sam Roe, Reuters`.
fn byline(doc: &Doc, s: &Seg) -> Option<(Rule, &'static str, usize, usize)> {
    let own_line = doc.tokens[s.first].gap >= Gap::Line || s.first == 0;
    let ends_line = s.last >= doc.tokens.len() || doc.tokens[s.last].gap >= Gap::Line;
    if !own_line || !ends_line || s.last - s.first > 12 || doc.t(s.first) != "By" {
        return None;
    }
    let names = (s.first + 1..s.last).all(|i| {
        let t = doc.t(i);
        matches!(t, "and" | "," | "|" | "/" | "-" | "\u{2014}" | ".") || t.chars().next().is_some_and(|c| c.is_uppercase())
    });
    (names && s.last - s.first >= 2).then_some((Rule::BoilerplateByline, "a byline", s.first, s.last))
}
