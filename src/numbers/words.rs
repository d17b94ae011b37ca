//! Number words: the cardinal grammar (`three hundred and twelve`, `4
//! thousand 3 hundred`, `twenty-one`), ordinals (`twenty-fifth`) and
//! fractions built from them (`two thirds`, `a hundredth`), and the tails
//! read after any number (`and a half`, `point zero three`). Single words
//! are valued in [`super::numwords`]. Atom indices; no allocation.
use super::atoms::Atoms;
use super::fractions::{half, vague};
use super::lexicon::{is_word_scale, Look, CARDINALS, FRACTIONS, PART_BEFORE_HALF, SCALES};
use super::numwords::{card, card_or_digits, denom, is_tens_ordinal, may_start};
use super::value::{int_atom, with_scales, Core};
use crate::lower::fold;
use crate::text::Tok;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    None,
    Article,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(f64),
}

/// A number in words at atom `i`.
pub fn words(a: &Atoms, i: usize) -> Option<Core> {
    words_in(a, i, true)
}

pub(super) fn words_in(a: &Atoms, i: usize, scales: bool) -> Option<Core> {
    if a.kind(i) == Tok::Word && !may_start(fold(a.text(i)).as_str()) {
        return None;
    }
    let (mut total, mut cur, mut last) = (0.0f64, 0.0f64, Last::None);
    let mut j = i;
    let mut end = i;
    let first = fold(a.text(i));
    let fw = first.as_str();
    // sixfold, tenfold
    if let Some(n) = fw.strip_suffix("fold").and_then(|p| CARDINALS.look(p)).filter(|&n| n > 1) {
        let mut c = Core::new(f64::from(n), i, i + 1);
        c.words = true;
        return Some(c);
    }
    if (fw == "half" || fw == "quarter") && i > 0 && a.near(i) && PART_BEFORE_HALF.has_folded(a.text(i - 1)) {
        return None;
    }
    // "point 77" read aloud
    if fw == "point" && (i == 0 || a.kind(i - 1) != Tok::Num && card(a, i - 1).is_none()) && a.near(i + 1) {
        if let Some(v) = int_atom(a, i + 1) {
            let mut c = Core::new(v / 10f64.powi(a.text(i + 1).len() as i32), i, i + 2);
            c.words = true;
            return Some(c);
        }
    }
    if fw == "half" || fw == "quarter" {
        return half(a, i, if fw == "half" { 0.5 } else { 0.25 });
    }
    if fw == "a" || fw == "an" {
        let n = fold(if i + 1 < a.len() { a.text(i + 1) } else { "" });
        let nw = n.as_str();
        if (nw == "couple" || nw == "pair") && a.near(i + 1) && (nw == "couple" || a.is(i + 2, "of")) {
            let mut c = Core::new(2.0, i, i + 2);
            c.words = true;
            if a.is(i + 2, "of") {
                c.end = i + 3;
            }
            return Some(c);
        }
        let ok = is_word_scale(nw) || denom(a, i + 1).is_some_and(|d| d.0 >= 3.0 || nw == "half" || nw == "quarter");
        if !ok || !a.near(i + 1) {
            return None;
        }
        cur = 1.0;
        last = Last::Article;
        j = i + 1;
    }
    let mut small = 0.0f64;
    let mut top = 1.0f64; // the largest scale word read
    while j < a.len() && (j == i || a.near(j)) {
        let lc = fold(a.text(j));
        let w = lc.as_str();
        let spaced_dash = w == "-" && last == Last::Tens && a.near(j + 1) && card(a, j + 1).is_some_and(|v| v > 0.0 && v < 10.0);
        if w == "-" && (a.glued(j) && a.glued(j + 1) || spaced_dash) && last != Last::None && card(a, j + 1).is_some() {
            j += 1;
            continue;
        }
        if w == "and"
            && matches!(last, Last::Hundred | Last::Scale(_))
            && card_or_digits(a, j + 1).is_some()
            && !is_tens_ordinal(a, j + 1)
            && !(a.near(j + 2) && denom(a, j + 2).is_some())
            && !(last == Last::Hundred && a.near(j + 2) && a.is(j + 2, "hundred"))
        {
            j += 1;
            continue;
        }
        if let Some(v) = if j == i || last != Last::None && last != Last::Article { card_or_digits(a, j) } else { card(a, j) } {
            if a.kind(j) == Tok::Num && matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                break;
            }
            let ok = match last {
                Last::None => true,
                Last::Hundred => cur % 100.0 == 0.0,
                Last::Scale(_) => true,
                Last::Tens => v > 0.0 && v < 10.0,
                _ => false,
            };
            if !ok || (last != Last::None && is_tens_ordinal(a, j) && !a.is(j - 1, "and")) {
                break;
            }
            cur += v;
            small = if last == Last::Tens { small + v } else { v };
            let digits = a.kind(j) == Tok::Num;
            last = if v < 10.0 {
                Last::Unit
            } else if v < 20.0 || digits && v % 10.0 != 0.0 || v >= 100.0 {
                Last::Teen
            } else {
                Last::Tens
            };
            j += 1;
            end = j;
            continue;
        }
        if w == "hundred" && cur > 0.0 && cur < 100.0 && !matches!(last, Last::None | Last::Hundred | Last::Scale(_)) {
            cur *= 100.0;
            top = top.max(100.0);
            last = Last::Hundred;
            small = 0.0;
            j += 1;
            end = j;
            continue;
        }
        if w == "dozen" || w == "dozens" {
            if cur > 0.0 {
                cur += small * 11.0;
                if small == 0.0 {
                    cur *= 12.0;
                }
                last = Last::Scale(12.0);
                j += 1;
                end = j;
            }
            break;
        }
        if is_word_scale(w) && w != "hundred" {
            let s = SCALES.look(w).unwrap_or(1.0);
            match last {
                Last::Scale(p) if cur == 0.0 && s > p => total *= s,
                Last::Scale(p) if s >= p => break,
                Last::None => break,
                _ => {
                    total += cur * s;
                    cur = 0.0;
                }
            }
            last = Last::Scale(s);
            top = top.max(s);
            small = 0.0;
            j += 1;
            end = j;
            continue;
        }
        break;
    }
    if end == i && last != Last::Article {
        if let Some((d, false, e)) = denom(a, i).filter(|d| !d.1 && a.kind(i) == Tok::Word && !FRACTIONS.holds(fold(a.text(i)).as_str())) {
            let mut c = Core::new(d, i, e);
            c.words = true;
            c.ordinal = true;
            return Some(c);
        }
        return vague(a, i);
    }
    let mut c = Core::new(total + cur, i, end.max(j.min(i + 1)));
    c.words = true;
    if top > 1.0 {
        c.scaled = true;
        c.mult = top;
    }
    if last == Last::Article {
        c.end = i + 1;
    }
    // fractions and ordinals after the cardinal part
    let dash = a.is_any(c.end, &["-", "\u{2013}", "\u{2014}"]) && a.near(c.end + 1) && last != Last::Article;
    let at = if dash { c.end + 1 } else { c.end };
    if a.near(at) {
        if let Some((d, plural, e)) = denom(a, at) {
            let v = c.value;
            let set = |c: &mut Core, val: f64, ord: bool| {
                c.value = val;
                c.end = e;
                c.ordinal = ord;
                c.fraction = !ord;
            };
            let scale_ord = d >= 100.0;
            match last {
                Last::Article if d >= 3.0 || d == 2.0 && !a.is(c.end, "second") => set(&mut c, 1.0 / d, false),
                Last::Article => {}
                _ if plural => set(&mut c, v / d, false),
                Last::Tens if d < 10.0 => set(&mut c, v + d, true),
                Last::Unit | Last::Teen | Last::Tens if scale_ord => set(&mut c, v * d, true),
                Last::Hundred | Last::Scale(_) if !scale_ord => set(&mut c, v + d, true),
                Last::Unit | Last::Teen if ((3.0..100.0).contains(&d) || a.is(at, "half")) && !a.is(at, "second") => {
                    set(&mut c, v / d, false)
                }
                _ => {}
            }
        }
    }
    if last == Last::Article && c.end == i + 1 {
        // "a hundred", "a million", "a dozen"
        return Some(with_scales(a, Core { words: true, ..Core::new(1.0, i, i + 1) }, i + 1));
    }
    // "and a half", "and three quarters"
    if !c.ordinal && a.is(c.end, "and") && a.near(c.end + 1) {
        if let Some(f) = fraction_after_and(a, c.end + 1) {
            let next = fold(a.text(f.end));
            let s2 = if a.near(f.end) && is_word_scale(next.as_str()) { SCALES.look(next.as_str()) } else { None };
            match (s2, last) {
                (Some(s2), Last::Scale(s)) if s2 < s => {
                    c.value += f.value * s2;
                    c.end = f.end + 1;
                }
                (None, Last::Scale(s)) if scales => {
                    c.value += f.value * s;
                    c.end = f.end;
                    return Some(c);
                }
                (_, Last::Scale(_)) => {}
                _ => {
                    c.value += f.value;
                    c.end = f.end;
                }
            }
        }
    }
    // "one point five"
    if !c.fraction && !c.ordinal && a.is(c.end, "point") && a.near(c.end + 1) {
        if let Some((d, e)) = point_digits(a, c.end + 1) {
            c.value += d;
            c.end = e;
        }
    }
    if !c.ordinal && scales {
        c = with_scales(a, c, c.end);
    }
    // "two thirds of a million"
    if c.fraction && scales && a.is(c.end, "of") && a.is_any(c.end + 1, &["a", "an"]) && a.near(c.end + 2) {
        let w = fold(a.text(c.end + 2));
        if let Some(s) = SCALES.look(w.as_str()).filter(|_| is_word_scale(w.as_str())) {
            c.value *= s;
            c.end += 3;
        }
    }
    Some(c)
}

