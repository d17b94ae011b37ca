//! `figure_conflict`: one quantity given incompatible figures. Figures are
//! one quantity only when their identities match (thing counted, scope,
//! subset, time, measure, kind, unit and what the text says of the thing:
//! `went on strike` twice, not `applied` against `were hired`), or when
//! one refers back to the other (`the figure`, `that has increased to`, `while others say`). A
//! pair conflicts only when the values cannot both hold (qualifiers,
//! ranges and rounding respected) and different sources give them (both
//! named, unless the text links them). Figures in an arithmetic relation
//! are left out: the relation accounts for them. Offsets are UTF-8 bytes.
use crate::checks::format::tolerance_as;
use crate::checks::identity::Id;
use crate::checks::words::measure_name;
use crate::checks::{Ctx, Fig};
use crate::model::{Finding, FindingKind, Identity, Measure, QualifierKind, Severity, Sp, Stated};
use crate::rules::Rule;

/// Two figures conflict only when the larger is at least this big: small
/// counts (`two children`, `six judges`) are usually different subsets.
pub const MIN_SIZE: f64 = 20.0;
/// Unlinked figures further apart than this factor are taken as different quantities.
pub const MAX_SPREAD: f64 = 2.5;
/// At most this many figures are listed in one finding, and compared.
const MAX_LISTED: usize = 8;

pub fn find(ctx: &Ctx, ids: &[Id], part: &[bool], out: &mut Vec<Finding<Sp>>) {
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; ids.len()];
    for (k, f) in ctx.figs.iter().enumerate() {
        if part.get(k).copied().unwrap_or(true) || !f.is_quantity() || ids[k].thing.is_none() || !precise(ctx, f) {
            continue;
        }
        let c = ids[k].refers_to.and_then(|j| of[j]).or_else(|| {
            clusters.iter().position(|c| {
                c.len() < MAX_LISTED
                    && c.iter().all(|&m| same(&ctx.figs[m], &ids[m], f, &ids[k]))
                    && c.iter().any(|&m| said_alike(&ids[m], &ids[k]))
            })
        });
        match c {
            Some(c) if clusters[c].len() < MAX_LISTED => clusters[c].push(k),
            _ => {
                of[k] = Some(clusters.len());
                clusters.push(vec![k]);
                continue;
            }
        }
        of[k] = c;
    }
    for c in clusters.iter().filter(|c| c.len() > 1) {
        let root = |mut k: usize| {
            while let Some(j) = ids[k].refers_to {
                k = j;
            }
            k
        };
        let conflicts = c.iter().enumerate().any(|(x, &a)| {
            c[x + 1..].iter().any(|&b| {
                let linked = root(a) == root(b);
                let (sa, sb) = (&ids[a].stated_by, &ids[b].stated_by);
                let alt = linked && (ids[a].alt || ids[b].alt);
                // A revision (`later revised the figure to`) conflicts only between two named sources.
                let revised = linked && (ids[a].revision || ids[b].revision);
                let named = sa.is_some() && sb.is_some();
                (sa != sb || alt)
                    && (linked && !revised || named)
                    && apart(ctx, &ctx.figs[a], &ctx.figs[b], linked, linked && (ids[a].contrast || ids[b].contrast))
            })
        });
        if conflicts {
            out.push(finding(ctx, ids, c));
        }
    }
}

/// One quantity by identity: the same thing, scope, subset, time, measure, kind and unit.
fn same(a: &Fig, x: &Id, b: &Fig, y: &Id) -> bool {
    a.kind == b.kind
        && a.unit == b.unit
        && x.thing == y.thing
        && x.scope == y.scope
        && x.subset == y.subset
        && x.time == y.time
        && x.measure == y.measure
}

