//! Changes and totals: "rose from A to B, a C% increase", "doubled from A
//! to B", "to B from A", and totals of listed parts ("a total of 40: 12 …,
//! 20 … and 8 …"). Patterns look a few tokens around each figure, inside
//! one sentence. Offsets are UTF-8 bytes.
use crate::checks::format::{fmt, pct, tolerance, tolerance_as};
use crate::checks::relation::{amount, amount_or_percent, fig_at, push, q, verdict, wordy};
use crate::checks::words::{is as word_is, FACTORS, FALL, INCLUDING, INTRODUCE, RISE, TOTALS};
use crate::checks::Ctx;
use crate::lower::fold;
use crate::model::{Finding, NumberKind, Sp};
use crate::rules::Rule;
use crate::text::Tok;

/// `rose from A to B, a C% increase`, `doubled from A to B`, `to B from A`.
pub fn change(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let d = ctx.doc;
    let first = &ctx.figs[k];
    let seg = d.sentences[first.sentence];
    if first.t0 == 0 || !amount_or_percent(first) {
        return;
    }
    let lead = d.t(first.t0 - 1);
    // `from 200 to 250`, `from 200 tonnes to 250` (at most two words
    // between); `to $840 million in the third quarter, up from $420 million`
    // (up to eight words or commas between, no other figure).
    let link = |w: &str, span: usize| (first.t1..(first.t1 + span).min(seg.last)).find(|&i| wordy(ctx, i, w));
    let (swapped, li) = if let (true, Some(li)) = (word_is(lead, "from"), link("to", 3)) {
        (false, li)
    } else if let (true, Some(li)) = (word_is(lead, "to"), link("from", 9)) {
        (true, li)
    } else {
        return;
    };
    if (first.t1..li).any(|i| d.tokens[i].kind == Tok::Num || d.tokens[i].kind == Tok::Punct && d.t(i) != ",") {
        return;
    }
    let Some(sk) = fig_at(ctx, li + 1) else { return };
    let second = &ctx.figs[sk];
    if second.kind != first.kind || !amount_or_percent(second) {
        return;
    }
    let (ak, bk) = if swapped { (sk, k) } else { (k, sk) };
    let (a, b) = (&ctx.figs[ak], &ctx.figs[bk]);
    let (av, bv) = (a.mid().unwrap_or(0.0), b.mid().unwrap_or(0.0));
    if av == 0.0 {
        return;
    }
    let (lo, hi) = (a.t0.min(b.t0), a.t1.max(b.t1));
    let near = lo.saturating_sub(super::NEAR).max(seg.first)..(hi + super::NEAR).min(seg.last);
    let words: Vec<&str> = near.filter(|&i| d.tokens[i].kind == Tok::Word).map(|i| d.t(i)).collect();
    let rise = words.iter().any(|w| RISE.has_folded(w));
    let fall = words.iter().any(|w| FALL.has_folded(w));
    let factor = words.iter().find_map(|w| FACTORS.get(fold(w).as_str()).map(|f| (*w, f)));
    let c = ctx
        .figs_near(a.sentence, lo, hi)
        .find(|&j| j != ak && j != bk && ctx.figs[j].kind == NumberKind::Percent && ctx.figs[j].value.is_some());
    let from_to = format!("from {} to {}", q(ctx, a), q(ctx, b));
    let mut spans = vec![a.sp, b.sp];
    let (rule, holds, msg, how) = if let Some(ck) = c {
        let p = &ctx.figs[ck];
        let points = p.unit.as_deref().is_some_and(|u| u.contains("point"))
            || (p.t1..(p.t1 + 2).min(seg.last)).any(|i| word_is(d.t(i), "point") || word_is(d.t(i), "points"));
        let computed = if points { bv - av } else { 100.0 * (bv - av) / av.abs() };
        let stated = p.value.unwrap_or(0.0);
        let size_ok = (computed.abs() - stated.abs()).abs() <= tolerance(d, p).max(0.5) + 0.5;
        let dir_ok = !(rise && !fall && computed < 0.0 || fall && !rise && computed > 0.0);
        spans.push(p.sp);
        part[ck] = true;
        let how = if points {
            format!("{} \u{2212} {} = {} points", fmt(bv), fmt(av), fmt(computed))
        } else {
            format!("({} \u{2212} {}) \u{F7} {} = {}", fmt(bv), fmt(av), fmt(av), pct(computed))
        };
        let holds = size_ok && dir_ok;
        (Rule::ArithmeticChange, holds, format!("A change {from_to}: {how}; the text gives {}: {}.", q(ctx, p), verdict(holds)), how)
    } else if let Some((word, f)) = factor {
        let ratio = bv / av;
        let holds = (ratio - f).abs() <= 0.1 * f;
        let how = format!("{} \u{F7} {} = {}\u{D7}", fmt(bv), fmt(av), fmt(ratio));
        let msg =
            format!("\u{201C}{word}\u{201D} {from_to}: {how}, and \u{201C}{word}\u{201D} means {}\u{D7}: {}.", fmt(f), verdict(holds));
        (Rule::ArithmeticMultiplier, holds, msg, how)
    } else if rise && !fall && bv < av || fall && !rise && bv > av {
        let dir = if rise { "a rise" } else { "a fall" };
        let how = format!("{} \u{2212} {} = {}", fmt(bv), fmt(av), fmt(bv - av));
        let below = if bv < av { "below" } else { "above" };
        let msg = format!(
            "The sentence describes {dir} {from_to}, but the second figure is {below} the first ({how}): check the order of the figures."
        );
        (Rule::ArithmeticChange, false, msg, how)
    } else {
        return;
    };
    part[ak] = true;
    part[bk] = true;
    push(out, rule, holds, spans, how, msg);
}

