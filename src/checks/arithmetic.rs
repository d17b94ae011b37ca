//! Parts of a whole, computed: "40% of the 10,000 troops … 4,000", "8 out
//! of 10", "8,000 of the 10,000 (80%)", "one in five, or 20%". Patterns
//! look a few tokens around each figure, inside one sentence. Offsets are
//! UTF-8 bytes.
use crate::checks::format::{fmt, pct, tolerance};
use crate::checks::relation::{amount, fig_at, push, q, skip_det, verdict, wordy};
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
    let r = ctx.figs_near(p.sentence, p.t0, whole.t1);
    let Some(ak) = r
        .filter(|&j| j != k && j != wk && amount(&ctx.figs[j]) && ctx.figs[j].kind == whole.kind)
        .min_by_key(|&j| ctx.figs[j].t0.abs_diff(p.t0))
    else {
        return;
    };
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
fn stated_pct(ctx: &Ctx, s: usize, t1: usize) -> Option<usize> {
    ctx.figs_near(s, t1, t1).find(|&j| {
        let f = &ctx.figs[j];
        f.kind == NumberKind::Percent && f.t0 >= t1 && f.t0 <= t1 + 8 && f.value.is_some()
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
    if !amount(whole) || whole.kind != a.kind {
        return;
    }
    let (av, wv) = (a.mid().unwrap_or(0.0), whole.mid().unwrap_or(0.0));
    if wv <= 0.0 {
        return;
    }
    let computed = 100.0 * av / wv;
    let how = format!("{} \u{F7} {} = {}", q(ctx, a), q(ctx, whole), pct(computed));
    let (holds, msg, spans) = if let Some(pk) = stated_pct(ctx, a.sentence, whole.t1) {
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
    } else if explicit {
        (
            true,
            format!("{} out of {} = {} of the whole; the part is no larger than the whole.", q(ctx, a), q(ctx, whole), pct(computed)),
            vec![a.sp, whole.sp],
        )
    } else {
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
    let Some(r) = a.value.filter(|r| *r > 0.0 && r.is_finite()) else { return };
    let computed = 100.0 * r;
    let how = format!("{} = {}", q(ctx, a), pct(computed));
    let (holds, msg, spans) = if let Some(pk) = stated_pct(ctx, a.sentence, a.t1) {
        let p = &ctx.figs[pk];
        let holds = (computed - p.value.unwrap_or(0.0)).abs() <= tolerance(ctx.doc, p).max(0.5) + 0.5;
        part[pk] = true;
        (holds, format!("{how}; the text gives {}: {}.", q(ctx, p), verdict(holds)), vec![a.sp, p.sp])
    } else if r > 1.0 {
        (false, format!("{how}: the part is larger than the whole; check which figure is meant."), vec![a.sp])
    } else if q(ctx, a).to_ascii_lowercase().contains("out of") {
        (true, format!("{how} of the whole; the part is no larger than the whole."), vec![a.sp])
    } else {
        return;
    };
    part[k] = true;
    push(out, Rule::ArithmeticOutOf, holds, spans, how, msg);
}
