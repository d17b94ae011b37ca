//! Builds one number mention around a core value: ranges (`10 to 12`,
//! `between 10 and 20`, `$3 billion to $5 billion`), opposite bounds (`more
//! than 10 and less than 40`), ratios (`one in five`), qualifiers, the year
//! test and the thing counted. Sign, currency and unit come from
//! [`super::part`]. Atom indices throughout.
use super::atoms::Atoms;
use super::counted;
use super::dates::{looks_like_year, year_cue};
use super::lexicon::{CHANGE_VERBS, DETS};
use super::names::is_name;
use super::part::{kind_of, part, unit_name, yearish, Part};
use super::qualifier;
use super::scan::core_at;
use super::units::{currency_before, unit_at};
use super::value::Core;
use crate::lower::fold;
use crate::model::{NumberKind as K, QualifierKind as Q};
use crate::rules::Rule;
use crate::text::Tok;

#[derive(Clone, Debug, PartialEq)]
pub struct M {
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub range: Option<[f64; 2]>,
    pub kind: K,
    pub unit: Option<&'static str>,
    pub qual: Option<(Q, usize, usize)>,
    pub counted: Option<(usize, usize)>,
    pub rule: Rule,
}

/// A range partner after atom `e`: `- 12`, `to $5 billion`, `and 20`.
fn partner(a: &Atoms, first: &Part, e: usize, opener: Option<&str>) -> Option<Part> {
    if !a.near(e) {
        return None;
    }
    let t = fold(a.text(e));
    let conn = t.as_str();
    let ok = match conn {
        "-" | "\u{2013}" | "\u{2014}" => !first.core.words,
        "to" | "through" | "thru" => true,
        "and" => opener == Some("between") || opener == Some("from"),
        _ => false,
    };
    if !ok || !a.near(e + 1) {
        return None;
    }
    let j = e + 1;
    for k in 0..3 {
        if j + k >= a.len() {
            break;
        }
        if let Some(c) = core_at(a, j + k) {
            if k > 0 {
                let cur = currency_before(a, j + k, j).is_some_and(|m| m.1 == j);
                let qual = qualifier::before(a, j + k, j).is_some_and(|q| q.1 == j);
                if !cur && !qual {
                    return None;
                }
            }
            if is_name(a, &c, j) || c.ordinal {
                return None;
            }
            return Some(part(a, c, j));
        }
        if !a.near(j + k + 1) {
            break;
        }
    }
    None
}

