//! What every arithmetic relation shares: finding figures by token, the
//! comparison words (`about`, `more than`) and the one way a relation
//! becomes a finding (the computation, the verdict and the reason that
//! names the relation). Used by `share`, `arithmetic`, `change` and
//! `margin`, which never import each other. Offsets are UTF-8 bytes.
use crate::checks::format::pct;
use crate::checks::words::{is, DETERMINERS, MODIFIERS};
use crate::checks::{Ctx, Fig};
use crate::model::{Finding, FindingKind, NumberKind, Severity, Sp};
use crate::rules::Rule;
use crate::text::Tok;

pub use crate::checks::words::Cmp;

/// The figure starting at token `t`, if any.
pub fn fig_at(ctx: &Ctx, t: usize) -> Option<usize> {
    let k = ctx.figs.partition_point(|f| f.t0 < t);
    (k < ctx.figs.len() && ctx.figs[k].t0 == t).then_some(k)
}

/// The token after `t` once determiners are skipped (at most two).
pub fn skip_det(ctx: &Ctx, mut t: usize, end: usize) -> usize {
    for _ in 0..2 {
        if t < end && DETERMINERS.has_folded(ctx.doc.t(t)) {
            t += 1;
        }
    }
    t
}

/// Is token `t` the word `w`?
pub fn wordy(ctx: &Ctx, t: usize, w: &str) -> bool {
    t < ctx.doc.tokens.len() && ctx.doc.tokens[t].kind == Tok::Word && is(ctx.doc.t(t), w)
}

pub fn amount(f: &Fig) -> bool {
    matches!(f.kind, NumberKind::Count | NumberKind::Money | NumberKind::Measure) && f.mid().is_some()
}

pub fn amount_or_percent(f: &Fig) -> bool {
    amount(f) || f.kind == NumberKind::Percent && f.value.is_some()
}

/// The figure as written.
pub fn q(ctx: &Ctx, f: &Fig) -> String {
    ctx.doc.slice(f.own).to_string()
}

/// The comparison word one or two tokens before token `t` (`nearly half`,
/// `more than double`), and the token it starts at.
pub fn modifier(ctx: &Ctx, t: usize, first: usize) -> Option<(Cmp, usize)> {
    (1..=2).filter(|b| t >= first + b).find_map(|b| MODIFIERS.get(crate::lower::fold(ctx.doc.t(t - b)).as_str()).map(|c| (c, t - b)))
}

pub fn fits(c: Cmp, share: f64, computed: f64) -> bool {
    match c {
        Cmp::Eq => (computed - share).abs() <= 2.5,
        Cmp::Approx => (computed - share).abs() <= 5.0,
        Cmp::Nearly => computed <= share + 0.5 && computed >= share - 10.0,
        Cmp::Above => computed > share,
        Cmp::Below => computed < share,
    }
}

pub fn cmp_words(c: Cmp, share: f64) -> String {
    let w = match c {
        Cmp::Eq => "about",
        Cmp::Approx => "roughly",
        Cmp::Nearly => "just under",
        Cmp::Above => "more than",
        Cmp::Below => "less than",
    };
    format!("{w} {}", pct(share))
}

pub fn verdict(holds: bool) -> &'static str {
    if holds {
        "the stated relation holds"
    } else {
        "the figures as written do not fit the stated relation; check which figure is meant"
    }
}

/// What each relation is, for the finding's reason.
fn relation(rule: Rule) -> &'static str {
    match rule {
        Rule::ArithmeticProportion => "a proportion (a majority, half, a third of)",
        Rule::ArithmeticPercentOf => "a percentage of a total",
        Rule::ArithmeticOutOf => "a part out of a whole",
        Rule::ArithmeticChange => "a change",
        Rule::ArithmeticMultiplier => "a multiple (doubled, N times)",
        Rule::ArithmeticTotal => "parts and their total",
        Rule::ArithmeticMargin => "a margin",
        _ => "a rate over a period",
    }
}

/// One `arithmetic` finding: `info` when it holds, `check` when not.
/// `how` is the computation alone; the message is `message`.
pub fn push(out: &mut Vec<Finding<Sp>>, rule: Rule, holds: bool, mut spans: Vec<Sp>, how: String, message: String) {
    spans.sort();
    spans.dedup();
    let fit = if holds { "fit it" } else { "as written do not fit it, and nothing in the wording leaves room" };
    out.push(Finding {
        kind: FindingKind::Arithmetic,
        message,
        spans,
        rule,
        severity: if holds { Severity::Info } else { Severity::Check },
        reason: format!("The text states {} between these figures; computed, the figures {fit}.", relation(rule)),
        identity: None,
        figures: Vec::new(),
        computation: Some(how),
    });
}
