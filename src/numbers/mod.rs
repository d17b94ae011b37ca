//! The numbers engine: every figure in the text with its value, kind, unit,
//! qualifier and the thing counted. Offsets are UTF-8 bytes. The work is
//! split: [`atoms`] (tokens, hyphen parts, links), [`scan`] (values),
//! [`mention`] (units, ranges, qualifiers, kinds), [`exclude`] (names,
//! times, phones, pronoun `one`), [`dates`], [`counted`], [`reason`], and
//! the data tables [`lexicon`], [`units`], [`unit_table`], [`qualifier`].
pub mod atoms;
pub mod counted;
pub mod dates;
pub mod exclude;
pub mod fractions;
#[rustfmt::skip] // word tables, aligned by hand
pub mod lexicon;
pub mod mention;
pub mod qualifier;
pub mod reason;
pub mod scan;
pub mod unit_table;
pub mod units;
pub mod words;

use crate::doc::Doc;
use crate::model::{NumberKind, NumberMention, Qualifier, Sp, Why};
use crate::rules::Rule;
use atoms::Atoms;
use mention::M;

pub fn find(doc: &Doc) -> Vec<NumberMention<Sp>> {
    let a = Atoms::new(doc);
    let mut ms: Vec<M> = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < a.len() {
        if a.in_link(i) {
            i += 1;
            floor = i;
            continue;
        }
        if let Some(e) = exclude::skip_at(&a, i) {
            i = e.max(i + 1);
            floor = i;
            continue;
        }
        if let Some(e) = dates::date_at(&a, i).or_else(|| dates::decade_at(&a, i)) {
            let date = dates::decade_at(&a, i).is_none();
            let value = if date { None } else { crate::decimal::parse(a.text(i)) };
            let kind = if date { NumberKind::Date } else { NumberKind::Year };
            let rule = if date { Rule::NumberDate } else { Rule::NumberYear };
            ms.push(M { start: i, end: e, value, range: None, kind, unit: None, qual: None, counted: None, rule });
            i = e;
            floor = e;
            continue;
        }
        let Some(core) = mention::core_at(&a, i) else {
            i += 1;
            continue;
        };
        if exclude::is_name(&a, &core, floor) || exclude::is_pronoun_one(&a, &core) {
            i = core.end.max(i + 1);
            floor = i;
            continue;
        }
        let m = mention::build(&a, core, floor);
        i = m.end.max(i + 1);
        floor = i;
        ms.push(m);
    }
    let ms = merge_restated(&a, ms);
    let mut ms = ms;
    share_counted(&a, &mut ms);
    borrow_counted(doc, &a, &mut ms);
    ms.iter().map(|m| to_mention(&a, m)).collect()
}

/// A count with no noun after it takes the thing counted by the count
/// before it in the same sentence: "8,000 soldiers …, at up to 12,000".
fn borrow_counted(doc: &Doc, a: &Atoms, ms: &mut [M]) {
    let mut last: Option<(usize, (usize, usize))> = None;
    for m in ms.iter_mut() {
        let sent = doc.sentence_of(doc.token_at(a.v[m.start].start));
        if m.kind != NumberKind::Count {
            continue;
        }
        match (m.counted, last) {
            // "one aide" cannot be what 12,000 counts
            (Some(c), _) if m.value != Some(1.0) => last = Some((sent, c)),
            (Some(_), _) => {}
            (None, Some((s, c))) if s == sent && m.range.is_none() => m.counted = Some(c),
            _ => {}
        }
    }
}

/// "five (5) days", "45 (forty-five)": a figure restated in brackets is one
/// mention.
fn merge_restated(a: &Atoms, ms: Vec<M>) -> Vec<M> {
    let mut out: Vec<M> = Vec::with_capacity(ms.len());
    for m in ms {
        if let Some(p) = out.last_mut() {
            let restated = m.start == p.end + 1
                && a.is(p.end, "(")
                && a.is(m.end, ")")
                && m.value.is_some()
                && (m.value == p.value || m.range == p.range && m.range.is_some());
            if restated {
                p.end = m.end + 1;
                if p.unit.is_none() {
                    p.unit = m.unit;
                    p.kind = m.kind;
                }
                // "five (5) days": the unit follows the brackets
                if let (None, Some((u, e))) = (p.unit, units::unit_at(a, p.end).filter(|_| a.near(p.end))) {
                    if u.kind != units::UK::Money || u.canon != "GBX" {
                        p.unit = Some(u.canon);
                        p.kind = match u.kind {
                            units::UK::Money => NumberKind::Money,
                            units::UK::Percent => NumberKind::Percent,
                            units::UK::Measure => NumberKind::Measure,
                            units::UK::Duration => NumberKind::Duration,
                        };
                        p.end = e;
                        p.counted = None;
                        p.rule = Rule::NumberRestated;
                    }
                }
                if p.counted.is_none() {
                    p.counted = m.counted;
                }
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// "four, five or six cylinders": each count of a list takes the noun of
/// the last one.
fn share_counted(a: &Atoms, ms: &mut [M]) {
    for k in (0..ms.len().saturating_sub(1)).rev() {
        let (m, next) = (&ms[k], &ms[k + 1]);
        if m.kind != NumberKind::Count || m.counted.is_some() || next.kind != NumberKind::Count || next.counted.is_none() {
            continue;
        }
        let between = m.end..next.start;
        let joined =
            between.len() <= 2 && between.clone().all(|j| a.near(j) && a.is_any(j, &[",", "or", "and", "to", "-", "\u{2013}", "nor"]));
        if joined {
            ms[k].counted = ms[k + 1].counted;
        }
    }
}

fn sp(a: &Atoms, s: usize, e: usize) -> Sp {
    Sp::new(a.v[s].start, a.v[e - 1].end)
}

fn to_mention(a: &Atoms, m: &M) -> NumberMention<Sp> {
    let qual = m.qual.map(|(kind, s, e)| Qualifier { kind, span: sp(a, s, e) });
    let qtext = qual.as_ref().map(|q| (q.kind, q.span.slice(a.text)));
    let reason = reason::reason(m.kind, m.value, m.range, m.unit, qtext, m.rule == Rule::NumberVague);
    NumberMention {
        span: sp(a, m.start, m.end),
        value: m.value,
        range: m.range,
        kind: m.kind,
        unit: m.unit.map(str::to_string),
        qualifier: qual,
        counted: m.counted.map(|(s, e)| sp(a, s, e)),
        identity: None,
        why: Why::new(m.rule, reason),
    }
}
