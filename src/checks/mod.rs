//! Cross-checks: findings over the numbers, attributions and sentences.
//! `conflict` (different figures for one quantity), `arithmetic` (stated
//! relations between figures, computed), `wording` (vague sources,
//! unattributed claims, hedges, opinion, boilerplate). This file holds the
//! shared view of the figures (`Fig`). Messages are neutral: they say what
//! to look at, never that something is false. Offsets are UTF-8 bytes.
pub mod arithmetic;
pub mod change;
pub mod conflict;
pub mod format;
pub mod wording;

use crate::doc::Doc;
use crate::model::{Attribution, Entity, Finding, NumberKind, NumberMention, QualifierKind, Sentence, Sp};
use crate::sentences::classify::per_sentence;
use crate::text::norm;
use crate::text::Tok;

/// Words for one thing counted: (word as written, the head it maps to).
pub const SAME_THING: &[(&str, &str)] = &[
    ("troops", "soldier"),
    ("troop", "soldier"),
    ("soldiers", "soldier"),
    ("personnel", "soldier"),
    ("people", "person"),
    ("persons", "person"),
    ("individuals", "person"),
    ("residents", "resident"),
    ("civilians", "civilian"),
    ("casualties", "casualty"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
];

/// A number as the checks see it.
#[derive(Clone, Debug)]
pub struct Fig {
    /// Index into the numbers list.
    pub n: usize,
    /// Token range `[t0, t1)` of the mention.
    pub t0: usize,
    pub t1: usize,
    pub sentence: usize,
    pub value: Option<f64>,
    pub range: Option<[f64; 2]>,
    pub kind: NumberKind,
    pub unit: Option<String>,
    pub approx: bool,
    /// The head word of the thing counted, normalised (`soldier`), if known.
    pub head: Option<String>,
    /// The span to highlight: the number with its qualifier.
    pub sp: Sp,
    /// The figure as written, for messages (one end of a split range).
    pub own: Sp,
}

impl Fig {
    /// One value to compare: the value, or a range's midpoint.
    pub fn mid(&self) -> Option<f64> {
        self.value.or(self.range.map(|r| (r[0] + r[1]) / 2.0))
    }
    pub fn is_quantity(&self) -> bool {
        matches!(self.kind, NumberKind::Count | NumberKind::Money | NumberKind::Percent | NumberKind::Measure)
    }
}

/// Everything the checks read, built once.
pub struct Ctx<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub numbers: &'a [NumberMention<Sp>],
    pub atts: &'a [Attribution<Sp>],
    pub entities: &'a [Entity<Sp>],
    pub sentences: &'a [Sentence<Sp>],
    /// Figures sorted by position.
    pub figs: Vec<Fig>,
    /// For each sentence, the attributions touching it.
    pub per_sentence: Vec<Vec<usize>>,
}

impl Ctx<'_, '_> {
    /// Figures (indices into `figs`) whose first token lies in sentence `s`.
    pub fn figs_in(&self, s: usize) -> std::ops::Range<usize> {
        let seg = self.doc.sentences[s];
        self.figs_within(seg.first, seg.last)
    }

    /// The figures of sentence `s` starting within `NEAR` tokens of tokens
    /// `[t0, t1)`: the per-figure searches stay local, so a "sentence" of
    /// thousands of figures (a table, hostile input) costs linear time.
    pub fn figs_near(&self, s: usize, t0: usize, t1: usize) -> std::ops::Range<usize> {
        let seg = self.doc.sentences[s];
        self.figs_within(t0.saturating_sub(NEAR).max(seg.first), (t1 + NEAR).min(seg.last))
    }

    fn figs_within(&self, first: usize, last: usize) -> std::ops::Range<usize> {
        let a = self.figs.partition_point(|f| f.t0 < first);
        let b = self.figs.partition_point(|f| f.t0 < last).max(a);
        a..b
    }

