//! Parts of a whole, computed: "40% of the 10,000 troops … 4,000", "8 out
//! of 10", "8,000 of the 10,000 (80%)", "one in five, or 20%". Patterns
//! look a few tokens around each figure, inside one sentence. Offsets are
//! UTF-8 bytes.
use crate::checks::format::{fmt, pct, tolerance};
use crate::checks::relation::{alike, amount, apposition, fig_at, in_parens, push, q, skip_det, verdict, wordy};
use crate::checks::Ctx;
use crate::model::{Finding, NumberKind, Sp};
use crate::rules::Rule;

/// `40% of the 10,000 troops`, with the part given in the same sentence.
pub fn percent_of(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let p = &ctx.figs[k];
    let seg = ctx.doc.sentences[p.sentence];
    if p.kind != NumberKind::Percent || p.value.is_none() || !wordy(ctx, p.t1, "of") {
        return;
    }
    let Some(wk) = fig_at(ctx, skip_det(ctx, p.t1 + 1, seg.last)) else { return };
    let whole = &ctx.figs[wk];
    if !amount(whole) {
        return;
    }
    // The result: in apposition after the whole (`…, or 120`), or the
    // figure the percentage restates right before it (`cut 300 jobs, 15% of`).
    let ok = |j: usize| {
        let f = &ctx.figs[j];
        j != k
            && j != wk
            && amount(f)
            && f.kind == whole.kind
            && !in_parens(ctx, f)
            && (f.t0 >= whole.after && apposition(ctx, whole.after, f.t0)
                || f.t1 <= p.t0 && (apposition(ctx, f.after, p.t0) || alike(f, whole) && p.t0 - f.after <= 4 && ctx.doc.t(p.t0 - 1) == ","))
    };
    let Some(ak) = [wk + 1, k.wrapping_sub(1)].into_iter().find(|&j| j < ctx.figs.len() && ok(j)) else { return };
    let a = &ctx.figs[ak];
    let (pv, wv, av) = (p.value.unwrap_or(0.0), whole.mid().unwrap_or(0.0), a.mid().unwrap_or(0.0));
    let computed = pv / 100.0 * wv;
    let slack = tolerance(ctx.doc, a) + tolerance(ctx.doc, p) / 100.0 * wv;
    let holds = (computed - av).abs() <= slack;
    part[ak] = true;
    part[k] = true;
    part[wk] = true;
    let how = format!("{} of {} = {}", q(ctx, p), q(ctx, whole), fmt(computed));
    let msg = format!("{how}; the text gives {}: {}.", q(ctx, a), verdict(holds));
    push(out, Rule::ArithmeticPercentOf, holds, vec![a.sp, p.sp, whole.sp], how, msg);
}

/// A percentage stated within 8 tokens after token `t1` (`…, or 80%`).
/// A percentage in apposition right after token `t1` (`…, or 80%`,
/// `— 38 percent —`); not one after a colon (a part: `: 15% …`).
fn stated_pct(ctx: &Ctx, s: usize, mut t1: usize) -> Option<usize> {
    // Past a noun the numbers engine left uncounted (`one in five households, or 20%`).
    for _ in 0..2 {
        if ctx.doc.tokens.get(t1).is_some_and(|t| t.kind == crate::text::Tok::Word) && !wordy(ctx, t1, "or") {
            t1 += 1;
        }
    }
    ctx.figs_near(s, t1, t1).find(|&j| {
        let f = &ctx.figs[j];
        f.kind == NumberKind::Percent && f.t0 >= t1 && apposition(ctx, t1, f.t0) && f.value.is_some()
    })
}

/// `8 out of 10`, `8,000 of the 10,000` (with a percentage after it, or
/// where the part exceeds the whole).
pub fn out_of(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let a = &ctx.figs[k];
    let seg = ctx.doc.sentences[a.sentence];
    if a.kind == NumberKind::Ratio {
        return ratio(ctx, k, part, out);
    }
    if !amount(a) {
        return;
    }
    let explicit = wordy(ctx, a.t1, "out") && wordy(ctx, a.t1 + 1, "of");
    if !explicit && !wordy(ctx, a.t1, "of") {
        return;
    }
    let wt = skip_det(ctx, a.t1 + if explicit { 2 } else { 1 }, seg.last);
    let Some(wk) = fig_at(ctx, wt) else { return };
    let whole = &ctx.figs[wk];
    if !amount(whole) || whole.kind != a.kind || !alike(a, whole) {
        return;
    }
    let (av, wv) = (a.mid().unwrap_or(0.0), whole.mid().unwrap_or(0.0));
    if wv <= 0.0 {
        return;
    }
    let computed = 100.0 * av / wv;
    let how = format!("{} \u{F7} {} = {}", q(ctx, a), q(ctx, whole), pct(computed));
    let (holds, msg, spans) = if let Some(pk) = stated_pct(ctx, a.sentence, whole.after) {
        let p = &ctx.figs[pk];
        // `some 30 of the 40`: an approximate part leaves room.
        let room = if a.approx { 100.0 * tolerance(ctx.doc, a) / wv } else { 0.0 };
        let holds = (computed - p.value.unwrap_or(0.0)).abs() <= tolerance(ctx.doc, p).max(0.5) + 0.5 + room;
        part[pk] = true;
        (
            holds,
            format!("{} of {} = {}; the text gives {}: {}.", q(ctx, a), q(ctx, whole), pct(computed), q(ctx, p), verdict(holds)),
            vec![a.sp, whole.sp, p.sp],
        )
    } else if av > wv {
        (
            false,
            format!("{} of {}: the part is larger than the whole ({how}); check which figure is meant.", q(ctx, a), q(ctx, whole)),
            vec![a.sp, whole.sp],
        )
    } else {
        // `8 out of 10` alone states no relation to check: say nothing.
        return;
    };
    part[k] = true;
    part[wk] = true;
    push(out, Rule::ArithmeticOutOf, holds, spans, how, msg);
}

/// A ratio read as one figure (`nine out of 12`, `one in five`): its share,
/// checked against a percentage stated right after it (`…, or 20%`).
fn ratio(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let a = &ctx.figs[k];
    let Some(r) = a.value.filter(|r| *r > 0.0 && r.is_finite() && !a.compound) else { return };
    let computed = 100.0 * r;
    let how = format!("{} = {}", q(ctx, a), pct(computed));
    let (holds, msg, spans) = if let Some(pk) = stated_pct(ctx, a.sentence, a.t1) {
        let p = &ctx.figs[pk];
        // `nearly four in 10`: a share in N has the granularity of N; qualified, a whole step.
        let den = crate::decimal::parse(&ctx.doc.t(a.t1 - 1).replace(',', "")).unwrap_or(10.0).max(1.0);
        let room = if a.qualifier.is_some() { 100.0 / den } else { 50.0 / den };
        let holds = (computed - p.value.unwrap_or(0.0)).abs() <= tolerance(ctx.doc, p).max(0.5) + 0.5 + room;
        part[pk] = true;
        (holds, format!("{how}; the text gives {}: {}.", q(ctx, p), verdict(holds)), vec![a.sp, p.sp])
    } else if r > 1.0 {
        (false, format!("{how}: the part is larger than the whole; check which figure is meant."), vec![a.sp])
    } else {
        return;
    };
    part[k] = true;
    push(out, Rule::ArithmeticOutOf, holds, spans, how, msg);
}
