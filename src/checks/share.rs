//! Stated shares of a whole, computed: "30,000 … a majority of the
//! 40,000", "half of", "two-thirds of", "most of", and the whole first
//! ("Of the 10,000 ballots, 8,000 …, a clear majority"). The part is the
//! nearest amount before the phrase in its sentence, or in the sentence
//! before when it counts the same thing. Offsets are UTF-8 bytes.
use crate::checks::format::pct;
use crate::checks::relation::{amount, cmp_words, fig_at, fits, modifier, push, q, skip_det, verdict, wordy, Cmp};
use crate::checks::words::{is, DETERMINERS, FRACTIONS, MULTIPLIERS, PROPORTIONS};
use crate::checks::{Ctx, Fig};
use crate::lower::fold;
use crate::model::{Finding, Sp};
use crate::rules::Rule;
use crate::text::Tok;

/// `a majority of the 10,000`, `half of`, `two-thirds of`, `most of`.
pub fn proportions(ctx: &Ctx, s: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let seg = ctx.doc.sentences[s];
    let d = ctx.doc;
    for i in seg.first..seg.last {
        if d.tokens[i].kind != Tok::Word {
            continue;
        }
        if !wordy(ctx, i + 1, "of") {
            whole_first(ctx, s, i, part, out);
            continue;
        }
        let w = d.t(i);
        let mut phrase_start = i;
        let (share, mut cmp) = if let Some(p) = PROPORTIONS.get(fold(w).as_str()) {
            p
        } else {
            // `two-thirds`, `a third`, `half`.
            let (mult_word, frac_word) = w.rsplit_once('-').map_or((None, w), |(a, b)| (Some(a), b));
            let Some(den) = FRACTIONS.get(fold(frac_word).as_str()) else { continue };
            let mut mult = mult_word.and_then(|m| MULTIPLIERS.get(fold(m).as_str()));
            if mult.is_none() && i > seg.first {
                if let Some(x) = MULTIPLIERS.get(fold(d.t(i - 1)).as_str()).filter(|x| *x < 5.0 && !is(d.t(i - 1), "twice")) {
                    mult = Some(x);
                    phrase_start = i - 1;
                }
            }
            let mult = match mult {
                Some(m) => m,
                None if is(frac_word, "half") => 1.0,
                None => continue,
            };
            (100.0 * mult / den, Cmp::Eq)
        };
        if phrase_start > seg.first && is(d.t(phrase_start - 1), "a") {
            phrase_start -= 1;
        }
        // `nearly half of`, `more than a third of`.
        if let Some((m, at)) = modifier(ctx, phrase_start, seg.first) {
            if cmp == Cmp::Eq {
                cmp = m;
            }
            phrase_start = at;
        }
        let wt = skip_det(ctx, i + 2, seg.last);
        let Some(wk) = fig_at(ctx, wt) else { continue };
        let whole = &ctx.figs[wk];
        if !amount(whole) {
            continue;
        }
        let before = ctx.figs[..wk].iter().enumerate().rev().take(8).find(|(_, f)| {
            f.t1 <= phrase_start
                && amount(f)
                && f.kind == whole.kind
                && (f.sentence == s || f.sentence + 1 == s && f.head.is_some() && f.head == whole.head)
        });
        // Or the amount right after the whole: `a third of the 310 members, 103`.
        let after = || {
            let j = wk + 1;
            let f = ctx.figs.get(j)?;
            let gap = (whole.after..f.t0).all(|t| d.t(t) == ",") && f.t0 > whole.after && f.t0 <= whole.after + 1;
            (gap && f.sentence == s && amount(f) && f.kind == whole.kind).then_some((j, f))
        };
        let Some((pk, p)) = before.or_else(after) else { continue };
        let ph = Sp::new(d.tokens[phrase_start].start, d.tokens[i + 1].end);
        let lead = format!("{} as \u{201C}{}\u{201D} {}", q(ctx, p), d.slice(ph), q(ctx, whole));
        share_of(ctx, (pk, wk), cmp, share, lead, vec![p.sp, ph, whole.sp], part, out);
    }
}

/// The share computed and its finding: `30,000 ÷ 40,000 = 75%, and the
/// wording means more than 50%: …`.
#[allow(clippy::too_many_arguments)]
fn share_of(
    ctx: &Ctx,
    (pk, wk): (usize, usize),
    cmp: Cmp,
    share: f64,
    lead: String,
    spans: Vec<Sp>,
    part: &mut [bool],
    out: &mut Vec<Finding<Sp>>,
) {
    let (p, whole): (&Fig, &Fig) = (&ctx.figs[pk], &ctx.figs[wk]);
    let (pv, wv) = (p.mid().unwrap_or(0.0), whole.mid().unwrap_or(0.0));
    if wv <= 0.0 {
        return;
    }
    let computed = 100.0 * pv / wv;
    // Rounding of the written figures leaves room near the line.
    let slack =
        100.0 * (crate::checks::format::tolerance(ctx.doc, p) / wv + pv * crate::checks::format::tolerance(ctx.doc, whole) / (wv * wv));
    let holds = fits(cmp, share, computed) || [computed - slack, computed + slack].iter().any(|&c| fits(cmp, share, c));
    part[pk] = true;
    part[wk] = true;
    let how = format!("{} \u{F7} {} = {}", q(ctx, p), q(ctx, whole), pct(computed));
    let msg = format!("{lead}: {how}, and the wording means {}: {}.", cmp_words(cmp, share), verdict(holds));
    push(out, Rule::ArithmeticProportion, holds, spans, how, msg);
}

/// `Of the 10,000 ballots, 8,000 favoured it, a clear majority`: the whole
/// first (`of the W`), then the part, then a proportion word with no `of`.
fn whole_first(ctx: &Ctx, s: usize, i: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let d = ctx.doc;
    let seg = d.sentences[s];
    let Some((share, cmp)) = PROPORTIONS.get(fold(d.t(i)).as_str()) else { return };
    if is(d.t(i), "most") {
        return; // `most` alone is an adverb as often as not.
    }
    let r = ctx.figs_near(s, i, i);
    let Some(pk) = r.clone().rev().find(|&j| ctx.figs[j].t1 <= i && amount(&ctx.figs[j])) else { return };
    let p = &ctx.figs[pk];
    let introduced = |f: &Fig| {
        f.t0 > seg.first
            && (is(d.t(f.t0 - 1), "of") || f.t0 >= seg.first + 2 && DETERMINERS.has_folded(d.t(f.t0 - 1)) && is(d.t(f.t0 - 2), "of"))
    };
    let Some(wk) =
        r.rev().find(|&j| ctx.figs[j].t1 <= p.t0 && amount(&ctx.figs[j]) && ctx.figs[j].kind == p.kind && introduced(&ctx.figs[j]))
    else {
        return;
    };
    let whole = &ctx.figs[wk];
    if i - p.t1 > 12 {
        return;
    }
    let lead = format!("{} of {} called \u{201C}{}\u{201D}", q(ctx, p), q(ctx, whole), d.t(i));
    share_of(ctx, (pk, wk), cmp, share, lead, vec![whole.sp, p.sp, d.tokens[i].sp()], part, out);
}
