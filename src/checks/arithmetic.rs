//! Stated relations between figures, computed: proportions ("8,000 … a
//! majority of the 10,000", "half of", "a third of"), "X% of Y", "X out of
//! Y", changes ("rose from A to B, a C% increase", "doubled", "tripled")
//! and totals of listed parts. Each relation found gives an `arithmetic`
//! finding that shows the computation: `info` when it holds, `check` when
//! the figures as written do not fit it. Patterns look at most a few tokens
//! around each figure, inside one sentence. Offsets are UTF-8 bytes.
use crate::checks::change;
use crate::checks::format::{fmt, pct, tolerance};
use crate::checks::{Ctx, Fig};
use crate::model::{Finding, FindingKind, NumberKind, Severity, Sp};
use crate::rules::Rule;
use crate::text::word_is;
use crate::text::Tok;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// About the stated share (within 2.5 points).
    Eq,
    /// Within 5 points (`about half`).
    Approx,
    /// Just under it (`nearly half`: up to 10 points below).
    Nearly,
    Above,
    Below,
}

/// Proportion words: (word, share in percent, how it compares).
pub const PROPORTIONS: &[(&str, f64, Cmp)] = &[("majority", 50.0, Cmp::Above), ("most", 50.0, Cmp::Above), ("minority", 50.0, Cmp::Below)];
/// Fraction words: (word, denominator); a multiplier before it (`two-thirds`).
pub const FRACTIONS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];
/// Multipliers before a fraction word.
pub const MULTIPLIERS: &[(&str, f64)] = &[("a", 1.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0)];
/// Words before a share that loosen or bound it.
pub const MODIFIERS: &[(&str, Cmp)] = &[
    ("nearly", Cmp::Nearly),
    ("almost", Cmp::Nearly),
    ("about", Cmp::Approx),
    ("roughly", Cmp::Approx),
    ("around", Cmp::Approx),
    ("approximately", Cmp::Approx),
    ("some", Cmp::Approx),
    ("over", Cmp::Above),
    ("more", Cmp::Above),
    ("above", Cmp::Above),
    ("under", Cmp::Below),
    ("less", Cmp::Below),
    ("fewer", Cmp::Below),
    ("below", Cmp::Below),
];
/// Change multipliers: (word, factor, how it compares).
pub const FACTORS: &[(&str, f64)] = &[("doubled", 2.0), ("tripled", 3.0), ("trebled", 3.0), ("quadrupled", 4.0), ("halved", 0.5)];
pub const RISE: &[&str] =
    &["rose", "risen", "rise", "increase", "increased", "up", "grew", "grown", "gain", "jumped", "climbed", "surged", "soared", "higher"];
pub const FALL: &[&str] =
    &["fell", "fallen", "fall", "decrease", "decreased", "down", "dropped", "drop", "declined", "decline", "plunged", "cut", "lower"];
const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "all", "those", "these", "our", "some"];

pub fn is_any(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| word_is(w, x))
}

/// Runs every pattern; returns, per figure, whether it takes part in a
/// relation (the conflict check leaves those out: the relation accounts for them).
pub fn find(ctx: &Ctx, out: &mut Vec<Finding<Sp>>) -> Vec<bool> {
    let mut part = vec![false; ctx.figs.len()];
    for s in 0..ctx.doc.sentences.len() {
        let r = ctx.figs_in(s);
        if r.is_empty() {
            continue;
        }
        proportions(ctx, s, &mut part, out);
        for k in r.clone() {
            percent_of(ctx, k, &mut part, out);
            out_of(ctx, k, &mut part, out);
            change::change(ctx, k, &mut part, out);
        }
        change::total(ctx, s, &mut part, out);
    }
    part
}

/// The figure starting at token `t`, if any.
pub fn fig_at(ctx: &Ctx, t: usize) -> Option<usize> {
    let k = ctx.figs.partition_point(|f| f.t0 < t);
    (k < ctx.figs.len() && ctx.figs[k].t0 == t).then_some(k)
}

/// The token after `t` once determiners are skipped (at most two).
fn skip_det(ctx: &Ctx, mut t: usize, end: usize) -> usize {
    for _ in 0..2 {
        if t < end && is_any(ctx.doc.t(t), DETERMINERS) {
            t += 1;
        }
    }
    t
}

