//! One figure's own parts around its core value: the sign (`-5`, `minus
//! 5`), the currency before it (`$`, `US$`, `Rs`), the unit after it (`5 kg`,
//! `10-foot`), compound measures summed (`5 feet 2 inches`, `an hour and a
//! half`) and the minor part of a sum (`$20 and 43c`). Atom indices.
use super::atoms::Atoms;
use super::counted;
use super::dates::looks_like_year;
use super::lexicon::FILLERS;
use super::scan::{core_at, digits};
use super::unit_table::{Fam, U, UK};
use super::units::{currency_before, unit_at};
use super::value::{digits_stub, Core};
use super::words::words;
use crate::model::NumberKind as K;
use crate::text::Tok;

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
        None if FILLERS.has_folded(a.text(k)) && a.near(k + 1) => unit_at(a, k + 1).filter(|u| u.0.kind == UK::Duration)?,
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

pub struct Part {
    pub core: Core,
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub money: Option<&'static str>,
    pub unit: Option<U>,
}

/// Sign, currency and unit around a core.
pub fn part(a: &Atoms, core: Core, floor: usize) -> Part {
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

pub fn kind_of(p: &Part) -> K {
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

pub fn unit_name(p: &Part) -> Option<&'static str> {
    p.money.or(p.unit.map(|u| u.canon))
}

pub fn yearish(a: &Atoms, p: &Part) -> bool {
    p.core.plain && p.unit.is_none() && p.money.is_none() && looks_like_year(p.value, a.text(p.core.start).len())
}
