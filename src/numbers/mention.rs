//! Builds one number mention around a core value: sign, currency, unit,
//! compound measures (`5 feet 2 inches`), qualifiers, ranges (`10 to 12`,
//! `between 10 and 20`, `$3 billion to $5 billion`), ratios (`one in
//! five`), the year test and the thing counted. Atom indices throughout.
use super::atoms::Atoms;
use super::counted;
use super::dates::{looks_like_year, year_cue};
use super::exclude::is_name;
use super::lexicon::{look_word, Lc, CHANGE_VERBS};
use super::qualifier;
use super::scan::{digits, digits_stub, vulgar, Core};
use super::units::{currency_before, unit_at, Fam, U, UK};
use super::words::{starts_mixed, words};
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

/// The core value at atom `i`: digits, a leading-dot decimal, or words.
pub fn core_at(a: &Atoms, i: usize) -> Option<Core> {
    match a.kind(i) {
        Tok::Num if starts_mixed(a, i) => words(a, i),
        Tok::Num => digits(a, i),
        Tok::Punct if vulgar(a.text(i)).is_some() => {
            let mut c = digits(a, i).unwrap_or(Core { value: 0.0, ..digits_stub(i) });
            c.value = vulgar(a.text(i)).unwrap_or(0.0);
            c.fraction = true;
            Some(c)
        }
        Tok::Word => words(a, i).or_else(|| {
            // "an hour and a half", "a minute and 30 seconds": the article is 1
            if !(a.is_any(i, &["a", "an"]) && a.near(i + 1)) {
                return None;
            }
            let unit = unit_at(a, i + 1).filter(|u| u.0.kind == UK::Duration)?;
            (a.is(unit.1, "and") && a.near(unit.1 + 1)).then(|| Core { value: 1.0, words: true, ..digits_stub(i) })
        }),
        Tok::Punct if a.text(i) == "." && a.glued(i + 1) && i + 1 < a.len() && a.kind(i + 1) == Tok::Num => {
            if i > 0 && a.glued(i) && a.kind(i - 1) != Tok::Punct {
                return None;
            }
            let t = a.text(i + 1);
            if t.contains(['.', ',']) {
                return None;
            }
            let v = crate::decimal::parse(t)?;
            let mut c = digits(a, i + 1)?;
            c.value = v / 10f64.powi(t.len() as i32);
            c.start = i;
            c.plain = false;
            Some(c)
        }
        _ => None,
    }
}

const FILLERS: &[&str] = &["extra", "more", "additional", "less", "straight", "consecutive", "full", "whole"];

/// The unit after a core ending at `e`: the unit and its end atom.
fn unit_after(a: &Atoms, c: &Core, e: usize, money: bool) -> Option<(U, usize)> {
    if c.ordinal || !a.near(e) {
        return None;
    }
    let k = if a.is(e, "-") && a.glued(e) && a.glued(e + 1) { e + 1 } else { e };
    let (mut u, end) = match unit_at(a, k) {
        Some(x) => x,
        None if a.is(k, "of") && c.value.fract() != 0.0 && a.near(k + 1) => {
            let k2 = if a.is_any(k + 1, &["a", "an"]) { k + 2 } else { k + 1 };
            unit_at(a, k2).filter(|u| u.0.kind == UK::Duration)?
        }
        None if a.is_any(k, FILLERS) && a.near(k + 1) => unit_at(a, k + 1).filter(|u| u.0.kind == UK::Duration)?,
        None => return None,
    };
    if a.text(k) == "in" || (u.kind == UK::Money && money && u.canon != "CENT") {
        return None;
    }
    if a.text(k) == "p" && !a.glued(k) {
        return None;
    }
    // words-only units need a space or hyphen: "5 G" is a name, "5G" too
    if u.canon == "lb" && (c.mult >= 1e6 || money) {
        u = U { kind: UK::Money, fam: Fam::None, f: 1.0, canon: "GBP", cs: "" };
    }
    Some((u, end))
}

fn sum_compound(a: &Atoms, mut v: f64, mut u: U, mut end: usize) -> (f64, U, usize) {
    // "one hour and a half", "a month and half"
    if a.is(end, "and") && a.near(end + 1) && (a.is(end + 1, "half") || a.is_any(end + 1, &["a", "an"]) && a.is(end + 2, "half")) {
        let e = if a.is(end + 1, "half") { end + 2 } else { end + 3 };
        return (v + 0.5, u, e);
    }
    if !matches!(u.fam, Fam::Time | Fam::Length | Fam::Mass | Fam::Volume) {
        return (v, u, end);
    }
    // a list "3 years, 2 months, and 16 days" is three figures, not one sum
    for k in end..end + 12 {
        if a.is(k, ",") && a.is(k + 1, "and") {
            return (v, u, end);
        }
        if !a.near(k) || a.kind(k) == Tok::Punct && !a.is(k, ",") {
            break;
        }
    }
    for _ in 0..4 {
        let mut j = end;
        if a.is(j, ",") {
            j += 1;
        }
        if a.is(j, "and") {
            j += 1;
        }
        if !a.near(j) || j >= a.len() {
            break;
        }
        let c2 = if a.is_any(j, &["a", "an"]) { Some(Core { value: 1.0, ..digits_stub(j) }) } else { core_at(a, j) };
        let Some(c2) = c2 else { break };
        let Some((u2, e2)) = unit_after(a, &c2, c2.end, false) else { break };
        if u2.fam != u.fam || u2.f >= u.f {
            break;
        }
        v = v * u.f / u2.f + c2.value;
        u = u2;
        end = e2;
    }
    (v, u, end)
}