pub fn wordy(ctx: &Ctx, t: usize, w: &str) -> bool {
    t < ctx.doc.tokens.len() && ctx.doc.tokens[t].kind == Tok::Word && word_is(ctx.doc.t(t), w)
}

pub fn amount(f: &Fig) -> bool {
    matches!(f.kind, NumberKind::Count | NumberKind::Money | NumberKind::Measure) && f.mid().is_some()
}

pub fn q(ctx: &Ctx, f: &Fig) -> String {
    ctx.doc.slice(f.own).to_string()
}

pub fn push(out: &mut Vec<Finding<Sp>>, rule: Rule, holds: bool, spans: Vec<Sp>, message: String) {
    let mut spans = spans;
    spans.sort();
    spans.dedup();
    out.push(Finding {
        kind: FindingKind::Arithmetic,
        message,
        spans,
        rule,
        severity: if holds { Severity::Info } else { Severity::Check },
    });
}

pub fn verdict(holds: bool) -> &'static str {
    if holds {
        "the stated relation holds"
    } else {
        "the figures as written do not fit the stated relation; check which figure is meant"
    }
}

fn fits(c: Cmp, share: f64, computed: f64) -> bool {
    match c {
        Cmp::Eq => (computed - share).abs() <= 2.5,
        Cmp::Approx => (computed - share).abs() <= 5.0,
        Cmp::Nearly => computed <= share + 0.5 && computed >= share - 10.0,
        Cmp::Above => computed > share,
        Cmp::Below => computed < share,
    }
}

fn cmp_words(c: Cmp, share: f64) -> String {
    match c {
        Cmp::Eq => format!("about {}", pct(share)),
        Cmp::Approx => format!("roughly {}", pct(share)),
        Cmp::Nearly => format!("just under {}", pct(share)),
        Cmp::Above => format!("more than {}", pct(share)),
        Cmp::Below => format!("less than {}", pct(share)),
    }
}

/// `a majority of the 10,000`, `half of`, `two-thirds of`, `most of`: the
/// share of a whole, with the part given earlier in the sentence (or in
/// the one before, when it counts the same thing).
fn proportions(ctx: &Ctx, s: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
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
        let (share, mut cmp) = if let Some(&(_, sh, c)) = PROPORTIONS.iter().find(|p| word_is(w, p.0)) {
            (sh, c)
        } else {
            // `two-thirds`, `a third`, `half`.
            let (mult_word, frac_word) = w.rsplit_once('-').map_or((None, w), |(a, b)| (Some(a), b));
            let Some(&(_, den)) = FRACTIONS.iter().find(|f| word_is(frac_word, f.0)) else { continue };
            let mut mult = mult_word.and_then(|m| MULTIPLIERS.iter().find(|x| word_is(m, x.0)).map(|x| x.1));
            if mult.is_none() && i > seg.first {
                if let Some(x) = MULTIPLIERS.iter().find(|x| word_is(d.t(i - 1), x.0)) {
                    mult = Some(x.1);
                    phrase_start = i - 1;
                }
            }
            let mult = match mult {
                Some(m) => m,
                None if word_is(frac_word, "half") => 1.0,
                None => continue,
            };
            (100.0 * mult / den, Cmp::Eq)
        };
        if phrase_start > seg.first && word_is(d.t(phrase_start - 1), "a") {
            phrase_start -= 1;
        }
        // `nearly half of`, `more than a third of`.
        for back in 1..=2 {
            if phrase_start < seg.first + back {
                break;
            }
            if let Some(m) = MODIFIERS.iter().find(|m| word_is(d.t(phrase_start - back), m.0)) {
                if cmp == Cmp::Eq {
                    cmp = m.1;
                }
                phrase_start -= back;
                break;
            }
        }
        let wt = skip_det(ctx, i + 2, seg.last);
        let Some(wk) = fig_at(ctx, wt) else { continue };
        let whole = &ctx.figs[wk];
        if !amount(whole) {
            continue;
        }
        // The part: the nearest amount before the phrase in this sentence,
        // else in the previous sentence when it counts the same thing.
        let before = ctx.figs[..wk].iter().enumerate().rev().take(8).find(|(_, f)| {
            f.t1 <= phrase_start
                && amount(f)
                && f.kind == whole.kind
                && (f.sentence == s || f.sentence + 1 == s && f.head.is_some() && f.head == whole.head)
        });
        let Some((pk, p)) = before else { continue };
        let (pv, wv) = (p.mid().unwrap_or(0.0), whole.mid().unwrap_or(0.0));
        if wv <= 0.0 {
            continue;
        }
        let computed = 100.0 * pv / wv;
        let holds = fits(cmp, share, computed);
        part[pk] = true;
        part[wk] = true;
        let phrase = d.slice(Sp::new(d.tokens[phrase_start].start, d.tokens[i + 1].end));
        let msg = format!(
            "{} as \u{201C}{phrase}\u{201D} {}: {}",
            q(ctx, p),
            q(ctx, whole),
            share_check(ctx, p, whole, computed, cmp, share, holds)
        );
        let ph = Sp::new(d.tokens[phrase_start].start, d.tokens[i + 1].end);
        push(out, Rule::ArithmeticProportion, holds, vec![p.sp, ph, whole.sp], msg);
    }
}