/// A fraction after `and`: `and a half`, `and three quarters`, `and an half`.
pub fn fraction_after_and(a: &Atoms, i: usize) -> Option<Core> {
    let f = if a.is(i, "half") {
        Some(Core::new(0.5, i, i + 1))
    } else if a.is(i, "quarter") {
        Some(Core { fraction: true, ..Core::new(0.25, i, i + 1) })
    } else if a.is(i, "an") && a.is(i + 1, "half") {
        Some(Core::new(0.5, i, i + 2))
    } else {
        words_in(a, i, false)
    }?;
    let quarter = a.is(f.end - 1, "quarter") || a.is(f.end - 1, "quarters");
    if (f.fraction || a.is(i, "half") || quarter) && f.value < 1.0 {
        if quarter && !f.fraction {
            return None;
        }
        return Some(f);
    }
    None
}

/// Digits after `point`: `point 5`, `point zero three`, `point seventy-one`.
pub fn point_digits(a: &Atoms, i: usize) -> Option<(f64, usize)> {
    if let Some(v) = int_atom(a, i) {
        let n = a.text(i).len() as i32;
        return Some((v / 10f64.powi(n), i + 1));
    }
    // digit by digit: point zero three
    let (mut s, mut n, mut j) = (0.0f64, 0i32, i);
    while n < 12 && (j == i || a.near(j)) {
        match card(a, j) {
            Some(v) if v < 10.0 && !a.is(j + 1, "-") => {
                s = s * 10.0 + v;
                n += 1;
                j += 1;
            }
            _ => break,
        }
    }
    if n >= 2 || (n == 1 && card(a, j).is_none()) {
        return Some((s / 10f64.powi(n), j));
    }
    // one word number: point seventy-one, point eleven
    let w = words_in(a, i, false)?;
    if w.fraction || w.ordinal || w.value >= 100.0 {
        return None;
    }
    let digits = if w.value >= 10.0 { 2 } else { 1 };
    Some((w.value / 10f64.powi(digits), w.end))
}
