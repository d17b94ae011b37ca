//! Cross-checks: findings over the numbers, attributions and sentences.
//! Each figure gets an identity (`identity`: what it counts, where, when,
//! which measure, who says it); `conflict` finds one quantity given
//! incompatible figures; `share`, `arithmetic`, `change` and `margin`
//! compute the relations the text states (over `relation`'s shared
//! helpers); `wording` flags vague sources, unattributed claims, hedges,
//! opinion and boilerplate. This file holds the shared context (`Ctx`) and
//! runs them in order. Messages are neutral: they say what to look at,
//! never that something is false. Offsets are UTF-8 bytes.
pub mod anaphora;
pub mod arithmetic;
pub mod change;
pub mod conflict;
pub mod fig;
pub mod format;
pub mod identity;
pub mod margin;
pub mod relation;
pub mod share;
pub mod wording;
pub mod words;

use crate::doc::Doc;
use crate::model::{Attribution, Entity, Finding, Identity, NumberMention, Sentence, Sp};
use crate::sentences::classify::per_sentence;

pub use fig::Fig;

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
        let named = |t: &str| (t.contains(' ') || t.chars().next().is_some_and(|c| c.is_uppercase())) && !words::PRONOUNS.has_folded(t);
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
    find_all(doc, numbers, attributions, entities, sentences).0
}

/// The findings, and the identity of each number (by index into `numbers`).
pub fn find_all(
    doc: &Doc,
    numbers: &[NumberMention<Sp>],
    attributions: &[Attribution<Sp>],
    entities: &[Entity<Sp>],
    sentences: &[Sentence<Sp>],
) -> (Vec<Finding<Sp>>, Vec<Option<Identity>>) {
    let mut ident = vec![None; numbers.len()];
    if doc.tokens.is_empty() {
        return (Vec::new(), ident);
    }
    let ctx = Ctx {
        doc,
        numbers,
        atts: attributions,
        entities,
        sentences,
        figs: fig::figs(doc, numbers),
        per_sentence: per_sentence(doc, attributions),
    };
    let ids = anaphora::identities(&ctx);
    let mut out = Vec::new();
    let mut part = vec![false; ctx.figs.len()];
    for s in 0..doc.sentences.len() {
        let r = ctx.figs_in(s);
        if r.is_empty() {
            continue;
        }
        share::proportions(&ctx, s, &mut part, &mut out);
        margin::multiple(&ctx, s, &mut part, &mut out);
        for k in r.clone() {
            arithmetic::percent_of(&ctx, k, &mut part, &mut out);
            arithmetic::out_of(&ctx, k, &mut part, &mut out);
            change::change(&ctx, k, &mut part, &mut out);
            margin::margin(&ctx, k, &mut part, &mut out);
            margin::rate(&ctx, &ids, k, &mut part, &mut out);
        }
        change::total(&ctx, s, &mut part, &mut out);
    }
    conflict::find(&ctx, &ids, &part, &mut out);
    wording::find(&ctx, &mut out);
    for f in out.iter_mut().filter(|f| f.reason.is_empty()) {
        f.reason = f.rule.description().to_string();
    }
    out.sort_by_key(|f| f.spans.first().map_or((0, 0), |s| (s.start, s.end)));
    for (f, id) in ctx.figs.iter().zip(&ids) {
        if f.is_quantity() && ident[f.n].is_none() {
            ident[f.n] = Some(conflict::public(&ctx, id));
        }
    }
    (out, ident)
}