/// The computation and its outcome, shared by both proportion readings:
/// `8,000 ÷ 10,000 = 80%, and the wording means more than 50%: …`.
#[allow(clippy::too_many_arguments)]
fn share_check(ctx: &Ctx, p: &Fig, whole: &Fig, computed: f64, cmp: Cmp, share: f64, holds: bool) -> String {
    format!(
        "{} \u{F7} {} = {}, and the wording means {}: {}.",
        q(ctx, p),
        q(ctx, whole),
        pct(computed),
        cmp_words(cmp, share),
        verdict(holds)
    )
}

/// `Of the 10,000 ballots, 8,000 favoured it, a clear majority`: the whole
/// first (`of the W`), then the part, then a proportion word with no `of`.
fn whole_first(ctx: &Ctx, s: usize, i: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let d = ctx.doc;
    let seg = d.sentences[s];
    let Some(&(_, share, cmp)) = PROPORTIONS.iter().find(|p| word_is(d.t(i), p.0)) else { return };
    if word_is(d.t(i), "most") {
        return; // `most` alone is an adverb as often as not.
    }
    let r = ctx.figs_near(s, i, i);
    // The part: the nearest amount before the word; the whole: an amount
    // before the part, introduced by `of` (+ determiner).
    let Some(pk) = r.clone().rev().find(|&j| ctx.figs[j].t1 <= i && amount(&ctx.figs[j])) else { return };
    let p = &ctx.figs[pk];
    let introduced = |f: &Fig| {
        f.t0 > seg.first
            && (word_is(d.t(f.t0 - 1), "of") || f.t0 >= seg.first + 2 && is_any(d.t(f.t0 - 1), DETERMINERS) && word_is(d.t(f.t0 - 2), "of"))
    };
    let Some(wk) =
        r.rev().find(|&j| ctx.figs[j].t1 <= p.t0 && amount(&ctx.figs[j]) && ctx.figs[j].kind == p.kind && introduced(&ctx.figs[j]))
    else {
        return;
    };
    let whole = &ctx.figs[wk];
    let (pv, wv) = (p.mid().unwrap_or(0.0), whole.mid().unwrap_or(0.0));
    if wv <= 0.0 || i - p.t1 > 12 {
        return;
    }
    let computed = 100.0 * pv / wv;
    let holds = fits(cmp, share, computed);
    part[pk] = true;
    part[wk] = true;
    let word = d.t(i);
    let msg = format!(
        "{} of {} called \u{201C}{word}\u{201D}: {}",
        q(ctx, p),
        q(ctx, whole),
        share_check(ctx, p, whole, computed, cmp, share, holds)
    );
    push(out, Rule::ArithmeticProportion, holds, vec![whole.sp, p.sp, d.tokens[i].sp()], msg);
}