/// `A total of 40 …: 12 …, 20 … and 8 …`: the listed parts against the total.
pub fn total(ctx: &Ctx, s: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let d = ctx.doc;
    let seg = d.sentences[s];
    let r = ctx.figs_in(s);
    // The cue: `total of`, `totaling`, `in total`, `in all`, `altogether`, `combined`, `all told`.
    let cue_at = |i: usize| {
        let w = d.t(i);
        let next = |x: &str| i + 1 < seg.last && word_is(d.t(i + 1), x);
        let prev = |x: &str| i > seg.first && word_is(d.t(i - 1), x);
        d.tokens[i].kind == Tok::Word
            && (word_is(w, "total") && (next("of") || prev("in"))
                || word_is(w, "all") && (prev("in") || next("told"))
                || TOTALS.has_folded(w))
    };
    let Some(ci) = (seg.first..seg.last).find(|&i| cue_at(i)) else { return };
    // The total: the figure right after the cue (`a total of 40`) or right before it (`40 in all`).
    let tk = r.clone().find(|&j| {
        let f = &ctx.figs[j];
        amount(f) && (f.t0 > ci && f.t0 <= ci + 2 || f.t1 <= ci && f.t1 + 2 >= ci)
    });
    let Some(tk) = tk else { return };
    let t = &ctx.figs[tk];
    // The longest chain of figures of the same kind linked by `,`/`and`/`;`,
    // all on one side of the total.
    let mut best: Vec<usize> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for j in r {
        let f = &ctx.figs[j];
        if j == tk || !amount(f) || f.kind != t.kind || f.unit != t.unit {
            continue;
        }
        let linked = cur.last().is_some_and(|&p| {
            let prev = &ctx.figs[p];
            f.t0 >= prev.t1
                && f.t0 - prev.t1 <= 6
                && (prev.t1..f.t0).any(|i| matches!(d.t(i), "," | ";") || word_is(d.t(i), "and"))
                && !(prev.t1..f.t0).any(|i| i == t.t0)
        });
        if !linked {
            if cur.len() > best.len() {
                best = std::mem::take(&mut cur);
            }
            cur.clear();
        }
        cur.push(j);
    }
    if cur.len() > best.len() {
        best = cur;
    }
    if best.len() < 2 {
        return;
    }
    // Parts after the total must be introduced (`: 12 …`, `including 12 …`);
    // parts before it must lead to the cue (`12 … and 8 …, for a total of 20`).
    let (p0, pn) = (&ctx.figs[best[0]], &ctx.figs[best[best.len() - 1]]);
    let introduced = |a: usize, b: usize| (a..b).any(|i| matches!(d.t(i), ":" | "\u{2014}" | "\u{2013}") || INTRODUCE.has_folded(d.t(i)));
    let placed = if p0.t0 >= t.t1 { introduced(t.t1, p0.t0) } else { pn.t1 <= ci && ci - pn.t1 <= 6 };
    if !placed {
        return;
    }
    let sum: f64 = best.iter().map(|&j| ctx.figs[j].mid().unwrap_or(0.0)).sum();
    let tv = t.mid().unwrap_or(0.0);
    let including = (seg.first..seg.last).any(|i| INCLUDING.has_folded(d.t(i)));
    let slack = tolerance_as(d, t, false);
    let holds = if including { sum <= tv + slack } else { (sum - tv).abs() <= slack };
    let parts: Vec<String> = best.iter().map(|&j| q(ctx, &ctx.figs[j])).collect();
    let rel = if including { "the parts named are included in" } else { "the parts add up to" };
    let how = format!("{} = {}", parts.join(" + "), fmt(sum));
    let msg = format!("{how}; the stated total is {} ({rel} it): {}.", q(ctx, t), verdict(holds));
    let mut spans: Vec<Sp> = best.iter().map(|&j| ctx.figs[j].sp).collect();
    spans.push(t.sp);
    for &j in &best {
        part[j] = true;
    }
    part[tk] = true;
    push(out, Rule::ArithmeticTotal, holds, spans, how, msg);
}
