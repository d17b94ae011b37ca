//! Margins, multiples and rates, computed: "leads 48% to 39%, a 9-point
//! lead", "more than double the 4-point lead", "nearly 12 times the 400
//! tonnes", "$3 million over 30 days, or $100,000 a day". Patterns stay
//! inside one sentence. Offsets are UTF-8 bytes.
use crate::checks::format::{fmt, tolerance};
use crate::checks::identity::Id;
use crate::checks::relation::{amount, amount_or_percent, fig_at, modifier, push, q, skip_det, verdict, Cmp};
use crate::checks::words::{is, DAYS, MARGINS, MODIFIERS, MULTIPLIERS, NUMERALS};
use crate::checks::{Ctx, Fig};
use crate::lower::fold;
use crate::model::{Finding, Measure, NumberKind, Sp};
use crate::rules::Rule;

fn word_at<'d>(ctx: &Ctx<'_, 'd>, i: usize) -> &'d str {
    if i < ctx.doc.tokens.len() {
        ctx.doc.t(i)
    } else {
        ""
    }
}

/// `a 9-point lead` after `48% to 39%` (or `48 to 39`, `48-39`): the difference.
pub fn margin(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let m = &ctx.figs[k];
    let seg = ctx.doc.sentences[m.sentence];
    let Some(mv) = m.value.filter(|_| m.kind == NumberKind::Count) else { return };
    // `9-point lead`, `9 points`, with a margin noun right after.
    let thing = m.thing.as_deref().unwrap_or("");
    if !(thing.starts_with("point ") || thing == "point")
        || !(m.t1..(m.after + 1).min(seg.last)).any(|i| MARGINS.has_folded(word_at(ctx, i)))
    {
        return;
    }
    // The two figures just before: `48% to 39%`, `48 to 39`, or a range `48-39`.
    let prev: Vec<usize> = (0..k).rev().take_while(|&j| ctx.figs[j].sentence == m.sentence).take(2).collect();
    let (a, b) = match prev.as_slice() {
        [j, ..] if ctx.figs[*j].range.is_some() && m.t0 - ctx.figs[*j].t1 <= 4 => {
            let r = ctx.figs[*j].range.unwrap_or([0.0, 0.0]);
            let how = format!("{} \u{2212} {} = {}", fmt(r[0].max(r[1])), fmt(r[0].min(r[1])), fmt((r[0] - r[1]).abs()));
            return finish(ctx, (&[*j], k), (r[0] - r[1]).abs(), 1.0, how, part, out);
        }
        [jb, ja] => (*ja, *jb),
        _ => return,
    };
    let (fa, fb) = (&ctx.figs[a], &ctx.figs[b]);
    let joined = fb.t0 >= fa.t1
        && fb.t0 - fa.t1 <= 2
        && (fa.t1..fb.t0).any(|i| matches!(fold(word_at(ctx, i)).as_str(), "to" | "-" | "versus" | "vs"));
    if !joined || fa.kind != fb.kind || !matches!(fa.kind, NumberKind::Percent | NumberKind::Count) || m.t0 - fb.t1 > 4 {
        return;
    }
    let (av, bv) = (fa.mid().unwrap_or(0.0), fb.mid().unwrap_or(0.0));
    let diff = (av - bv).abs();
    let slack = tolerance(ctx.doc, fa) + tolerance(ctx.doc, fb) + tolerance(ctx.doc, m).min(0.5);
    let how = format!("{} \u{2212} {} = {}", fmt(av.max(bv)), fmt(av.min(bv)), fmt(diff));
    let _ = mv;
    finish(ctx, (&[a, b], k), diff, slack, how, part, out);
}

fn finish(ctx: &Ctx, (pair, k): (&[usize], usize), diff: f64, slack: f64, how: String, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let m = &ctx.figs[k];
    let holds = (diff - m.value.unwrap_or(0.0)).abs() <= slack.max(1.0);
    let mut spans: Vec<Sp> = pair.iter().map(|&j| ctx.figs[j].sp).collect();
    spans.push(m.sp);
    for &j in pair {
        part[j] = true;
    }
    part[k] = true;
    let msg = format!("A margin of {}: {how}, within rounding of the stated {}: {}.", q(ctx, m), q(ctx, m), verdict(holds));
    let msg = if holds { msg } else { format!("A margin of {}: {how}; the text gives {}: {}.", q(ctx, m), q(ctx, m), verdict(false)) };
    push(out, Rule::ArithmeticMargin, holds, spans, how, msg);
}

fn multiple_fits(c: Cmp, f: f64, r: f64) -> bool {
    match c {
        Cmp::Eq => (r - f).abs() <= 0.1 * f,
        Cmp::Approx => (r - f).abs() <= 0.15 * f,
        Cmp::Nearly => r <= f * 1.02 && r >= 0.8 * f,
        Cmp::Above => r > f,
        Cmp::Below => r < f,
    }
}