/// `40% of the 10,000 troops`, with the part given in the same sentence.
fn percent_of(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
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
    let msg = format!("{} of {} = {}; the text gives {}: {}.", q(ctx, p), q(ctx, whole), fmt(computed), q(ctx, a), verdict(holds));
    push(out, Rule::ArithmeticPercentOf, holds, vec![a.sp, p.sp, whole.sp], msg);
}

/// `8 out of 10`, `8,000 of the 10,000` (with a percentage after it, or
/// where the part exceeds the whole).
fn out_of(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let a = &ctx.figs[k];
    let seg = ctx.doc.sentences[a.sentence];
    if a.kind == NumberKind::Ratio {
        return ratio(ctx, k, part, out);
    }
    if !amount(a) {
        return;
    }
    let explicit = wordy(ctx, a.t1, "out") && wordy(ctx, a.t1 + 1, "of");
    let of = !explicit && wordy(ctx, a.t1, "of");
    if !explicit && !of {
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
    // A percentage stated right after: `…, or 80%`.
    let stated = ctx.figs_near(a.sentence, whole.t1, whole.t1).find(|&j| {
        let f = &ctx.figs[j];
        f.kind == NumberKind::Percent && f.t0 >= whole.t1 && f.t0 <= whole.t1 + 8 && f.value.is_some()
    });
    let (holds, msg, mut spans) = if let Some(pk) = stated {
        let p = &ctx.figs[pk];
        let holds = (computed - p.value.unwrap_or(0.0)).abs() <= tolerance(ctx.doc, p).max(0.5) + 0.5;
        let m = format!("{} of {} = {}; the text gives {}: {}.", q(ctx, a), q(ctx, whole), pct(computed), q(ctx, p), verdict(holds));
        (holds, m, vec![a.sp, whole.sp, p.sp])
    } else if av > wv {
        let m = format!(
            "{} of {}: the part is larger than the whole ({} \u{F7} {} = {}); check which figure is meant.",
            q(ctx, a),
            q(ctx, whole),
            q(ctx, a),
            q(ctx, whole),
            pct(computed)
        );
        (false, m, vec![a.sp, whole.sp])
    } else if explicit {
        let m = format!("{} out of {} = {} of the whole; the part is no larger than the whole.", q(ctx, a), q(ctx, whole), pct(computed));
        (true, m, vec![a.sp, whole.sp])
    } else {
        return;
    };
    part[k] = true;
    part[wk] = true;
    spans.sort();
    push(out, Rule::ArithmeticOutOf, holds, spans, msg);
}

/// A ratio read as one figure (`nine out of 12`, `one in five`): its share,
/// checked against a percentage stated right after it (`…, or 20%`).
fn ratio(ctx: &Ctx, k: usize, part: &mut [bool], out: &mut Vec<Finding<Sp>>) {
    let a = &ctx.figs[k];
    let Some(r) = a.value.filter(|r| *r > 0.0 && r.is_finite()) else { return };
    let computed = 100.0 * r;
    let stated = ctx.figs_near(a.sentence, a.t1, a.t1).find(|&j| {
        let f = &ctx.figs[j];
        f.kind == NumberKind::Percent && f.t0 >= a.t1 && f.t0 <= a.t1 + 8 && f.value.is_some()
    });
    let (holds, msg, spans) = if let Some(pk) = stated {
        let p = &ctx.figs[pk];
        let holds = (computed - p.value.unwrap_or(0.0)).abs() <= tolerance(ctx.doc, p).max(0.5) + 0.5;
        part[pk] = true;
        (holds, format!("{} = {}; the text gives {}: {}.", q(ctx, a), pct(computed), q(ctx, p), verdict(holds)), vec![a.sp, p.sp])
    } else if r > 1.0 {
        (false, format!("{} = {}: the part is larger than the whole; check which figure is meant.", q(ctx, a), pct(computed)), vec![a.sp])
    } else if q(ctx, a).to_ascii_lowercase().contains("out of") {
        (true, format!("{} = {} of the whole; the part is no larger than the whole.", q(ctx, a), pct(computed)), vec![a.sp])
    } else {
        return;
    };
    part[k] = true;
    push(out, Rule::ArithmeticOutOf, holds, spans, msg);
}
