//! `figure_conflict`: one quantity given different figures in one text.
//! Figures are grouped by what they count (the head word of the thing
//! counted, with a small synonym table), their kind and unit; never by
//! position and never by unit alone. A group with figures that differ, from
//! different sources or in different sentences, gives one finding listing
//! every figure with its source. Figures that are parts in an arithmetic
//! relation are left out. Offsets are UTF-8 bytes.
use crate::fasthash::Map as HashMap;
use crate::rules::Rule;

use crate::checks::{Ctx, Fig};
use crate::model::{Finding, FindingKind, NumberKind, Severity, Sp};
use crate::text::word_is;

/// Figures further apart than this factor are taken as different quantities.
pub const MAX_SPREAD: f64 = 2.5;
/// Two figures conflict only when the larger is at least this big: small
/// counts (`two children`, `six judges`) are usually different subsets.
pub const MIN_SIZE: f64 = 20.0;
/// Things counted that are not one quantity across a text (`points`, `times`).
pub const STOP_HEADS: &[&str] = &[
    "point", "time", "figure", "number", "one", "way", "thing", "part", "step", "round", "year", "day", "week", "month", "hour", "minute",
    "second", "percent", "ruling", "score", "other",
];
/// Words between two figures in one sentence that set them side by side as
/// alternatives (`10,000 troops, another 11,000`, `while others say 12,000`).
pub const ALTERNATIVES: &[&str] = &["another", "others", "other", "third", "while", "whereas", "but", "or", "versus", "vs", "against"];
/// At most this many figures of one group are compared pairwise.
const MAX_PAIRED: usize = 64;
/// At most this many figures are listed in one finding.
const MAX_LISTED: usize = 8;

pub fn find(ctx: &Ctx, part: &[bool], out: &mut Vec<Finding<Sp>>) {
    let mut groups: HashMap<(u8, &str, &str), Vec<usize>> = HashMap::default();
    let mut order: Vec<(u8, &str, &str)> = Vec::new();
    for (k, f) in ctx.figs.iter().enumerate() {
        if part.get(k).copied().unwrap_or(false) || !f.is_quantity() || f.mid().is_none() {
            continue;
        }
        let Some(head) = f.head.as_deref() else { continue };
        if head.chars().count() < 3 || STOP_HEADS.contains(&head) || !precise(ctx, f) {
            continue;
        }
        let key = (f.kind as u8, f.unit.as_deref().unwrap_or(""), head);
        let g = groups.entry(key).or_default();
        if g.is_empty() {
            order.push(key);
        }
        g.push(k);
    }
    for key in order {
        let g = &groups[&key];
        if g.len() < 2 {
            continue;
        }
        let figs: Vec<(&Fig, Option<String>)> = g.iter().map(|&k| (&ctx.figs[k], ctx.source_of(&ctx.figs[k]))).collect();
        // Pairs among the first MAX_PAIRED figures only: bounded work per group.
        let paired = &figs[..figs.len().min(MAX_PAIRED)];
        let differs = paired.iter().enumerate().any(|(i, (a, sa))| {
            paired[i + 1..]
                .iter()
                .any(|(b, sb)| !same(a, b) && (a.sentence != b.sentence || sa != sb || alternatives(ctx, a, b)) && close(a, b))
        });
        if !differs {
            continue;
        }
        let listed: Vec<String> = figs
            .iter()
            .take(MAX_LISTED)
            .map(|(f, src)| {
                let who = src.as_deref().map_or("no source named in its sentence".to_string(), |s| s.to_string());
                format!("{} ({who})", ctx.doc.slice(f.sp))
            })
            .collect();
        let more = if figs.len() > MAX_LISTED { format!(" and {} more", figs.len() - MAX_LISTED) } else { String::new() };
        // Name the thing as the text first counts it (`troops`), else its head word.
        let named = g
            .iter()
            .find_map(|&k| ctx.numbers[ctx.figs[k].n].counted)
            .map(|c| ctx.doc.slice(c).split_whitespace().collect::<Vec<_>>().join(" "));
        let thing = named.unwrap_or_else(|| key.2.to_string());
        let thing = if key.1.is_empty() { thing } else { format!("{thing}, in {}", key.1) };
        let message = format!(
            "Figures to reconcile for the number of \u{201C}{thing}\u{201D} ({}): {}{more}. They may differ by source, date or definition; see which each refers to.",
            kind_name(ctx.figs[g[0]].kind),
            listed.join("; ")
        );
        out.push(Finding {
            kind: FindingKind::FigureConflict,
            message,
            spans: figs.iter().map(|(f, _)| f.sp).collect(),
            rule: Rule::FigureConflictSameQuantity,
            severity: Severity::Check,
        });
    }
}

/// Two figures of one sentence with an alternative marker between them.
fn alternatives(ctx: &Ctx, a: &Fig, b: &Fig) -> bool {
    let (x, y) = if a.t0 < b.t0 { (a, b) } else { (b, a) };
    y.t0 >= x.t1 && y.t0 - x.t1 <= 12 && (x.t1..y.t0).any(|i| ALTERNATIVES.iter().any(|w| word_is(ctx.doc.t(i), w)))
}

/// A figure precise enough to compare: written with digits or as a whole
/// number word, not a vague plural (`thousands`), a fraction or a score (`4-4`).
fn precise(ctx: &Ctx, f: &Fig) -> bool {
    let text = ctx.doc.slice(f.own);
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    let vague_plural = !digits && text.trim_end().ends_with('s');
    let score = text.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'-' && w[2].is_ascii_digit());
    f.mid().is_some_and(|v| v >= 2.0) && !vague_plural && !score
}

fn same(a: &Fig, b: &Fig) -> bool {
    match (a.value, b.value, a.range, b.range) {
        (Some(x), Some(y), _, _) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        (_, _, Some(r), Some(s)) => r == s,
        _ => false,
    }
}

/// Of one order of magnitude: figures far apart count different things.
fn close(a: &Fig, b: &Fig) -> bool {
    let (x, y) = (a.mid().unwrap_or(0.0).abs(), b.mid().unwrap_or(0.0).abs());
    let (lo, hi) = if x < y { (x, y) } else { (y, x) };
    lo > 0.0 && hi >= MIN_SIZE && hi / lo <= MAX_SPREAD
}

fn kind_name(k: NumberKind) -> &'static str {
    match k {
        NumberKind::Count => "a count",
        NumberKind::Money => "an amount of money",
        NumberKind::Percent => "a percentage",
        NumberKind::Measure => "a measure",
        _ => "a figure",
    }
}