/// Builds the mention around `core`, reading no atom below `floor`.
pub fn build(a: &Atoms, core: Core, floor: usize) -> M {
    let mut p = part(a, core, floor);
    let mut qual = qualifier::before(a, p.start, floor).map(|(q, s)| (q, s, p.start));
    let mut start = qual.map_or(p.start, |q| q.1);
    let opener = if p.start > floor && a.near(p.start) {
        let s = p.start - 1;
        if a.is(s, "between") {
            Some("between")
        } else if a.is(s, "from") {
            Some("from")
        } else {
            None
        }
    } else {
        None
    };
    let mut range = None;
    let mut end = p.end;
    // "rose 15% to $415 million": a change and a level, not a range
    let change = (1..=2).any(|k| start >= floor + k && a.near(start + 1 - k) && CHANGE_VERBS.has_folded(a.text(start - k)));
    let to = a.is_any(p.end, &["to", "through", "thru"]);
    if let Some(mut q) = partner(a, &p, p.end, opener).filter(|_| !(change && to && opener.is_none())) {
        let (k1, k2) = (kind_of(&p), kind_of(&q));
        let bare = |x: &Part| x.unit.is_none() && x.money.is_none();
        let same_kind = k1 == k2 || bare(&p) || bare(&q);
        let years = yearish(a, &p) == yearish(a, &q);
        let mut lo = p.value;
        if !p.core.scaled && q.core.scaled && lo * q.core.mult <= q.value {
            lo *= q.core.mult;
        }
        let hyphen = a.is_any(p.end, &["-", "\u{2013}", "\u{2014}"]);
        let ordered = lo < q.value || opener.is_some() || (hyphen && a.kind(p.core.start) == Tok::Num);
        if same_kind && years && ordered && (!yearish(a, &p) || hyphen || opener.is_some() || a.is(p.end, "to")) {
            if p.unit.is_none() {
                p.unit = q.unit;
            }
            if p.money.is_none() {
                p.money = q.money;
            }
            if q.unit.is_none() && q.money.is_none() {
                q.unit = p.unit;
            }
            range = Some([lo, q.value]);
            end = q.end;
            if let Some(o) = opener {
                let _ = o;
                start = start.min(p.start - 1);
            }
        }
    }
    let mut value = Some(p.value);
    let mut kind = kind_of(&p);
    let mut rule = Rule::NumberDigits;
    // "more than 10 and less than 40": two opposite bounds make a range
    if let (None, Some((q1, _, _))) = (range, qual) {
        if a.is_any(end, &["and", "but"]) && a.near(end + 1) {
            for k in end + 2..(end + 6).min(a.len()) {
                let Some((q2, qs)) = qualifier::before(a, k, end + 1) else { continue };
                let Some(c2) = core_at(a, k).filter(|_| qs == end + 1) else { continue };
                let low = |q: Q| matches!(q, Q::AtLeast | Q::MoreThan);
                let high = |q: Q| matches!(q, Q::AtMost | Q::LessThan);
                let p2 = part(a, c2, k);
                let ordered = if low(q1) { p.value < p2.value } else { p2.value < p.value };
                if ordered && ((low(q1) && high(q2)) || (high(q1) && low(q2))) {
                    range = Some([p.value.min(p2.value), p.value.max(p2.value)]);
                    end = p2.end;
                    qual = None;
                }
                break;
            }
        }
    }
    // one over three: a fraction, where the figure ends the clause
    if range.is_none() && kind == K::Count && a.is(end, "over") && a.near(end + 1) && p.value.fract() == 0.0 {
        if let Some(c2) = core_at(a, end + 1).filter(|c| c.value > 0.0 && !c.ordinal) {
            let after = c2.end;
            if !a.near(after) || (a.kind(after) == Tok::Punct && !a.is_any(after, &["-", "/", "%", "$"])) {
                value = Some(p.value / c2.value);
                end = after;
                rule = Rule::NumberFraction;
            }
        }
    }
    // one in five, 3 out of 4
    if range.is_none() && kind == K::Count && a.near(end) {
        let j = if a.is(end, "in") {
            end + 1
        } else if a.is(end, "out") && a.is(end + 1, "of") {
            end + 2
        } else {
            0
        };
        if j > 0 && a.near(j) && j < a.len() {
            if let Some(c2) = core_at(a, j) {
                let yearlike = c2.plain && looks_like_year(c2.value, a.text(c2.start).len());
                if !yearlike && c2.value > p.value && c2.value > 0.0 && unit_at(a, c2.end).is_none() && !is_name(a, &c2, j) {
                    value = Some(p.value / c2.value);
                    kind = K::Ratio;
                    end = c2.end;
                    rule = Rule::NumberRatio;
                }
            }
        }
    }
    if let Some(r) = range {
        value = None;
        rule = Rule::NumberRange;
        let _ = r;
    }
    if range.is_none() && qual.is_none() {
        if let Some((q, e)) = qualifier::after(a, end) {
            qual = Some((q, end, e));
            end = e;
        }
    }
    // a plain four-digit year
    if kind == K::Count && yearish(a, &p) && rule != Rule::NumberRatio && rule != Rule::NumberFraction {
        let prev_cue = p.start > floor && a.near(p.start) && year_cue(a.text(p.start - 1));
        let noun_after = a.near(end) && a.kind(end) == Tok::Word && {
            let w = a.text(end);
            w.chars().next().is_some_and(char::is_lowercase) && w.len() > 3 && w.ends_with('s') && counted::after(a, end, false).is_some()
        };
        if prev_cue || !noun_after {
            kind = K::Year;
        }
    }
    let mut counted = None;
    if kind == K::Count {
        // "2,000 of its employees": any count reaches across `of` and a determiner
        let of_det = a.is(end, "of") && a.near(end + 1) && DETS.has_folded(a.text(end + 1));
        let via_of = p.core.vague.is_some() || p.core.fraction || (p.core.words && p.value == 1.0) || p.core.scaled || of_det;
        counted = counted::after(a, end, via_of).or_else(|| counted::before(a, start.min(p.start), floor));
        // "40 cars or more"
        if let (Some((_, ce)), None) = (counted, qual) {
            qual = qualifier::after(a, ce).map(|(q, e)| (q, ce, e));
        }
    }
    // "1 in 4 adults": a ratio of a group counts its members
    if kind == K::Ratio {
        counted = counted::after(a, end, false);
    }
    if let (Some(v), None) = (p.core.vague, range) {
        if end == p.core.end && kind == K::Count || kind != K::Count {
            range = Some(v);
            value = None;
            rule = Rule::NumberVague;
        }
    }
    if rule == Rule::NumberDigits {
        rule = match kind {
            K::Money => Rule::NumberMoney,
            K::Percent => Rule::NumberPercent,
            K::Measure => Rule::NumberMeasure,
            K::Duration => Rule::NumberDuration,
            K::Ordinal => Rule::NumberOrdinal,
            K::Year => Rule::NumberYear,
            _ if p.core.fraction => Rule::NumberFraction,
            _ if p.core.words => Rule::NumberWords,
            _ => Rule::NumberDigits,
        };
    }
    if kind == K::Year {
        value = value.map(|v| v.round());
    }
    M { start: start.min(p.start), end, value, range, kind, unit: unit_name(&p), qual, counted, rule }
}