/// `double the 4-point lead`, `twice the 2019 figure of 300`, `nearly 12
/// times the 400 tonnes`: the figure before against the figure after.
pub fn multiple(ctx: &Ctx, s: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let d = ctx.doc;
    let seg = d.sentences[s];
    for i in seg.first..seg.last {
        let w = fold(d.t(i));
        // `double the`, `twice the`; or `N times the` (N a figure ending at `times`).
        let (factor, at, inner) = if let Some(x) =
            MULTIPLIERS.get(w.as_str()).filter(|&x| x >= 2.0 && d.tokens[i].kind == crate::text::Tok::Word && !NUMERALS.has(w.as_str()))
        {
            (x, i, None)
        } else if is(d.t(i), "times") && i > seg.first {
            let Some(x) = ctx.figs.iter().rposition(|f| f.t1 == i && f.value.is_some_and(|v| v >= 1.5)) else { continue };
            let f = &ctx.figs[x];
            (f.value.unwrap_or(0.0), f.t0, MODIFIERS.get(fold(d.t(f.t0)).as_str()).map(|c| (c, f.t0)))
        } else {
            continue;
        };
        // The whole: the first amount within five tokens (`the 2010 level of 400 tonnes`), words between.
        let wt = skip_det(ctx, i + 1, seg.last);
        let Some(wk) = (wt..(wt + 5).min(seg.last))
            .take_while(|&t| d.tokens[t].kind != crate::text::Tok::Punct)
            .find_map(|t| fig_at(ctx, t).filter(|&x| amount_or_percent(&ctx.figs[x])))
        else {
            continue;
        };
        let whole = &ctx.figs[wk];
        if whole.mid().unwrap_or(0.0) <= 0.0 {
            continue;
        }
        let modi = inner.or_else(|| modifier(ctx, at, seg.first));
        let cmp = modi.map_or(Cmp::Eq, |m| m.0);
        let before = (0..wk).rev().take(6).find(|&j| {
            let f: &Fig = &ctx.figs[j];
            f.t1 <= at
                && f.t0 != at
                && f.sentence == s
                && f.kind == whole.kind
                && f.unit == whole.unit
                && amount_or_percent(f)
                && (f.thing == whole.thing || f.thing.is_none() || whole.thing.is_none())
        });
        let Some(pk) = before else { continue };
        let p = &ctx.figs[pk];
        let r = p.mid().unwrap_or(0.0) / whole.mid().unwrap_or(1.0);
        let holds = multiple_fits(cmp, factor, r)
            || multiple_fits(cmp, factor, (p.mid().unwrap_or(0.0) + tolerance(d, p)) / whole.mid().unwrap_or(1.0));
        let how = format!("{} \u{F7} {} = {}\u{D7}", q(ctx, p), q(ctx, whole), fmt(r));
        let phrase = d.slice(Sp::new(d.tokens[modi.map_or(at, |m| m.1)].start, d.tokens[i].end));
        let msg = format!(
            "{} as \u{201C}{phrase}\u{201D} {}: {how}, and the wording means {}{}\u{D7}: {}.",
            q(ctx, p),
            q(ctx, whole),
            cmp_label(cmp),
            fmt(factor),
            verdict(holds)
        );
        part[pk] = true;
        part[wk] = true;
        push(out, Rule::ArithmeticMultiplier, holds, vec![p.sp, whole.sp], how, msg);
    }
}

fn cmp_label(c: Cmp) -> &'static str {
    match c {
        Cmp::Eq => "about ",
        Cmp::Approx => "roughly ",
        Cmp::Nearly => "just under ",
        Cmp::Above => "more than ",
        Cmp::Below => "less than ",
    }
}

/// `$3 million over 30 days, or $100,000 a day`: a total over a stated
/// period against the rate given beside it.
pub fn rate(ctx: &Ctx, ids: &[Id], k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let r = &ctx.figs[k];
    if ids[k].measure != Some(Measure::Rate) || !amount(r) {
        return;
    }
    let Some(per) = ids[k].time.as_deref().and_then(|t| t.rsplit(' ').next()).and_then(|p| DAYS.get(p)) else { return };
    let range = ctx.figs_near(r.sentence, r.t0, r.t1);
    let total = range.clone().find(|&j| {
        j != k
            && amount(&ctx.figs[j])
            && ctx.figs[j].kind == r.kind
            && ctx.figs[j].unit == r.unit
            && ids[j].measure == Some(Measure::Total)
            && ctx.figs[j].t1 <= r.t0
    });
    let period = range.clone().find(|&j| {
        let f = &ctx.figs[j];
        let unit = f.unit.as_deref().or(f.head.as_deref()).unwrap_or("");
        matches!(f.kind, NumberKind::Duration | NumberKind::Count)
            && f.value.is_some()
            && DAYS.has(unit)
            && ids[j].measure != Some(Measure::Rate)
            && f.t1 <= r.t0
    });
    let (Some(tk), Some(pk)) = (total, period) else { return };
    let (t, p) = (&ctx.figs[tk], &ctx.figs[pk]);
    let days = p.value.unwrap_or(0.0) * DAYS.get(p.unit.as_deref().or(p.head.as_deref()).unwrap_or("")).unwrap_or(0.0);
    if days <= 0.0 {
        return;
    }
    let computed = t.mid().unwrap_or(0.0) / days * per;
    let slack = tolerance(ctx.doc, r) + computed * tolerance(ctx.doc, t) / t.mid().unwrap_or(1.0).max(1.0);
    let holds = (computed - r.mid().unwrap_or(0.0)).abs() <= slack.max(0.01 * computed);
    let how = format!("{} \u{F7} {} days = {} {}", q(ctx, t), fmt(days), fmt(computed), ids[k].time.as_deref().unwrap_or(""));
    let msg = format!("{how}; the text gives {}: {}.", q(ctx, r), verdict(holds));
    part[k] = true;
    part[tk] = true;
    push(out, Rule::ArithmeticRate, holds, vec![t.sp, p.sp, r.sp], how, msg);
}