/// What the text says of the two things matches (`went on strike` twice);
/// `there` (`up to 12,000 troops could be there`) points back to the place.
fn said_alike(x: &Id, y: &Id) -> bool {
    match (x.pred.as_deref(), y.pred.as_deref()) {
        (Some("there"), Some(_)) | (Some(_), Some("there")) => true,
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The values a figure allows: rounding of its last digits, `about` (5%),
/// `up to N` (just under N), bounds (`more than`, `fewer than`), ranges.
fn interval(ctx: &Ctx, f: &Fig) -> (f64, f64) {
    let mut g = f.clone();
    g.approx = false;
    let t = tolerance_as(ctx.doc, &g, true);
    let v = f.mid().unwrap_or(0.0);
    let loose = t.max(0.05 * v.abs());
    if let Some([lo, hi]) = f.range {
        return (lo.min(hi) - t, lo.max(hi) + t);
    }
    let up_to = || {
        ctx.numbers
            .get(f.n)
            .and_then(|m| m.qualifier.as_ref())
            .is_some_and(|q| crate::lower::lower(ctx.doc.slice(q.span)).starts_with("up to"))
    };
    match f.qualifier {
        Some(QualifierKind::Approx) => (v - loose, v + loose),
        Some(QualifierKind::MoreThan | QualifierKind::AtLeast) => (v, f64::INFINITY),
        Some(QualifierKind::AtMost) if up_to() => (v - loose, v),
        Some(QualifierKind::AtMost | QualifierKind::LessThan) => (0.0, v),
        None => (v - t, v + t),
    }
}

/// The two figures cannot both hold, and are of one order of magnitude.
/// `contrast`: the text itself says the two differ (`put the figure higher`).
fn apart(ctx: &Ctx, a: &Fig, b: &Fig, linked: bool, contrast: bool) -> bool {
    let (x, y) = (a.mid().unwrap_or(0.0).abs(), b.mid().unwrap_or(0.0).abs());
    let (lo, hi) = (x.min(y), x.max(y));
    let spread = if linked { 10.0 } else { MAX_SPREAD };
    let ((a0, a1), (b0, b1)) = (interval(ctx, a), interval(ctx, b));
    lo > 0.0 && hi >= MIN_SIZE && hi / lo <= spread && (a1 <= b0 || b1 <= a0 || contrast && hi > lo)
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

/// The identity as the contract has it (`refers_to` an index into `numbers`).
pub fn public(ctx: &Ctx, id: &Id) -> Identity {
    Identity {
        counted: id.counted.clone(),
        scope: id.scope.clone(),
        subset: id.subset,
        time: id.time.clone(),
        measure: id.measure.unwrap_or(Measure::Total),
        stated_by: id.stated_by.clone(),
        refers_to: id.refers_to.map(|j| ctx.figs[j].n),
    }
}

fn finding(ctx: &Ctx, ids: &[Id], c: &[usize]) -> Finding<Sp> {
    let who = |k: usize| ids[k].stated_by.clone();
    let text = |k: usize| ctx.doc.slice(ctx.figs[k].sp).to_string();
    let figures: Vec<Stated> = c.iter().map(|&k| Stated { text: text(k), stated_by: who(k) }).collect();
    let listed: Vec<String> =
        figures.iter().map(|s| format!("{} ({})", s.text, s.stated_by.as_deref().unwrap_or("source not named"))).collect();
    let id = &ids[c[0]];
    let mut quantity = format!("\u{201C}{}\u{201D}", id.counted.as_deref().unwrap_or(""));
    let qual: Vec<&str> = [id.scope.as_deref(), id.time.as_deref()].into_iter().flatten().collect();
    if !qual.is_empty() {
        quantity.push_str(&format!(" ({})", qual.join(", ")));
    }
    let links: Vec<String> = c
        .iter()
        .filter_map(|&k| {
            Some(format!("{} refers back to {} (\u{201C}{}\u{201D})", text(k), text(ids[k].refers_to?), ids[k].link.as_deref()?))
        })
        .collect();
    let all =
        ["both", "all three", "all four", "all five", "all six", "all seven", "all eight"].get(c.len().saturating_sub(2)).unwrap_or(&"all");
    let why = if links.is_empty() {
        format!("{all} count {quantity}, as a {}", measure_name(id.measure.unwrap_or(Measure::Total)))
    } else {
        format!("{all} are figures for {quantity}: {}", links.join("; "))
    };
    let message = format!(
        "Figures to reconcile for one quantity: {}. They are one quantity because {why}; see which each source refers to.",
        listed.join("; ")
    );
    let reason = format!(
        "The same quantity (thing counted, place, period and measure) is given values that cannot all hold, even allowing for qualifiers and rounding, by {} sources.",
        if figures.iter().any(|s| s.stated_by.is_none()) { "the writer and other" } else { "different" }
    );
    Finding {
        kind: FindingKind::FigureConflict,
        message,
        spans: c.iter().map(|&k| ctx.figs[k].sp).collect(),
        rule: Rule::FigureConflictSameQuantity,
        severity: Severity::Check,
        reason,
        identity: Some(Identity { stated_by: None, refers_to: None, ..public(ctx, id) }),
        figures,
        computation: None,
    }
}
