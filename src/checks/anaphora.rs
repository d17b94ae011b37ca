//! The anaphora that tie a figure to an earlier one and give it that
//! figure's identity: `the figure`, `that number`, `a higher estimate of`,
//! `put it at`, `that has increased to N`, `revised the figure to`, and
//! alternatives in one sentence (`11,000, while a monitor said up to
//! 12,000`, `another 14,000`). Offsets: tokens.
use crate::checks::identity::{own, word, Id};
use crate::checks::words::*;
use crate::checks::Ctx;

/// The identity of every figure, in `figs` order.
pub fn identities(ctx: &Ctx) -> Vec<Id> {
    let mut ids: Vec<Id> = ctx.figs.iter().map(|f| own(ctx, f)).collect();
    for k in 0..ids.len() {
        let f = &ctx.figs[k];
        if !f.is_quantity() {
            continue;
        }
        let Some((j, link, revision, contrast)) = antecedent(ctx, &ids, k) else { continue };
        let (a, b) = (ids[j].clone(), &mut ids[k]);
        if b.measure != a.measure || b.subset && !a.subset {
            continue;
        }
        let fits = |x: &Option<String>, y: &Option<String>| x.is_none() || x == y;
        if !fits(&b.scope, &a.scope)
            || !fits(&b.time, &a.time)
            || !fits(&b.thing.as_ref().map(|t| last(t)), &a.thing.as_ref().map(|t| last(t)))
        {
            continue;
        }
        b.thing = a.thing;
        b.counted = a.counted;
        b.scope = b.scope.take().or(a.scope);
        b.time = b.time.take().or(a.time);
        b.subset = a.subset;
        b.refers_to = Some(j);
        b.alt = link_is_alt(&link);
        if b.alt && b.stated_by == a.stated_by {
            b.stated_by = None; // `another`: not the first figure's source
        }
        b.link = Some(link);
        b.revision = revision;
        b.contrast = contrast;
    }
    ids
}

fn last(t: &str) -> String {
    t.rsplit(' ').next().unwrap_or(t).to_string()
}

/// The earlier figure an anaphoric figure refers to: `the figure`, `that
/// number`, `its estimate`, `that has increased to`, `revised to`; or a
/// figure set beside it as an alternative (`while others say 12,000 troops`).
fn antecedent(ctx: &Ctx, ids: &[Id], k: usize) -> Option<(usize, String, bool, bool)> {
    let d = ctx.doc;
    let f = &ctx.figs[k];
    let seg = d.sentences[f.sentence];
    let prev = ctx.figs[..k].iter().rposition(|g| g.is_quantity() && g.t1 <= f.t0);
    let from = prev.map_or(seg.first, |p| ctx.figs[p].t1.max(seg.first)).max(f.t0.saturating_sub(9));
    let mut link = None;
    let mut revision = false;
    {
        for i in (from..f.t0).rev() {
            let Some(w) = word(ctx, i) else { continue };
            // `the figure`, `a higher estimate of 52,000`; not `the number of voters`.
            let of_other = word(ctx, i + 1).is_some_and(|n| is(n, "of")) && i + 2 != f.t0;
            if ANAPHOR_NOUNS.has_folded(w) && i > seg.first && word(ctx, i - 1).is_some() && !of_other {
                link = Some(d.slice(crate::model::Sp::new(d.tokens[i - 1].start, d.tokens[i].end)).to_string());
                break;
            }
            // `put it at 52,000`, `puts it at`.
            if is(w, "it")
                && i + 2 == f.t0
                && word(ctx, i + 1).is_some_and(|t| is(t, "at"))
                && i > seg.first
                && word(ctx, i - 1).is_some_and(|t| is(t, "put") || is(t, "puts"))
            {
                link = Some(format!("{} it at", d.t(i - 1)));
                break;
            }
            if REVISED.has_folded(w) && word(ctx, f.t0 - 1).is_some_and(|t| is(t, "to")) {
                revision = true;
                let subj = (from..i).rev().find(|&j| word(ctx, j).is_some_and(|t| is(t, "that") || is(t, "it") || is(t, "this")));
                if let Some(j) = subj {
                    link = Some(format!("{} \u{2026} {} to", d.t(j), w));
                    break;
                }
            }
        }
    }
    let Some(link) = link else { return alternative(ctx, ids, k) };
    // `revised the figure to`, `later put it at`: a revision, perhaps by the same source.
    revision |= (from..f.t0).any(|i| word(ctx, i).is_some_and(|w| REVISED.has_folded(w) || is(w, "later")));
    let contrast = (from..f.t0).any(|i| word(ctx, i).is_some_and(|w| is(w, "higher") || is(w, "lower")));
    // The nearest earlier figure of the same kind with a thing counted, within three sentences.
    let j = (0..k).rev().take(12).find(|&j| {
        let g = &ctx.figs[j];
        g.kind == f.kind && g.is_quantity() && ids[j].thing.is_some() && g.sentence + 3 >= f.sentence && g.t1 <= f.t0
    })?;
    Some((j, link, revision, contrast))
}

/// `11,000 troops, while a monitor said up to 12,000 troops`: the figure
/// before an alternative marker in the same sentence, counting the same thing.
fn alternative(ctx: &Ctx, ids: &[Id], k: usize) -> Option<(usize, String, bool, bool)> {
    let f = &ctx.figs[k];
    let j = ctx.figs[..k].iter().rposition(|g| g.is_quantity() && g.t1 <= f.t0)?;
    let g = &ctx.figs[j];
    if g.sentence != f.sentence || g.kind != f.kind || f.t0 - g.t1 > 14 || ids[j].thing.is_none() {
        return None;
    }
    if ids[k].thing.as_ref().is_some_and(|t| last(t) != last(ids[j].thing.as_deref().unwrap_or(""))) {
        return None;
    }
    match (g.t1..f.t0).find(|&i| word(ctx, i).is_some_and(|w| ALTERNATIVES.has_folded(w))) {
        Some(m) => Some((j, ctx.doc.t(m).to_string(), false, false)),
        // The next of a list of alternatives: `another 11,000, and a third up to 12,000`.
        None if ids[j].alt && (g.t1..f.t0).any(|i| ctx.doc.t(i) == ",") => Some((j, ids[j].link.clone()?, false, false)),
        None => None,
    }
}

fn link_is_alt(link: &str) -> bool {
    ALTERNATIVES.has_folded(link)
}