    /// Who gives figure `f`: the speaker or source of the attribution whose
    /// content holds it, else of an attribution in its sentence.
    pub fn source_of(&self, f: &Fig) -> Option<String> {
        let mine = self.per_sentence.get(f.sentence)?;
        // Not an attribution whose source is the figure itself (`Twenty-seven said`).
        let usable = |a: &&Attribution<Sp>| !a.source.is_some_and(|s| s.overlaps(f.sp));
        // The attribution whose content holds the figure, else one whose
        // source, cue and content together surround it.
        let cover = |a: &Attribution<Sp>| [Some(a.content), a.source, a.cue].into_iter().flatten().reduce(Sp::cover);
        let pick = mine
            .iter()
            .map(|&k| &self.atts[k])
            .filter(usable)
            .find(|a| a.content.overlaps(f.sp))
            .or_else(|| mine.iter().map(|&k| &self.atts[k]).filter(usable).find(|a| cover(a).is_some_and(|c| c.contains(f.sp))))?;
        // A bare pronoun or relative (`who`, `they`, `the`) names nobody.
        let named = |t: &str| t.contains(' ') || t.chars().next().is_some_and(|c| c.is_uppercase());
        if let Some(s) = pick.speaker.as_ref().filter(|s| named(&s.name)) {
            return Some(s.name.clone());
        }
        let text = pick.source.map(|s| self.doc.slice(s))?;
        named(text).then(|| text.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// How far (in tokens) a relation between two figures may reach.
pub const NEAR: usize = 60;

pub fn find(
    doc: &Doc,
    numbers: &[NumberMention<Sp>],
    attributions: &[Attribution<Sp>],
    entities: &[Entity<Sp>],
    sentences: &[Sentence<Sp>],
) -> Vec<Finding<Sp>> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx {
        doc,
        numbers,
        atts: attributions,
        entities,
        sentences,
        figs: figs(doc, numbers),
        per_sentence: per_sentence(doc, attributions),
    };
    let mut out = Vec::new();
    let related = arithmetic::find(&ctx, &mut out);
    conflict::find(&ctx, &related, &mut out);
    wording::find(&ctx, &mut out);
    out.sort_by_key(|f| f.spans.first().map_or((0, 0), |s| (s.start, s.end)));
    out
}

/// The figures, sorted, with the thing counted carried over to a bare
/// figure from the previous one in its sentence (`10,000 troops, another 11,000`).
pub fn figs(doc: &Doc, numbers: &[NumberMention<Sp>]) -> Vec<Fig> {
    let n_tok = doc.tokens.len();
    if n_tok == 0 {
        return Vec::new();
    }
    let mut figs: Vec<Fig> = numbers
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.end <= doc.text.len() && !m.span.is_empty())
        .map(|(k, m)| {
            let t0 = doc.token_at(m.span.start).min(n_tok - 1);
            let t1 = doc.token_at(m.span.end).max(t0 + 1);
            let sp = m.qualifier.as_ref().map_or(m.span, |q| q.span.cover(m.span));
            Fig {
                n: k,
                t0,
                t1,
                sentence: doc.sentence_of(t0),
                value: m.value,
                range: m.range,
                kind: m.kind,
                unit: m.unit.clone(),
                approx: m.qualifier.as_ref().is_some_and(|q| q.kind == QualifierKind::Approx),
                head: m.counted.and_then(|c| head(doc, c)),
                sp,
                own: m.span,
            }
        })
        .collect();
    let mut split = Vec::new();
    figs.retain(|f| match split_change(doc, f) {
        Some((a, b)) => {
            split.push(a);
            split.push(b);
            false
        }
        None => true,
    });
    figs.extend(split);
    figs.sort_by_key(|f| (f.t0, f.t1));
    for i in 1..figs.len() {
        let (prev, cur) = (&figs[i - 1], &figs[i]);
        if cur.head.is_none()
            && cur.unit.is_none()
            && cur.kind == NumberKind::Count
            && prev.kind == NumberKind::Count
            && prev.sentence == cur.sentence
            && cur.t0.saturating_sub(prev.t1) <= 12
            && !doc.tokens.get(cur.t1).is_some_and(|t| t.kind == Tok::Word && !is_filler(doc.t(cur.t1)))
        {
            figs[i].head = figs[i - 1].head.clone();
        }
    }
    figs
}

/// A range written as a change (`from 400 tonnes to 500 tonnes`, `to 9 from
/// 12`) becomes its two figures, in the order written, so the change can
/// be checked.
fn split_change(doc: &Doc, f: &Fig) -> Option<(Fig, Fig)> {
    let [lo, hi] = f.range?;
    let has = |w: &str| (f.t0..f.t1).any(|i| doc.tokens[i].kind == Tok::Word && doc.t(i).eq_ignore_ascii_case(w));
    if !has("from") || !has("to") {
        return None;
    }
    let mut nums = (f.t0..f.t1).filter(|&i| doc.tokens[i].kind == Tok::Num);
    let (n1, n2) = (nums.next()?, nums.next()?);
    let digits = |i: usize| crate::decimal::parse(&doc.t(i).replace(',', ""));
    let (v1, v2) = if digits(n1)? <= digits(n2)? { (lo, hi) } else { (hi, lo) };
    // Each end keeps a currency sign written before it (`$400`).
    let start =
        |n: usize| if n > f.t0 && doc.tokens[n - 1].kind == Tok::Punct && doc.tokens[n].gap == crate::text::Gap::None { n - 1 } else { n };
    let end_of = |n: usize| {
        let next_is_to_or_end = |i: usize| i >= f.t1 || matches!(doc.t(i).to_ascii_lowercase().as_str(), "to" | "from");
        let mut e = n + 1;
        while !next_is_to_or_end(e) && e < f.t1 {
            e += 1;
        }
        e
    };
    let part = |n: usize, v: f64| {
        let (t0, t1) = (start(n), end_of(n));
        let sp = Sp::new(doc.tokens[t0].start, doc.tokens[t1 - 1].end);
        Fig { t0, t1, value: Some(v), range: None, sp, own: sp, ..f.clone() }
    };
    Some((part(n1, v1), part(n2, v2)))
}

/// Words after a bare figure that do not name a new thing.
fn is_filler(w: &str) -> bool {
    matches!(w, "and" | "or" | "but" | "while" | "according" | "as" | "in" | "on" | "by" | "at")
}

/// The normalised head word of a counted phrase: its last word, singular.
pub fn head(doc: &Doc, counted: Sp) -> Option<String> {
    let (f, l) = (doc.token_at(counted.start), doc.token_at(counted.end));
    let last = (f..l.min(doc.tokens.len())).rev().find(|&i| doc.tokens[i].kind == Tok::Word)?;
    let mut buf = String::new();
    let w = norm(doc.t(last), &mut buf).to_string();
    if let Some((_, h)) = SAME_THING.iter().find(|(a, _)| *a == w) {
        return Some(h.to_string());
    }
    Some(singular(&w))
}

fn singular(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3])
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}