struct Part {
    core: Core,
    value: f64,
    start: usize,
    end: usize,
    money: Option<&'static str>,
    unit: Option<U>,
}

/// Sign, currency and unit around a core.
fn part(a: &Atoms, core: Core, floor: usize) -> Part {
    let mut start = core.start;
    let mut v = core.value;
    if a.kind(core.start) == Tok::Num && start > floor {
        let p = start - 1;
        let dash = a.is_any(p, &["-", "\u{2212}"]) && a.glued(start);
        if dash && p >= 1 && a.is_any(p - 1, &["minus", "negative"]) {
            v = -v;
            start = p - 1;
        } else if dash && (p == 0 || !a.glued(p) || a.kind(p - 1) == Tok::Punct) {
            v = -v;
            start = p;
        }
    }
    if start > floor && a.near(start) && a.is_any(start - 1, &["minus", "negative"]) {
        v = -v;
        start -= 1;
    }
    let money = currency_before(a, start, floor);
    if let Some((_, s)) = money {
        start = s;
    }
    let money = money.map(|m| m.0);
    let mut end = core.end;
    let mut unit = None;
    if let (Some(pre), None) = (core.m_abbrev, money) {
        let w = a.text(end);
        let noun = a.near(end)
            && a.kind(end) == Tok::Word
            && w.chars().next().is_some_and(char::is_lowercase)
            && !w.contains(['\'', '\u{2019}'])
            && counted::after(a, end, false).is_some();
        if !noun {
            v = if v < 0.0 { -pre } else { pre };
            if let Some((u, e)) = unit_at(a, end - 1) {
                let (v2, u2, e2) = sum_compound(a, v, u, e);
                v = v2;
                unit = Some(u2);
                end = e2;
            }
        }
    }
    if unit.is_none() {
        if let Some((u, e)) = unit_after(a, &core, end, money.is_some()) {
            let (v2, u2, e2) = sum_compound(a, v, u, e);
            v = v2;
            unit = Some(u2);
            end = e2;
        }
    }
    let word_money = unit.is_some_and(|u| u.kind == UK::Money && u.canon != "CENT");
    if (money.is_some() || word_money) && !core.scaled {
        if let Some((c, e)) = cents(a, end, word_money) {
            v += if v < 0.0 { -c } else { c };
            end = e;
        }
    }
    Part { core, value: v, start, end, money, unit }
}

/// The minor part after a sum: `3 dollars 50 cents`, `$20 and 43c`,
/// `20 rupees 43` (bare digits only after a currency word, at the end).
fn cents(a: &Atoms, end: usize, word_money: bool) -> Option<(f64, usize)> {
    let j = if a.is(end, "and") { end + 1 } else { end };
    if !a.near(end) || !a.near(j) {
        return None;
    }
    let c = if a.kind(j) == Tok::Num { digits(a, j) } else { words(a, j) }?;
    if c.scaled || c.value >= 100.0 || c.value.fract() != 0.0 || c.ordinal || c.fraction {
        return None;
    }
    let e = c.end;
    if let Some((u, ue)) = unit_at(a, e).filter(|u| u.0.canon == "CENT") {
        let _ = u;
        return Some((c.value / 100.0, ue));
    }
    if a.glued(e) && a.is_any(e, &["c", "p"]) {
        return Some((c.value / 100.0, e + 1));
    }
    let closes = !a.near(e) || (a.kind(e) == Tok::Punct && !a.is_any(e, &["%", "$", "-", "/"]));
    (word_money && closes).then_some((c.value / 100.0, e))
}

fn kind_of(p: &Part) -> K {
    if p.money.is_some() {
        return K::Money;
    }
    match p.unit.map(|u| u.kind) {
        Some(UK::Money) => K::Money,
        Some(UK::Percent) => K::Percent,
        Some(UK::Measure) => K::Measure,
        Some(UK::Duration) => K::Duration,
        None if p.core.ordinal => K::Ordinal,
        None => K::Count,
    }
}

fn unit_name(p: &Part) -> Option<&'static str> {
    p.money.or(p.unit.map(|u| u.canon))
}

fn yearish(a: &Atoms, p: &Part) -> bool {
    p.core.plain && p.unit.is_none() && p.money.is_none() && looks_like_year(p.value, a.text(p.core.start).len())
}

/// A range partner after atom `e`: `- 12`, `to $5 billion`, `and 20`.
fn partner(a: &Atoms, first: &Part, e: usize, opener: Option<&str>) -> Option<Part> {
    if !a.near(e) {
        return None;
    }
    let t = Lc::new(a.text(e));
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
    let change =
        (1..=2).any(|k| start >= floor + k && a.near(start + 1 - k) && look_word(CHANGE_VERBS.table(), a.text(start - k)).is_some());
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
        let via_of = p.core.vague.is_some() || p.core.fraction || (p.core.words && p.value == 1.0) || p.core.scaled;
        counted = counted::after(a, end, via_of);
        // "40 cars or more"
        if let (Some((_, ce)), None) = (counted, qual) {
            qual = qualifier::after(a, ce).map(|(q, e)| (q, ce, e));
        }
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
